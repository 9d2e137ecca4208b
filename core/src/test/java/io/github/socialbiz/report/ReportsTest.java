package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Golden-file tests of both reports for the three sample organizations, plus structural checks of the
 * HTML with the JDK's XML parser. Regenerate the golden files on purpose with
 * {@code ./mvnw -B -ntp -pl core test -Dtest=ReportsTest -Dsocialbiz.updateGolden=true} and review the diff.
 */
final class ReportsTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<Organization> samples() {
    return SampleOrganizations.all().stream();
  }

  private static Assessment assess(Organization o) {
    return Assessor.standard().assess(o, SampleOrganizations.AS_OF);
  }

  private static String slug(Organization o) {
    return o.name().toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  @ParameterizedTest
  @MethodSource("samples")
  void markdown_matchesGoldenFile(Organization o) throws IOException {
    check(slug(o) + ".md", Reports.markdown(assess(o)));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void html_matchesGoldenFile(Organization o) throws IOException {
    check(slug(o) + ".html", Reports.html(assess(o)));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void html_isWellFormedSelfContainedXhtmlWithThreePictures(Organization o) throws Exception {
    Document doc = parse(Reports.html(assess(o)));
    assertEquals("html", doc.getDocumentElement().getLocalName());
    NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertEquals(3, svgs.getLength());
    assertEquals("Radar of dimension scores", ((Element) svgs.item(0)).getAttribute("aria-label"));
    assertEquals("The six stages", ((Element) svgs.item(1)).getAttribute("aria-label"));
    assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
    assertEquals(0, doc.getElementsByTagNameNS("*", "img").getLength());
    assertEquals(0, doc.getElementsByTagNameNS("*", "link").getLength());
    // the ladder draws one step per stage, each labelled with its number
    Element ladder = (Element) svgs.item(1);
    assertEquals(6, ladder.getElementsByTagNameNS("*", "rect").getLength());
  }

  /**
   * The golden reports do not depend on the JVM's default locale or time zone: rendered under German,
   * Turkish (whose dotless i breaks careless case conversion) and the earliest time zone on Earth, they
   * are the committed files. The defaults are restored afterwards.
   */
  @Test
  void goldenReports_underForeignLocalesAndTimeZones() throws IOException {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      for (String setting : List.of("de-DE", "tr-TR", "Pacific/Kiritimati")) {
        if (setting.contains("/")) {
          TimeZone.setDefault(TimeZone.getTimeZone(setting));
        } else {
          Locale.setDefault(Locale.forLanguageTag(setting));
        }
        Organization globex = SampleOrganizations.multinational();
        check(slug(globex) + ".md", Reports.markdown(assess(globex)));
        check(slug(globex) + ".html", Reports.html(assess(globex)));
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void html_marksTheCurrentStageAndListsEveryFinding() throws Exception {
    Assessment globex = assess(SampleOrganizations.multinational());
    String page = Reports.html(globex);
    Document doc = parse(page);
    NodeList h2 = doc.getElementsByTagNameNS("*", "h2");
    assertEquals("Roadmap to Strategic", h2.item(1).getTextContent());
    // one table row per finding, plus the header row, in the findings table
    Element findings = (Element) doc.getElementsByTagNameNS("*", "table").item(1);
    assertEquals(globex.findings().size() + 1, findings.getElementsByTagNameNS("*", "tr").getLength());
    assertTrue(page.contains(">You are here</text>"));
    assertTrue(page.contains("120,000 employees, 3 business units, 178 social accounts."));
  }

  @Test
  void markdown_startsWithTheStandingAndQuotesEvidence() {
    String md = Reports.markdown(assess(SampleOrganizations.multinational()));
    assertTrue(md.startsWith("# Social business assessment: Globex Industries\n\nAs of 2026-06-30. 120,000 employees, 3 business units, 178 social accounts.\n\n## Where the organization stands\n"), md);
    assertTrue(md.contains("Only marketing attribution; no revenue link"));
  }

  @Test
  void userText_isEscapedInBothFormats() throws Exception {
    String hostile = "<script>alert('x')</script> & *bold* | [link](http://e.test)";
    Organization o = Organization.builder()
        .name(hostile)
        .employees(250)
        .evidence(Practice.LISTENING, Adoption.HALF, hostile, Basis.INTERVIEW)
        .build();
    Assessment a = assess(o);
    String page = Reports.html(a);
    assertFalse(page.contains("<script"));
    assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; *bold*"));
    Document doc = parse(page);
    assertEquals("Social business assessment: " + hostile, doc.getElementsByTagNameNS("*", "h1").item(0).getTextContent());
    String md = Reports.markdown(a);
    assertTrue(md.startsWith("# Social business assessment: \\<script\\>alert('x')\\</script\\> & \\*bold\\* \\| \\[link\\](http://e.test)\n"), md);
    // every angle bracket of the hostile name is backslash-escaped, wherever the name appears
    assertFalse(md.matches("(?s).*(?<!\\\\)<script.*"), md);
  }

  @Test
  void reports_areByteEqualForEqualAssessments() {
    Organization o = SampleOrganizations.multinational();
    assertEquals(Reports.html(assess(o)), Reports.html(assess(SampleOrganizations.multinational())));
    assertEquals(Reports.markdown(assess(o)), Reports.markdown(assess(SampleOrganizations.multinational())));
  }

  @Test
  void storedAssessmentWithAFarRoadmap_drawsOneBoxPerPhase() throws Exception {
    Organization bluefin = SampleOrganizations.presenceWithoutResponse();
    Assessment a = assess(bluefin);
    io.github.socialbiz.assessment.Roadmap far = io.github.socialbiz.assessment.Roadmap.to(bluefin, io.github.socialbiz.stage.Stage.STRATEGIC);
    Assessment stored = Assessment.builder().organization(a.organization()).asOf(a.asOf()).stage(a.stage()).stageGate(a.stageGate())
        .level(a.level()).levelGate(a.levelGate()).addAllScores(a.scores()).recommendedModel(a.recommendedModel())
        .addAllBooks(a.books()).addAllBenchmarks(a.benchmarks()).roadmap(far).addAllUnits(a.units()).build();
    String page = Reports.html(stored);
    Element roadmap = (Element) parse(page).getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").item(2);
    assertEquals(3, roadmap.getElementsByTagNameNS("*", "rect").getLength());
    assertEquals("Phase 1: Engagement", roadmap.getElementsByTagNameNS("*", "text").item(0).getTextContent());
    assertEquals("Phase 3: Strategic", roadmap.getElementsByTagNameNS("*", "text").item(4).getTextContent());
    assertTrue(Reports.markdown(stored).contains("### Phase 3: open Strategic\n"));
  }

  @Test
  void evidenceSection_appearsForNotesOrScopeOnly() {
    Organization none = Organization.builder().name("Plain").employees(20).build();
    Organization scoped = Organization.builder().name("Scoped").employees(20).addOutOfScope(Practice.REAL_TIME_RESPONSE).build();
    assertFalse(Reports.markdown(assess(none)).contains("## Evidence notes"));
    assertFalse(Reports.html(assess(none)).contains("id=\"evidence\""));
    assertTrue(Reports.markdown(assess(scoped)).contains("## Evidence notes"));
    assertTrue(Reports.html(assess(scoped)).contains("id=\"evidence\""));
  }

  static Document parse(String xhtml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
  }

  private static void check(String name, String generated) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("socialbiz.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertEquals(expected, generated, () -> "golden file " + file + " differs; if the change is intended, regenerate with "
        + "./mvnw -B -ntp -pl core test -Dtest=ReportsTest -Dsocialbiz.updateGolden=true and review the diff");
  }
}
