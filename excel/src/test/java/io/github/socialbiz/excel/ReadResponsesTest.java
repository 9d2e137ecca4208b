package io.github.socialbiz.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Meaning;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filled workbooks read back as responses: a round trip, each unforeseen edit understood or rejected
 * with the exact message, and the layout with one sheet per respondent.
 */
final class ReadResponsesTest {

  /** Five questions: Strategy has q.business-goals, q.pilot-projects, q.readiness-audit; Engagement the rest. */
  private static final Questionnaire GATE = Questionnaire.standard().forGate(Stage.PRESENCE);

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
  private static final String LISTENING_SOME =
      "A few: one team watches its own campaign terms while its campaigns run";
  private static final String ALLOWED_LISTENING =
      "allowed: none, some, half, most, dont-know, not-applicable, or an option's text or grade in"
          + " words, such as 'None'";

  private static Filled ana() {
    return Filled.of(SocialBusinessExcel.questionnaire(GATE))
        .respondent("Ana Ruiz", "strategist", null, DAY);
  }

  private static List<Response> read(Filled f) throws IOException {
    return SocialBusinessExcel.readResponses(new ByteArrayInputStream(f.bytes()), "ana.xlsx", GATE);
  }

  private static String error(Filled f) {
    byte[] bytes = f.bytes();
    return String.valueOf(
        assertThrows(
                WorkbookException.class,
                () ->
                    SocialBusinessExcel.readResponses(
                        new ByteArrayInputStream(bytes), "ana.xlsx", GATE))
            .getMessage());
  }

  // -----------------------------------------------------------------------

  @Test
  void roundTrip_standardQuestionnaireFilledByPoi_givesTheExpectedResponse() throws IOException {
    Questionnaire standard = Questionnaire.standard();
    Filled f =
        Filled.of(SocialBusinessExcel.questionnaire(standard))
            .respondent("Li Wei", "liaison", "Cloud", DAY)
            .answer("q.listening", LISTENING_SOME)
            .note("q.listening", "Only during launches")
            .basis("q.listening", "Artifact checked")
            .answer("q.crisis-plan", "Don't know")
            .answer("q.employee-participation", "This does not apply to us (say why)")
            .note("q.employee-participation", "We have no public-facing staff")
            .answer("q.fact.executive-sponsor-named", "most") // typed: neither a text nor a fact id
            .answer("q.fact.executive-sponsor-named", "yes") // typed id of the option
            .answer("q.business-goals", "half")
            .basis("q.business-goals", "interview");
    Response back =
        SocialBusinessExcel.readResponse(new ByteArrayInputStream(f.bytes()), "li.xlsx", standard);

    Response expected =
        Response.of(
            Respondent.of("Li Wei", "liaison", "Cloud"),
            DAY,
            List.of(
                Answer.builder()
                    .questionId("q.business-goals")
                    .optionId("half")
                    .basis(Basis.INTERVIEW)
                    .build(),
                Answer.of("q.crisis-plan", "dont-know"),
                Answer.of("q.listening", "some", "Only during launches", Basis.ARTIFACT_CHECKED),
                Answer.notApplicable("q.employee-participation", "We have no public-facing staff"),
                Answer.of("q.fact.executive-sponsor-named", "yes")));
    assertEquals(expected.answers(), back.answers()); // in the questionnaire's order
    assertEquals(expected, back);
  }

  @Test
  void emptyAnswers_stayUnanswered() throws IOException {
    assertEquals(
        List.of(Response.of(Respondent.of("Ana Ruiz", "strategist"), DAY, List.of())), read(ana()));
  }

  @Test
  void typedAnswer_textOrIdInAnyCaseWithSurroundingSpaces_isAccepted() throws IOException {
    Filled f =
        ana()
            .answer(
                "q.listening",
                "  a few: one team WATCHES its own campaign terms while its campaigns run \u00a0")
            .answer("q.pilot-projects", " HALF ");
    assertEquals(
        List.of(Answer.of("q.pilot-projects", "half"), Answer.of("q.listening", "some")),
        read(f).get(0).answers());
  }

  @Test
  void typedAnswer_unknown_isRejectedNamingCellAndAllowedAnswers() {
    assertEquals(
        "ana.xlsx, sheet Engagement, cell C4: 'sometimes' is not an answer to q.listening; "
            + ALLOWED_LISTENING,
        error(ana().answer("q.listening", "sometimes")));
  }

