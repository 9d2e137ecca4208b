package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.maturity.MaturityLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words of a change between two assessments, one helper at a time. */
final class ChangesTest {

  @Test
  void trend_roundsToTwoDecimals_andCallsLessThanHalfAHundredthUnchanged() {
    assertEquals("\u2192 unchanged", Changes.trend(0.004));
    assertEquals("\u2192 unchanged", Changes.trend(-0.004));
    assertEquals("\u2191 up 0.05", Changes.trend(0.05));
    assertEquals("\u2193 down 0.01", Changes.trend(-0.006));
  }

  @Test
  void trend_splitsKnowledgeFromChange() {
    assertEquals("\u2191 up 0.10", Changes.trend(0.1, 0.001, "from 2 practices"));
    assertEquals(
        "0.36 higher (all from 7 practices)", Changes.trend(0.0, 0.36, "from 7 practices"));
    assertEquals(
        "\u2193 down 0.05 (and 0.20 lower from 1 practice)",
        Changes.trend(-0.05, -0.2, "from 1 practice"));
  }

  @Test
  void change_ofARung() {
    assertEquals("unchanged at 2. Presence", Changes.change("1. Planning", "2. Presence", 0));
    assertEquals(
        "\u2191 up from 1. Planning to 2. Presence",
        Changes.change("1. Planning", "2. Presence", 1));
    assertEquals(
        "\u2193 down from 2. Presence to 1. Planning",
        Changes.change("2. Presence", "1. Planning", -1));
    assertEquals(
        "1. Planning then, 4. Formalized now: all from 7 practices, not a change",
        Changes.change("1. Planning", "4. Formalized", "4. Formalized", 0, "from 7 practices"));
    assertEquals(
        "1. Planning then, 4. Formalized now: 3. Engagement from 7 practices, then \u2191 up to 4."
            + " Formalized",
        Changes.change("1. Planning", "3. Engagement", "4. Formalized", 1, "from 7 practices"));
    assertEquals(
        "\u2191 up from 1. Planning to 2. Presence",
        Changes.change("1. Planning", "1. Planning", "2. Presence", 1, "from 7 practices"));
  }

  @Test
  void levels_inWords_andAsNumbers() {
    assertEquals("no maturity level yet", Changes.level(Optional.empty()));
    assertEquals("3. Formation", Changes.level(Optional.of(MaturityLevel.FORMATION)));
    assertEquals("no level", Changes.levelReached(Optional.empty()));
    assertEquals("1. Foundation", Changes.levelReached(Optional.of(MaturityLevel.FOUNDATION)));
    assertEquals(0, Changes.number(Optional.empty()));
    assertEquals(4, Changes.number(Optional.of(MaturityLevel.ENABLEMENT)));
  }

  @Test
  void and_joinsWordsAsTheyAreRead() {
    assertEquals("a", Changes.and(List.of("a")));
    assertEquals("a and b", Changes.and(List.of("a", "b")));
    assertEquals("a, b and c", Changes.and(List.of("a", "b", "c")));
  }
}
