package io.github.socialbiz.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class RungTest {

  @Test
  void ladders_holdTheStagesAndTheLevelsInOrder() {
    assertEquals(List.of(Stage.values()), Rung.Ladder.STAGES.rungs());
    assertEquals(List.of(MaturityLevel.values()), Rung.Ladder.LEVELS.rungs());
    assertEquals(Rung.Ladder.STAGES, Stage.FORMALIZED.ladder());
    assertEquals(Rung.Ladder.LEVELS, MaturityLevel.FORMATION.ladder());
    assertEquals("stage", Rung.Ladder.STAGES.prefix());
    assertEquals("level", Rung.Ladder.LEVELS.prefix());
    assertSame(Stage.FORMALIZED, Rung.Ladder.STAGES.parse("Organize for Scale"));
    assertSame(MaturityLevel.FORMATION, Rung.Ladder.LEVELS.parse("formation"));
  }

  @Test
  void named_findsEitherLadderByConstantName() {
    assertSame(Stage.STRATEGIC, Rung.named("STRATEGIC"));
    assertSame(MaturityLevel.ENLIGHTENMENT, Rung.named("ENLIGHTENMENT"));
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> Rung.named("Strategic"));
    assertEquals(
        "Rung.name must be the name of a stage or a maturity level, but was 'Strategic'; allowed: PLANNING, PRESENCE, "
            + "ENGAGEMENT, FORMALIZED, STRATEGIC, CONVERGED, FOUNDATION, SAFETY, FORMATION, ENABLEMENT, ENLIGHTENMENT",
        e.getMessage());
    new NullPointerTester().testAllPublicStaticMethods(Rung.class);
  }

  @Test
  void everyRung_isNumberedFromOneAndLinkedToItsNeighbours() {
    for (Rung.Ladder ladder : Rung.Ladder.values()) {
      List<Rung> rungs = ladder.rungs();
      for (int i = 0; i < rungs.size(); i++) {
        Rung r = rungs.get(i);
        assertEquals(i + 1, r.number(), r.name());
        assertEquals(i == 0 ? null : rungs.get(i - 1), r.previous().orElse(null), r.name());
        assertEquals(
            i == rungs.size() - 1 ? null : rungs.get(i + 1), r.next().orElse(null), r.name());
      }
    }
  }

  @Test
  void criterionById_findsEveryGateCriterionAndOnlyThose() {
    Set<String> ids = new HashSet<>();
    for (Rung.Ladder ladder : Rung.Ladder.values()) {
      for (Rung r : ladder.rungs()) {
        for (Criterion c : r.entryCriteria()) {
          assertTrue(ids.add(c.id()), "duplicate id " + c.id());
          assertSame(c, Rung.findCriterion(c.id()).orElseThrow());
          assertSame(c, Rung.criterion(c.id()));
          assertTrue(
              c.id()
                  .startsWith(
                      ladder.prefix() + "." + r.displayName().toLowerCase(Locale.ROOT) + "."),
              c.id());
        }
      }
    }
    assertTrue(Rung.findCriterion("stage.presence.nothing").isEmpty());
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> Rung.criterion("stage.presence.nothing"));
    assertEquals(
        "Criterion.id must be the id of a stage or level criterion, but was 'stage.presence.nothing'; see docs/frameworks.md for the ids",
        e.getMessage());
    PracticeCriterion listening = (PracticeCriterion) Rung.criterion("stage.presence.listening");
    assertEquals(Practice.LISTENING, listening.practice());
  }
}
