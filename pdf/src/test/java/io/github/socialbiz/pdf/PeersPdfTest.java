package io.github.socialbiz.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.testing.ReportFixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The "Among your peers" section in the PDF, and its picture in the README. */
final class PeersPdfTest {

  /** Bluefin Foods against eight peers of its size and stage, scores known only as ranges. */
  static byte[] pdf() {
    return SocialBusinessPdf.report(
        ReportContext.of(ReportFixtures.assess(SampleOrganizations.presenceWithoutResponse()))
            .withPeers(ReportFixtures.bluefinAmongPeers()));
  }

  @Test
  void thePdfHasTheSection_andItsPicture() throws IOException {
    Path picture = Path.of("../docs/images/report-peers-pdf.png");
    try (PDDocument doc = Loader.loadPDF(pdf())) {
      int page = -1;
      for (int i = 0; i < doc.getNumberOfPages() && page < 0; i++) {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(i + 1);
        text.setEndPage(i + 1);
        String words = text.getText(doc);
        if (words.contains("Compared with 8 organizations we have assessed")) {
          page = i;
          assertTrue(words.contains("Among your peers"), words);
        }
      }
      assertTrue(page >= 0, "no page compares with the 8 peers");
      if (Boolean.getBoolean("socialbiz.updateDocs")) {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 72, ImageType.RGB);
        ImageIO.write(image, "png", picture.toFile());
      }
    }
    assertTrue(
        Files.isRegularFile(picture),
        picture
            + " is missing; run ./mvnw -B -ntp -pl pdf -am test -Dtest=PeersPdfTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dsocialbiz.updateDocs=true");
    assertEquals(true, Files.size(picture) > 10_000);
  }
}
