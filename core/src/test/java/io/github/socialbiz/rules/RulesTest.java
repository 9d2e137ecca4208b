package io.github.socialbiz.rules;

import static io.github.socialbiz.rules.Rules.allOf;
import static io.github.socialbiz.rules.Rules.anyOf;
import static io.github.socialbiz.rules.Rules.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class RulesTest {

  private static final Rule<Integer> POSITIVE =
      Rule.<Integer>builder("n.positive")
          .title("Positive")
          .severity(Severity.HIGH)
          .recommendation("Make it positive.")
          .test(n -> n > 0);
  private static final Rule<Integer> EVEN =
      Rule.<Integer>builder("n.even")
          .title("Even")
          .severity(Severity.LOW)
          .recommendation("Make it even.")
          .test(n -> n % 2 == 0);
  private static final Rule<Integer> SIGN_UNKNOWN =
      Rule.<Integer>builder("n.sign")
          .title("Sign is known")
          .severity(Severity.MEDIUM)
          .recommendation("Find out the sign.")
          .check(
              n ->
                  Verdict.unknown(
                      "The sign is not assessed",
                      List.of("\u201cIs it positive?\u201d (q.sign)"),
                      List.of(Reason.unknown("Sign: known", "not assessed"))));
  private static final Rule<Integer> NA =
      Rule.<Integer>builder("n.na")
          .title("Never applies")
          .check(n -> Verdict.notApplicable("never"));

  @Test
  void allOf_passesOnlyWhenEveryPartPasses() {
    Rule<Integer> both = allOf("n.both", "Positive and even", POSITIVE, EVEN);
    assertEquals(Status.PASSED, both.check(4).status());
    assertEquals(Status.FAILED, both.check(3).status());
    assertEquals("FAILED: n.even: Not met: Even", both.check(3).toString());
    // as a rule of its own: one finding, in the combined rule's name, with its parts'
    // recommendations
    assertEquals(List.of("HIGH n.both: n.even: Not met: Even"), findings(both, 3));
    assertEquals("Make it positive. Make it even.", both.recommendation());
    assertEquals(Severity.HIGH, both.severity());
    assertEquals(
        "[[held] n.positive: Positive, [not held] n.even: Even]",
        both.check(3).reasons().toString());
    assertEquals(Status.NOT_APPLICABLE, allOf("n.none", "Nothing applies", NA).check(1).status());
    assertEquals(
        Status.PASSED,
        allOf("n.some", "Positive, or not applicable", POSITIVE, NA).check(1).status());
  }

  @Test
  void anyOf_passesWhenOnePartPasses() {
    Rule<Integer> either = anyOf("n.either", "Positive or even", POSITIVE, EVEN);
    assertEquals(Status.PASSED, either.check(3).status());
    assertEquals(Status.PASSED, either.check(-2).status());
    assertEquals(
        List.of("LOW n.either: None of these holds: Positive or even"), findings(either, -3));
    assertEquals("Make it positive. Make it even.", either.recommendation());
    assertEquals(Status.NOT_APPLICABLE, anyOf("n.none", "Nothing applies", NA).check(1).status());
  }

  @Test
  void not_invertsPassAndFail() {
    Rule<Integer> nonPositive =
        not("n.non-positive", "Not positive", "Bring it to zero or below", POSITIVE);
    assertEquals(Status.FAILED, nonPositive.check(1).status());
    assertEquals(Status.PASSED, nonPositive.check(-1).status());
    assertEquals("[[held] not (n.positive: Positive)]", nonPositive.check(-1).reasons().toString());
    assertEquals(Status.NOT_APPLICABLE, not("n.not-na", "Not never", "", NA).check(1).status());
    assertEquals("Bring it to zero or below", nonPositive.recommendation());
    assertEquals(
        List.of("Bring it to zero or below"),
        RuleBook.of("n", nonPositive).evaluate(1).findings().stream()
            .map(Finding::recommendation)
            .collect(Collectors.toList()));
  }

  @Test
  void allOf_withAnUnknownPart_isUnknown_unlessAPartFails() {
    Rule<Integer> both =
        allOf("n.both-known", "Positive, and its sign known", POSITIVE, SIGN_UNKNOWN);
    assertEquals(
        "UNKNOWN: n.sign: The sign is not assessed ask [\u201cIs it positive?\u201d (q.sign)]",
        both.check(1).toString());
    assertEquals(
        "[[held] n.positive: Positive, [unknown] n.sign: Sign: known (read: not assessed)]",
        both.check(1).reasons().toString());
    // a failure outweighs unknown
    assertEquals("FAILED: n.positive: Not met: Positive", both.check(-1).toString());
    assertEquals(
        "[[not held] n.positive: Positive, [unknown] n.sign: Sign: known (read: not assessed)]",
        both.check(-1).reasons().toString());
    // in a book: no finding, one item to verify in the combined rule's name
    Evaluation<Integer> e = RuleBook.of("n", both).evaluate(1);
    assertEquals(List.of(), e.findings());
    assertEquals(
        "[not verified n.both-known: n.sign: The sign is not assessed; ask \u201cIs it"
            + " positive?\u201d (q.sign)]",
        e.unverified().toString());
    assertEquals(
        "Evaluation[n: 0 passed, 0 failed, 0 not applicable, 1 not verified]", e.toString());
    assertEquals(
        "n.both-known UNKNOWN: Positive, and its sign known\n"
            + "  why: n.positive: Positive\n"
            + "  not verified: n.sign: Sign: known (read: not assessed)\n"
            + "  to do: ask \u201cIs it positive?\u201d (q.sign)\n"
            + "  source: custom rule",
        e.explain("n.both-known").toString());
    assertEquals(
        Status.UNKNOWN,
        allOf("n.na-unknown", "Unknown, or not applicable", NA, SIGN_UNKNOWN).check(1).status());
  }

  @Test
  void anyOf_withAnUnknownPart_isUnknown_unlessAPartPasses() {
    Rule<Integer> either = anyOf("n.even-or-known", "Even, or its sign known", EVEN, SIGN_UNKNOWN);
    // a pass outweighs unknown
    assertEquals("PASSED", either.check(2).toString());
    assertEquals(
        "UNKNOWN: n.sign: The sign is not assessed ask [\u201cIs it positive?\u201d (q.sign)]",
        either.check(3).toString());
    assertEquals(
        "[[not held] n.even: Even, [unknown] n.sign: Sign: known (read: not assessed)]",
        either.check(3).reasons().toString());
    assertEquals(
        "[not verified n.even-or-known: n.sign: The sign is not assessed; ask \u201cIs it"
            + " positive?\u201d (q.sign)]",
        RuleBook.of("n", either).evaluate(3).unverified().toString());
    assertEquals(List.of(), RuleBook.of("n", either).evaluate(3).findings());
  }

  @Test
  void not_keepsUnknown_withItsQuestions() {
    Rule<Integer> unsigned = not("n.sign-unknown", "Sign not known", "Leave it", SIGN_UNKNOWN);
    assertEquals(
        "UNKNOWN: Not verified: Sign not known ask [\u201cIs it positive?\u201d (q.sign)]",
        unsigned.check(1).toString());
    assertEquals(
        "[[unknown] not (n.sign: Sign: known) (read: not assessed)]",
        unsigned.check(1).reasons().toString());
    assertEquals(
        "[not verified n.sign-unknown: Not verified: Sign not known; ask \u201cIs it"
            + " positive?\u201d (q.sign)]",
        RuleBook.of("n", unsigned).evaluate(1).unverified().toString());
  }

  private static List<String> findings(Rule<Integer> rule, int n) {
    return RuleBook.of("n", rule).evaluate(n).findings().stream()
        .map(Finding::toString)
        .collect(Collectors.toList());
  }

  @Test
  void combinators_needAtLeastOneRule() {
    assertEquals(
        "Rules combinators need at least one rule, but got none",
        assertThrows(SocialBusinessException.class, () -> Rules.<Integer>allOf("n.empty", "Empty"))
            .getMessage());
  }
}