  @Test
  void sortedRows_areFoundByTheirQuestionId() throws IOException {
    Filled f = ana().answer("q.business-goals", "none").answer("q.readiness-audit", "most");
    Sheet strategy = f.wb.getSheet("Strategy");
    swapRows(strategy, 3, 5); // as a sort by answer, descending, would
    assertEquals("q.readiness-audit", strategy.getRow(3).getCell(0).getStringCellValue());
    assertEquals(
        List.of(Answer.of("q.business-goals", "none"), Answer.of("q.readiness-audit", "most")),
        read(f).get(0).answers());
  }

  @Test
  void renamedSheets_areFoundByTheirContent() throws IOException {
    Filled f = ana().answer("q.listening", "half");
    f.wb.setSheetName(f.wb.getSheetIndex("Respondent"), "Who");
    f.wb.setSheetName(f.wb.getSheetIndex("Engagement"), "Listening");
    assertEquals(List.of(Answer.of("q.listening", "half")), read(f).get(0).answers());
    f.answer("q.listening", "sometimes");
    assertEquals(
        "ana.xlsx, sheet Listening, cell C4: 'sometimes' is not an answer to q.listening; "
            + ALLOWED_LISTENING,
        error(f));
  }

  @Test
  void deletedRow_isRejected() {
    Filled f = ana();
    Sheet engagement = f.wb.getSheet("Engagement");
    engagement.removeRow(engagement.getRow(3));
    assertEquals(
        "ana.xlsx: question q.listening has no row; every question of the questionnaire keeps its"
            + " row, found by its id in the Question id column",
        error(f));
  }

  @Test
  void deletedSheet_isRejectedListingTheQuestionsWithoutRow() {
    Filled f = ana();
    f.wb.removeSheetAt(f.wb.getSheetIndex("Strategy"));
    assertEquals(
        "ana.xlsx: questions q.business-goals, q.pilot-projects, q.readiness-audit have no row; every"
            + " question of the questionnaire keeps its row, found by its id in the Question id column",
        error(f));
  }

  @Test
  void duplicatedRow_isRejectedNamingBothRows() {
    Filled f = ana();
    f.cell("Engagement", "A6", "q.listening").cell("Engagement", "C6", "half");
    assertEquals(
        "ana.xlsx, sheet Engagement, cell A6: q.listening has a second row here; its first is in"
            + " sheet Engagement, cell A4. Keep one row per question",
        error(f));
  }

  @Test
  void editedQuestionId_isRejected() {
    assertEquals(
        "ana.xlsx, sheet Engagement, cell A4: 'q.listen' is not a question of this questionnaire;"
            + " the Question id column must keep the ids as written",
        error(ana().cell("Engagement", "A4", "q.listen")));
  }

  @Test
  void rowsSortedApartFromTheIdColumn_areRejected() {
    Filled f = ana();
    String presence = f.wb.getSheet("Engagement").getRow(4).getCell(1).getStringCellValue();
    f.cell("Engagement", "B4", presence);
    assertEquals(
        "ana.xlsx, sheet Engagement, cell B4: the question beside q.listening reads '"
            + presence
            + "', but q.listening asks '"
            + GATE.question("q.listening").orElseThrow().text()
            + "'; were some columns sorted or edited apart from the Question id column?",
        error(f));
  }

  @Test
  void answerWithoutQuestionId_isRejected() {
    assertEquals(
        "ana.xlsx, sheet Engagement, cell A9: this row has an answer, note or basis but no question"
            + " id; the Question id column must keep the ids as written",
        error(ana().cell("Engagement", "C9", "half")));
  }

  @Test
  void notApplicable_withoutReason_isRejected_withReason_isRead() throws IOException {
    Filled f = ana().answer("q.pilot-projects", "not-applicable");
    assertEquals(
        "ana.xlsx, sheet Strategy, cell D5: q.pilot-projects is answered 'This does not apply to us"
            + " (say why)', which needs the reason in the Note / reason column",
        error(f));
    f.note("q.pilot-projects", "We run no projects");
    assertEquals(
        List.of(Answer.notApplicable("q.pilot-projects", "We run no projects")),
        read(f).get(0).answers());
  }

  @Test
  void noteWithoutAnswer_isRejected() {
    assertEquals(
        "ana.xlsx, sheet Engagement, cell C4: q.listening has a note or basis but no answer; choose"
            + " an answer (\"Don't know\" if unsure) or clear the note and basis",
        error(ana().note("q.listening", "Ask Bob")));
  }

