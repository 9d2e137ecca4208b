package io.github.socialbiz.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RuleBookTest {

  private static final Rule<String> NOT_EMPTY = Rule.of("text.not-empty", "Text is not empty", s -> !s.isEmpty());
  private static final Rule<String> SHORT = Rule.<String>builder("text.short").title("Text has at most 5 characters")
      .severity(Severity.HIGH).citation(Reference.of("House style 1.2")).recommendation("Shorten it").test(s -> s.length() <= 5);
  private static final Rule<String> LOWER = Rule.<String>builder("text.lower").title("Text is lower case").severity(Severity.LOW)
      .check(s -> s.equals(s.toLowerCase(java.util.Locale.ROOT)) ? Outcome.passed("lower case", s)
          : Outcome.failed(List.of(Finding.builder().ruleId("text.lower").severity(Severity.LOW).message("Upper case in '" + s + "'")
              .recommendation("").citation(Reference.of("House style 1.3")).addInvolved(s).build()), List.of(Reason.notHeld("lower case", s))));

  @Test
  void customRule_printsReadably() {
    assertEquals("Rule[text.not-empty: Text is not empty (MEDIUM)]", NOT_EMPTY.toString());
    assertEquals("custom rule", NOT_EMPTY.citation().toString());
    assertEquals("Rule[text.short: Text has at most 5 characters (HIGH)]", SHORT.toString());
    assertEquals("RuleBook[text: 3 rules]", RuleBook.of("text", NOT_EMPTY, SHORT, LOWER).toString());
  }

  @Test
  void evaluate_keepsOrderAndSortsFindingsBySeverity() {
    Evaluation<String> e = RuleBook.of("text", NOT_EMPTY, SHORT, LOWER).evaluate("Hello World");
    assertEquals(List.of("text.not-empty"), e.passed());
    assertEquals(List.of("text.short", "text.lower"), e.failed());
    assertEquals(List.of(), e.notApplicable());
    assertFalse(e.isClean());
    assertEquals(List.of("HIGH text.short: Not met: Text has at most 5 characters", "LOW text.lower: Upper case in 'Hello World'"),
        e.findings().stream().map(Finding::toString).collect(java.util.stream.Collectors.toList()));
    assertEquals(1, e.findings(Severity.MEDIUM).size());
    assertEquals("Evaluation[text: 1 passed, 2 failed, 0 not applicable]", e.toString());
    assertSame("Hello World", e.subject());
  }

  @Test
  void explain_namesWhatHeldWhatDidNotAndTheEvidence() {
    Evaluation<String> e = RuleBook.of("text", NOT_EMPTY, SHORT, LOWER).evaluate("Hello");
    assertEquals(
        "text.lower FAILED: Text is lower case\n  why not: lower case (read: Hello)\n  source: custom rule",
        e.explain("text.lower").toString());
    assertEquals("text.short PASSED: Text has at most 5 characters\n  why: Text has at most 5 characters\n  source: House style 1.2",
        e.explain("text.short").toString());
    assertEquals(List.of(), e.explain("text.short").notHeld());
    assertEquals("Evaluation of rule book 'text' has no rule 'text.nope'",
        assertThrows(SocialBusinessException.class, () -> e.explain("text.nope")).getMessage());
  }

  @Test
  void duplicateIds_areRejectedAtConstruction() {
    Rule<String> twin = Rule.of("text.short", "Another rule with the same id", s -> true);
    assertEquals("RuleBook.rules must have unique ids, but 'text.short' appears twice in rule book 'text'",
        assertThrows(SocialBusinessException.class, () -> RuleBook.of("text", SHORT, twin)).getMessage());
    assertEquals("RuleBook.rules must have unique ids, but 'text.short' appears twice in rule book 'text'",
        assertThrows(SocialBusinessException.class, () -> RuleBook.of("text", SHORT).with(twin)).getMessage());
  }

  @Test
  void withWithoutFilter_returnNewBooks() {
    RuleBook<String> book = RuleBook.of("text", NOT_EMPTY);
    RuleBook<String> more = book.with(SHORT).with(RuleBook.of("other", LOWER));
    assertEquals(1, book.size());
    assertEquals(3, more.size());
    assertEquals(List.of(NOT_EMPTY, LOWER), more.without("text.short").rules());
    assertEquals(List.of(SHORT), more.filter(r -> r.severity() == Severity.HIGH).rules());
    assertEquals("RuleBook.without: rule book 'text' has no rule 'text.nope'",
        assertThrows(SocialBusinessException.class, () -> more.without("text.nope")).getMessage());
    assertTrue(more.rule("text.lower").isPresent());
    assertEquals("renamed", more.named("renamed").name());
  }

  @Test
  void aRuleThatThrows_failsTheEvaluationNamingTheRule() {
    Rule<String> boom = Rule.of("text.boom", "Explodes", s -> {
      throw new IllegalStateException("boom");
    });
    RuleFailedException e = assertThrows(RuleFailedException.class, () -> RuleBook.of("text", NOT_EMPTY, boom).evaluate("x"));
    assertEquals("Rule 'text.boom' threw java.lang.IllegalStateException: boom", e.getMessage());
    assertEquals("text.boom", e.ruleId());
    assertEquals(IllegalStateException.class, java.util.Objects.requireNonNull(e.getCause()).getClass());
  }

  @Test
  void badIdsAndTitles_areRejected() {
    assertEquals("Rule.id must be lower-case words joined by '-' with at least one '.', such as 'acme.policy', but was 'Policy'",
        assertThrows(SocialBusinessException.class, () -> Rule.of("Policy", "t", s -> true)).getMessage());
    assertEquals("Rule.title must not be blank, but was ' ' for rule acme.policy",
        assertThrows(SocialBusinessException.class, () -> Rule.of("acme.policy", " ", s -> true)).getMessage());
    assertEquals("Outcome.findings must hold at least one finding when the status is FAILED",
        assertThrows(SocialBusinessException.class, () -> Outcome.failed(List.of(), List.of())).getMessage());
  }

  @Test
  void on_adaptsARuleBookToAnotherSubject() {
    RuleBook<Integer> lengths = RuleBook.of("text", NOT_EMPTY, SHORT).on(n -> "x".repeat(n));
    assertEquals(List.of("text.not-empty", "text.short"), lengths.evaluate(3).passed());
    assertEquals(List.of("text.short"), lengths.evaluate(0).passed());
    assertEquals(List.of("text.not-empty"), lengths.evaluate(0).failed());
  }
}
