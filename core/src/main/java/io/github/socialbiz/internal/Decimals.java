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
}
