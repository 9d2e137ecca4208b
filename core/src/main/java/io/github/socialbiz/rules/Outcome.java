package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import org.immutables.value.Value;

/**
 * What checking one rule against a subject gave, as its {@link RuleBook} recorded it: a {@link Status},
 * the {@link Reason reasons} (which criteria held and which did not, with the evidence read), and, when it
 * failed, one {@link Finding} stamped with the rule's own id, severity, citation and recommendation; when it
 * could not tell, one {@link Unverified} item instead, never a finding.
 *
 * <p>Outcomes are made only by {@link RuleBook#evaluate}, from the {@link Verdict} a rule's check returns,
 * so a finding's rule id is always the id of the rule that made it.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Outcome {

  Outcome() {}

  /** The outcome of a rule's verdict: a failure becomes one finding in the rule's name. */
  static Outcome of(Rule<?> rule, Verdict verdict) {
    requireNonNull(verdict, () -> "Rule " + rule.id() + " returned no verdict");
    // the constructor form: the verdict's reasons are kept, not copied (an outcome is made per
    // rule)
    if (verdict.isFailed()) {
      return ImmutableOutcome.of(
          verdict.status(),
          verdict.reasons(),
          ImmutableList.of(
              Finding.builder()
                  .ruleId(rule.id())
                  .severity(rule.severity())
                  .message(verdict.message().orElseThrow())
                  .recommendation(rule.recommendation())
                  .citation(rule.citation())
                  .addAllInvolved(verdict.involved())
                  .build()),
          ImmutableList.of());
    }
    if (verdict.isUnknown()) {
      return ImmutableOutcome.of(
          verdict.status(),
          verdict.reasons(),
          ImmutableList.of(),
          ImmutableList.of(
              Unverified.builder()
                  .ruleId(rule.id())
                  .severity(rule.severity())
                  .message(verdict.message().orElseThrow())
                  .addAllAsk(verdict.ask())
                  .citation(rule.citation())
                  .build()));
    }
    return ImmutableOutcome.of(
        verdict.status(), verdict.reasons(), ImmutableList.of(), ImmutableList.of());
  }

  /**
   * Gets the status.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract Status status();

  /**
   * Gets the reasons: each criterion checked, whether it held, and the evidence read.
   *
   * @return the reasons, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();

  /**
   * Gets the findings: one when failed, none otherwise.
   *
   * @return the findings, not null
   */
  @Value.Parameter
  public abstract ImmutableList<Finding> findings();

  /**
   * Gets what could not be verified: one item when the status is {@link Status#UNKNOWN}, none otherwise.
   *
   * @return the unverified items, not null
   */
  @Value.Parameter
  public abstract ImmutableList<Unverified> unverified();

  /**
   * Checks if the rule passed.
   *
   * @return true if passed
   */
  public boolean isPassed() {
    return status() == Status.PASSED;
  }

  /**
   * Checks if the rule failed.
   *
   * @return true if failed
   */
  public boolean isFailed() {
    return status() == Status.FAILED;
  }

  /**
   * Checks if the rule could not tell.
   *
   * @return true if unknown
   */
  public boolean isUnknown() {
    return status() == Status.UNKNOWN;
  }

  /**
   * Returns the outcome as text, such as {@code FAILED [HIGH accounts.orphaned: 6 accounts have no owner]}.
   *
   * @return the outcome as text, not null
   */
  @Override
  public String toString() {
    return status()
        + (findings().isEmpty() ? "" : " " + findings())
        + (unverified().isEmpty() ? "" : " " + unverified());
  }
}
