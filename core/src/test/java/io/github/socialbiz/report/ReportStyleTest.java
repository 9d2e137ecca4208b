package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.profile.SampleOrganizations;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The consultant's branding: its checks, and what the HTML and Markdown show of it. */
final class ReportStyleTest {

  private static final Assessment HARBOR =
      Assessor.standard().assess(SampleOrganizations.listeningPilot(), LocalDate.of(2026, 6, 30));

  /** The eight bytes of the PNG signature and four more: enough for the check, not an image. */
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13
  };

  private static final ReportStyle BRANDED =
      ReportStyle.neutral()
          .withFirm("Northwind & <Co>")
          .withAuthor("Ana Ruiz")
          .withConfidentiality("Confidential: prepared for Harbor Credit Union")
          .withAccent("#7B2D8E")
          .withLogo(ReportStyle.Logo.png(PNG));

  @Test
  void neutral_changesNothing() {
    ReportContext neutral = ReportContext.of(HARBOR).withStyle(ReportStyle.neutral());
    assertEquals(Reports.html(HARBOR), Reports.html(neutral));
    assertEquals(Reports.markdown(HARBOR), Reports.markdown(neutral));
    assertEquals("ReportStyle{neutral}", ReportStyle.neutral().toString());
    assertEquals(Optional.empty(), ReportStyle.neutral().preparedBy());
  }

  @Test
  void branded_html_showsEveryPartEscaped_andTheLogoEmbedded() {
    String html = Reports.html(ReportContext.of(HARBOR).withStyle(BRANDED));
    assertTrue(
        html.contains(
            "<header>\n<img class=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAAN\""
                + " alt=\"Northwind &amp; &lt;Co&gt; logo\"/>\n"
                + "<h1>Social business assessment: Harbor Credit Union</h1>\n"
                + "<p>Prepared by Ana Ruiz, Northwind &amp; &lt;Co&gt;.</p>\n"
                + "<p><b>Confidential: prepared for Harbor Credit Union</b></p>\n"),
        html);
    assertTrue(
        html.contains("<style>h1{color:#7b2d8e}h2{border-bottom-color:#7b2d8e}</style>"), html);
    assertFalse(html.contains("<Co>"), html);
    // nothing is fetched: the only source is the embedded one
    assertEquals(1, html.split("src=\"", -1).length - 1);
  }

  @Test
  void branded_markdown_showsTheWordsNotTheLogo() {
    String md = Reports.markdown(ReportContext.of(HARBOR).withStyle(BRANDED));
    assertTrue(
        md.startsWith(
            "# Social business assessment: Harbor Credit Union\n\n"
                + "Prepared by Ana Ruiz, Northwind & \\<Co\\>.\n\n"
                + "**Confidential: prepared for Harbor Credit Union**\n\n"
                + "As of 2026-06-30."),
        md);
    assertFalse(md.contains("base64"), md);
  }

  @Test
  void values_andTheirSummary() {
    assertEquals(
        "ReportStyle{firm=Northwind & <Co>, author=Ana Ruiz, confidentiality=Confidential: prepared"
            + " for Harbor Credit Union, accent=#7b2d8e, logo=PNG 12 bytes}",
        BRANDED.toString());
    assertEquals(
        Optional.of("Prepared by Northwind"),
        ReportStyle.neutral().withFirm("Northwind").preparedBy());
    assertEquals(
        Optional.of("Prepared by Ana Ruiz"),
        ReportStyle.neutral().withAuthor("Ana Ruiz").preparedBy());
    assertEquals(
        BRANDED,
        ReportStyle.neutral()
            .withFirm("Northwind & <Co>")
            .withAuthor("Ana Ruiz")
            .withConfidentiality("Confidential: prepared for Harbor Credit Union")
            .withAccent("#7b2d8e")
            .withLogo(ReportStyle.Logo.png(PNG.clone())));
    assertEquals(BRANDED.hashCode(), BRANDED.withAccent("#7b2d8e").hashCode());
    assertFalse(BRANDED.equals(BRANDED.withFirm("Other")));
    assertEquals(
        "ReportContext{Harbor Credit Union as of 2026-06-30, ReportStyle{author=Ana Ruiz}}",
        ReportContext.of(HARBOR)
            .withStyle(ReportStyle.neutral().withAuthor("Ana Ruiz"))
            .toString());
  }

  @Test
  void logos_atTheirLimits_andTheirEquality() {
    byte[] signature = Arrays.copyOf(PNG, 8);
    assertEquals("PNG 8 bytes", ReportStyle.Logo.png(signature).toString());
    byte[] largest = Arrays.copyOf(PNG, ReportStyle.Logo.MAX_BYTES);
    assertEquals("PNG 524,288 bytes", ReportStyle.Logo.png(largest).toString());
    ReportStyle.Logo a = ReportStyle.Logo.png(PNG);
    ReportStyle.Logo b = ReportStyle.Logo.png(signature);
    assertEquals(a, ReportStyle.Logo.png(PNG.clone()));
    assertFalse(a.equals(b));
    assertNotEquals(a.hashCode(), b.hashCode());
    ReportContext harbor = ReportContext.of(HARBOR);
    assertNotEquals(harbor.hashCode(), harbor.withStyle(BRANDED).hashCode());
  }

  @Test
  void badValues_areRefusedWithWhatIsAllowed() {
    assertEquals(
        "ReportStyle.accent must be a colour written #RRGGBB, such as #7b2d8e, but was 'red'",
        message(() -> ReportStyle.neutral().withAccent("red")));
    assertEquals(
        "ReportStyle.firm must be one line of 1 to 200 characters, but was ' ' (1 characters)",
        message(() -> ReportStyle.neutral().withFirm(" ")));
    assertEquals(
        "ReportStyle.confidentiality must be one line of 1 to 200 characters, but was 'a\nb' (3"
            + " characters)",
        message(() -> ReportStyle.neutral().withConfidentiality("a\nb")));
    assertEquals(
        "ReportStyle.logo must be a PNG file, starting with the PNG signature, but its 3 first"
            + " bytes are not it",
        message(() -> ReportStyle.Logo.png(new byte[] {'G', 'I', 'F'})));
    assertEquals(
        "ReportStyle.logo must be 1 to 524288 bytes, but was 524289 bytes",
        message(() -> ReportStyle.Logo.png(new byte[ReportStyle.Logo.MAX_BYTES + 1])));
    assertEquals(
        "ReportStyle.logo must not hold a script element",
        message(
            () ->
                svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")));
    assertEquals(
        "ReportStyle.logo must not hold an event attribute or a reference outside the picture, but"
            + " svg has onload='alert(1)'",
        message(() -> svg("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")));
    assertEquals(
        "ReportStyle.logo must not hold an event attribute or a reference outside the picture, but"
            + " image has href='https://example.com/x.png'",
        message(
            () ->
                svg(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\""
                        + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image"
                        + " xlink:href=\"https://example.com/x.png\"/></svg>")));
    assertTrue(
        message(() -> svg("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg/>"))
            .startsWith(
                "ReportStyle.logo must be an SVG file that parses as XML with no DTD, but: "));
    assertEquals(
        "ReportStyle.logo must be an SVG file whose root is an svg element in the SVG namespace, but"
            + " its root is 'html'",
        message(() -> svg("<html/>")));
    // a plain SVG with an internal reference is accepted
    assertEquals(
        "image/svg+xml",
        svg("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<defs><rect id=\"r\" width=\"4\" height=\"4\"/></defs><use xlink:href=\"#r\"/></svg>")
            .mediaType());
  }

  private static ReportStyle.Logo svg(String text) {
    return ReportStyle.Logo.svg(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String message(Runnable r) {
    return String.valueOf(assertThrows(SocialBusinessException.class, r::run).getMessage());
  }
}
