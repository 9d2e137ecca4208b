package io.github.socialbiz.excel;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook a client fills in: its sheets, labels, columns, drop-downs and layout. */
final class QuestionnaireWorkbookTest {

  private static final Questionnaire GATE = Questionnaire.standard().forGate(Stage.PRESENCE);

  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  private static String text(Sheet s, int row, int column) {
    Row r = s.getRow(row);
    return r == null || r.getCell(column) == null ? "" : r.getCell(column).getStringCellValue();
  }

  @Test
  void standard_hasInstructionsRespondentOneSheetPerDimensionAndHiddenLists() throws IOException {
    try (XSSFWorkbook wb = open(SocialBusinessExcel.questionnaire(Questionnaire.standard()))) {
      assertEquals(
          List.of(
              "Instructions",
              "Respondent",
              "Strategy",
              "Governance",
              "Organization",
              "Process",
              "Education",
              "Engagement",
              "Measurement",
              "Lists"),
          sheetNames(wb));
      assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(wb.getSheetIndex("Lists")));
      assertEquals(0, wb.getActiveSheetIndex());
      int rows = 0;
      for (int i = 2; i < 9; i++) {
        rows += wb.getSheetAt(i).getLastRowNum() - 2; // below the header on row 3
      }
      assertEquals(45, rows);
    }
  }

  @Test
  void tailored_hasOnlyTheDimensionsItAsksAbout() throws IOException {
    try (XSSFWorkbook wb = open(SocialBusinessExcel.questionnaire(GATE))) {
      assertEquals(
          List.of("Instructions", "Respondent", "Strategy", "Engagement", "Lists"), sheetNames(wb));
    }
  }

  @Test
  void instructions_sayWhatToDoAndWhatTheBasisMeans() throws IOException {
    try (XSSFWorkbook wb = open(SocialBusinessExcel.questionnaire(GATE))) {
      Sheet s = wb.getSheet("Instructions");
      assertEquals("How to fill in this questionnaire", text(s, 0, 0));
      assertEquals(
          "Start on the Respondent sheet: write your name, your role, the business unit you answer"
              + " for (leave it empty if you answer for the whole organization) and the date.",
          text(s, 2, 0));
      assertEquals(
          "Basis: what your answer rests on. Self-reported: you know it yourself (this is assumed"
              + " when the cell is empty). Interview: you asked the people who do the work and they"
              + " told you. Artifact checked: you have seen the document, plan, report or dashboard"
              + " that shows it.",
          text(s, 9, 0));
      assertEquals(
          "Thank you. Save the file as an Excel workbook (.xlsx) and send it back.",
          text(s, 11, 0));
      assertTrue(s.getRow(2).getCell(0).getCellStyle().getWrapText());
    }
  }

  @Test
  void respondentSheet_hasLabelledCellsAndADateCell() throws IOException {
    try (XSSFWorkbook wb = open(SocialBusinessExcel.questionnaire(GATE))) {
      Sheet s = wb.getSheet("Respondent");
      assertEquals("Who is answering", text(s, 0, 0));
      assertEquals(
          List.of("Name", "Role", "Business unit", "Date"),
          List.of(text(s, 2, 0), text(s, 3, 0), text(s, 4, 0), text(s, 5, 0)));
      assertEquals(
          "The business unit you answer for; leave it empty for the whole organization",
          text(s, 4, 2));
      assertEquals("yyyy-mm-dd", s.getRow(5).getCell(1).getCellStyle().getDataFormatString());
      assertFalse(s.getRow(2).getCell(1).getCellStyle().getLocked());
    }
  }

  @Test
  void dimensionSheet_hasOneRowPerQuestionWithIdTextAnswerNoteBasisAndOptions() throws IOException {
    try (XSSFWorkbook wb = open(SocialBusinessExcel.questionnaire(GATE))) {
      XSSFSheet s = wb.getSheet("Engagement");
      assertEquals("Engagement: How the organization listens and talks with people", text(s, 0, 0));
      assertEquals(
          List.of(
              "Question id",
              "Question",
              "Answer",
              "Note / reason",
              "Basis",
              "What each answer looks like"),
          List.of(
              text(s, 2, 0),
              text(s, 2, 1),
              text(s, 2, 2),
              text(s, 2, 3),
              text(s, 2, 4),
              text(s, 2, 5)));
      assertEquals("q.listening", text(s, 3, 0));
      assertEquals(
          "How many of your brands and products are monitored continuously on social channels?",
          text(s, 3, 1));
      assertEquals("", text(s, 3, 2));
      assertEquals("q.official-presence", text(s, 4, 0));
      assertEquals(4, s.getLastRowNum());
      assertEquals(3, s.getPaneInformation().getHorizontalSplitPosition());
      assertEquals(60 * 256, s.getColumnWidth(1));
      assertTrue(s.getRow(3).getCell(1).getCellStyle().getWrapText());
      assertFalse(s.getRow(3).getCell(2).getCellStyle().getLocked());
    }
  }

  @Test
  void optionsColumn_saysWhatEachAnswerLooksLike() throws IOException {
    try (XSSFWorkbook wb = open(SocialBusinessExcel.questionnaire(GATE))) {
      String options = text(wb.getSheet("Engagement"), 3, 5);
      List<String> lines = List.of(options.split("\n"));
      assertEquals(6, lines.size());
      assertEquals(
          "• A few: one team watches its own campaign terms while its campaigns run (Some; shows as: "
              + GATE.question("q.listening").orElseThrow().options().get(1).lookFor().orElseThrow()
              + ")",
          lines.get(1));
      assertEquals("• Don't know (Not assessed)", lines.get(4));
      assertEquals(
          "• This does not apply to us (say why) (Out of scope; shows as: The reason, in the"
              + " respondent's words, and whether others present agree with it)",
          lines.get(5));
    }
  }

  @Test
  void answerCell_isADropDownOfTheOptionTexts_basisCell_ofTheBases() throws IOException {
    try (XSSFWorkbook wb = open(SocialBusinessExcel.questionnaire(GATE))) {
      XSSFSheet s = wb.getSheet("Engagement");
      List<? extends DataValidation> validations = s.getDataValidations();
      DataValidation answer = null;
      DataValidation basis = null;
      for (DataValidation v : validations) {
        CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
        if (range.formatAsString().equals("C4")) {
          answer = v;
        } else if (range.formatAsString().equals("E4:E5")) {
          basis = v;
        }
      }
      assertEquals(3, validations.size());
      DataValidationConstraint c = requireNonNull(answer).getValidationConstraint();
      assertEquals("Lists!$B$5:$G$5", c.getFormula1());
      Sheet lists = wb.getSheet("Lists");
      Question listening = GATE.question("q.listening").orElseThrow();
      List<String> listed = new ArrayList<>();
      for (int col = 1; col <= 6; col++) {
        listed.add(text(lists, 4, col));
      }
      assertEquals("q.listening", text(lists, 4, 0));
      assertEquals(listening.options().stream().map(AnswerOption::text).toList(), listed);
      assertEquals("None: nobody monitors mentions of the brand", listed.get(0));
      assertEquals(
          List.of("Self-reported", "Interview", "Artifact checked"),
          List.of(requireNonNull(basis).getValidationConstraint().getExplicitListValues()));
      assertEquals(DataValidation.ErrorStyle.WARNING, answer.getErrorStyle());
    }
  }

  @Test
  void perSheetLayout_namesTheRespondentAboveAllQuestionsGroupedByDimension() throws IOException {
    try (XSSFWorkbook wb = open(SocialBusinessExcel.questionnaireForRespondents(GATE, 2))) {
      assertEquals(
          List.of("Instructions", "Respondent 1", "Respondent 2", "Lists"), sheetNames(wb));
      Sheet s = wb.getSheet("Respondent 2");
      assertEquals("Name", text(s, 2, 0));
      assertEquals("Date", text(s, 5, 0));
      assertEquals("Question id", text(s, 7, 0));
      assertEquals("Strategy: Why the organization is social and where it is going", text(s, 8, 1));
      assertEquals("q.business-goals", text(s, 9, 0));
      assertEquals(
          "Engagement: How the organization listens and talks with people", text(s, 12, 1));
      assertEquals("q.listening", text(s, 13, 0));
      assertEquals("q.official-presence", text(s, 14, 0));
      assertEquals(14, s.getLastRowNum());
    }
  }

  /**
   * The entries of a workbook's zip, by name, as text: its contents without the zip's own entry times,
   * which POI sets to the moment of writing.
   */
  static Map<String, String> entries(byte[] xlsx) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  @Test
  void writing_doesNotReadTheClock_theCreatedDateIsFixed()
      throws IOException, InterruptedException {
    Questionnaire standard = Questionnaire.standard();
    byte[] first = SocialBusinessExcel.questionnaire(standard);
    byte[] team = SocialBusinessExcel.questionnaireForRespondents(standard, 2);
    Thread.sleep(2100); // zip entry times have a resolution of 2 seconds
    assertEquals(entries(first), entries(SocialBusinessExcel.questionnaire(standard)));
    assertEquals(
        entries(team), entries(SocialBusinessExcel.questionnaireForRespondents(standard, 2)));
    for (byte[] bytes : List.of(first, team)) {
      String core = requireNonNull(entries(bytes).get("docProps/core.xml"));
      assertTrue(
          core.contains(
              "<dcterms:created xsi:type=\"dcterms:W3CDTF\">1980-01-01T00:00:00Z</dcterms:created>"),
          core);
      try (XSSFWorkbook wb = open(bytes)) {
        assertEquals(
            Instant.parse("1980-01-01T00:00:00Z"),
            wb.getProperties().getCoreProperties().getCreated().toInstant());
      }
    }
  }
}
