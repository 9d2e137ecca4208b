package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.Meaning;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LabelsTest {

  @ParameterizedTest
  @CsvSource({
    "SELF_REPORTED, self-reported",
    "INTERVIEW, interview",
    "ARTIFACT_CHECKED, artifact checked"
  })
  void basis_inWords(Basis basis, String words) {
    assertEquals(words, Labels.basis(basis));
  }

  @ParameterizedTest
  @CsvSource({
    "NONE, None",
    "SOME, Some",
    "HALF, About half",
    "MOST, Most or all",
    "HOLDS, Holds",
    "DOES_NOT_HOLD, Does not hold",
    "NOT_ASSESSED, Don\u2019t know",
    "OUT_OF_SCOPE, Not applicable"
  })
  void answer_inTheRespondentsWords(Meaning meaning, String words) {
    assertEquals(words, Labels.answer(meaning));
  }

  @ParameterizedTest
  @CsvSource({
    "INFO, Info, QUIET",
    "LOW, Low, NOTE",
    "MEDIUM, Medium, CAUTION",
    "HIGH, High, ALERT",
    "CRITICAL, Critical, ALERT"
  })
  void severity_inWordsAndTone(Severity severity, String words, Report.Style tone) {
    assertEquals(words, Labels.severity(severity));
    assertEquals(tone, Labels.tone(severity));
  }

  @ParameterizedTest
  @CsvSource({
    "REPORTED, reported",
    "CORROBORATED, corroborated",
    "SINGLE_SOURCE, single source",
    "INFERRED, inferred"
  })
  void provenance_inWords(Provenance provenance, String words) {
    assertEquals(words, Labels.provenance(provenance));
  }

  @Test
  void citation_gradesInWords_freeTextAsGiven() {
    assertEquals(
        "Owyang 2012, \"Key findings\" [single source]",
        Labels.citation(Source.PROLIFERATION_2012.at("Key findings", Provenance.SINGLE_SOURCE)));
    assertEquals(
        "ACME policy 4.2 [INTERNAL]", Labels.citation(Reference.of("ACME policy 4.2 [INTERNAL]")));
  }

  @Test
  void gateCount_countsCriteria() {
    ImmutableList<Criterion> gate = Stage.ENGAGEMENT.entryCriteria();
    assertEquals(
        "1 of 1 criterion met.",
        Labels.gateCount(GateSummary.of(Stage.ENGAGEMENT, gate.subList(0, 1), List.of())));
    assertEquals(
        "1 of 2 criteria met.",
        Labels.gateCount(GateSummary.of(Stage.ENGAGEMENT, gate.subList(0, 1), gate.subList(1, 2))));
    assertEquals(
        "0 of 2 criteria met.",
        Labels.gateCount(GateSummary.of(Stage.ENGAGEMENT, List.of(), gate.subList(0, 2))));
    assertEquals(
        "1 of 3 criteria met, 1 not verified.",
        Labels.gateCount(
            GateSummary.of(
                Stage.ENGAGEMENT, gate.subList(0, 1), gate.subList(1, 2), gate.subList(2, 3))));
  }

  @Test
  void gateStanding_metOnlyWhenEveryCriterionIsKnownMet() {
    ImmutableList<Criterion> gate = Stage.ENGAGEMENT.entryCriteria();
    Stage e = Stage.ENGAGEMENT;
    assertEquals("met", Labels.gateStanding(GateSummary.of(e, gate, List.of(), List.of())));
    assertEquals(
        "not verified",
        Labels.gateStanding(GateSummary.of(e, gate.subList(0, 1), List.of(), gate.subList(1, 2))));
    assertEquals(
        "gaps remain",
        Labels.gateStanding(GateSummary.of(e, List.of(), gate.subList(0, 1), gate.subList(1, 2))));
  }

  @ParameterizedTest
  @CsvSource({
    "0.25, 0.25, true, 0.25",
    "0.5, 0.642857, false, 0.50 to 0.64",
    "0, 1, false, 0.00 to 1.00",
    // a weakest link held at zero by a practice known to be at none is proven, not a range
    "0, 0, false, 0.00",
    "0.251, 0.254, false, 0.25"
  })
  void score_oneNumberOrARange(double proven, double possible, boolean exact, String text) {
    assertEquals(text, Labels.score(proven, possible, exact));
  }

  @Test
  void benchmark_threeMarks() {
    assertEquals("\u2714", Labels.benchmark(Truth.TRUE));
    assertEquals("\u2716", Labels.benchmark(Truth.FALSE));
    assertEquals("?", Labels.benchmark(Truth.UNKNOWN));
  }
}
