package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

/**
 * Whether something holds, on three values: it holds, it does not, or it cannot be told from what is
 * known, such as a criterion over a practice nobody has assessed.
 *
 * <p>The operations follow Kleene's strong logic of three values: in {@link #and} a failure outweighs
 * unknown ({@code FALSE.and(UNKNOWN)} is {@code FALSE}), in {@link #or} a pass does ({@code
 * TRUE.or(UNKNOWN)} is {@code TRUE}), and {@link #not} keeps unknown. Read unknown as "true or false,
 * nobody can tell yet": every answer these operations give with unknown inputs is the answer every way of
 * filling them in would agree on, or unknown when they would not.
 *
 * <pre>{@code
 * Truth.of(true).and(Truth.UNKNOWN);     // UNKNOWN: it depends on the unknown part
 * Truth.FALSE.and(Truth.UNKNOWN);        // FALSE: false whatever the unknown part turns out to be
 * Truth.UNKNOWN.not();                   // UNKNOWN
 * }</pre>
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Truth {
  /** It does not hold. */
  FALSE,
  /** It cannot be told from what is known; it may turn out either way. */
  UNKNOWN,
  /** It holds. */
  TRUE;

  /**
   * Obtains the truth of a known answer.
   *
   * @param holds  whether it holds
   * @return {@link #TRUE} or {@link #FALSE}
   */
  public static Truth of(boolean holds) {
    return holds ? TRUE : FALSE;
  }

  /**
   * Gets the conjunction: false if either is false, else unknown if either is unknown, else true.
   *
   * @param other  the other truth
   * @return the conjunction, not null
   */
  public Truth and(Truth other) {
    requireNonNull(other, "other");
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Gets the disjunction: true if either is true, else unknown if either is unknown, else false.
   *
   * @param other  the other truth
   * @return the disjunction, not null
   */
  public Truth or(Truth other) {
    requireNonNull(other, "other");
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Gets the negation: true and false swap, unknown stays unknown.
   *
   * @return the negation, not null
   */
  public Truth not() {
    return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
  }

  /**
   * Checks if this is known to hold.
   *
   * @return true only for {@link #TRUE}
   */
  public boolean isTrue() {
    return this == TRUE;
  }

  /**
   * Checks if this is known not to hold.
   *
   * @return true only for {@link #FALSE}
   */
  public boolean isFalse() {
    return this == FALSE;
  }

  /**
   * Checks if this is unknown.
   *
   * @return true only for {@link #UNKNOWN}
   */
  public boolean isUnknown() {
    return this == UNKNOWN;
  }

  /**
   * Checks if this could still turn out to hold: true or unknown.
   *
   * @return false only for {@link #FALSE}
   */
  public boolean isPossible() {
    return this != FALSE;
  }
}
