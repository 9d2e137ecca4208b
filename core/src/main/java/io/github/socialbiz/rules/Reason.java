package io.github.socialbiz.rules;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import org.immutables.value.Value;

/**
 * One criterion a rule checked, whether it held, and the evidence the rule read, such as {@code
 * [held] Listening and monitoring: at least About half (read: LISTENING=HALF)}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Reason {

  Reason() {}

  /**
   * Obtains a criterion that held.
   *
   * @param criterion  what was required
   * @param evidence  what was read
   * @return the reason, not null
   * @throws SocialBusinessException if {@code criterion} is blank
   */
  public static Reason held(String criterion, String evidence) {
    return ImmutableReason.of(criterion, Truth.TRUE, evidence);
  }

  /**
   * Obtains a criterion that did not hold.
   *
   * @param criterion  what was required
   * @param evidence  what was read
   * @return the reason, not null
   * @throws SocialBusinessException if {@code criterion} is blank
   */
  public static Reason notHeld(String criterion, String evidence) {
    return ImmutableReason.of(criterion, Truth.FALSE, evidence);
  }

  /**
   * Obtains a criterion that cannot be told from what is known, such as a grade of a practice nobody has
   * assessed.
   *
   * @param criterion  what was required
   * @param evidence  what was read, or what is missing
   * @return the reason, not null
   * @throws SocialBusinessException if {@code criterion} is blank
   */
  public static Reason unknown(String criterion, String evidence) {
    return ImmutableReason.of(criterion, Truth.UNKNOWN, evidence);
  }

  /**
   * Obtains a reason of three values.
   *
   * @param criterion  what was required
   * @param truth  whether it held, did not, or cannot be told
   * @param evidence  what was read
   * @return the reason, not null
   * @throws SocialBusinessException if {@code criterion} is blank
   */
  public static Reason of(String criterion, Truth truth, String evidence) {
    return ImmutableReason.of(criterion, truth, evidence);
  }

  /**
   * Obtains a reason from a test.
   *
   * @param criterion  what was required
   * @param held  whether it held
   * @param evidence  what was read
   * @return the reason, not null
   */
  public static Reason of(String criterion, boolean held, String evidence) {
    return ImmutableReason.of(criterion, Truth.of(held), evidence);
  }

  /**
   * Gets what was required.
   *
   * @return the criterion, not blank
   */
  @Value.Parameter
  public abstract String criterion();

  /**
   * Gets whether the criterion held, did not, or cannot be told.
   *
   * @return the truth, not null
   */
  @Value.Parameter
  public abstract Truth truth();

  /**
   * Checks if the criterion is known to hold.
   *
   * @return true if it held; false if it did not or cannot be told
   */
  public boolean isHeld() {
    return truth() == Truth.TRUE;
  }

  /**
   * Checks if the criterion cannot be told from what is known.
   *
   * @return true if unknown
   */
  public boolean isUnknown() {
    return truth() == Truth.UNKNOWN;
  }

  /**
   * Gets the evidence the rule read, such as {@code LISTENING=HALF}.
   *
   * @return the evidence, possibly empty
   */
  @Value.Parameter
  public abstract String evidence();

  @Value.Check
  void check() {
    if (criterion().isBlank()) {
      throw new SocialBusinessException(
          "Reason.criterion must not be blank, but was '" + criterion() + "'");
    }
  }

  /**
   * Returns the reason as text, such as {@code [held] Policy: at least Some (read: POLICY=HALF)} or {@code
   * [unknown] Policy: at least Some (read: not assessed)}.
   *
   * @return the reason as text, not null
   */
  @Override
  public String toString() {
    return (isHeld() ? "[held] " : isUnknown() ? "[unknown] " : "[not held] ")
        + criterion()
        + (evidence().isEmpty() ? "" : " (read: " + evidence() + ")");
  }
}
