package io.github.socialbiz.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action plan as a sheet: the core plan's header and rows, the team's columns to fill in. */
final class ActionPlanSheetTest {

  private static ActionPlan plan() {
    return ActionPlan.of(
        SocialBusiness.assess(SocialBusiness.listeningPilot(), SampleOrganizations.AS_OF));
  }

  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static List<List<String>> rows(Sheet s) {
    List<List<String>> rows = new ArrayList<>();
    for (Row r : s) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < r.getLastCellNum(); c++) {
        Cell cell = r.getCell(c);
        cells.add(cell == null ? "" : cell.getStringCellValue());
      }
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void actionPlan_hasTheHeaderAndOneRowPerItemFromTheCoreRows() throws IOException {
    ActionPlan plan = plan();
    try (XSSFWorkbook wb = open(SocialBusinessExcel.actionPlan(plan))) {
      assertEquals(1, wb.getNumberOfSheets());
      XSSFSheet s = wb.getSheet("Action plan");
      List<List<String>> rows = rows(s);
      assertEquals(
          List.of(
              "Phase",
              "Action",
              "Practice or fact",
              "Grade now",
              "Target",
              "Owner",
              "Reason",
              "Citation",
              "Assignee",
              "Due date",
              "Status"),
          rows.get(0));
      assertEquals(
          List.of(
              "1: open Presence",
              "Raise readiness and competitive audits to some of the organization",
              "Readiness and competitive audits",
              "None",
              "Some",
              "Corporate social strategist",
              "Readiness and competitive audits must reach some of the organization to reach"
                  + " Presence",
              "Li et al. 2013, \"reads Stage 1, Planning: readiness and competitive audits\""
                  + " [inferred]",
              "",
              "",
              ""),
          rows.get(1));
      assertEquals(1 + plan.items().size(), rows.size());
      for (int i = 0; i < plan.items().size(); i++) {
        assertEquals(plan.items().get(i).cells(), rows.get(i + 1), "row " + (i + 2));
      }
      assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
      assertEquals("yyyy-mm-dd", s.getRow(1).getCell(9).getCellStyle().getDataFormatString());
      assertTrue(s.getRow(1).getCell(0).getCellStyle().getWrapText());
    }
  }

  @Test
  void actionPlan_ofAPracticeNotAssessed_saysNotAssessedNeverNone() throws IOException {
    // listening, pilots, audits and goals graded; official presence, which Presence needs, not
    // assessed
    Organization o =
        Organization.builder()
            .name("Fresh Start")
            .employees(300)
            .evidence(Practice.LISTENING, Adoption.HALF)
            .evidence(Practice.PILOT_PROJECTS, Adoption.SOME)
            .evidence(Practice.READINESS_AUDIT, Adoption.SOME)
            .evidence(Practice.BUSINESS_GOALS, Adoption.SOME)
            .build();
    ActionPlan plan = ActionPlan.of(SocialBusiness.assess(o, SampleOrganizations.AS_OF));
    try (XSSFWorkbook wb = open(SocialBusinessExcel.actionPlan(plan))) {
      List<List<String>> rows = rows(wb.getSheet("Action plan"));
      assertEquals(2, rows.size());
      assertEquals(
          List.of(
              "Assess official presence first: find out whether it reaches some",
              "Official presence",
              "Not assessed",
              "Some"),
          rows.get(1).subList(1, 5));
    }
  }

  @Test
  void actionPlan_statusIsADropDownOfTheCoreStatuses() throws IOException {
    try (XSSFWorkbook wb = open(SocialBusinessExcel.actionPlan(plan()))) {
      List<? extends DataValidation> validations = wb.getSheet("Action plan").getDataValidations();
      assertEquals(1, validations.size());
      DataValidation status = validations.get(0);
      assertEquals(
          List.of("Not started", "In progress", "Done"),
          List.of(status.getValidationConstraint().getExplicitListValues()));
      assertEquals("K2:K3", status.getRegions().getCellRangeAddress(0).formatAsString());
      assertEquals(DataValidation.ErrorStyle.STOP, status.getErrorStyle());
    }
  }

  @Test
  void writeActionPlan_toFile_writesTheSameSheet(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.xlsx");
    SocialBusinessExcel.writeActionPlan(plan(), file);
    try (XSSFWorkbook wb = open(Files.readAllBytes(file))) {
      assertEquals(3, rows(wb.getSheet("Action plan")).size());
    }
  }

  @Test
  void actionPlan_doesNotReadTheClock_theCreatedDateIsFixed()
      throws IOException, InterruptedException {
    byte[] first = SocialBusinessExcel.actionPlan(plan());
    Thread.sleep(2100); // zip entry times have a resolution of 2 seconds
    assertEquals(
        QuestionnaireWorkbookTest.entries(first),
        QuestionnaireWorkbookTest.entries(SocialBusinessExcel.actionPlan(plan())));
    try (XSSFWorkbook wb = open(first)) {
      assertEquals(
          Instant.parse("1980-01-01T00:00:00Z"),
          wb.getProperties().getCoreProperties().getCreated().toInstant());
    }
  }
}
