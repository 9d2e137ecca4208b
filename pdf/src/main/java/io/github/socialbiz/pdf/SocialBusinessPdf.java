package io.github.socialbiz.pdf;

import static java.util.Objects.requireNonNull;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.report.Reports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The report as a PDF, made in Java without a browser: the same sections as {@link
 * Reports#html(ReportContext)}, laid out for A4 paper.
 *
 * <pre>{@code
 * byte[] pdf = SocialBusinessPdf.report(ReportContext.of(assessment));
 * SocialBusinessPdf.writeReport(ReportContext.of(assessment), Path.of("globex.pdf"));
 * }</pre>
 *
 * <p>The executive summary is page one; the contents, with the page of every section, follow it. Every
 * page has a running header (the report's title and the assessment's date) and a "Page N of M" footer;
 * the PDF has a bookmark per section and subsection, carries the report's title, subject and language,
 * and is tagged for accessibility (PDF/UA: headings, lists and tables as structure). Its fonts (DejaVu
 * Sans and Sans Mono, under their own free licence, shipped in this module) are embedded, subset to the
 * characters used, so the file prints the same everywhere.
 *
 * <p>Nothing is fetched: the page has no external asset, and the renderer is told to refuse any, so a
 * report can be made on a machine with no network. Equal contexts give PDFs with equal pages; the bytes
 * themselves differ from one call to the next only by the creation date and document id the PDF format
 * asks for.
 *
 * @implSpec This class is immutable and thread-safe; each call renders on its own.
 */
public final class SocialBusinessPdf {

  private static final String FONTS = "/io/github/socialbiz/pdf/fonts/";

  private static final List<String> SANS =
      List.of("DejaVu Sans", "Helvetica", "Arial", "sans-serif", "serif");

  private SocialBusinessPdf() {}

  /**
   * Renders an assessment's report as a PDF.
   *
   * @param assessment the assessment
   * @return the PDF's bytes, not empty
   */
  public static byte[] report(Assessment assessment) {
    return report(ReportContext.of(requireNonNull(assessment, "assessment")));
  }

  /**
   * Renders an assessment's report in its context as a PDF: with the items for the consensus meeting and
   * the trends since a previous assessment, if the context gives them.
   *
   * @param context the assessment and what else the report shows
   * @return the PDF's bytes, not empty
   */
  public static byte[] report(ReportContext context) {
    requireNonNull(context, "context");
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    try {
      render(context, out);
    } catch (IOException e) {
      // nothing here reads a file or a network: the fonts are resources of this module
      throw new UncheckedIOException("The PDF could not be rendered", e);
    }
    return out.toByteArray();
  }

  /**
   * Renders an assessment's report in its context as a PDF file, replacing the file if it exists.
   *
   * @param context the assessment and what else the report shows
   * @param file the file to write
   * @throws IOException if the file cannot be written
   */
  public static void writeReport(ReportContext context, Path file) throws IOException {
    requireNonNull(file, "file");
    Files.write(file, report(context));
  }

  private static void render(ReportContext context, ByteArrayOutputStream out) throws IOException {
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.usePdfUaAccessibility(true);
    b.withProducer("socialbiz");
    // the page's style sheet names Helvetica and Arial for screens, the charts' text names no
    // family
    // (serif, by default): on paper every one of them is DejaVu Sans
    for (String family : SANS) {
      font(b, Fonts.SANS, family, 400);
      font(b, Fonts.SANS_BOLD, family, 700);
    }
    font(b, Fonts.MONO, "DejaVu Sans Mono", 400);
    font(b, Fonts.MONO, "monospace", 400);
    b.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
    // nothing is fetched: the only resource a report has is the consultant's logo, embedded in the
    // page as a data URI (ReportStyle.Logo checked it)
    b.useExternalResourceAccessControl(
        (uri, type) -> uri.startsWith("data:image/"),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    b.useExternalResourceAccessControl(
        (uri, type) -> uri.startsWith("data:image/"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    b.withW3cDocument(PrintedReport.of(context), "about:socialbiz-report");
    b.toStream(out);
    b.run();
  }

  private static void font(PdfRendererBuilder b, byte[] bytes, String family, int weight) {
    b.useFont(() -> new ByteArrayInputStream(bytes), family, weight, FontStyle.NORMAL, true);
  }

  /** The fonts' files, read from this module once, when the first PDF is made. */
  private static final class Fonts {

    static final byte[] SANS = read("DejaVuSans.ttf");
    static final byte[] SANS_BOLD = read("DejaVuSans-Bold.ttf");
    static final byte[] MONO = read("DejaVuSansMono.ttf");

    private static byte[] read(String file) {
      try (InputStream in = SocialBusinessPdf.class.getResourceAsStream(FONTS + file)) {
        if (in == null) {
          throw new IllegalStateException(
              "The font " + FONTS + file + " is missing from socialbiz-pdf");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("The font " + FONTS + file + " could not be read", e);
      }
    }
  }
}
