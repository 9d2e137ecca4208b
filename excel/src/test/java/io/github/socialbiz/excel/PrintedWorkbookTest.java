package io.github.socialbiz.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks as a client prints them: LibreOffice's PDF export, read back with PDFBox. Skipped
 * outside CI when LibreOffice is missing; under CI it fails instead.
 */
final class PrintedWorkbookTest {

  private static final int PLAN_ITEMS = 2;

  @Test
  void theStandardQuestionnairePrintsOnAtMostTwentyA4Pages(@TempDir Path dir) throws Exception {
    LibreOffice office = LibreOffice.in(dir);
    Path workbook = dir.resolve("questionnaire.xlsx");
    SocialBusinessExcel.writeQuestionnaire(Questionnaire.standard(), workbook);
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(office.pdf(workbook)))) {
      int pages = doc.getNumberOfPages();
      assertTrue(pages <= 20, pages + " pages");
      // A4 (595 x 842 points), upright or across
      float w = doc.getPage(0).getMediaBox().getWidth();
      assertEquals(595, Math.round(Math.min(w, doc.getPage(0).getMediaBox().getHeight())));
      String first = new PDFTextStripper().getText(doc);
      assertTrue(first.contains("Page 1 of " + pages), first);
    }
  }

  @Test
  void theListeningPilotsActionPlanPrintsOnOnePage(@TempDir Path dir) throws Exception {
    LibreOffice office = LibreOffice.in(dir);
    // more rows than the one-row plan, which printed on 6 pages before the page setup
    ActionPlan plan =
        ActionPlan.of(
            SocialBusiness.assess(SocialBusiness.listeningPilot(), SampleOrganizations.AS_OF));
    assertEquals(PLAN_ITEMS, plan.items().size());
    Path workbook = dir.resolve("plan.xlsx");
    SocialBusinessExcel.writeActionPlan(plan, workbook);
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(office.pdf(workbook)))) {
      assertEquals(1, doc.getNumberOfPages());
    }
  }
}
