package io.github.socialbiz.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.peers.PeerBase;
import io.github.socialbiz.peers.PeerFilter;
import io.github.socialbiz.peers.Quarter;
import io.github.socialbiz.peers.Span;
import io.github.socialbiz.peers.Staffing;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.report.ReportContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    Assessment a =
        SocialBusiness.assess(
            SampleOrganizations.presenceWithoutResponse(), SampleOrganizations.AS_OF);
    List<Peer> peers = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      Peer.Builder b =
          Peer.builder()
              .assessed(new Quarter(2026, 1))
              .modelVersion(5)
              .sizeBand(SizeBand.FROM_1_000_TO_4_999)
              .stage(a.stage())
              .possibleStage(a.stage())
              .overall(new Span(i / 12.0, i / 10.0))
              .completeness(1)
              .coe(
                  new Staffing(
                      ImmutableMap.of(Role.COMMUNITY_MANAGER, i),
                      ImmutableMap.of(Role.COMMUNITY_MANAGER, i * 0.5)))
              .accounts(i * 4)
              .idleShare(0.1 * (i % 3));
      for (Dimension d : Dimension.values()) {
        b.putScore(d, new Span(i / 12.0, i / 10.0));
      }
      peers.add(b.build());
    }
    return SocialBusinessPdf.report(
        ReportContext.of(a).withPeers(PeerBase.of(peers).compare(a, PeerFilter.all())));
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
