package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.Meaning;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.stage.Stage;
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
  }
}
