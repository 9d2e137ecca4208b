package io.github.socialbiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.coe.Responsibility;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Guidance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every criterion, guidance item and practice carries a citation, and criterion ids are unique. */
final class ProvenanceCoverageTest {

  private static List<Criterion> allCriteria() {
    List<Criterion> all = new ArrayList<>();
    for (Stage s : Stage.values()) {
      all.addAll(s.entryCriteria());
    }
    for (MaturityLevel l : MaturityLevel.values()) {
      all.addAll(l.entryCriteria());
    }
    return all;
  }

  @Test
  void criterionIds_areUniqueAcrossStagesAndLevels() {
    Set<String> ids = new HashSet<>();
    for (Criterion c : allCriteria()) {
      assertTrue(ids.add(c.id()), () -> "duplicate criterion id " + c.id());
      assertTrue(c.id().startsWith("stage.") || c.id().startsWith("level."), c::id);
    }
    assertTrue(ids.size() > 40);
  }

  @Test
  void everyCriterion_guidanceItemAndPractice_isCited() {
    List<Citation> citations = new ArrayList<>();
    allCriteria().forEach(c -> citations.add(c.citation()));
    for (Stage s : Stage.values()) {
      s.guidance().stream().map(Guidance::citation).forEach(citations::add);
      citations.add(s.citation());
    }
    for (Practice p : Practice.values()) {
      assertFalse(p.citations().isEmpty(), p::name);
      citations.addAll(p.citations());
    }
    for (Role r : Role.values()) {
      citations.addAll(r.citations());
    }
    for (Responsibility r : Responsibility.values()) {
      citations.add(r.citation());
    }
    for (Citation c : citations) {
      assertFalse(c.locator().isBlank());
    }
    assertTrue(citations.size() > 150);
  }

  @Test
  void libraryReadings_areMarkedInferred_andFormalizedIsNot() {
    assertTrue(allCriteria().stream().anyMatch(Criterion::isLibraryReading));
    assertFalse(Stage.STRATEGIC.entryCriteria().get(0).isLibraryReading());
  }

  @Test
  void stageCriteria_onlyFormalizedsKeyActivitiesRestateTheReport() {
    List<String> reported = new ArrayList<>();
    for (Stage s : Stage.values()) {
      for (Criterion c : s.entryCriteria()) {
        if (!c.isLibraryReading()) {
          reported.add(c.id());
        }
      }
    }
    assertEquals(
        List.of(
            "stage.strategic.executive-sponsor-named",
            "stage.strategic.center-of-excellence-staffed"),
        reported);
  }
}
