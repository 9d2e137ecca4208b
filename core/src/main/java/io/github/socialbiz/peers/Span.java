package io.github.socialbiz.peers;

import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.internal.Decimals;

/**
 * A score from 0 to 1 that may be known only as a range, such as {@code 0.42 to 0.71}: its low end is what
 * the known evidence proves, its high end what is still possible (see {@link
 * io.github.socialbiz.assessment.DimensionScore}). With everything assessed the two ends are equal.
 *
 * @param low  the low end, from 0 to 1
 * @param high  the high end, from {@code low} to 1
 * @implSpec This record is immutable and thread-safe.
 */
public record Span(double low, double high) {

  /**
   * Checks the ends.
   *
   * @throws io.github.socialbiz.SocialBusinessException if an end is outside 0 to 1 or {@code high} is
   *     below {@code low}
   */
  public Span {
    Checks.share(low, "Span", "low");
    Checks.share(high, "Span", "high");
    Checks.check(high >= low, "Span.high must be at least low, but was %s against %s", high, low);
  }

  /**
   * Obtains a span of one known value.
   *
   * @param value  the value, from 0 to 1
   * @return the span, not null
   */
  public static Span of(double value) {
    return new Span(value, value);
  }

  /**
   * Checks if the value is known exactly.
   *
   * @return true if both ends are equal
   */
  public boolean isExact() {
    return low == high;
  }

  /**
   * Returns the span as text with two decimals, such as {@code 0.42 to 0.71} or {@code 0.50}.
   *
   * @return the span as text, not null
   */
  @Override
  public String toString() {
    return isExact()
        ? Decimals.fixed(low, 2)
        : Decimals.fixed(low, 2) + " to " + Decimals.fixed(high, 2);
  }
}
