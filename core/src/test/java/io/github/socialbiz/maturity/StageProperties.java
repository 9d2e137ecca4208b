package io.github.socialbiz.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

final class StageProperties {

  @Property
  void nextAndPrevious_areInverse(@ForAll Stage stage) {
    stage.next().ifPresent(n -> assertEquals(stage, n.previous().orElseThrow()));
    stage.previous().ifPresent(p -> assertEquals(stage, p.next().orElseThrow()));
    assertEquals(stage.number() + 1, stage.next().map(Stage::number).orElse(7));
  }

  @Property
  void isAtLeast_isATotalOrderAgreeingWithNumbers(
      @ForAll Stage a, @ForAll Stage b, @ForAll Stage c) {
    assertEquals(a.number() >= b.number(), a.isAtLeast(b));
    assertEquals(true, a.isAtLeast(b) || b.isAtLeast(a));
    if (a.isAtLeast(b) && b.isAtLeast(a)) {
      assertSame(a, b);
    }
    if (a.isAtLeast(b) && b.isAtLeast(c)) {
      assertEquals(true, a.isAtLeast(c));
    }
  }

  @Property
  void of_number_roundTrips(@ForAll Stage stage) {
    assertSame(stage, Stage.of(stage.number()));
    assertSame(stage, Stage.parse(stage.displayName()));
    assertSame(stage, Stage.parse(stage.tagline()));
  }

  @Property
  void cumulativeCriteria_containTheLowerStagesCriteria(@ForAll Stage lower, @ForAll Stage higher) {
    Assume.that(higher.isAtLeast(lower));
    assertEquals(true, higher.cumulativeCriteria().containsAll(lower.cumulativeCriteria()));
  }
}
