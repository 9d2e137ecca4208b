package io.github.socialbiz.rules;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import org.immutables.value.Value;

/**
 * A problem a rule found: the rule's id, the severity, what is wrong, what to do, where the rule comes
 * from, and the parts of the subject involved, such as {@code HIGH accounts.orphaned: 6 accounts have no
 * owner}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Finding {

  Finding() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the id of the rule that made the finding.
   *
   * @return the rule id, not blank
   */
  public abstract String ruleId();

  /**
   * Gets how much the finding matters.
   *
   * @return the severity, not null
   */
  public abstract Severity severity();

  /**
   * Gets what is wrong, in one sentence.
   *
   * @return the message, not blank
   */
  public abstract String message();

  /**
   * Gets what to do about it.
   *
   * @return the recommendation; empty unless given
   */
  @Value.Default
  public String recommendation() {
    return "";
  }

  /**
   * Gets where the rule comes from.
   *
   * @return the reference, not null
   */
  public abstract Reference citation();

  /**
   * Gets the parts of the subject involved, such as account handles or unit names.
   *
   * @return the parts, possibly empty
   */
  public abstract ImmutableList<String> involved();

  @Value.Check
  void check() {
    if (ruleId().isBlank() || message().isBlank()) {
      throw new SocialBusinessException(
          "Finding.ruleId and Finding.message must not be blank, but were '"
              + ruleId()
              + "' and '"
              + message()
              + "'");
    }
  }

  /**
   * Returns the finding as text, such as {@code HIGH accounts.orphaned: 6 accounts have no owner}.
   *
   * @return the finding as text, not null
   */
  @Override
  public String toString() {
    return severity() + " " + ruleId() + ": " + message();
  }

  /** Builder of {@link Finding}; every method is inherited from the generated builder. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
