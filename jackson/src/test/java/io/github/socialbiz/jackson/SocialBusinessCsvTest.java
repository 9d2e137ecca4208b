package io.github.socialbiz.jackson;

import static io.github.socialbiz.jackson.ResponsesFixtures.ANA;
import static io.github.socialbiz.jackson.ResponsesFixtures.LI;
import static io.github.socialbiz.jackson.ResponsesFixtures.MARCH_1;
import static io.github.socialbiz.jackson.ResponsesFixtures.SMALL;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SocialBusinessCsvTest {

  private static final String HEADER =
      "respondent,role,unit,answered,question,answer,note,basis,reason,text,options\n";
  private static final String SHORT_HEADER = "respondent,role,answered,question,answer\n";

  private static String message(String csv) {
    return assertThrows(
            SocialBusinessCsvException.class, () -> SocialBusinessCsv.readResponses(csv, SMALL))
        .getMessage();
  }

  @Test
  void template_isOneRowPerQuestion_withItsTextAndOptions() {
    assertEquals(
        HEADER
            + ",,,,q.listening,,,,,\"Who listens, and how often?\",\"none | some | half | most | dont-know | not-applicable\"\n"
            + ",,,,q.employee-participation,,,,,\"Do employees speak for us?\",\"none | some | half | most | dont-know | not-applicable\"\n"
            + ",,,,\"q.fact.executive-sponsor-named\",,,,,\"Is a sponsor named?\",\"yes | no | dont-know\"\n",
        SocialBusinessCsv.template(SMALL));
  }

  @Test
  void template_ofTheStandardQuestionnaire_hasTheRowDocsJsonShows() {
    // docs/json.md, "Responses as CSV"
    String row =
        ",,,,q.listening,,,,,\"How many of your brands and products are monitored continuously on"
            + " social channels?\",\"none | some | half | most | dont-know | not-applicable\"\n";
    String template = SocialBusinessCsv.template(Questionnaire.standard());
    assertEquals(HEADER, template.substring(0, HEADER.length()));
    assertEquals(true, template.contains("\n" + row), template);
  }

  @Test
  void write_isOneRowPerAnswer_quotedWhereNeeded() {
    assertEquals(
        HEADER
            + "\"Ana Ruiz\",strategist,,2024-03-01,q.listening,half,\"Weekly, \"\"mostly\"\"\nby the care team\",INTERVIEW,,\"Who listens, and how often?\",\"none | some | half | most | dont-know | not-applicable\"\n"
            + "\"Ana Ruiz\",strategist,,2024-03-01,q.employee-participation,not-applicable,,SELF_REPORTED,\"No public-facing staff\",\"Do employees speak for us?\",\"none | some | half | most | dont-know | not-applicable\"\n"
            + "\"Li Wei\",liaison,Cloud,2024-03-04,q.listening,some,,SELF_REPORTED,,\"Who listens, and how often?\",\"none | some | half | most | dont-know | not-applicable\"\n"
            + "\"Li Wei\",liaison,Cloud,2024-03-04,\"q.fact.executive-sponsor-named\",yes,,SELF_REPORTED,,\"Is a sponsor named?\",\"yes | no | dont-know\"\n",
        SocialBusinessCsv.write(List.of(ANA, LI), SMALL));
  }

  @Test
  void write_refusesAResponseThatDoesNotAnswerTheQuestionnaire() {
    Response stray =
        Response.of(Respondent.of("Ana", "strategist"), MARCH_1, List.of(Answer.of("q.x", "half")));
    assertEquals(
        "Response.answers must answer questions of the questionnaire, but Ana answered 'q.x', which"
            + " it does not ask",
        assertThrows(
                SocialBusinessException.class, () -> SocialBusinessCsv.write(List.of(stray), SMALL))
            .getMessage());
  }

  @Test
  void readResponses_ofWhatWasWritten_isTheResponses() throws IOException {
    assertEquals(
        List.of(ANA, LI),
        SocialBusinessCsv.readResponses(SocialBusinessCsv.write(List.of(ANA, LI), SMALL), SMALL));
  }

  @Test
  void readResponses_ofATemplateFilledByHand() throws IOException {
    // a spreadsheet's export: columns reordered, blanks around unquoted values, a blank line, a
    // question left unanswered, the human columns kept
    String filled =
        """
        question , answer, respondent,role,answered,unit,note,basis,reason,text,options
        q.listening, most ,Ana Ruiz,strategist,2024-03-01,,,,,Who listens?,none | some

        q.employee-participation,,,,,,,,,Do employees speak for us?,none | some
        q.fact.executive-sponsor-named,no,Ana Ruiz,strategist,2024-03-01,,"  We asked, twice",INTERVIEW,,,
        """
            .replace("\n", "\r\n");
    assertEquals(
        List.of(
            Response.of(
                Respondent.of("Ana Ruiz", "strategist"),
                MARCH_1,
                List.of(
                    Answer.of("q.listening", "most"),
                    Answer.of(
                        "q.fact.executive-sponsor-named",
                        "no",
                        "  We asked, twice",
                        Basis.INTERVIEW)))),
        SocialBusinessCsv.readResponses(filled, SMALL));
  }

  @Test
  void readResponses_groupsRowsByRespondentRoleUnitAndDate() throws IOException {
    String csv =
        SHORT_HEADER
            + "Ana,strategist,2024-03-01,q.listening,half\n"
            + "Li,liaison,2024-03-01,q.listening,some\n"
            + "Ana,strategist,2024-03-01,q.fact.executive-sponsor-named,yes\n"
            + "Ana,strategist,2024-03-08,q.listening,most\n";
    List<Response> read = SocialBusinessCsv.readResponses(csv, SMALL);
    assertEquals(
        "[Response{Ana (strategist), 2024-03-01, answers=2}, Response{Li (liaison), 2024-03-01,"
            + " answers=1}, Response{Ana (strategist), 2024-03-08, answers=1}]",
        read.toString());
  }

  @Test
  void readResponses_honoursAByteOrderMark() throws IOException {
    assertEquals(
        List.of(
            Response.of(
                Respondent.of("Ana", "strategist"),
                MARCH_1,
                List.of(Answer.of("q.listening", "half")))),
        SocialBusinessCsv.readResponses(
            "\uFEFF" + SHORT_HEADER + "Ana,strategist,2024-03-01,q.listening,half\n", SMALL));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      textBlock =
          """
          an answer outside the options | Ana,strategist,2024-03-01,q.listening,sometimes | row 2, column answer: 'sometimes' is not an answer to q.listening; allowed: none, some, half, most, dont-know, not-applicable, or an option's text or grade in words, such as 'None'
          an unknown question | Ana,strategist,2024-03-01,q.nope,half | row 2, column question: 'q.nope' is not a question of the questionnaire; allowed: q.listening, q.employee-participation, q.fact.executive-sponsor-named
          a fact answered with a grade | Ana,strategist,2024-03-01,q.fact.executive-sponsor-named,half | row 2, column answer: 'half' is not an answer to q.fact.executive-sponsor-named; allowed: yes, no, dont-know, or an option's text or grade in words, such as 'Holds'
          not a date | Ana,strategist,1/3/2024,q.listening,half | row 2, column answered: '1/3/2024' is not an ISO-8601 date such as 2026-06-30
          no respondent | ,strategist,2024-03-01,q.listening,half | row 2, column respondent: empty; a row with an answer names its respondent
          no role | Ana, ,2024-03-01,q.listening,half | row 2, column role: empty; a row with an answer gives the respondent's role
          no date | Ana,strategist,,q.listening,half | row 2, column answered: empty; a row with an answer gives its date, such as 2026-06-30
          no question | Ana,strategist,2024-03-01,,half | row 2, column question: empty; a row with an answer names its question, such as q.listening
          not applicable without a reason | Ana,strategist,2024-03-01,q.employee-participation,not-applicable | row 2, column reason: 'not-applicable' to q.employee-participation means OUT_OF_SCOPE and needs a reason
          too many values | Ana,strategist,2024-03-01,q.listening,half,more | row 2: more values than the header has columns
          an unclosed quote | Ana,strategist,2024-03-01,"q.listening,half | row 2, column question: malformed CSV: Missing closing quote for value
          a stray quote | Ana,"strat"egist,2024-03-01,q.listening,half | row 2, column role: malformed CSV: Unexpected character ('e' (code 101)): Expected column separator character (',' (code 44)) or end-of-line
          """)
  void readResponses_badRow_namesRowAndColumn(String why, String row, String expected) {
    assertEquals(expected, message(SHORT_HEADER + row + "\n"));
  }

  @Test
  void readResponses_badBasis_listsTheBases() {
    assertEquals(
        "row 3, column basis: 'GUESS' is not a basis; allowed: SELF_REPORTED, INTERVIEW,"
            + " ARTIFACT_CHECKED, or their names Self-reported, Interview, Artifact checked, or empty"
            + " for self-reported",
        message(
            """
            respondent,role,answered,question,answer,basis
            Ana,strategist,2024-03-01,q.listening,half,INTERVIEW
            Ana,strategist,2024-03-01,q.employee-participation,half,GUESS
            """));
  }

  @Test
  void readResponses_aQuestionAnsweredTwice_namesBothRows() {
    assertEquals(
        "row 4, column question: 'q.listening' is answered twice by Ana (strategist) on 2024-03-01"
            + " (rows 2 and 4)",
        message(
            SHORT_HEADER
                + "Ana,strategist,2024-03-01,q.listening,half\n"
                + "Li,liaison,2024-03-01,q.listening,half\n"
                + "Ana,strategist,2024-03-01,q.listening,most\n"));
  }

  @Test
  void readResponses_aNoteWithoutAnAnswer_isRefused() {
    assertEquals(
        "row 2, column answer: empty, but the row has a note; fill in the answer or clear the row",
        message(HEADER + ",,,,q.listening,,a note,,,,\n"));
  }

  @Test
  void readResponses_badHeaderOrEmptyFile() {
    assertEquals(
        "row 1: the file is empty or its first line blank; expected a header with the columns respondent, role, unit,"
            + " answered, question, answer, note, basis, reason, text, options",
        message(""));
    assertEquals(
        message(""), message("\n" + SHORT_HEADER + "Ana,strategist,2024-03-01,q.listening,half\n"));
    assertEquals("row 2: no rows after the header; expected one row per answer", message(HEADER));
    assertEquals(
        "row 2, column answer: no answers: the answer is empty on every row; fill in the id of one"
            + " of the question's options",
        message(SocialBusinessCsv.template(SMALL)));
    assertEquals(
        "row 1, column grade: unknown column 'grade'; allowed: respondent, role, unit, answered,"
            + " question, answer, note, basis, reason, text, options",
        message(
            "respondent,role,answered,question,grade\nAna,strategist,2024-03-01,q.listening,half\n"));
    assertEquals(
        "row 1, column answer: missing from the header; required: respondent, role, answered,"
            + " question, answer",
        message("respondent,role,answered,question\nAna,strategist,2024-03-01,q.listening\n"));
    assertEquals(
        "row 1, column role: the column role is in the header twice",
        message("respondent,role,answered,question,answer,role\n"));
  }

  @Test
  void readResponses_semicolonSeparatedFile_saysSo(@TempDir Path dir) throws IOException {
    String semicolons =
        "respondent;role;answered;question;answer\nAna;strategist;2024-03-01;q.listening;half\n";
    String expected =
        "row 1: the file separates its columns with ';', not ','; save it as \"CSV UTF-8 (comma"
            + " delimited)\" or otherwise with commas";
    assertEquals(expected, message(semicolons));
    Path ana = dir.resolve("ana.csv");
    Files.writeString(ana, "\uFEFF" + semicolons, StandardCharsets.UTF_8);
    SocialBusinessCsvException e =
        assertThrows(
            SocialBusinessCsvException.class, () -> SocialBusinessCsv.readResponses(ana, SMALL));
    assertEquals(ana + ", " + expected, e.getMessage());
    assertEquals(1, e.row());
    assertEquals(Optional.empty(), e.column());
    // one column named with a semicolon among others is an unknown column, as before
    assertEquals(
        "row 1, column role;unit: unknown column 'role;unit'; allowed: respondent, role, unit,"
            + " answered, question, answer, note, basis, reason, text, options",
        message("respondent,role;unit,answered,question,answer\n"));
  }

  @Test
  void write_valuesThatLookLikeFormulas_getAnApostrophe_andAreReadBackAsTheyWere() {
    Response r =
        Response.of(
            Respondent.of("=HYPERLINK(\"x\")", "+strategist"),
            MARCH_1,
            List.of(
                Answer.of("q.listening", "half", "-weekly", Basis.INTERVIEW),
                Answer.notApplicable("q.employee-participation", "@no staff")));
    String csv = SocialBusinessCsv.write(List.of(r), SMALL);
    assertEquals(
        HEADER
            + "\"'=HYPERLINK(\"\"x\"\")\",\"'+strategist\",,2024-03-01,q.listening,half,\"'-weekly\",INTERVIEW,,\"Who listens, and how often?\",\"none | some | half | most | dont-know | not-applicable\"\n"
            + "\"'=HYPERLINK(\"\"x\"\")\",\"'+strategist\",,2024-03-01,q.employee-participation,not-applicable,,SELF_REPORTED,\"'@no staff\",\"Do employees speak for us?\",\"none | some | half | most | dont-know | not-applicable\"\n",
        csv);
    assertEquals(List.of(r), assertDoesNotThrow(() -> SocialBusinessCsv.readResponses(csv, SMALL)));
  }

  @Test
  void readResponses_veryLongValue_isRefusedWithItsColumn() {
    String note = "x".repeat(100_000);
    assertEquals(
        "row 3, column note: a value of more than 10000 characters; at most 10000 are allowed",
        message(
            "respondent,role,answered,question,answer,note\n"
                + "Ana,strategist,2024-03-01,q.listening,half\n"
                + "Ana,strategist,2024-03-01,q.fact.executive-sponsor-named,yes,\""
                + note
                + "\"\n"));
    // beyond what the parser holds, the row is known and the column is not
    assertEquals(
        "row 2: a value of more than 10000 characters; at most 10000 are allowed",
        message(SHORT_HEADER + "Ana," + "x".repeat(1_000_001) + "\n"));
  }

  @Test
  void readResponses_manyRows_readsThemAll() {
    Questionnaire standard = Questionnaire.standard();
    StringBuilder csv = new StringBuilder(SHORT_HEADER);
    int rows = 0;
    for (int r = 0; rows < 20_000; r++) {
      for (String id : standard.ids()) {
        String option = id.startsWith("q.fact.") ? "yes" : "some";
        csv.append("R")
            .append(r)
            .append(",staff,2024-03-01,")
            .append(id)
            .append(',')
            .append(option)
            .append('\n');
        rows++;
      }
    }
    String text = csv.toString();
    List<Response> read =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> SocialBusinessCsv.readResponses(text, standard));
    assertEquals(rows, read.stream().mapToInt(r -> r.answers().size()).sum());
    assertEquals((rows + standard.ids().size() - 1) / standard.ids().size(), read.size());
  }

  @Test
  void readResponses_fromAFile_namesTheFileFirst(@TempDir Path dir) throws IOException {
    Path responses = Files.createDirectories(dir.resolve("responses"));
    Path ana = responses.resolve("ana.csv");
    Files.writeString(
        ana,
        SHORT_HEADER
            + "Ana,strategist,2024-03-01,q.fact.executive-sponsor-named,yes\n"
            + "Ana,strategist,2024-03-01,q.employee-participation,none\n"
            + "Ana,strategist,2024-03-01,q.listening,sometimes\n",
        StandardCharsets.UTF_8);
    SocialBusinessCsvException e =
        assertThrows(
            SocialBusinessCsvException.class, () -> SocialBusinessCsv.readResponses(ana, SMALL));
    assertEquals(
        ana
            + ", row 4, column answer: 'sometimes' is not an answer to q.listening; allowed: none,"
            + " some, half, most, dont-know, not-applicable"
            + ", or an option's text or grade in words, such as 'None'",
        e.getMessage());
    assertEquals(Optional.of(ana), e.file());
    assertEquals(4, e.row());
    assertEquals(Optional.of("answer"), e.column());
    assertEquals("$", e.jsonPath());
    assertInstanceOf(SocialBusinessException.class, e.getCause());
  }

  @Test
  void readResponses_notUtf8_isTheDocumentedException(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(
        file,
        (SHORT_HEADER + "Jos\u00e9,strategist,2024-03-01,q.listening,half\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    SocialBusinessCsvException e =
        assertThrows(
            SocialBusinessCsvException.class, () -> SocialBusinessCsv.readResponses(file, SMALL));
    assertEquals(2, e.row());
    assertEquals(Optional.empty(), e.column());
    assertEquals(
        "row 2: not UTF-8 text: line 2 has the byte 0xE9, which UTF-8 does not allow there (the"
            + " file looks saved as Latin-1 or Windows-1252); save it as UTF-8, such as \"CSV UTF-8\""
            + " in Excel or the encoding UTF-8 in your editor's Save As",
        e.getOriginalMessage());
    assertEquals(Optional.of(file), e.file());
  }

  @Test
  void readResponses_ofAFolder_readsJsonAndCsvInNameOrder_allOrNothing(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("b-li.csv"), SocialBusinessCsv.write(List.of(LI), SMALL));
    Files.writeString(dir.resolve("a-ana.json"), SocialBusinessJson.write(ANA));
    Files.writeString(dir.resolve("notes.txt"), "not read");
    Files.writeString(dir.resolve("._a-ana.json"), "a hidden copy, not read");
    Files.createDirectories(dir.resolve("old.json"));
    assertEquals(List.of(ANA, LI), SocialBusinessJson.readResponses(dir, SMALL));
    assertEquals(List.of(LI), SocialBusinessJson.readResponses(dir.resolve("b-li.csv"), SMALL));

    Path bad = dir.resolve("c-bad.JSON");
    Files.writeString(
        bad,
        "{\"respondent\":{\"name\":\"Bo\",\"role\":\"clerk\"},\"answered\":\"2024-03-01\","
            + "\"answers\":[{\"questionId\":\"q.listening\",\"optionId\":\"sometimes\"}]}");
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readResponses(dir, SMALL));
    assertEquals(Optional.of(bad), e.file());
    assertEquals(
        "$.answers[0].optionId: 'sometimes' is not an answer to q.listening; allowed: none, some,"
            + " half, most, dont-know, not-applicable"
            + ", or an option's text or grade in words, such as 'None' (in "
            + bad
            + ")",
        e.getMessage());

    Files.delete(bad);
    Path badCsv = dir.resolve("a-bad.csv");
    Files.writeString(badCsv, "");
    assertEquals(
        badCsv
            + ", row 1: the file is empty or its first line blank; expected a header with the columns respondent, role,"
            + " unit, answered, question, answer, note, basis, reason, text, options",
        assertThrows(
                SocialBusinessJsonException.class,
                () -> SocialBusinessJson.readResponses(dir, SMALL))
            .getMessage());
  }

  @Test
  void readResponses_ofAFolder_aWorkbookIsAnError_itsLockFileIsSkipped(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("a-ana.json"), SocialBusinessJson.write(ANA));
    Files.writeString(dir.resolve("~$li.xlsx"), "an office lock file: skipped");
    Files.writeString(dir.resolve(".~lock.li.xlsx#"), "a LibreOffice lock file: skipped");
    Files.writeString(dir.resolve("~$li.csv"), "an office lock file: skipped");
    assertEquals(List.of(ANA), SocialBusinessJson.readResponses(dir, SMALL));

    Path li = dir.resolve("b-li.XLSX");
    Files.writeString(li, "not read");
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readResponses(dir, SMALL));
    assertEquals(
        "$: b-li.XLSX is a workbook: read it with SocialBusinessExcel.readResponses (module"
            + " socialbiz-excel) (in "
            + li
            + ")",
        e.getMessage());
    assertEquals(Optional.of(li), e.file());
    assertEquals("$", e.jsonPath());

    Path old = dir.resolve("old.xls");
    Files.writeString(old, "not read");
    assertEquals(
        "$: old.xls is a workbook: read it with SocialBusinessExcel.readResponses (module"
            + " socialbiz-excel) (in "
            + old
            + ")",
        assertThrows(
                SocialBusinessJsonException.class,
                () -> SocialBusinessJson.readResponses(old, SMALL))
            .getMessage());
    assertThrows(
        NoSuchFileException.class,
        () -> SocialBusinessJson.readResponses(dir.resolve("missing.xlsx"), SMALL));
  }

  @Test
  void readResponses_ofNoFolder_isTheJdksException(@TempDir Path dir) {
    assertThrows(
        NoSuchFileException.class,
        () -> SocialBusinessJson.readResponses(dir.resolve("missing"), SMALL));
  }
}
