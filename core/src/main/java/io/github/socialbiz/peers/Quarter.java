package io.github.socialbiz.peers;

import static java.util.Objects.requireNonNull;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Checks;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a year, such as {@code 2026-Q2}: the most exact date a {@link Peer} keeps of its assessment,
 * so that no peer can be picked out by its day.
 *
 * @param year  the year, from 2000 to 9999
 * @param quarter  the quarter, from 1 to 4
 * @implSpec This record is immutable and thread-safe.
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

  /**
   * Checks the year and quarter.
   *
   * @throws SocialBusinessException if either is out of range
   */
  public Quarter {
    Checks.inRange(year, 2000, 9999, "Quarter", "year");
    Checks.inRange(quarter, 1, 4, "Quarter", "quarter");
  }

  /**
   * Obtains the quarter a date falls in.
   *
   * @param date  the date, from the year 2000 on
   * @return the quarter, not null
   */
  public static Quarter of(LocalDate date) {
    requireNonNull(date, "date");
    return new Quarter(date.getYear(), (date.getMonthValue() + 2) / 3);
  }

  /**
   * Obtains a quarter from its text, such as {@code 2026-Q2}.
   *
   * @param text  the text
   * @return the quarter, not null
   * @throws SocialBusinessException if the text is not a year, {@code -Q} and a quarter from 1 to 4
   */
  public static Quarter parse(CharSequence text) {
    Matcher m = TEXT.matcher(requireNonNull(text, "text"));
    if (!m.matches()) {
      throw new SocialBusinessException(
          "A quarter is a year, '-Q' and 1 to 4, such as 2026-Q2, but was '" + text + "'");
    }
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Gets the quarter's first day.
   *
   * @return the first day, not null
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, quarter * 3 - 2, 1);
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(quarter, other.quarter);
  }

  /**
   * Returns the quarter as text, such as {@code 2026-Q2}.
   *
   * @return the quarter as text, not null
   */
  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
