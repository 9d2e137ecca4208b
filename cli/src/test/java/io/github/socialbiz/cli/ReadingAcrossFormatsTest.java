package io.github.socialbiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.excel.SocialBusinessExcel;
import io.github.socialbiz.jackson.SocialBusinessCsv;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One reading rule for every format: an answer, a basis and a date typed the same way read the same from
 * a CSV file, a JSON document and a workbook.
 */
final class ReadingAcrossFormatsTest {

  private static final Questionnaire STANDARD = Questionnaire.standard();

  @ParameterizedTest(name = "{0} / {2} / {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "About half | half | Interview | INTERVIEW | 2026-11-20",
        "Don\u2019t know | dont-know | artifact checked | ARTIFACT_CHECKED | 2026-11-20 00:00:00",
        "MOST | most | SELF_REPORTED | SELF_REPORTED | 2026-11-20T00:00",
        "a few | some | self-reported | SELF_REPORTED | 2026-11-20",
        "N/A | not-applicable | interview | INTERVIEW | 2026-11-20",
      })
  void theSameSpellings_readTheSameInEveryFormat(
      String typed, String option, String basisTyped, Basis basis, String date) throws IOException {
    // an option that means "out of scope" needs its reason: the note, in a workbook
    boolean reason = option.equals("not-applicable");
    Answer.Builder a = Answer.builder().questionId("q.listening").optionId(option).basis(basis);
    if (reason) {
      a.reason("We sell through partners only");
    }
    Response expected =
        Response.of(
            Respondent.of("Ana Ruiz", "strategist"),
            LocalDate.of(2026, 11, 20),
            List.of(a.build()));

    String csv =
        "respondent,role,answered,question,answer,basis,reason\n"
            + "Ana Ruiz,strategist,"
            + date
            + ",q.listening,"
            + typed
            + ","
            + basisTyped
            + ","
            + (reason ? "We sell through partners only" : "")
            + "\n";
    assertEquals(List.of(expected), SocialBusinessCsv.readResponses(csv, STANDARD), "CSV");

    String json =
        "{\"respondent\": {\"name\": \"Ana Ruiz\", \"role\": \"strategist\"}, \"answered\": \""
            + date
            + "\", \"answers\": [{\"questionId\": \"q.listening\", \"optionId\": \""
            + typed
            + "\", \"basis\": \""
            + basisTyped
            + "\""
            + (reason ? ", \"reason\": \"We sell through partners only\"" : "")
            + "}]}";
    assertEquals(List.of(expected), SocialBusinessJson.readResponses(json, STANDARD), "JSON");

    byte[] workbook =
        Workbooks.fill(
            SocialBusinessExcel.questionnaire(STANDARD),
            "Ana Ruiz",
            "strategist",
            date,
            Map.of("q.listening", typed),
            Map.of("q.listening", basisTyped),
            reason ? Map.of("q.listening", "We sell through partners only") : Map.of());
    assertEquals(
        List.of(expected),
        SocialBusinessExcel.readResponses(new ByteArrayInputStream(workbook), "ana.xlsx", STANDARD),
        "workbook");
  }
}
