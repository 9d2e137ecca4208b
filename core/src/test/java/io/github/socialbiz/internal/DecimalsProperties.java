package io.github.socialbiz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** {@link Decimals#fixed} writes what {@code String.format} writes, for the values the library formats. */
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
}
