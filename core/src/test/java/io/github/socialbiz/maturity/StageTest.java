package io.github.socialbiz.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.source.Guidance;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

final class StageTest {

  @ParameterizedTest
  @CsvSource({
    "PLANNING, 1, Planning, Listen to Learn",
    "PRESENCE, 2, Presence, Stake Our Claim",
    "ENGAGEMENT, 3, Engagement, Dialog Deepens Relationships",
    "FORMALIZED, 4, Formalized, Organize for Scale",
    "STRATEGIC, 5, Strategic, Becoming a Social Business",
    "CONVERGED, 6, Converged, Business is Social"
  })
  void constants_haveTheirPublishedNumberNameAndTagline(
      Stage stage, int number, String name, String tagline) {
    assertEquals(number, stage.number());
    assertEquals(name, stage.displayName());
    assertEquals(tagline, stage.tagline());
    assertSame(stage, Stage.of(number));
    assertSame(stage, Stage.parse(tagline.toUpperCase(Locale.ROOT)));
    assertSame(stage, Stage.parse(Integer.toString(number)));
    assertSame(stage, Stage.parse(name.toLowerCase(Locale.ROOT)));
  }

  @Test
  void parse_acceptsPublishedTaglineVariants() {
    assertSame(Stage.STRATEGIC, Stage.parse("Become a Social Business"));
    assertSame(Stage.ENGAGEMENT, Stage.parse("dialogue deepens relationships"));
    assertSame(Stage.FORMALIZED, Stage.parse("  organize-for-scale "));
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void parse_ofToString_roundTrips(Stage stage) {
    assertSame(stage, Stage.parse(stage.toString()));
  }

  @Test
  void parse_unknownText_listsTheAcceptedSpellings() {
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> Stage.parse("Scaling"));
    assertEquals(
        "Unknown Stage: 'Scaling' (accepted, in any case: PLANNING (1, 'Listen to Learn'); "
            + "PRESENCE (2, 'Stake Our Claim'); ENGAGEMENT (3, 'Dialog Deepens Relationships', "
            + "'Dialogue Deepens Relationships'); FORMALIZED (4, 'Organize for Scale', 'Formalised'); "
            + "STRATEGIC (5, 'Becoming a Social Business', 'Become a Social Business'); "
            + "CONVERGED (6, 'Business is Social'))",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 7, -1, Integer.MAX_VALUE})
  void of_outOfRange_throwsWithTheValidRange(int number) {
    SocialBusinessException e = assertThrows(SocialBusinessException.class, () -> Stage.of(number));
    assertEquals("Stage.number must be between 1 and 6, but was " + number, e.getMessage());
  }

  @Test
  void nextAndPrevious_stopAtTheEnds() {
    assertEquals(Optional.empty(), Stage.CONVERGED.next());
    assertEquals(Optional.empty(), Stage.PLANNING.previous());
    assertEquals(Optional.of(Stage.PRESENCE), Stage.PLANNING.next());
    assertEquals(Optional.of(Stage.STRATEGIC), Stage.CONVERGED.previous());
  }

  @Test
  void isAtLeast_comparesByStageOrder() {
    assertTrue(Stage.FORMALIZED.isAtLeast(Stage.ENGAGEMENT));
    assertTrue(Stage.FORMALIZED.isAtLeast(Stage.FORMALIZED));
    assertFalse(Stage.ENGAGEMENT.isAtLeast(Stage.FORMALIZED));
  }

  @Test
  void planning_hasNoGate() {
    assertEquals(List.of(), Stage.PLANNING.entryCriteria());
  }

  @Test
  void formalizedsKeyActivities_areTheGateOutOfFormalized_enteredOnItsTrigger() {
    // one rule for every gate: the key work of the stage below done, this stage begun
    assertEquals(
        List.of(
            "stage.formalized.community-engagement: COMMUNITY_ENGAGEMENT >= HALF",
            "stage.formalized.coordination-begun: COORDINATION_BEGUN"),
        Stage.FORMALIZED.entryCriteria().stream()
            .map(Criterion::toString)
            .collect(Collectors.toList()));
    assertEquals(
        List.of(
            "stage.strategic.executive-sponsor-named: EXECUTIVE_SPONSOR_NAMED",
            "stage.strategic.center-of-excellence-staffed: CENTER_OF_EXCELLENCE_STAFFED",
            "stage.strategic.social-media-policy: SOCIAL_MEDIA_POLICY >= MOST",
            "stage.strategic.business-outcome-metrics: BUSINESS_OUTCOME_METRICS >= HALF",
            "stage.strategic.cross-functional-integration: CROSS_FUNCTIONAL_INTEGRATION >= SOME"),
        Stage.STRATEGIC.entryCriteria().stream()
            .map(Criterion::toString)
            .collect(Collectors.toList()));
    assertEquals(
        Fact.EXECUTIVE_SPONSOR_NAMED,
        ((FactCriterion) Stage.STRATEGIC.entryCriteria().get(0)).fact());
    assertFalse(Stage.STRATEGIC.entryCriteria().get(0).isLibraryReading());
    assertTrue(Stage.STRATEGIC.entryCriteria().get(2).isLibraryReading());
    assertTrue(Stage.FORMALIZED.entryCriteria().get(1).isLibraryReading());
  }

  @Test
  void cumulativeCriteria_areTheGatesFromTheBottomUp() {
    int sum = 0;
    for (Stage s : Stage.values()) {
      sum += s.entryCriteria().size();
      assertEquals(sum, s.cumulativeCriteria().size());
    }
    assertEquals(
        Stage.PRESENCE.entryCriteria().get(0), Stage.CONVERGED.cumulativeCriteria().get(0));
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void everyStage_hasGoalsAndCitedGuidance(Stage stage) {
    assertFalse(stage.guidance(Guidance.Kind.GOAL).isEmpty());
    assertFalse(stage.guidance(Guidance.Kind.PITFALL).isEmpty(), stage + " has no pitfall");
    assertTrue(stage.summary().length() > 40);
    assertEquals(
        "Li et al. 2013, \"Stage "
            + stage.number()
            + ", "
            + stage.displayName()
            + "\" [CORROBORATED]",
        stage.citation().toString());
  }

  @Test
  void presencePitfall_readsAsKindAndText() {
    assertEquals(
        "PITFALL: Counting fans, likes and retweets instead of progress on objectives",
        Stage.PRESENCE.guidance(Guidance.Kind.PITFALL).get(0).toString());
  }

  @Test
  void roadmapChapterPitfalls_citeTheSevenSuccessFactorsEbook() {
    Guidance strategic = Stage.STRATEGIC.guidance(Guidance.Kind.PITFALL).get(0);
    assertEquals(
        Source.SEVEN_SUCCESS_FACTORS_2013.at(
            "Chapter 3, roadmap: what plans lack", Provenance.INFERRED),
        strategic.citation());
    Guidance converged = Stage.CONVERGED.guidance(Guidance.Kind.PITFALL).get(0);
    assertEquals(
        Source.SEVEN_SUCCESS_FACTORS_2013.at(
            "Chapter 3, roadmap: repeated review", Provenance.INFERRED),
        converged.citation());
  }
}