  @Test
  void unknownBasis_isRejected_constantNameIsAccepted() throws IOException {
    assertEquals(
        "ana.xlsx, sheet Engagement, cell E4: 'hearsay' is not a basis; allowed: SELF_REPORTED,"
            + " INTERVIEW, ARTIFACT_CHECKED, or their names Self-reported, Interview, Artifact"
            + " checked, or empty (self-reported)",
        error(ana().answer("q.listening", "half").basis("q.listening", "hearsay")));
    Filled f = ana().answer("q.listening", "half").basis("q.listening", "artifact_checked");
    assertEquals(Basis.ARTIFACT_CHECKED, read(f).get(0).answers().get(0).basis());
  }

  @Test
  void theBlankQuestionnaire_saysSo() {
    WorkbookException e =
        assertThrows(
            WorkbookException.class,
            () ->
                SocialBusinessExcel.readResponses(
                    new ByteArrayInputStream(SocialBusinessExcel.questionnaire(GATE)),
                    "ana.xlsx",
                    GATE));
    assertEquals(
        "ana.xlsx: nobody has filled in this workbook (no name, date or answer): it is the blank"
            + " questionnaire; send it to a respondent and read the copy that comes back",
        e.getMessage());
    assertTrue(e.isBlank());
    // a name alone is something filled in: the rest is asked for
    WorkbookException named =
        assertThrows(
            WorkbookException.class,
            () ->
                SocialBusinessExcel.readResponses(
                    new ByteArrayInputStream(
                        Filled.of(SocialBusinessExcel.questionnaire(GATE))
                            .cell("Respondent", "B3", "Ana Ruiz")
                            .bytes()),
                    "ana.xlsx",
                    GATE));
    assertFalse(named.isBlank(), named.getMessage());
  }

  @Test
  void respondent_missingName_isRejected() {
    Filled f = ana().cell("Respondent", "B3", " ");
    assertEquals(
        "ana.xlsx, sheet Respondent, cell B3: the name is empty; write the respondent's name",
        error(f));
  }

  @Test
  void respondent_missingLabel_isRejected() {
    Filled f = ana().cell("Respondent", "A4", "Job");
    assertEquals(
        "ana.xlsx, sheet Respondent: there is no 'Role' label in column A; write the respondent's"
            + " role, such as social media strategist beside that label",
        error(f));
  }

  @Test
  void respondent_dateAsText_isReadWhenIso_rejectedOtherwise() throws IOException {
    Filled f = ana().cell("Respondent", "B6", "2026-04-30");
    assertEquals(LocalDate.of(2026, 4, 30), read(f).get(0).answered());
    f.cell("Respondent", "B6", "30/4/2026");
    assertEquals(
        "ana.xlsx, sheet Respondent, cell B6: '30/4/2026' is not an ISO-8601 date such as"
            + " 2026-06-30; write the day of the answers as year-month-day, such as 2026-03-01",
        error(f));
  }

  @Test
  void respondent_numberThatIsNoDate_isRejected() {
    Filled f = ana();
    Sheet s = f.wb.getSheet("Respondent");
    Cell c = s.getRow(5).getCell(1);
    c.setCellStyle(f.wb.createCellStyle());
    c.setCellValue(42);
    assertEquals(
        "ana.xlsx, sheet Respondent, cell B6: '42' is not a date; write the day of the answers as"
            + " year-month-day, such as 2026-03-01",
        error(f));
  }

  @Test
  void noRespondentSheet_isRejected() {
    Filled f = ana();
    f.wb.removeSheetAt(f.wb.getSheetIndex("Respondent"));
    assertEquals(
        "ana.xlsx: no sheet says who answered (the labels Name, Role, Business unit, Date in column A,"
            + " each with its value in column B)",
        error(f));
  }

  @Test
  void twoRespondentSheets_areRejected() {
    Filled f = ana();
    f.wb.cloneSheet(f.wb.getSheetIndex("Respondent"), "Respondent 2");
    assertEquals(
        "ana.xlsx: sheets Respondent and Respondent 2 both say who answered; a workbook for one"
            + " respondent has one Respondent sheet",
        error(f));
  }

  @Test
  void renamedAnswerHeader_isRejected() {
    assertEquals(
        "ana.xlsx, sheet Engagement: the header row 3 has no 'Answer' column; the headers are"
            + " Question id, Question, Answer, Note / reason, Basis, What each answer looks like",
        error(ana().cell("Engagement", "C3", "Your answer")));
  }

