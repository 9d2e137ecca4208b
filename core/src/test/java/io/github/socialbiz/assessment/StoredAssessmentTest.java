package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.SampleOrganizations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What a stored assessment is: its organization, date and model version, and results that agree with them. */
final class StoredAssessmentTest {

  private static final Assessment BLUEFIN =
      Assessor.standard()
          .assess(SampleOrganizations.presenceWithoutResponse(), SampleOrganizations.AS_OF);

  private static String message(Executable build) {
    return String.valueOf(assertThrows(SocialBusinessException.class, build).getMessage());
  }

  /** A copy of an assessment with the builder, as a reader of stored assessments makes one. */
  private static Assessment copy(Assessment a) {
    return Assessment.builder()
        .organization(a.organization())
        .asOf(a.asOf())
        .stage(a.stage())
        .stageGate(a.stageGate())
        .level(a.level())
        .levelGate(a.levelGate())
        .addAllScores(a.scores())
        .recommendedModel(a.recommendedModel())
        .addAllBooks(a.books())
        .addAllBenchmarks(a.benchmarks())
        .roadmap(a.roadmap())
        .addAllUnits(a.units())
        .build();
  }

  /** The same assessment, to change one attribute at a time (each change is checked as a build is). */
  private static ImmutableAssessment stored(Assessment a) {
    return (ImmutableAssessment) a;
  }

  @Test
  void anAssessment_recordsTheCurrentModelVersion() {
    assertEquals(6, ModelVersion.CURRENT);
    assertEquals(ModelVersion.CURRENT, BLUEFIN.modelVersion());
    assertEquals(BLUEFIN, copy(BLUEFIN));
  }

  @Test
  void underTheCurrentModel_resultsThatContradictTheOrganizationAreRejected() {
    assertEquals(Stage.PRESENCE, BLUEFIN.stage());
    assertEquals(
        "Assessment.stage must be PRESENCE, the stage Bluefin Foods reaches under model version 6, but was STRATEGIC",
        message(() -> stored(BLUEFIN).withStage(Stage.STRATEGIC)));
    assertEquals(
        "Assessment.level must be "
            + BLUEFIN.level().map(Enum::name).orElse("no level")
            + ", the level Bluefin Foods reaches under model version 6, but was ENLIGHTENMENT",
        message(() -> stored(BLUEFIN).withLevel(MaturityLevel.ENLIGHTENMENT)));
    assertEquals(
        "Assessment.stageGate must lead to ENGAGEMENT, the stage after PRESENCE, but led to nothing",
        message(() -> stored(BLUEFIN).withStageGate(Optional.empty())));
    assertEquals(
        "Assessment.modelVersion must be at least 1, but was 0",
        message(() -> stored(BLUEFIN).withModelVersion(0)));
  }

  @Test
  void underAnotherModel_theResultsAreKeptAsRecorded() {
    Assessment recorded = stored(BLUEFIN).withModelVersion(5).withStage(Stage.STRATEGIC);
    assertEquals(Stage.STRATEGIC, recorded.stage());
    assertEquals(5, recorded.modelVersion());
  }

  @Test
  void diffAcrossModelVersions_listsTheChangedCriteriaAndDoesNotCountThemAsTheOrganizations() {
    GateSummary gate = BLUEFIN.stageGate().orElseThrow();
    PracticeCriterion first =
        (PracticeCriterion)
            gate.unmet().stream()
                .filter(c -> c instanceof PracticeCriterion)
                .findFirst()
                .orElseThrow();
    // the same criterion under a hypothetical model 6 asks for a different grade
    Criterion stricter =
        Criterion.practice(
            first.id(),
            first.practice(),
            first.minimum() == Adoption.MOST ? Adoption.HALF : Adoption.MOST,
            first.citation());
    List<Criterion> unmet = new ArrayList<>(gate.unmet());
    unmet.set(unmet.indexOf(first), stricter);
    Assessment later =
        stored(BLUEFIN)
            .withModelVersion(7)
            .withStageGate(GateSummary.of(gate.rung(), gate.met(), unmet));

    AssessmentDiff same = AssessmentDiff.between(BLUEFIN, BLUEFIN);
    assertFalse(same.isModelChanged());
    assertEquals(List.of(), same.changedCriteria());
    assertTrue(same.isEmpty());

    AssessmentDiff diff = AssessmentDiff.between(BLUEFIN, later);
    assertTrue(diff.isModelChanged());
    assertEquals(6, diff.modelVersionBefore());
    assertEquals(7, diff.modelVersionAfter());
    assertEquals(List.of(first.id()), diff.changedCriteria());
    assertTrue(diff.completedActions().stream().noneMatch(a -> a.criterionId().equals(first.id())));
    assertFalse(diff.isEmpty());
    assertTrue(diff.toString().endsWith(", model 6 -> 7 (1 criteria changed)}"), diff.toString());
  }
}
