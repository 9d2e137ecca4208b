package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds a {@link Rule}: set the title and, optionally, severity, citation and recommendation, then
 * finish with {@link #test(Predicate)} or {@link #check(Function)}.
 *
 * <pre>{@code
 * Rule<Organization> rule = Rule.<Organization>builder("acme.crisis-drill")
 *     .title("The crisis plan was rehearsed this year")
 *     .severity(Severity.HIGH)
 *     .citation(Reference.of("ACME risk policy 4.2"))
 *     .recommendation("Run a crisis drill with the response team")
 *     .check(o -> Verdict.of(o.grade(Practice.CRISIS_PLAN).atLeast(Adoption.MOST), "Crisis plan: most or all",
 *         o.grade(Practice.CRISIS_PLAN).displayName()));
 * }</pre>
 *
 * @param <S>  the subject type
 * @implSpec This class is mutable and not thread-safe; the rules it builds are immutable.
 */
@SuppressWarnings("exports")
public final class RuleBuilder<S> {

  private final String id;
  private String title = "";
  private Severity severity = Severity.MEDIUM;
  private Reference citation = Reference.of("custom rule");
  private String recommendation = "";

  RuleBuilder(String id) {
    this.id = BasicRule.checkId(requireNonNull(id, "id"));
  }

  /**
   * Sets what the rule requires.
   *
   * @param title  the title, not blank
   * @return this builder
   */
  @CanIgnoreReturnValue
  public RuleBuilder<S> title(String title) {
    this.title = requireNonNull(title, "title");
    return this;
  }

  /**
   * Sets the severity; {@link Severity#MEDIUM} unless set.
   *
   * @param severity  the severity
   * @return this builder
   */
  @CanIgnoreReturnValue
  public RuleBuilder<S> severity(Severity severity) {
    this.severity = requireNonNull(severity, "severity");
    return this;
  }

  /**
   * Sets the citation; "custom rule" unless set.
   *
   * @param citation  where the rule comes from
   * @return this builder
   */
  @CanIgnoreReturnValue
  public RuleBuilder<S> citation(Reference citation) {
    this.citation = requireNonNull(citation, "citation");
    return this;
  }

  /**
   * Sets what to do when the rule fails.
   *
   * @param recommendation  the recommendation
   * @return this builder
   */
  @CanIgnoreReturnValue
  public RuleBuilder<S> recommendation(String recommendation) {
    this.recommendation = requireNonNull(recommendation, "recommendation");
    return this;
  }

  /**
   * Finishes the rule with a predicate: it passes when the predicate returns true, and fails otherwise
   * with one finding whose message is "Not met: " and the title.
   *
   * @param test  the test
   * @return the rule, not null
   * @throws io.github.socialbiz.SocialBusinessException if the title is blank
   */
  public Rule<S> test(Predicate<? super S> test) {
    requireNonNull(test, "test");
    String t = title;
    return check(
        subject ->
            test.test(subject)
                ? Verdict.pass(Reason.held(t, ""))
                : Verdict.fail("Not met: " + t, Reason.notHeld(t, "")));
  }

  /**
   * Finishes the rule with a function that decides the whole verdict: status, reasons, message and the
   * items involved.
   *
   * @param check  the check
   * @return the rule, not null
   * @throws io.github.socialbiz.SocialBusinessException if the title is blank
   */
  public Rule<S> check(Function<? super S, Verdict> check) {
    return new BasicRule<>(id, title, severity, citation, recommendation, check);
  }
}
