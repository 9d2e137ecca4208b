package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Dimension;
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
}