  @Test
  void movedColumns_areFoundByTheirHeaders() throws IOException {
    Filled f = ana().answer("q.listening", "half").note("q.listening", "Weekly report");
    Sheet s = f.wb.getSheet("Engagement");
    for (Row r : s) {
      if (r.getRowNum() >= 2) { // swap the Answer and Note / reason columns
        String answer = text(r.getCell(2));
        String note = text(r.getCell(3));
        r.getCell(2).setCellValue(note);
        r.getCell(3).setCellValue(answer);
      }
    }
    assertEquals(
        List.of(
            Answer.builder()
                .questionId("q.listening")
                .optionId("half")
                .note("Weekly report")
                .build()),
        read(f).get(0).answers());
  }

  @Test
  void notAWorkbook_isRejected() {
    byte[] text = "name,answer\n".getBytes(StandardCharsets.UTF_8);
    WorkbookException e =
        assertThrows(
            WorkbookException.class,
            () ->
                SocialBusinessExcel.readResponses(new ByteArrayInputStream(text), "ana.csv", GATE));
    assertEquals(Optional.empty(), e.file());
    assertEquals("ana.csv", e.name());
    assertEquals(
        "ana.csv: is not an Excel workbook (.xlsx): its first bytes are not those of a zip package"
            + " (save it from the spreadsheet program as an Excel workbook)",
        e.getMessage());
  }

  @Test
  void workbookException_givesItsParts() {
    WorkbookException e =
        assertThrows(
            WorkbookException.class,
            () ->
                SocialBusinessExcel.readResponses(
                    new ByteArrayInputStream(ana().answer("q.listening", "x").bytes()),
                    "ana.xlsx",
                    GATE));
    assertEquals(Optional.empty(), e.file());
    assertEquals("ana.xlsx", e.name());
    assertEquals("Engagement", e.sheet().orElseThrow());
    assertEquals("C4", e.cell().orElseThrow());
    assertEquals("'x' is not an answer to q.listening; " + ALLOWED_LISTENING, e.problem());
  }

  @Test
  void readResponse_fromFile_namesTheFileAsGiven(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ana.xlsx");
    Files.write(file, ana().answer("q.listening", "half").bytes());
    assertEquals(
        List.of(Answer.of("q.listening", "half")),
        SocialBusinessExcel.readResponse(file, GATE).answers());
    Files.write(file, ana().answer("q.listening", "x").bytes());
    WorkbookException e =
        assertThrows(WorkbookException.class, () -> SocialBusinessExcel.readResponse(file, GATE));
    // the path as given, as the JSON and CSV readers' exceptions give it
    assertEquals(Optional.of(file), e.file());
    assertEquals(file.toString(), e.name());
    assertEquals(
        file
            + ", sheet Engagement, cell C4: 'x' is not an answer to q.listening; "
            + ALLOWED_LISTENING,
        e.getMessage());
  }

  @Test
  void writeQuestionnaire_toFile_writesTheSameWorkbook(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("acme.xlsx");
    SocialBusinessExcel.writeQuestionnaire(GATE, file);
    Filled f = Filled.of(Files.readAllBytes(file)).respondent("Ana Ruiz", "strategist", null, DAY);
    assertEquals(
        List.of(Response.of(Respondent.of("Ana Ruiz", "strategist"), DAY, List.of())), read(f));
  }

  // -----------------------------------------------------------------------

  @Test
  void perSheetLayout_readsOneResponsePerRespondentSheet() throws IOException {
    Filled f =
        Filled.of(SocialBusinessExcel.questionnaireForRespondents(GATE, 2))
            .on("Respondent 1")
            .respondent("Ana Ruiz", "strategist", null, DAY)
            .answer("q.listening", "half")
            .on("Respondent 2")
            .respondent("Li Wei", "liaison", "Cloud", DAY.plusDays(1))
            .answer("q.listening", "None: nobody monitors mentions of the brand");
    f.wb.setSheetName(f.wb.getSheetIndex("Respondent 2"), "Li");
    assertEquals(
        List.of(
            Response.of(
                Respondent.of("Ana Ruiz", "strategist"),
                DAY,
                List.of(Answer.of("q.listening", "half"))),
            Response.of(
                Respondent.of("Li Wei", "liaison", "Cloud"),
                DAY.plusDays(1),
                List.of(Answer.of("q.listening", "none")))),
        read(f));
    byte[] bytes = f.bytes();
    assertEquals(
        "ana.xlsx: holds 2 respondents; read a workbook with one sheet per respondent with"
            + " readResponses",
        assertThrows(
                WorkbookException.class,
                () ->
                    SocialBusinessExcel.readResponse(
                        new ByteArrayInputStream(bytes), "ana.xlsx", GATE))
            .getMessage());
  }

