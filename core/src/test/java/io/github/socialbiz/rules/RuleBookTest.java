package io.github.socialbiz.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class RuleBookTest {

  private static final Rule<String> NOT_EMPTY =
      Rule.of("text.not-empty", "Text is not empty", s -> !s.isEmpty());
  private static final Rule<String> SHORT =
      Rule.<String>builder("text.short")
          .title("Text has at most 5 characters")
          .severity(Severity.HIGH)
          .citation(Reference.of("House style 1.2"))
          .recommendation("Shorten it")
          .test(s -> s.length() <= 5);
  private static final Rule<String> LOWER =
      Rule.<String>builder("text.lower")
          .title("Text is lower case")
          .severity(Severity.LOW)
          .citation(Reference.of("House style 1.3"))
          .check(
              s ->
                  s.equals(s.toLowerCase(Locale.ROOT))
                      ? Verdict.pass("lower case", s)
                      : Verdict.fail(
                          "Upper case in '" + s + "'",
                          List.of(s),
                          List.of(Reason.notHeld("lower case", s))));

  /** A custom rule written by hand that claims, in its message, to be another rule. */
  private static final Rule<String> LIAR =
      new Rule<>() {
        @Override
        public String id() {
          return "text.honest";
        }

        @Override
        public String title() {
          return "Claims to be text.lower";
        }

        @Override
        public Severity severity() {
          return Severity.HIGH;
        }

        @Override
        public Reference citation() {
          return Reference.of("The liar's own handbook");
        }

        @Override
        public String recommendation() {
          return "Tell the truth";
        }

        @Override
        public Verdict check(String subject) {
          return Verdict.fail("text.lower says: upper case", List.of(subject), List.of());
        }
      };

  @Test
  void findings_alwaysNameTheRuleThatMadeThem() {
    Evaluation<String> e = RuleBook.of("text", LOWER, LIAR).evaluate("Hi");
    assertEquals(
        List.of("text.lower", "text.honest"),
        e.findings().stream()
            .sorted(Comparator.comparing(Finding::severity))
            .map(Finding::ruleId)
            .collect(Collectors.toList()));
    Finding lie =
        e.findings().stream().filter(f -> f.severity() == Severity.HIGH).findFirst().orElseThrow();
    assertEquals("text.honest", lie.ruleId());
    assertEquals("Tell the truth", lie.recommendation());
    assertEquals("The liar's own handbook", lie.citation().toString());
    assertEquals(List.of("Hi"), lie.involved());
    // the same through an adapted book
    RuleBook<Integer> adapted = RuleBook.of("text", LIAR).on(n -> "x".repeat(n));
    assertEquals(
        List.of("text.honest"),
        adapted.evaluate(2).findings().stream().map(Finding::ruleId).collect(Collectors.toList()));
  }

  @Test
  void customRule_printsReadably() {
    assertEquals("Rule[text.not-empty: Text is not empty (MEDIUM)]", NOT_EMPTY.toString());
    assertEquals("custom rule", NOT_EMPTY.citation().toString());
    assertEquals("Rule[text.short: Text has at most 5 characters (HIGH)]", SHORT.toString());
    assertEquals(
        "RuleBook[text: 3 rules]", RuleBook.of("text", NOT_EMPTY, SHORT, LOWER).toString());
  }

  @Test
  void evaluate_keepsOrderAndSortsFindingsBySeverity() {
    Evaluation<String> e = RuleBook.of("text", NOT_EMPTY, SHORT, LOWER).evaluate("Hello World");
    assertEquals(List.of("text.not-empty"), e.passed());
    assertEquals(List.of("text.short", "text.lower"), e.failed());
    assertEquals(List.of(), e.notApplicable());
    assertFalse(e.isClean());
    assertEquals(
        List.of(
            "HIGH text.short: Not met: Text has at most 5 characters",
            "LOW text.lower: Upper case in 'Hello World'"),
        e.findings().stream().map(Finding::toString).collect(Collectors.toList()));
    assertEquals(1, e.findings(Severity.MEDIUM).size());
    assertEquals("Evaluation[text: 1 passed, 2 failed, 0 not applicable]", e.toString());
    assertSame("Hello World", e.subject());
  }

  @Test
  void explain_namesWhatHeldWhatDidNotAndTheEvidence() {
    Evaluation<String> e = RuleBook.of("text", NOT_EMPTY, SHORT, LOWER).evaluate("Hello");
    assertEquals(
        "text.lower FAILED: Text is lower case\n  why not: lower case (read: Hello)\n  source: House style 1.3",
        e.explain("text.lower").toString());
    assertEquals(
        "text.short PASSED: Text has at most 5 characters\n  why: Text has at most 5 characters\n  source: House style 1.2",
        e.explain("text.short").toString());
    assertEquals(List.of(), e.explain("text.short").notHeld());
    assertEquals(
        "Evaluation of rule book 'text' has no rule 'text.nope'",
        assertThrows(SocialBusinessException.class, () -> e.explain("text.nope")).getMessage());
  }

  @Test
  void duplicateIds_areRejectedAtConstruction() {
    Rule<String> twin = Rule.of("text.short", "Another rule with the same id", s -> true);
    assertEquals(
        "RuleBook.rules must have unique ids, but 'text.short' appears twice in rule book 'text'",
        assertThrows(SocialBusinessException.class, () -> RuleBook.of("text", SHORT, twin))
            .getMessage());
    assertEquals(
        "RuleBook.rules must have unique ids, but 'text.short' appears twice in rule book 'text'",
        assertThrows(SocialBusinessException.class, () -> RuleBook.of("text", SHORT).with(twin))
            .getMessage());
  }

  @Test
  void withWithoutFilter_returnNewBooks() {
    RuleBook<String> book = RuleBook.of("text", NOT_EMPTY);
    RuleBook<String> more = book.with(SHORT).with(RuleBook.of("other", LOWER));
    assertEquals(1, book.size());
    assertEquals(3, more.size());
    assertEquals(List.of(NOT_EMPTY, LOWER), more.without("text.short").rules());
    assertEquals(List.of(SHORT), more.filter(r -> r.severity() == Severity.HIGH).rules());
    assertEquals(
        "RuleBook.without: rule book 'text' has no rule 'text.nope'",
        assertThrows(SocialBusinessException.class, () -> more.without("text.nope")).getMessage());
    assertTrue(more.rule("text.lower").isPresent());
    assertEquals("renamed", more.named("renamed").name());
  }

  @Test
  void aRuleThatThrows_failsTheEvaluationNamingTheRule() {
    Rule<String> boom =
        Rule.of(
            "text.boom",
            "Explodes",
            s -> {
              throw new IllegalStateException("boom");
            });
    RuleFailedException e =
        assertThrows(
            RuleFailedException.class, () -> RuleBook.of("text", NOT_EMPTY, boom).evaluate("x"));
    assertEquals("Rule 'text.boom' threw java.lang.IllegalStateException: boom", e.getMessage());
    assertEquals("text.boom", e.ruleId());
    assertEquals(IllegalStateException.class, Objects.requireNonNull(e.getCause()).getClass());
  }

  @Test
  void badIdsAndTitles_areRejected() {
    assertEquals(
        "Rule.id must be lower-case words joined by '-' with at least one '.', such as 'acme.policy', but was 'Policy'",
        assertThrows(SocialBusinessException.class, () -> Rule.of("Policy", "t", s -> true))
            .getMessage());
    assertEquals(
        "Rule.title must not be blank, but was ' ' for rule acme.policy",
        assertThrows(SocialBusinessException.class, () -> Rule.of("acme.policy", " ", s -> true))
            .getMessage());
    assertEquals(
        "Verdict.message must not be blank when the status is FAILED, but was ' '",
        assertThrows(SocialBusinessException.class, () -> Verdict.fail(" ")).getMessage());
  }

  @Test
  void on_adaptsARuleBookToAnotherSubject() {
    RuleBook<Integer> lengths = RuleBook.of("text", NOT_EMPTY, SHORT).on(n -> "x".repeat(n));
    assertEquals(List.of("text.not-empty", "text.short"), lengths.evaluate(3).passed());
    assertEquals(List.of("text.short"), lengths.evaluate(0).passed());
    assertEquals(List.of("text.not-empty"), lengths.evaluate(0).failed());
  }

  @Test
  void evaluation_keepsOneOutcomePerRule_inTheBooksOrder_andIsCleanWithoutAFailure() {
    Evaluation<String> e = RuleBook.of("text", NOT_EMPTY, SHORT, LOWER).evaluate("abc");
    assertEquals(
        List.of(Status.PASSED, Status.PASSED, Status.PASSED),
        e.outcomes().stream().map(Outcome::status).toList());
    assertTrue(e.isClean());
    Evaluation<String> upper = RuleBook.of("text", NOT_EMPTY, LOWER).evaluate("ABC");
    assertEquals(
        List.of(Status.PASSED, Status.FAILED),
        upper.outcomes().stream().map(Outcome::status).toList());
    assertFalse(upper.isClean());
  }
}
