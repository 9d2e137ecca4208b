package io.github.socialbiz.source;

/**
 * The unit of a {@link Statistic}'s value, such as {@code PERCENT}.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Unit {
  /** A share of a population, from 0 to 100. */
  PERCENT("%"),
  /** A count of things, such as crises or accounts. */
  COUNT(""),
  /** A count of people. */
  PEOPLE(" people"),
  /** Full-time equivalents. */
  FTE(" FTE"),
  /** Years. */
  YEARS(" years"),
  /** United States dollars. */
  USD(" USD");

  private final String suffix;

  Unit(String suffix) {
    this.suffix = suffix;
  }

  /**
   * Formats a value in this unit, such as {@code 34%} or {@code 15.6 people}.
   *
   * @param value  the value
   * @return the value with its unit, whole numbers without a decimal point
   */
  public String format(double value) {
    String number =
        value == Math.rint(value) && Math.abs(value) < 1e15
            ? Long.toString((long) value)
            : Double.toString(value);
    return this == USD ? "$" + number : number + suffix;
  }
}
