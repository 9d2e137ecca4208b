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
    return ImmutableReason.of(criterion, true, evidence);
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
    return ImmutableReason.of(criterion, false, evidence);
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
    return ImmutableReason.of(criterion, held, evidence);
  }

  /**
   * Gets what was required.
   *
   * @return the criterion, not blank
   */
  @Value.Parameter
  public abstract String criterion();

  /**
   * Checks if the criterion held.
   *
   * @return true if it held
   */
  @Value.Parameter
  public abstract boolean isHeld();

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
   * Returns the reason as text, such as {@code [held] Policy: at least Some (read: POLICY=HALF)}.
   *
   * @return the reason as text, not null
   */
  @Override
  public String toString() {
    return (isHeld() ? "[held] " : "[not held] ")
        + criterion()
        + (evidence().isEmpty() ? "" : " (read: " + evidence() + ")");
  }
}
