package io.github.socialbiz.assessment;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.maturity.Rung;
import org.immutables.value.Value;

/**
 * One phase of a {@link Roadmap}: the actions that open one gate, such as {@code Phase 1 -> ENGAGEMENT:
 * 3 actions}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Phase {

  Phase() {}

  /**
   * Obtains a phase.
   *
   * @param number  the phase number, from 1
   * @param rung  the stage or level the phase opens
   * @param actions  the actions, in the gate's order
   * @return the phase, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code number} is below 1
   */
  public static Phase of(int number, Rung rung, Iterable<Action> actions) {
    return ImmutablePhase.builder().number(number).rung(rung).addAllActions(actions).build();
  }

  /**
   * Gets the phase number, from 1.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * Gets the stage or level this phase opens, such as {@code ENGAGEMENT}.
   *
   * @return the rung, not null
   */
  public abstract Rung rung();

  /**
   * Gets the actions of this phase.
   *
   * @return the actions, possibly empty when the gate already holds
   */
  public abstract ImmutableList<Action> actions();

  @Value.Check
  void check() {
    Checks.check(number() >= 1, "Phase.number must be at least 1, but was %s", number());
  }

  /**
   * Returns the phase as text, such as {@code Phase 1 -> ENGAGEMENT: 3 actions}.
   *
   * @return the phase as text, not null
   */
  @Override
  public String toString() {
    return "Phase "
        + number()
        + " -> "
        + rung().name()
        + ": "
        + actions().size()
        + (actions().size() == 1 ? " action" : " actions");
  }
}
