package io.github.socialbiz.peers;

import io.github.socialbiz.internal.Checks;

/**
 * A percentile rank among peers, from 0 to 100, known only as a range where the organization's score or
 * the peers' scores are, such as {@code 40th to 75th percentile}.
 *
 * <p>The rank of a value among peers is the share of peers below it plus half the share equal to it, in
 * percent (the mid-rank definition, so that equal organizations get equal ranks and the median peer is at
 * the 50th). Its low end places the organization at the low end of its score against every peer at its
 * high end; its high end the other way round. So what nobody assessed can only widen the range, never
 * lower or raise a rank that is known.
 *
 * @param low  the low end, from 0 to 100
 * @param high  the high end, from {@code low} to 100
 * @implSpec This record is immutable and thread-safe.
 */
public record Rank(double low, double high) {

  /**
   * Checks the ends.
   *
   * @throws io.github.socialbiz.SocialBusinessException if an end is outside 0 to 100 or {@code high} is
   *     below {@code low}
   */
  public Rank {
    Checks.check(
        low >= 0 && high <= 100 && high >= low,
        "Rank must satisfy 0 <= low <= high <= 100, but was %s to %s",
        low,
        high);
  }

  /**
   * Checks if the rank is one number.
   *
   * @return true if both ends are equal
   */
  public boolean isExact() {
    return Math.round(low) == Math.round(high);
  }

  /**
   * Returns the rank as text a client reads, in whole percentiles, such as {@code 62nd percentile} or
   * {@code 40th to 75th percentile}.
   *
   * @return the rank as text, not null
   */
  @Override
  public String toString() {
    return isExact()
        ? ordinal(Math.round(low)) + " percentile"
        : ordinal(Math.round(low)) + " to " + ordinal(Math.round(high)) + " percentile";
  }

  static String ordinal(long n) {
    long tens = n % 100;
    String suffix =
        tens >= 11 && tens <= 13
            ? "th"
            : switch ((int) (n % 10)) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
