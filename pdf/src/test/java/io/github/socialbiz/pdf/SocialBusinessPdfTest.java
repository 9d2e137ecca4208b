package io.github.socialbiz.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.report.ReportStyle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF of the sample Globex, read back with PDFBox. */
final class SocialBusinessPdfTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  private static byte[] globex;

  @BeforeAll
  static void render() {
    globex = SocialBusinessPdf.report(SocialBusiness.assess(SocialBusiness.multinational(), AS_OF));
  }

  private static String text(PDDocument doc, int page) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(page);
    s.setEndPage(page);
    // the stripper turns gaps of layout (a leader, a marked box) into runs of spaces
    return s.getText(doc).replaceAll(" {2,}", " ");
  }

  @Test
  void pageOneIsTheExecutiveSummaryUnderTheRunningHeaderAndAbovePageNOfM() throws IOException {
    try (PDDocument doc = Loader.loadPDF(globex)) {
      assertEquals(8, doc.getNumberOfPages());
      String one = text(doc, 1);
      // the margin boxes come first: the running header, then the footer
      assertTrue(
          one.startsWith(
              "Social business assessment: Globex Industries 1 December 2026\nPage 1 of 8\n"),
          one);
      assertTrue(one.contains("\nExecutive summary\n"), one);
      assertTrue(one.contains("Overall score: 0.60 of 1.00 (weakest link 0.25)"), one);
      assertFalse(one.contains("Where the organization stands"), one);
      assertTrue(text(doc, 8).contains("\nPage 8 of 8\n"));
    }
  }

  @Test
  void theContentsFollowTheSummaryWithThePageOfEverySection() throws IOException {
    try (PDDocument doc = Loader.loadPDF(globex)) {
      String two = text(doc, 2);
      assertTrue(two.contains("\nContents\n"), two);
      for (String entry :
          List.of(
              "Where the organization stands",
              "Gate to the next stage: Strategic",
              "Scores by dimension",
              "Findings",
              "Roadmap to Strategic",
              "Evidence notes",
              "Rule references")) {
        assertTrue(two.matches("(?s).*\\n" + entry + " \\.+ \\d\\n.*"), entry + " in\n" + two);
      }
      assertTrue(two.matches("(?s).*\\nWhere the organization stands \\.+ 2\\n.*"), two);
      assertTrue(two.matches("(?s).*\\nRule references \\.+ 7\\n.*"), two);
    }
  }

  @Test
  void bookmarksNameEverySectionAndSubsectionInOrder() throws IOException {
    try (PDDocument doc = Loader.loadPDF(globex)) {
      PDOutlineNode outline = doc.getDocumentCatalog().getDocumentOutline();
      assertNotNull(outline);
      assertEquals(
          List.of(
              "Executive summary",
              "Where the organization stands",
              "  Gate to the next stage: Strategic",
              "  Gap to the next maturity level: Enablement",
              "Scores by dimension",
              "Organizational model",
              "Findings",
              "Roadmap to Strategic",
              "  Phase 1: open Strategic",
              "Business units",
              "Against the published surveys",
              "Evidence notes",
              "Rule references"),
          titles(outline, ""));
    }
  }

  private static List<String> titles(PDOutlineNode node, String indent) {
    List<String> titles = new ArrayList<>();
    for (PDOutlineItem item : node.children()) {
      titles.add(indent + item.getTitle());
      titles.addAll(titles(item, indent + "  "));
    }
    return titles;
  }

  @Test
  void everyFontIsEmbeddedAndTheDocumentIsTaggedWithItsTitleAndLanguage() throws IOException {
    try (PDDocument doc = Loader.loadPDF(globex)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        PDResources r = page.getResources();
        for (COSName name : r.getFontNames()) {
          PDFont font = r.getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
          fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }
      assertEquals(
          List.of("DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"),
          fonts.stream().distinct().sorted().toList());
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
      assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot());
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
      assertEquals(
          "Social business assessment: Globex Industries", doc.getDocumentInformation().getTitle());
    }
  }

  @Test
  void checklistItemsSayMetOrNotMetInWordsNotByACheckbox() throws IOException {
    try (PDDocument doc = Loader.loadPDF(globex)) {
      String three = text(doc, 3);
      assertTrue(three.contains("\u2714 Met: A named executive sponsor\n"), three);
      assertTrue(
          three.contains("\u2716 Not met: Business-outcome metrics: at least about half\n"), three);
      assertTrue(
          three.contains("\u2716 Not met: Employee education: at least most or all\n"), three);
    }
  }

  @Test
  void anItemNotVerifiedSaysSoInWords() throws IOException {
    // nothing assessed: the first gate's criteria can be neither met nor missed
    Organization acme = Organization.builder().name("Acme Retail").employees(4000).build();
    try (PDDocument doc =
        Loader.loadPDF(SocialBusinessPdf.report(SocialBusiness.assess(acme, AS_OF)))) {
      String all = new PDFTextStripper().getText(doc).replaceAll(" {2,}", " ");
      assertTrue(
          all.contains("\n? Not verified: Listening and monitoring: at least about half;"), all);
      assertFalse(all.contains("Not met:"), all);
    }
  }

  /**
   * The picture of the PDF's first page in the README, {@code docs/images/report-globex-pdf.png}:
   * drawn by PDFBox from the PDF when run with {@code -Dsocialbiz.updateDocs=true}; otherwise the
   * picture must exist.
   */
  @Test
  void pageOnePicture() throws IOException {
    Path picture = Path.of("../docs/images/report-globex-pdf.png");
    if (Boolean.getBoolean("socialbiz.updateDocs")) {
      try (PDDocument doc = Loader.loadPDF(globex)) {
        BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72, ImageType.RGB);
        ImageIO.write(page, "png", picture.toFile());
      }
    }
    assertTrue(
        Files.isRegularFile(picture),
        picture
            + " is missing; run ./mvnw -B -ntp -pl pdf -am test -Dtest=SocialBusinessPdfTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dsocialbiz.updateDocs=true");
  }

  @Test
  void equalAssessmentsGiveEqualPages() throws IOException {
    byte[] again =
        SocialBusinessPdf.report(
            ReportContext.of(SocialBusiness.assess(SocialBusiness.multinational(), AS_OF)));
    try (PDDocument a = Loader.loadPDF(globex);
        PDDocument b = Loader.loadPDF(again)) {
      assertEquals(new PDFTextStripper().getText(a), new PDFTextStripper().getText(b));
    }
  }

  @Test
  void writesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("globex.pdf");
    SocialBusinessPdf.writeReport(
        ReportContext.of(SocialBusiness.assess(SocialBusiness.multinational(), AS_OF)), file);
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
      assertEquals(8, doc.getNumberOfPages());
    }
  }

  @Test
  @SuppressWarnings("NullAway") // the nulls are the point
  void nullsAreRefusedByName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> SocialBusinessPdf.report((Assessment) null));
    assertEquals("assessment", e.getMessage());
    e =
        assertThrows(
            NullPointerException.class, () -> SocialBusinessPdf.report((ReportContext) null));
    assertEquals("context", e.getMessage());
  }

  @Test
  void theConsultantsBranding_isOnPageOne_andTheConfidentialityLineOnEveryPage()
      throws IOException {
    BufferedImage square = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(square, "png", png);
    ReportStyle style =
        ReportStyle.neutral()
            .withFirm("Northwind Advisory")
            .withAuthor("Ana Ruiz")
            .withConfidentiality("Confidential: prepared for Globex Industries")
            .withAccent("#7b2d8e")
            .withLogo(ReportStyle.Logo.png(png.toByteArray()));
    byte[] pdf =
        SocialBusinessPdf.report(
            ReportContext.of(SocialBusiness.assess(SocialBusiness.multinational(), AS_OF))
                .withStyle(style));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String one = text(doc, 1);
      assertTrue(one.contains("Prepared by Ana Ruiz, Northwind Advisory."), one);
      // the logo is an image drawn on page one: embedded, as nothing is fetched
      PDResources resources = doc.getPage(0).getResources();
      int images = 0;
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject) {
          images++;
        }
      }
      assertEquals(1, images);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        assertTrue(
            text(doc, p).contains("Confidential: prepared for Globex Industries"),
            "page " + p + ": " + text(doc, p));
      }
    }
  }
}