  @Test
  void perSheetLayout_untouchedSheets_areSkipped() throws IOException {
    Filled f =
        Filled.of(SocialBusinessExcel.questionnaireForRespondents(GATE, 3))
            .on("Respondent 1")
            .respondent("Ana Ruiz", "strategist", null, DAY)
            .answer("q.listening", "half")
            .on("Respondent 3")
            .respondent("Li Wei", "liaison", "Cloud", DAY)
            .answer("q.listening", "some");
    assertEquals(
        List.of(
            Response.of(
                Respondent.of("Ana Ruiz", "strategist"),
                DAY,
                List.of(Answer.of("q.listening", "half"))),
            Response.of(
                Respondent.of("Li Wei", "liaison", "Cloud"),
                DAY,
                List.of(Answer.of("q.listening", "some")))),
        read(f));
    // anything filled in makes a sheet read and validated: a note alone is not blank
    f.on("Respondent 2").note("q.listening", "ask Li");
    assertEquals(
        "ana.xlsx, sheet Respondent 2, cell B3: the name is empty; write the respondent's name",
        error(f));
  }

  @Test
  void perSheetLayout_allSheetsBlank_isRejected() {
    Filled f = Filled.of(SocialBusinessExcel.questionnaireForRespondents(GATE, 3));
    assertEquals(
        "ana.xlsx: no respondent has filled in a sheet (Respondent 1, Respondent 2, Respondent 3 are"
            + " all blank); write the respondent's name, role and date above the answers of at least"
            + " one sheet",
        error(f));
    byte[] bytes = f.bytes();
    assertTrue(
        assertThrows(
                WorkbookException.class,
                () ->
                    SocialBusinessExcel.readResponses(
                        new ByteArrayInputStream(bytes), "ana.xlsx", GATE))
            .isBlank());
  }

  @Test
  void perSheetLayout_errorsNameTheRespondentsSheet() {
    Filled f =
        Filled.of(SocialBusinessExcel.questionnaireForRespondents(GATE, 2))
            .on("Respondent 1")
            .respondent("Ana Ruiz", "strategist", null, DAY)
            .on("Respondent 2")
            .respondent("Li Wei", "liaison", null, DAY)
            .answer("q.listening", "sometimes");
    assertEquals(
        "ana.xlsx, sheet Respondent 2, cell C14: 'sometimes' is not an answer to q.listening; "
            + ALLOWED_LISTENING,
        error(f));
    f.cell("Respondent 2", "A3", "").cell("Respondent 2", "A4", "");
    f.cell("Respondent 2", "A5", "").cell("Respondent 2", "A6", "");
    assertEquals(
        "ana.xlsx, sheet Respondent 2: has questions but does not say who answered them; in a"
            + " workbook with one sheet per respondent each sheet has the labels Name, Role, Business"
            + " unit, Date in column A above its questions",
        error(f));
  }

  @Test
  void perSheetLayout_noRespondents_isRejected() {
    assertEquals(
        "A workbook with one sheet per respondent needs at least 1 respondent, but was 0",
        assertThrows(
                SocialBusinessException.class,
                () -> SocialBusinessExcel.questionnaireForRespondents(GATE, 0))
            .getMessage());
  }

  @Test
  void questionnaire_optionsThatReadAlike_isRejected() {
    Question twice =
        Question.fact(
            "q.acme.sponsor",
            Fact.EXECUTIVE_SPONSOR_NAMED,
            "Is there a sponsor?",
            List.of(
                AnswerOption.of("yes", "Yes", Meaning.HOLDS),
                AnswerOption.of("no", "No", Meaning.DOES_NOT_HOLD),
                AnswerOption.of("unsure", "yes ", Meaning.NOT_ASSESSED)));
    assertEquals(
        "A workbook needs options that read differently, but q.acme.sponsor has options 'yes' and"
            + " 'unsure' that both read 'yes '",
        assertThrows(
                SocialBusinessException.class,
                () -> SocialBusinessExcel.questionnaire(Questionnaire.of(List.of(twice))))
            .getMessage());
  }

  // -----------------------------------------------------------------------

  private static String text(Cell c) {
    return c == null ? "" : c.getStringCellValue();
  }

  /** Swaps the text of two rows, cell by cell, as sorting does. */
  static void swapRows(Sheet s, int a, int b) {
    Row ra = s.getRow(a);
    Row rb = s.getRow(b);
    for (int c = 0; c < Layout.HEADERS.size(); c++) {
      String ta = text(ra.getCell(c));
      String tb = text(rb.getCell(c));
      ra.getCell(c).setCellValue(tb);
      rb.getCell(c).setCellValue(ta);
    }
  }
}
