package io.github.socialbiz.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed-point text for the library's figures. Not part of the API. */
public final class Decimals {

  private Decimals() {}

  /**
   * Formats a finite, non-negative number with a fixed number of decimals, rounding half up: the same
   * text as {@code String.format(Locale.ROOT, "%.Nf", v)}, without the cost of a {@code Formatter}.
   *
   * @param v  the number, finite and not negative
   * @param scale  the number of decimals
   * @return the text, such as {@code 25.3}
   */
  public static String fixed(double v, int scale) {
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Formats a finite, non-negative number with one decimal, rounding half up, and without it when it is
   * zero: {@code 2.25} as {@code 2.3}, {@code 4.0} as {@code 4}; for headcounts, FTE and other figures
   * read by people.
   *
   * @param v  the number, finite and not negative
   * @return the text, such as {@code 2.3} or {@code 4}
   */
  public static String tenths(double v) {
    String s = fixed(v, 1);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
