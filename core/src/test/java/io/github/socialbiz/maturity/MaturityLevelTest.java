package io.github.socialbiz.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.practice.Criterion;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

final class MaturityLevelTest {

  @ParameterizedTest
  @CsvSource({
    "FOUNDATION, 1, Foundation",
    "SAFETY, 2, Safety",
    "FORMATION, 3, Formation",
    "ENABLEMENT, 4, Enablement",
    "ENLIGHTENMENT, 5, Enlightenment"
  })
  void constants_followTheReportsNaming(MaturityLevel level, int number, String name) {
    assertEquals(number, level.number());
    assertEquals(name, level.displayName());
    assertSame(level, MaturityLevel.of(number));
    assertSame(level, MaturityLevel.parse(name));
  }

  @Test
  void parse_formation_isLevelThreeAsTheReportNamesIt() {
    assertSame(MaturityLevel.FORMATION, MaturityLevel.parse("formation"));
    assertSame(MaturityLevel.FORMATION, MaturityLevel.parse("FORMATION"));
  }

  @Test
  void parse_theSeedsLevelOneMisnomer_needsItsQualifier() {
    assertSame(MaturityLevel.FOUNDATION, MaturityLevel.parse("Formation (level 1)"));
    assertEquals(List.of("Formation (level 1)"), MaturityLevel.FOUNDATION.knownMisnomers());
    assertEquals(List.of(), MaturityLevel.FORMATION.knownMisnomers());
  }

  @ParameterizedTest
  @EnumSource(MaturityLevel.class)
  void parse_ofToString_roundTrips(MaturityLevel level) {
    assertSame(level, MaturityLevel.parse(level.toString()));
  }

  @Test
  void parse_unknown_listsAcceptedSpellings() {
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> MaturityLevel.parse("Esteem"));
    assertEquals(
        "Unknown MaturityLevel: 'Esteem' (accepted, in any case: FOUNDATION (1, 'Formation (level 1)'); "
            + "SAFETY (2); FORMATION (3); ENABLEMENT (4); ENLIGHTENMENT (5))",
        e.getMessage());
  }

  @Test
  void of_outOfRange_throws() {
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> MaturityLevel.of(6));
    assertEquals("MaturityLevel.number must be between 1 and 5, but was 6", e.getMessage());
  }

  @Test
  void safety_requiresATeamTriageAndACrisisPlan() {
    assertEquals(
        List.of(
            "level.safety.dedicated-team: DEDICATED_TEAM >= SOME",
            "level.safety.triage-process: TRIAGE_PROCESS >= HALF",
            "level.safety.crisis-plan: CRISIS_PLAN >= HALF"),
        MaturityLevel.SAFETY.entryCriteria().stream()
            .map(Criterion::toString)
            .collect(Collectors.toList()));
  }

  @Test
  void nextAndPrevious_stopAtTheEnds() {
    assertEquals(Optional.empty(), MaturityLevel.ENLIGHTENMENT.next());
    assertEquals(Optional.empty(), MaturityLevel.FOUNDATION.previous());
    assertEquals(Optional.of(MaturityLevel.SAFETY), MaturityLevel.FOUNDATION.next());
  }

  @Test
  void readinessFindings_areFourInOrder() {
    assertEquals(4, ReadinessFinding.values().length);
    assertEquals(3, ReadinessFinding.ONGOING_EDUCATION.number());
    assertEquals(
        "SINGLE_SOURCE", ReadinessFinding.SCALABLE_FORMATION.citation().provenance().name());
  }
}
