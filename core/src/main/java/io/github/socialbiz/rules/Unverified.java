package io.github.socialbiz.rules;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import org.immutables.value.Value;

/**
 * A rule that could not tell, kept apart from the findings: the rule's id, the severity its finding would
 * have if it failed, what is not known, what to ask to decide it, and where the rule comes from, such as
 * {@code not verified crisis.plan: Not verified: the crisis plan is not assessed; ask q.crisis-plan}.
 *
 * <p>An unverified item is never counted as a finding: finding counts and severities count only what is
 * known.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Unverified {

  Unverified() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the id of the rule that could not tell.
   *
   * @return the rule id, not blank
   */
  public abstract String ruleId();

  /**
   * Gets the severity the rule's finding would have if the answer turned out to be a failure.
   *
   * @return the severity at stake, not null
   */
  public abstract Severity severity();

  /**
   * Gets what is not known, in one sentence.
   *
   * @return the message, not blank
   */
  public abstract String message();

  /**
   * Gets what to ask to decide it, such as the questions to put to the organization.
   *
   * @return the questions, possibly empty
   */
  public abstract ImmutableList<String> ask();

  /**
   * Gets where the rule comes from.
   *
   * @return the reference, not null
   */
  public abstract Reference citation();

  @Value.Check
  void check() {
    if (ruleId().isBlank() || message().isBlank()) {
      throw new SocialBusinessException(
          "Unverified.ruleId and Unverified.message must not be blank, but were '"
              + ruleId()
              + "' and '"
              + message()
              + "'");
    }
  }

  /**
   * Returns the item as text, such as {@code not verified crisis.plan: Not verified: the crisis plan is
   * not assessed; ask q.crisis-plan}.
   *
   * @return the item as text, not null
   */
  @Override
  public String toString() {
    return "not verified "
        + ruleId()
        + ": "
        + message()
        + (ask().isEmpty() ? "" : "; ask " + String.join(", ", ask()));
  }

  /** Builder of {@link Unverified}; every method is inherited from the generated builder. */
  public static final class Builder extends ImmutableUnverified.Builder {
    Builder() {}
  }
}
