package io.github.socialbiz.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Merge;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Print that fills its pages (issue #22, section 2), measured from the PDF: for each page, how far down
 * its text reaches between the running header and the footer. Pictures are not text, so a page that ends
 * with a chart measures less full than it looks: the measure errs on the strict side.
 */
final class PageFillTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  /** Points per millimetre. */
  private static final float MM = 72f / 25.4f;

  /** The page area between the margins of {@link PrintedReport#CSS}: 22 mm top, 20 mm bottom. */
  private static final float TOP = 22 * MM;

  private static final float BOTTOM = (297 - 20) * MM;

  @Test
  void everyPageButTheLast_isAtLeastAThirdFull() throws IOException {
    Map<String, ReportContext> reports =
        Map.of(
            "Harbor Credit Union",
            ReportContext.of(SocialBusiness.assess(SocialBusiness.listeningPilot(), AS_OF)),
            "Bluefin Foods",
            ReportContext.of(
                SocialBusiness.assess(SocialBusiness.presenceWithoutResponse(), AS_OF)),
            "Globex Industries",
            ReportContext.of(SocialBusiness.assess(SocialBusiness.multinational(), AS_OF)),
            "a three-person workshop",
            workshop());
    Map<String, Integer> pages =
        Map.of(
            "Harbor Credit Union", 9,
            "Bluefin Foods", 10,
            "Globex Industries", 8,
            "a three-person workshop", 11);
    for (Map.Entry<String, ReportContext> r : reports.entrySet()) {
      try (PDDocument doc = Loader.loadPDF(SocialBusinessPdf.report(r.getValue()))) {
        List<Float> fill = fill(doc);
        assertEquals(pages.get(r.getKey()), fill.size(), r.getKey() + ": " + fill);
        // the last page holds more than the closing line
        assertTrue(fill.get(fill.size() - 1) > 0.1f, r.getKey() + ", the last page: " + fill);
        for (int p = 0; p < fill.size() - 1; p++) {
          assertTrue(
              fill.get(p) >= 1 / 3f,
              r.getKey() + ", page " + (p + 1) + " is " + fill.get(p) + " full: " + fill);
        }
      }
    }
  }

  @Test
  void theMeasure_readsHowFarDownTheTextReaches() throws IOException {
    // a page with one line just under the header's margin, and one with a line near the footer's
    try (PDDocument doc = new PDDocument()) {
      for (float fromTop : new float[] {TOP + 20, BOTTOM - 10}) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          out.beginText();
          out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
          out.newLineAtOffset(50, PDRectangle.A4.getHeight() - fromTop);
          out.showText("One line");
          out.endText();
        }
      }
      List<Float> fill = fill(doc);
      assertEquals(2, fill.size());
      assertTrue(fill.get(0) < 0.05f, fill::toString);
      assertTrue(fill.get(1) > 0.95f, fill::toString);
    }
  }

  /** How far down each page its text reaches, from 0 (nothing) to 1 (the bottom margin). */
  static List<Float> fill(PDDocument doc) throws IOException {
    List<Float> fill = new ArrayList<>();
    for (int page = 1; page <= doc.getNumberOfPages(); page++) {
      float[] lowest = {TOP};
      PDFTextStripper s =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition t : positions) {
                float y = t.getYDirAdj();
                if (y > TOP && y < BOTTOM) {
                  lowest[0] = Math.max(lowest[0], y);
                }
              }
            }
          };
      s.setStartPage(page);
      s.setEndPage(page);
      s.writeText(doc, new StringWriter());
      fill.add((lowest[0] - TOP) / (BOTTOM - TOP));
    }
    return fill;
  }

  /** Three respondents, one of them for a unit, with "don't know" among the answers. */
  private static ReportContext workshop() {
    Organization acme =
        Organization.builder()
            .name("Acme")
            .employees(4_000)
            .addBusinessUnits(BusinessUnit.of("Cloud"))
            .build();
    Merge m =
        Responses.merge(
            Questionnaire.standard(),
            List.of(
                Response.of(
                    Respondent.of("Ana Ruiz", "strategist"),
                    AS_OF,
                    List.of(
                        Answer.of("q.listening", "most"),
                        Answer.of("q.crisis-plan", "half"),
                        Answer.of("q.employee-education", "some"),
                        Answer.of("q.fact.executive-sponsor-named", "yes"))),
                Response.of(
                    Respondent.of("Ben Okafor", "customer care lead"),
                    AS_OF,
                    List.of(
                        Answer.of("q.listening", "dont-know"),
                        Answer.of("q.crisis-plan", "none"),
                        Answer.of("q.employee-education", "none"),
                        Answer.of("q.fact.executive-sponsor-named", "dont-know"))),
                Response.of(
                    Respondent.of("Li Wei", "liaison", "Cloud"),
                    AS_OF,
                    List.of(Answer.of("q.listening", "some"), Answer.of("q.funding", "most")))),
            acme);
    return ReportContext.of(SocialBusiness.assess(m.organization(), AS_OF))
        .withDisagreements(m.disagreements());
  }
}
