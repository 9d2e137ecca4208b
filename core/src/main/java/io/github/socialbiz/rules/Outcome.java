package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import org.immutables.value.Value;

/**
 * What checking one rule against a subject gave: a {@link Status}, the {@link Reason reasons} (which
 * criteria held and which did not, with the evidence read), and, when it failed, the {@link Finding
 * findings}.
 *
 * <p>Obtain one with {@link #passed(Iterable)}, {@link #failed(Iterable, Iterable)} or {@link
 * #notApplicable(String)}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Outcome {

  Outcome() {}

  /**
   * Obtains a passed outcome.
   *
   * @param reasons  the criteria checked, all of which held
   * @return the outcome, not null
   */
  public static Outcome passed(Iterable<Reason> reasons) {
    return ImmutableOutcome.builder().status(Status.PASSED).addAllReasons(reasons).build();
  }

  /**
   * Obtains a passed outcome with one reason.
   *
   * @param criterion  what was required
   * @param evidence  what was read
   * @return the outcome, not null
   */
  public static Outcome passed(String criterion, String evidence) {
    return passed(ImmutableList.of(Reason.held(criterion, evidence)));
  }

  /**
   * Obtains a failed outcome.
   *
   * @param findings  what was found, at least one
   * @param reasons  the criteria checked, at least one of which did not hold
   * @return the outcome, not null
   * @throws SocialBusinessException if there is no finding
   */
  public static Outcome failed(Iterable<Finding> findings, Iterable<Reason> reasons) {
    return ImmutableOutcome.builder().status(Status.FAILED).addAllFindings(findings).addAllReasons(reasons).build();
  }

  /**
   * Obtains an outcome for a rule that does not apply.
   *
   * @param why  why the rule does not apply, not blank
   * @return the outcome, not null
   */
  public static Outcome notApplicable(String why) {
    requireNonNull(why, "why");
    return ImmutableOutcome.builder().status(Status.NOT_APPLICABLE).addReasons(Reason.held("Not applicable: " + why, "")).build();
  }

  /**
   * Gets the status.
   *
   * @return the status, not null
   */
  public abstract Status status();

  /**
   * Gets the criteria checked, in order.
   *
   * @return the reasons, possibly empty
   */
  public abstract ImmutableList<Reason> reasons();

  /**
   * Gets the findings; empty unless the outcome failed.
   *
   * @return the findings, not null
   */
  public abstract ImmutableList<Finding> findings();

  /**
   * Checks if the rule passed.
   *
   * @return true for {@link Status#PASSED}
   */
  public boolean isPassed() {
    return status() == Status.PASSED;
  }

  /**
   * Checks if the rule failed.
   *
   * @return true for {@link Status#FAILED}
   */
  public boolean isFailed() {
    return status() == Status.FAILED;
  }

  @Value.Check
  void check() {
    if (status() == Status.FAILED && findings().isEmpty()) {
      throw new SocialBusinessException("Outcome.findings must hold at least one finding when the status is FAILED");
    }
    if (status() != Status.FAILED && !findings().isEmpty()) {
      throw new SocialBusinessException(
          "Outcome.findings must be empty unless the status is FAILED, but a " + status() + " outcome had " + findings());
    }
  }

  /**
   * Returns the outcome as text, such as {@code FAILED [HIGH accounts.orphaned: 6 accounts have no owner]}.
   *
   * @return the outcome as text, not null
   */
  @Override
  public String toString() {
    return status() + (findings().isEmpty() ? "" : " " + findings());
  }
}
