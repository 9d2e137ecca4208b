package io.github.socialbiz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Decimals#fixed} writes what {@code String.format} writes, for the values the library formats;
 * {@link Decimals#tenths} the same with one decimal, dropped when zero.
 */
final class DecimalsProperties {

  @Property
  void fixed_equalsStringFormat(
      @ForAll @DoubleRange(min = 0, max = 1_000_000) double v,
      @ForAll @IntRange(min = 0, max = 3) int scale) {
    assertEquals(String.format(Locale.ROOT, "%." + scale + "f", v), Decimals.fixed(v, scale));
  }

  @Property
  void fixed_equalsStringFormatForPercentages(
      @ForAll @IntRange(min = 0, max = 5_000) int part,
      @ForAll @IntRange(min = 1, max = 5_000) int whole) {
    double v = 100.0 * part / whole;
    assertEquals(String.format(Locale.ROOT, "%.1f", v), Decimals.fixed(v, 1));
  }

  @Example
  void halfwayCases_roundUp() {
    assertEquals("0.2", Decimals.fixed(0.15, 1));
    assertEquals("0.13", Decimals.fixed(0.125, 2));
    assertEquals("25.3", Decimals.fixed(100.0 * 45 / 178, 1));
    assertEquals("0.00", Decimals.fixed(0, 2));
    assertEquals("120.0", Decimals.fixed(120, 1));
  }

  @Example
  void tenths_roundsHalfUp_andDropsAZeroDecimal() {
    assertEquals("4", Decimals.tenths(4.0));
    assertEquals("2.3", Decimals.tenths(2.25));
    assertEquals("0", Decimals.tenths(0.04));
    assertEquals("0.1", Decimals.tenths(0.05));
    assertEquals("10", Decimals.tenths(9.96));
    assertEquals("10.5", Decimals.tenths(10.5));
  }

  @Property
  void tenths_isFixedWithoutATrailingZeroDecimal(
      @ForAll @DoubleRange(min = 0, max = 1_000_000) double v) {
    String fixed = String.format(Locale.ROOT, "%.1f", v);
    assertEquals(fixed.replaceAll("\\.0$", ""), Decimals.tenths(v));
  }
}
