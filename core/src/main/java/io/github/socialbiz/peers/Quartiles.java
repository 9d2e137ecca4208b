package io.github.socialbiz.peers;

import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.internal.Decimals;
import java.util.Arrays;

/**
 * The median and quartiles of a number among peers, such as CoE headcount: {@code median 4 (3 to 7, 12
 * peers)}.
 *
 * <p>Quartiles are interpolated between the sorted values (the method of R's default and of spreadsheets'
 * {@code QUARTILE.INC}): the q-th quartile of n values lies at position {@code q(n - 1)/4} counted from 0.
 *
 * @param peers  the number of peers the figures rest on, at least 1
 * @param lower  the lower quartile
 * @param median  the median
 * @param upper  the upper quartile
 * @implSpec This record is immutable and thread-safe.
 */
public record Quartiles(int peers, double lower, double median, double upper) {

  /**
   * Checks the order of the figures.
   *
   * @throws io.github.socialbiz.SocialBusinessException if {@code peers} is below 1 or the figures are not
   *     in order
   */
  public Quartiles {
    Checks.check(peers >= 1, "Quartiles.peers must be at least 1, but was %s", peers);
    Checks.check(
        lower <= median && median <= upper,
        "Quartiles must satisfy lower <= median <= upper, but were %s, %s, %s",
        lower,
        median,
        upper);
  }

  /**
   * Computes the quartiles of some values.
   *
   * @param values  the values, at least one, in any order
   * @return the quartiles, not null
   */
  public static Quartiles of(double... values) {
    Checks.check(values.length >= 1, "Quartiles need at least one value, but got none");
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new Quartiles(sorted.length, at(sorted, 1), at(sorted, 2), at(sorted, 3));
  }

  private static double at(double[] sorted, int quartile) {
    double position = quartile * (sorted.length - 1) / 4.0;
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  /**
   * Returns the figures as text with up to one decimal, such as {@code median 4 (3 to 7, 12 peers)}.
   *
   * @return the figures as text, not null
   */
  @Override
  public String toString() {
    return "median "
        + Decimals.tenths(median)
        + " ("
        + Decimals.tenths(lower)
        + " to "
        + Decimals.tenths(upper)
        + ", "
        + peers
        + " peers)";
  }
}
