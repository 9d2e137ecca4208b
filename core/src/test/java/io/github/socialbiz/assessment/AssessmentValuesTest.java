package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Values read back from storage are checked like any other: each rule's message names the field and the value. */
final class AssessmentValuesTest {

  private static String message(Executable build) {
    return String.valueOf(assertThrows(SocialBusinessException.class, build).getMessage());
  }

  @Test
  void scoresAreShares() {
    assertEquals(
        "DimensionScore.mean must be between 0 and 1, but was 1.5",
        message(
            () ->
                DimensionScore.builder()
                    .dimension(Dimension.PROCESS)
                    .mean(1.5)
                    .weakest(0)
                    .targetMean(0)
                    .targetWeakest(0)
                    .outOfScope(0)
                    .build()));
    assertEquals(
        "DimensionScore.targetWeakest must be between 0 and 1, but was NaN",
        message(
            () ->
                DimensionScore.builder()
                    .dimension(Dimension.PROCESS)
                    .mean(0)
                    .weakest(0)
                    .targetMean(0)
                    .targetWeakest(Double.NaN)
                    .outOfScope(0)
                    .build()));
    assertEquals(
        "DimensionScore.outOfScope must be between 0 and 5, but was 6",
        message(
            () ->
                DimensionScore.builder()
                    .dimension(Dimension.PROCESS)
                    .mean(0)
                    .weakest(0)
                    .targetMean(0)
                    .targetWeakest(0)
                    .outOfScope(6)
                    .build()));
    assertEquals(
        "UnitStanding.overall must be between 0 and 1, but was -0.1",
        message(
            () ->
                UnitStanding.builder()
                    .unit("North")
                    .stage(Stage.PRESENCE)
                    .weakestDimension(Dimension.PROCESS)
                    .overall(-0.1)
                    .holdingBack(false)
                    .build()));
  }

  @Test
  void namesAndNumbers() {
    assertEquals(
        "Phase.number must be at least 1, but was 0",
        message(() -> Phase.of(0, Stage.PRESENCE, List.of())));
    assertEquals(
        "Roadmap.phases must be numbered 1, 2, 3... in order, but phase 1 is numbered 2",
        message(
            () -> Roadmap.of(Stage.ENGAGEMENT, List.of(Phase.of(2, Stage.ENGAGEMENT, List.of())))));
    assertEquals(
        "BookResult.name must not be blank, but was ' '",
        message(() -> BookResult.builder().name(" ").build()));
    assertEquals(
        "ModelRecommendation.reasons must not be empty, but was empty for HONEYCOMB",
        message(() -> ModelRecommendation.of(OrganizationalModel.HONEYCOMB, List.of(), List.of())));
  }

  private static DimensionScore.Builder process() {
    return score(0.4, 0.2, 0.5);
  }

  private static DimensionScore.Builder score(double mean, double weakest, double targetMean) {
    return DimensionScore.builder()
        .dimension(Dimension.PROCESS)
        .mean(mean)
        .weakest(weakest)
        .targetMean(targetMean)
        .targetWeakest(0.25)
        .outOfScope(0);
  }

  @Test
  void dimensionScore_rangeDefaultsToItsKnownEnds_andIsChecked() {
    DimensionScore exact = process().build();
    assertEquals(0.4, exact.meanPossible());
    assertEquals(0.2, exact.weakestPossible());
    assertEquals(
        "DimensionScore.weakestPossible must be between 0 and 1, but was 1.5",
        message(() -> process().notAssessed(1).weakestPossible(1.5).build()));
    assertEquals(
        "DimensionScore.weakest must be between 0 and 1, but was -0.5",
        message(() -> score(0.4, -0.5, 0.5).build()));
    assertEquals(
        "DimensionScore.targetMean must be between 0 and 1, but was 2.0",
        message(() -> score(0.4, 0.2, 2).build()));
    assertEquals(
        "DimensionScore.meanPossible must be between 0 and 1, but was 1.25",
        message(() -> process().notAssessed(1).meanPossible(1.25).build()));
    assertEquals(
        "DimensionScore.notAssessed must be between 0 and 5, but was -1",
        message(() -> process().notAssessed(-1).build()));
    assertEquals(
        "DimensionScore.meanPossible and weakestPossible must be at least mean and weakest, but were"
            + " 0.4 and 0.1 against 0.4 and 0.2 for PROCESS",
        message(() -> process().notAssessed(1).weakestPossible(0.1).build()));
  }

  /** A standing of the unit North at Presence, overall 0.5; the test sets the rest. */
  private static UnitStanding.Builder north() {
    return UnitStanding.builder()
        .unit("North")
        .stage(Stage.PRESENCE)
        .weakestDimension(Dimension.PROCESS)
        .overall(0.5);
  }

  @Test
  void unitStanding_overallPossibleIsAShare() {
    assertEquals(
        "UnitStanding.overallPossible must be between 0 and 1, but was 1.5",
        message(() -> north().overallPossible(1.5).holdingBack(false).build()));
  }

  @Test
  void unitStanding_notAssessedIsACount() {
    assertEquals(
        "UnitStanding.notAssessed must be at least 0, but was -1 for 'North'",
        message(() -> north().notAssessed(-1).holdingBack(false).build()));
  }

  @Test
  void completeness_countsOnlyPracticesInScope_andFromZero() {
    assertEquals(
        "Completeness.notAssessed must be practices in scope, but [LISTENING] is not in scope",
        message(
            () ->
                ImmutableCompleteness.builder()
                    .addPracticesInScope(Practice.TRIAGE_PROCESS)
                    .addPracticesNotAssessed(Practice.LISTENING)
                    .build()));
    assertEquals(
        "Completeness.basisMix must count from 0, but INTERVIEW counts -1",
        message(
            () ->
                ImmutableCompleteness.builder()
                    .addPracticesInScope(Practice.LISTENING)
                    .putBasisMix(Basis.INTERVIEW, -1)
                    .build()));
  }
}
