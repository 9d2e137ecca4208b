package io.github.socialbiz.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

final class MaturityLevelProperties {

  @Property
  void nextAndPrevious_areInverse(@ForAll MaturityLevel level) {
    level.next().ifPresent(n -> assertEquals(level, n.previous().orElseThrow()));
    level.previous().ifPresent(p -> assertEquals(level, p.next().orElseThrow()));
  }

  @Property
  void isAtLeast_isATotalOrder(
      @ForAll MaturityLevel a, @ForAll MaturityLevel b, @ForAll MaturityLevel c) {
    assertEquals(a.number() >= b.number(), a.isAtLeast(b));
    assertEquals(true, a.isAtLeast(b) || b.isAtLeast(a));
    if (a.isAtLeast(b) && b.isAtLeast(c)) {
      assertEquals(true, a.isAtLeast(c));
    }
  }

  @Property
  void ofAndParse_roundTrip(@ForAll MaturityLevel level) {
    assertSame(level, MaturityLevel.of(level.number()));
    assertSame(level, MaturityLevel.parse(level.displayName()));
    assertSame(level, MaturityLevel.parse(Integer.toString(level.number())));
  }
}
