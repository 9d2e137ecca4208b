package io.github.socialbiz.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.excel.LibreOffice.Edit;
import io.github.socialbiz.internal.CellText;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our workbooks in a real spreadsheet program, LibreOffice Calc: what it reads from them is what we wrote,
 * and what it saves after a respondent has filled one in is read back as the expected response. Skipped
 * with one line outside CI when soffice is missing; a failure under CI=true.
 */
final class LibreOfficeTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @TempDir Path dir;

  @Test
  void questionnaire_exportedByLibreOffice_hasTheCellsWeWrote() throws Exception {
    LibreOffice lo = LibreOffice.in(dir);
    Path xlsx = dir.resolve("acme.xlsx");
    SocialBusinessExcel.writeQuestionnaire(Questionnaire.standard(), xlsx);

    Map<String, String> csv = lo.csvOfEverySheet(xlsx);

    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertEquals(new TreeSet<>(names), new TreeSet<>(csv.keySet()));
      for (Sheet s : wb) {
        assertEquals(
            cells(s),
            trimmed(LibreOffice.parseCsv(sheet(csv, s.getSheetName()))),
            s.getSheetName());
      }
    }
    List<String> listening = trimmed(LibreOffice.parseCsv(sheet(csv, "Engagement"))).get(3);
    assertEquals("q.listening", listening.get(0));
    assertEquals(
        "How many of your brands and products are monitored continuously on social channels?",
        listening.get(1));
    assertTrue(
        listening
            .get(5)
            .startsWith("• None: nobody monitors mentions of the brand (None; shows as: "),
        listening.get(5));
    assertEquals(
        List.of("Name"),
        trimmed(LibreOffice.parseCsv(sheet(csv, "Respondent"))).get(2).subList(0, 1));
  }

  @Test
  void formulaLikeTexts_areTextInLibreOffice_inWorkbooksAndCsvFiles() throws Exception {
    LibreOffice lo = LibreOffice.in(dir);
    // a workbook: a question whose text a stranger wrote, written as a quote-prefixed text cell
    Question listening = Questionnaire.standard().question("q.listening").orElseThrow();
    Questionnaire hostile = Questionnaire.of(List.of(listening.withText("=1+1")));
    Path xlsx = dir.resolve("hostile.xlsx");
    SocialBusinessExcel.writeQuestionnaire(hostile, xlsx);
    List<List<String>> engagement =
        trimmed(LibreOffice.parseCsv(sheet(lo.csvOfEverySheet(xlsx), "Engagement")));
    assertTrue(
        engagement.stream().anyMatch(row -> row.size() > 1 && row.get(1).equals("=1+1")),
        "the question's text, not its sum: " + engagement);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Cell text = find(wb.getSheet("Engagement"), "=1+1");
      assertEquals(CellType.STRING, text.getCellType());
      assertTrue(text.getCellStyle().getQuotePrefixed());
    }

    // a CSV file: written formula-safe, opened by double click, saved and exported again
    Path csv = dir.resolve("hostile.csv");
    Files.writeString(
        csv,
        "name,note,plain\n" + CellText.safe("=1+1") + "," + CellText.safe("@SUM(1;2)") + ",=1+1\n",
        StandardCharsets.UTF_8);
    List<List<String>> rows =
        LibreOffice.parseCsv(sheet(lo.csvOfEverySheet(lo.workbookOfCsv(csv)), "hostile"));
    // the unprotected cell shows what the threat is: LibreOffice computes it
    assertEquals(List.of("'=1+1", "'@SUM(1;2)", "2"), rows.get(1), "as text, not computed");
  }

  private static Cell find(Sheet s, String text) {
    for (Row row : s) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
          return c;
        }
      }
    }
    throw new AssertionError("no cell reads " + text);
  }

  @Test
  void actionPlan_exportedByLibreOffice_hasTheCoreRows() throws Exception {
    LibreOffice lo = LibreOffice.in(dir);
    ActionPlan plan =
        ActionPlan.of(
            SocialBusiness.assess(
                SocialBusiness.presenceWithoutResponse(), SampleOrganizations.AS_OF));
    Path xlsx = dir.resolve("plan.xlsx");
    SocialBusinessExcel.writeActionPlan(plan, xlsx);

    List<List<String>> rows = LibreOffice.parseCsv(sheet(lo.csvOfEverySheet(xlsx), "Action plan"));

    List<List<String>> expected = new ArrayList<>();
    expected.add(ActionPlan.HEADER);
    plan.items().forEach(i -> expected.add(i.cells()));
    assertEquals(expected, rows);
    assertEquals(4, rows.size()); // the header and three actions
  }

  @Test
  void questionnaire_filledAndSavedByLibreOffice_isReadBack() throws Exception {
    LibreOffice lo = LibreOffice.in(dir);
    Questionnaire standard = Questionnaire.standard();
    Path template = dir.resolve("acme.xlsx");
    SocialBusinessExcel.writeQuestionnaire(standard, template);
    Filled rows = Filled.of(Files.readAllBytes(template));
    List<Edit> edits = new ArrayList<>();
    edits.add(new Edit("Respondent", "B3", "Ana Ruiz"));
    edits.add(new Edit("Respondent", "B4", "strategist"));
    edits.add(new Edit("Respondent", "B5", "Cloud"));
    edits.add(new Edit("Respondent", "B6", "2026-03-01")); // typed: Calc makes it a date
    edits.add(
        at(
            rows,
            "q.listening",
            "C",
            "A few: one team watches its own campaign terms while its campaigns run"));
    edits.add(at(rows, "q.listening", "D", "Only during launches"));
    edits.add(at(rows, "q.listening", "E", "Artifact checked"));
    edits.add(at(rows, "q.business-goals", "C", "HALF"));
    edits.add(at(rows, "q.crisis-plan", "C", "Don't know"));
    edits.add(at(rows, "q.employee-participation", "C", "This does not apply to us (say why)"));
    edits.add(at(rows, "q.employee-participation", "D", "We have no public-facing staff"));
    edits.add(at(rows, "q.fact.executive-sponsor-named", "C", "yes"));
    Path filled = dir.resolve("ana.xlsx");

    lo.fill(template, edits, filled);

    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(filled))) {
      assertTrue(
          wb.getProperties().getExtendedProperties().getApplication().startsWith("LibreOffice"),
          "saved by LibreOffice");
      Cell date = wb.getSheet("Respondent").getRow(5).getCell(1);
      assertEquals(CellType.NUMERIC, date.getCellType()); // Calc made the typed text a date
      assertEquals(
          List.of(
              "C4", "C5", "C6", "C7", "C8",
              "E4:E8"), // Calc keeps the answers' and bases' drop-downs
          wb.getSheet("Engagement").getDataValidations().stream()
              .map(v -> v.getRegions().getCellRangeAddress(0).formatAsString())
              .sorted()
              .toList());
    }
    assertEquals(
        Response.of(
            Respondent.of("Ana Ruiz", "strategist", "Cloud"),
            DAY,
            List.of(
                Answer.of("q.business-goals", "half"),
                Answer.of("q.crisis-plan", "dont-know"),
                Answer.of("q.listening", "some", "Only during launches", Basis.ARTIFACT_CHECKED),
                Answer.notApplicable("q.employee-participation", "We have no public-facing staff"),
                Answer.of("q.fact.executive-sponsor-named", "yes"))),
        SocialBusinessExcel.readResponse(filled, standard));
  }

  @Test
  void perSheetWorkbook_filledAndSavedByLibreOffice_isReadBack() throws Exception {
    LibreOffice lo = LibreOffice.in(dir);
    Questionnaire gate = Questionnaire.standard().forGate(Stage.PRESENCE);
    Path template = dir.resolve("team.xlsx");
    Files.write(template, SocialBusinessExcel.questionnaireForRespondents(gate, 2));
    List<Edit> edits =
        List.of(
            new Edit("Respondent 1", "B3", "Ana Ruiz"),
            new Edit("Respondent 1", "B4", "strategist"),
            new Edit("Respondent 1", "B6", "2026-03-01"),
            new Edit("Respondent 1", "C14", "half"),
            new Edit("Respondent 2", "B3", "Li Wei"),
            new Edit("Respondent 2", "B4", "liaison"),
            new Edit("Respondent 2", "B5", "Cloud"),
            new Edit("Respondent 2", "B6", "2026-03-02"),
            new Edit("Respondent 2", "C14", "None: nobody monitors mentions of the brand"));
    Path filled = dir.resolve("team-filled.xlsx");

    lo.fill(template, edits, filled);

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
        SocialBusinessExcel.readResponses(
            new ByteArrayInputStream(Files.readAllBytes(filled)), "team-filled.xlsx", gate));
  }

  // -----------------------------------------------------------------------

  private static String sheet(Map<String, String> csv, String name) {
    String text = csv.get(name);
    if (text == null) {
      throw new AssertionError("LibreOffice wrote no CSV for sheet " + name + ": " + csv.keySet());
    }
    return text;
  }

  private static Edit at(Filled rows, String questionId, String column, String value) {
    return new Edit(rows.sheetOf(questionId), column + (rows.rowOf(questionId) + 1), value);
  }

  /** Every sheet's cells as shown, rows and columns from A1, without trailing empty cells and rows. */
  private static List<List<String>> cells(Sheet s) {
    DataFormatter f = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      List<String> cells = new ArrayList<>();
      if (row != null) {
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
        }
      }
      rows.add(cells);
    }
    return trimmed(rows);
  }

  private static List<List<String>> trimmed(List<List<String>> rows) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> row : rows) {
      int n = row.size();
      while (n > 0 && row.get(n - 1).isEmpty()) {
        n--;
      }
      out.add(new ArrayList<>(row.subList(0, n)));
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
