package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.assessment.Roadmap;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.stage.Stage;
import io.github.socialbiz.testing.ReportFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Golden-file tests of both reports for the three sample organizations, plus structural checks that
 * back them: the HTML parsed with the JDK's XML parser (sections, the ladder's marked step, one table
 * row per finding, the gate checklists) against the Markdown read line by line. Regenerate the golden files on purpose with
 * {@code ./mvnw -B -ntp -pl core test -Dtest=ReportsTest -Dsocialbiz.updateGolden=true} and review the diff.
 */
final class ReportsTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";

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
    NodeList svgs = doc.getElementsByTagNameNS(SVG, "svg");
    assertEquals(3, svgs.getLength());
    assertEquals("The six stages", ((Element) svgs.item(0)).getAttribute("aria-label"));
    assertEquals("Radar of dimension scores", ((Element) svgs.item(1)).getAttribute("aria-label"));
    assertEquals("Roadmap phases", ((Element) svgs.item(2)).getAttribute("aria-label"));
    assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
    assertEquals(0, doc.getElementsByTagNameNS("*", "img").getLength());
    assertEquals(0, doc.getElementsByTagNameNS("*", "link").getLength());
    assertEquals(1, doc.getElementsByTagNameNS("*", "style").getLength());
    // the ladder draws one step per stage, each labelled with its number
    Element ladder = (Element) svgs.item(0);
    assertEquals(6, ladder.getElementsByTagNameNS("*", "rect").getLength());
    // each picture sits in the section it illustrates
    assertEquals("standing", ((Element) svgs.item(0).getParentNode()).getAttribute("id"));
    assertEquals("scores", ((Element) svgs.item(1).getParentNode()).getAttribute("id"));
    assertEquals("roadmap", ((Element) svgs.item(2).getParentNode()).getAttribute("id"));
  }

  static Stream<Arguments> sectionLists() {
    String standing = "h2 standing Where the organization stands";
    String scores = "h2 scores Scores by dimension";
    String model = "h2 model Organizational model";
    String findings = "h2 findings Findings";
    String benchmarks = "h2 benchmarks Against the published surveys";
    String evidence = "h2 evidence Evidence notes";
    return Stream.of(
        Arguments.of(
            SampleOrganizations.listeningPilot(),
            List.of(
                standing,
                "h3 stage-gate Gate to the next stage: Presence",
                "h3 level-gate Gap to the next maturity level: Foundation",
                scores,
                model,
                findings,
                "h2 roadmap Roadmap to Presence",
                "h3 phase-1 Phase 1: open Presence",
                benchmarks,
                evidence)),
        Arguments.of(
            SampleOrganizations.presenceWithoutResponse(),
            List.of(
                standing,
                "h3 stage-gate Gate to the next stage: Engagement",
                "h3 level-gate Gap to the next maturity level: Safety",
                scores,
                model,
                findings,
                "h2 roadmap Roadmap to Engagement",
                "h3 phase-1 Phase 1: open Engagement",
                benchmarks,
                evidence)),
        Arguments.of(
            SampleOrganizations.multinational(),
            List.of(
                standing,
                "h3 stage-gate Gate to the next stage: Strategic",
                "h3 level-gate Gap to the next maturity level: Enablement",
                scores,
                model,
                findings,
                "h2 roadmap Roadmap to Strategic",
                "h3 phase-1 Phase 1: open Strategic",
                "h2 units Business units",
                benchmarks,
                evidence)));
  }

  /**
   * Both formats have the same sections in the same order at the same depth: the HTML page's {@code
   * section} elements (id and heading) and the Markdown's headings (which carry no id) are the expected
   * list.
   */
  @ParameterizedTest
  @MethodSource("sectionLists")
  void sections_sameInBothFormatsInTheSameOrder(Organization o, List<String> expected)
      throws Exception {
    Assessment a = assess(o);
    List<String> html = new ArrayList<>();
    NodeList sections = parse(Reports.html(a)).getElementsByTagNameNS(XHTML, "section");
    for (int i = 0; i < sections.getLength(); i++) {
      Element section = (Element) sections.item(i);
      Element heading = firstChildElement(section);
      html.add(
          heading.getLocalName()
              + " "
              + section.getAttribute("id")
              + " "
              + heading.getTextContent());
    }
    assertEquals(expected, html);
    List<String> markdown = new ArrayList<>();
    for (String line : Reports.markdown(a).split("\n", -1)) {
      if (line.startsWith("## ")) {
        markdown.add("h2 " + line.substring(3));
      } else if (line.startsWith("### ")) {
        markdown.add("h3 " + line.substring(4));
      }
    }
    assertEquals(
        expected.stream().map(e -> e.replaceFirst(" [a-z0-9-]+ ", " ")).toList(), markdown);
  }

  @ParameterizedTest
  @CsvSource({
    "Harbor Credit Union, 1, Planning",
    "Bluefin Foods, 2, Presence",
    "Globex Industries, 4, Formalized"
  })
  void ladder_marksTheAssessedStage(String name, int number, String stage) throws Exception {
    Organization o = samples().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    Assessment a = assess(o);
    assertEquals(number, a.stage().number());
    Element ladder = picture(parse(Reports.html(a)), "The six stages");
    NodeList marked =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate(".//*[@aria-current]", ladder, XPathConstants.NODESET);
    assertEquals(1, marked.getLength());
    Element here = (Element) marked.item(0);
    assertEquals("step", here.getAttribute("aria-current"));
    List<String> texts = new ArrayList<>();
    NodeList t = here.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < t.getLength(); i++) {
      texts.add(t.item(i).getTextContent());
    }
    assertEquals(List.of(Integer.toString(number), stage, "You are here"), texts);
    assertTrue(
        Reports.markdown(a).contains("\n- **Stage:** " + number + ". " + stage + " (\u201c"),
        stage);
  }

  @ParameterizedTest
  @CsvSource({"Harbor Credit Union, 22", "Bluefin Foods, 28", "Globex Industries, 12"})
  void findings_oneTableRowPerFindingInBothFormats(String name, int findings) throws Exception {
    Assessment a = assess(samples().filter(s -> s.name().equals(name)).findFirst().orElseThrow());
    assertEquals(findings, a.findings().size());
    Element section = section(parse(Reports.html(a)), "findings");
    NodeList rows =
        ((Element) section.getElementsByTagNameNS(XHTML, "tbody").item(0))
            .getElementsByTagNameNS(XHTML, "tr");
    assertEquals(findings, rows.getLength());
    for (int i = 0; i < findings; i++) {
      Element row = (Element) rows.item(i);
      assertEquals(
          a.findings().get(i).ruleId(),
          row.getElementsByTagNameNS(XHTML, "code").item(0).getTextContent());
      assertEquals(
          a.findings().get(i).message(),
          row.getElementsByTagNameNS(XHTML, "td").item(2).getTextContent());
    }
    List<String> table =
        markdownSection(Reports.markdown(a), "## Findings").stream()
            .filter(l -> l.startsWith("|"))
            .toList();
    assertEquals("| Severity | Rule | Finding | Recommendation | Source |", table.get(0));
    assertEquals("|---|---|---|---|---|", table.get(1));
    assertEquals(findings + 2, table.size());
    for (int i = 0; i < findings; i++) {
      assertTrue(
          table
              .get(i + 2)
              .startsWith(
                  "| "
                      + SEVERITY.get(a.findings().get(i).severity())
                      + " | `"
                      + a.findings().get(i).ruleId()
                      + "` | "),
          table.get(i + 2));
    }
  }

  private static final Map<Severity, String> SEVERITY =
      Map.of(
          Severity.CRITICAL,
          "Critical",
          Severity.HIGH,
          "High",
          Severity.MEDIUM,
          "Medium",
          Severity.LOW,
          "Low",
          Severity.INFO,
          "Info");

  @Test
  void gates_sameChecklistsInBothFormats() throws Exception {
    Assessment globex = assess(SampleOrganizations.multinational());
    List<String> expected =
        List.of(
            "[x] A named executive sponsor",
            "[x] A staffed hub or Center of Excellence",
            "[x] Social media policy: at least most or all",
            "[x] Cross-functional integration: at least some",
            "[ ] Business-outcome metrics: at least about half");
    Document doc = parse(Reports.html(globex));
    Element gate = section(doc, "stage-gate");
    assertEquals(
        "4 of 5 criteria met.", gate.getElementsByTagNameNS(XHTML, "p").item(0).getTextContent());
    assertEquals(expected, checklist(gate));
    List<String> md =
        markdownSection(Reports.markdown(globex), "### Gate to the next stage: Strategic");
    assertEquals("4 of 5 criteria met.", md.get(0));
    assertEquals(expected.stream().map(e -> "- " + e).toList(), md.subList(1, md.size()));
    assertEquals(
        List.of(
            "[x] Business-unit enablement: at least about half",
            "[x] Best-practice sharing: at least about half",
            "[ ] Employee education: at least most or all"),
        checklist(section(doc, "level-gate")));
  }

  /** Every sample's gate checklists are the same in both formats, criterion by criterion. */
  @ParameterizedTest
  @MethodSource("samples")
  void gates_htmlHasTheMarkdownChecklists(Organization o) throws Exception {
    Assessment a = assess(o);
    Document doc = parse(Reports.html(a));
    String md = Reports.markdown(a);
    for (String id : List.of("stage-gate", "level-gate")) {
      Element gate = section(doc, id);
      String title = firstChildElement(gate).getTextContent();
      List<String> fromMarkdown =
          markdownSection(md, "### " + title).stream().filter(l -> l.startsWith("- [")).toList();
      assertEquals(fromMarkdown, checklist(gate).stream().map(e -> "- " + e).toList());
      assertFalse(fromMarkdown.isEmpty());
    }
  }

  /**
   * Nothing a client reads shows a constant name. The findings' messages are left out: their rules write
   * them, and the report prints them as given.
   */
  @ParameterizedTest
  @MethodSource("samples")
  void clientText_showsNoConstantNamesOutsideFindingMessages(Organization o) throws Exception {
    Assessment a = assess(o);
    Document doc = parse(Reports.html(a));
    NodeList rows =
        ((Element) section(doc, "findings").getElementsByTagNameNS(XHTML, "tbody").item(0))
            .getElementsByTagNameNS(XHTML, "tr");
    for (int i = 0; i < rows.getLength(); i++) {
      Node message = ((Element) rows.item(i)).getElementsByTagNameNS(XHTML, "td").item(2);
      message.getParentNode().removeChild(message);
    }
    String html = doc.getDocumentElement().getTextContent();
    StringBuilder md = new StringBuilder();
    int messages = 0;
    for (String line : Reports.markdown(a).split("\n", -1)) {
      String[] cells = line.split("(?<!\\\\)\\|", -1);
      if (line.startsWith("| ") && cells.length == 7 && line.contains("` | ")) {
        md.append(cells[1]).append(cells[2]).append(cells[4]).append(cells[5]).append('\n');
        messages++;
      } else {
        md.append(line).append('\n');
      }
    }
    assertEquals(a.findings().size(), messages);
    String markdown = md.toString().replace("\\", "");
    List<Enum<?>> constants = new ArrayList<>();
    for (Class<? extends Enum<?>> type :
        List.of(
            Basis.class,
            Severity.class,
            Provenance.class,
            Stage.class,
            MaturityLevel.class,
            Practice.class,
            Adoption.class,
            Dimension.class,
            Role.class,
            OrganizationalModel.class,
            Fact.class)) {
      constants.addAll(List.of(type.getEnumConstants()));
    }
    for (Enum<?> c : constants) {
      Pattern name = Pattern.compile("\\b" + c.name() + "\\b");
      assertFalse(name.matcher(html).find(), () -> c.name() + " in the HTML of " + o.name());
      assertFalse(
          name.matcher(markdown).find(), () -> c.name() + " in the Markdown of " + o.name());
    }
    // what was searched is the whole report but the messages
    assertTrue(
        html.contains("Where the organization stands") && html.contains("Evidence notes"), html);
    assertTrue(
        markdown.contains("## Where the organization stands")
            && markdown.contains("## Evidence notes"),
        markdown);
  }

  @Test
  void evidenceNotes_showGradeAndBasisByDisplayName() throws Exception {
    Assessment globex = assess(SampleOrganizations.multinational());
    assertTrue(
        Reports.markdown(globex)
            .contains(
                """
        ## Evidence notes

        - **Strategy road map** (About half, artifact checked): Two-year roadmap reviewed each quarter
        - **Social media policy** (Most or all, artifact checked): Global policy, translated into nine languages
        - **Account governance** (Some, interview): Requests approved by email; no retirement process
        """));
    Element first =
        (Element)
            section(parse(Reports.html(globex)), "evidence")
                .getElementsByTagNameNS(XHTML, "li")
                .item(0);
    assertEquals(
        "Strategy road map (About half, artifact checked): Two-year roadmap reviewed each quarter",
        first.getTextContent());
    assertEquals(
        "Strategy road map", first.getElementsByTagNameNS(XHTML, "b").item(0).getTextContent());
  }

  @Test
  void css_isOneStyleSheetThatNeedsNoEscaping() {
    assertFalse(HtmlWriter.CSS.matches("(?s).*[&<>\"'].*"), HtmlWriter.CSS);
    String page = Reports.html(assess(SampleOrganizations.listeningPilot()));
    assertTrue(page.contains("<style>\n" + HtmlWriter.CSS + "\n</style>\n"));
    assertEquals(page.indexOf("<style>"), page.lastIndexOf("<style>"));
    assertFalse(page.contains(" style=\""));
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
    assertEquals("Where the organization stands", h2.item(0).getTextContent());
    assertEquals("Roadmap to Strategic", h2.item(4).getTextContent());
    // one table row per finding, plus the header row, in the findings table
    Element findings =
        (Element) section(doc, "findings").getElementsByTagNameNS("*", "table").item(0);
    assertEquals(12 + 1, findings.getElementsByTagNameNS("*", "tr").getLength());
    assertTrue(page.contains(">You are here</text>"));
    assertEquals(
        "As of 2026-06-30. 120,000 employees, 3 business units, 178 social accounts.",
        doc.getElementsByTagNameNS(XHTML, "p").item(0).getTextContent());
    assertEquals(
        "Generated by socialbiz. Findings cite their sources; a source marked [inferred] is the library's own reading.",
        doc.getElementsByTagNameNS(XHTML, "footer").item(0).getTextContent().strip());
  }

  @Test
  void stageProfile_showsEachGateOnItsOwn_andWorkAheadOfTheLadder() throws Exception {
    Element standing =
        section(parse(Reports.html(assess(SampleOrganizations.multinational()))), "standing");
    Element table = (Element) standing.getElementsByTagNameNS(XHTML, "table").item(0);
    NodeList rows = table.getElementsByTagNameNS(XHTML, "tr");
    assertEquals(6, rows.getLength());
    assertEquals("3. Engagement7 of 7met", rows.item(2).getTextContent());
    assertEquals("6. Converged4 of 8gaps remain", rows.item(5).getTextContent());
    // formalizing while Presence gaps remain (engagement counts towards Engagement as well)
    Organization ahead =
        Organization.builder()
            .name("Ahead")
            .employees(2_000)
            .evidence(Practice.COMMUNITY_ENGAGEMENT, Adoption.HALF)
            .evidence(Practice.SOCIAL_MEDIA_POLICY, Adoption.SOME)
            .build();
    String sentence =
        "Ahead of the ladder: the gate of Formalized is met while gaps remain at Presence.";
    assertTrue(Reports.markdown(assess(ahead)).contains(sentence));
    assertTrue(Reports.html(assess(ahead)).contains(sentence));
    assertFalse(Reports.markdown(assess(SampleOrganizations.multinational())).contains("Ahead of"));
  }

  @Test
  void practicesNotAssessed_areShownAsSuch_provenAndPossible() throws Exception {
    Organization planned =
        Organization.builder()
            .name("Planned")
            .employees(2_000)
            .evidence(Practice.LISTENING, Adoption.HALF, "Weekly report", Basis.ARTIFACT_CHECKED)
            .evidence(Practice.PILOT_PROJECTS, Adoption.SOME, "Two pilots", Basis.INTERVIEW)
            .evidence(Practice.READINESS_AUDIT, Adoption.SOME)
            .evidence(Practice.BUSINESS_GOALS, Adoption.SOME)
            .build();
    Assessment a = assess(planned);
    String md = Reports.markdown(a);
    assertTrue(
        md.contains(
            "- **Stage:** 1. Planning (\u201cListen to Learn\u201d), possibly Presence: 32 practices"
                + " not yet assessed\n"),
        md);
    assertTrue(
        md.contains(
            "- **Evidence:** 4 of 36 practices in scope assessed (11%); grades resting on 1"
                + " artifact checked, 1 interview, 2 self-reports\n"),
        md);
    assertTrue(md.contains("| Engagement | 0.10 | 0.00 | 0.15 | 0 | 4 |\n"), md);
    assertTrue(
        md.contains("- Assess official presence first: find out whether it reaches some "), md);
    Element radar = picture(parse(Reports.html(a)), Charts.RADAR_LABEL);
    assertTrue(
        radar.getTextContent().contains("Engagement 0.10 (4 not assessed)"),
        radar.getTextContent());
    // a complete assessment says nothing of what is possible
    assertFalse(Reports.markdown(assess(SampleOrganizations.multinational())).contains("possibly"));
  }

  @Test
  void markdown_startsWithTheStandingAndQuotesEvidence() {
    String md = Reports.markdown(assess(SampleOrganizations.multinational()));
    assertTrue(
        md.startsWith(
            "# Social business assessment: Globex Industries\n\nAs of 2026-06-30. 120,000 employees, 3 business units, 178 social accounts.\n\n## Where the organization stands\n"),
        md);
    assertTrue(md.contains("Only marketing attribution; no revenue link"));
    assertTrue(
        md.endsWith(
            "\n\n---\nGenerated by socialbiz. Findings cite their sources; a source marked \\[inferred\\] is the library's own reading.\n"),
        md);
  }

  @Test
  void userText_isEscapedInBothFormats() throws Exception {
    String hostile = "<script>alert('x')</script> & *bold* | [link](http://e.test)";
    Organization o =
        Organization.builder()
            .name(hostile)
            .employees(250)
            .evidence(Practice.LISTENING, Adoption.HALF, hostile, Basis.INTERVIEW)
            .build();
    Assessment a = assess(o);
    String page = Reports.html(a);
    assertFalse(page.contains("<script"));
    assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; *bold*"));
    Document doc = parse(page);
    assertEquals(
        "Social business assessment: " + hostile,
        doc.getElementsByTagNameNS("*", "h1").item(0).getTextContent());
    assertEquals(
        "Social business assessment: " + hostile,
        doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    assertEquals(
        "Listening and monitoring (About half, interview): " + hostile,
        section(doc, "evidence").getElementsByTagNameNS(XHTML, "li").item(0).getTextContent());
    String md = Reports.markdown(a);
    assertTrue(
        md.startsWith(
            "# Social business assessment: \\<script\\>alert('x')\\</script\\> & \\*bold\\* \\| \\[link\\](http://e.test)\n"),
        md);
    assertTrue(
        md.contains(
            "\n- **Listening and monitoring** (About half, interview): \\<script\\>alert('x')\\</script\\> & \\*bold\\* \\| \\[link\\](http://e.test)\n"),
        md);
    // every angle bracket of the hostile name is backslash-escaped, wherever the name appears
    assertFalse(md.matches("(?s).*(?<!\\\\)<script.*"), md);
  }

  @Test
  void reports_areByteEqualForEqualAssessments() {
    Organization o = SampleOrganizations.multinational();
    assertEquals(
        Reports.html(assess(o)), Reports.html(assess(SampleOrganizations.multinational())));
    assertEquals(
        Reports.markdown(assess(o)), Reports.markdown(assess(SampleOrganizations.multinational())));
  }

  @Test
  void storedAssessmentWithAFarRoadmap_drawsOneBoxPerPhase() throws Exception {
    Organization bluefin = SampleOrganizations.presenceWithoutResponse();
    Assessment a = assess(bluefin);
    Roadmap far = Roadmap.to(bluefin, Stage.STRATEGIC);
    Assessment stored =
        Assessment.builder()
            .organization(a.organization())
            .asOf(a.asOf())
            .stage(a.stage())
            .stageGate(a.stageGate())
            .level(a.level())
            .levelGate(a.levelGate())
            .addAllScores(a.scores())
            .recommendedModel(a.recommendedModel())
            .addAllBooks(a.books())
            .addAllBenchmarks(a.benchmarks())
            .roadmap(far)
            .addAllUnits(a.units())
            .build();
    Document doc = parse(Reports.html(stored));
    Element roadmap = picture(doc, "Roadmap phases");
    assertEquals(3, roadmap.getElementsByTagNameNS("*", "rect").getLength());
    assertEquals(
        "Phase 1: Engagement",
        roadmap.getElementsByTagNameNS("*", "text").item(0).getTextContent());
    assertEquals(
        "Phase 3: Strategic", roadmap.getElementsByTagNameNS("*", "text").item(4).getTextContent());
    assertEquals(
        "Phase 3: open Strategic", firstChildElement(section(doc, "phase-3")).getTextContent());
    assertTrue(Reports.markdown(stored).contains("\n### Phase 3: open Strategic\n"));
  }

  @Test
  void finishedRoadmap_saysSoInBothFormatsAndDrawsNoPhases() throws Exception {
    Organization bluefin = SampleOrganizations.presenceWithoutResponse();
    Assessment a = assess(bluefin);
    Assessment stored =
        Assessment.builder()
            .organization(a.organization())
            .asOf(a.asOf())
            .stage(a.stage())
            .stageGate(a.stageGate())
            .level(a.level())
            .levelGate(a.levelGate())
            .addAllScores(a.scores())
            .recommendedModel(a.recommendedModel())
            .addAllBooks(a.books())
            .addAllBenchmarks(a.benchmarks())
            .roadmap(Roadmap.of(Stage.ENGAGEMENT, List.of()))
            .addAllUnits(a.units())
            .build();
    Document doc = parse(Reports.html(stored));
    assertEquals(2, doc.getElementsByTagNameNS(SVG, "svg").getLength());
    assertEquals(
        "Nothing left to do for this target.",
        section(doc, "roadmap").getElementsByTagNameNS(XHTML, "p").item(0).getTextContent());
    assertTrue(
        Reports.markdown(stored)
            .contains("\n## Roadmap to Engagement\n\nNothing left to do for this target.\n\n## "));
  }

  @Test
  void evidenceSection_appearsForNotesOrScopeOnly() {
    Organization none = Organization.builder().name("Plain").employees(20).build();
    Organization scoped =
        Organization.builder()
            .name("Scoped")
            .employees(20)
            .addOutOfScope(Practice.REAL_TIME_RESPONSE)
            .build();
    assertFalse(Reports.markdown(assess(none)).contains("## Evidence notes"));
    assertFalse(Reports.html(assess(none)).contains("id=\"evidence\""));
    assertTrue(
        Reports.markdown(assess(scoped))
            .contains(
                "## Evidence notes\n\n- Out of scope, not counted as met: Real-time response\n"));
    assertTrue(Reports.html(assess(scoped)).contains("id=\"evidence\""));
  }

  /** A context of the assessment alone gives the reports of the assessment, byte for byte. */
  @ParameterizedTest
  @MethodSource("samples")
  void context_ofTheAssessmentAlone_givesTheSameReports(Organization o) {
    Assessment a = assess(o);
    assertEquals(Reports.markdown(a), Reports.markdown(ReportContext.of(a)));
    assertEquals(Reports.html(a), Reports.html(ReportContext.of(a)));
    assertFalse(Reports.markdown(a).contains("consensus meeting"));
    assertFalse(Reports.html(a).contains("id=\"consensus\""));
  }

  @Test
  void consensus_oneItemPerDisagreementWithEveryAnswer_inBothFormats() throws Exception {
    Organization globex = SampleOrganizations.multinational();
    ReportContext c =
        ReportContext.of(assess(globex)).withDisagreements(ReportFixtures.disagreements(globex));
    assertEquals(3, c.disagreements().size());
    String intro =
        "3 items where the respondents disagree (grades two or more steps apart, or a grade against"
            + " \u201cdon\u2019t know\u201d). Settle each with the respondents; until then the merged"
            + " grade stands.";
    assertEquals(
        List.of(
            intro,
            "| \\# | Practice | Where | Answers |",
            "|---|---|---|---|",
            "| 1 | **Crisis plan and team** | Whole organization | Ana Ruiz (strategist): **About half**"
                + " \u201cPlan \\<draft\\> & \"final\"\u201d; Li Wei (liaison): **Don\u2019t know** |",
            "| 2 | **Listening and monitoring** | Whole organization | Ana Ruiz (strategist): **Most or"
                + " all**; Kim Park (analyst): **None**; Li Wei (liaison): **Some**; Sam Roe (analyst):"
                + " **About half** |",
            "| 3 | **Listening and monitoring** | Consumer Electronics | Kim Park (analyst): **None**;"
                + " Sam Roe (analyst): **About half** |"),
        markdownSection(Reports.markdown(c), "## Items for the consensus meeting"));
    Element section = section(parse(Reports.html(c)), "consensus");
    assertEquals("Items for the consensus meeting", firstChildElement(section).getTextContent());
    assertEquals(intro, section.getElementsByTagNameNS(XHTML, "p").item(0).getTextContent());
    NodeList rows =
        ((Element) section.getElementsByTagNameNS(XHTML, "tbody").item(0))
            .getElementsByTagNameNS(XHTML, "tr");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < rows.getLength(); i++) {
      NodeList cells = ((Element) rows.item(i)).getElementsByTagNameNS(XHTML, "td");
      List<String> row = new ArrayList<>();
      for (int j = 0; j < cells.getLength(); j++) {
        row.add(cells.item(j).getTextContent());
      }
      texts.add(String.join(" | ", row));
    }
    assertEquals(
        List.of(
            "1 | Crisis plan and team | Whole organization | Ana Ruiz (strategist): About half"
                + " \u201cPlan <draft> & \"final\"\u201d; Li Wei (liaison): Don\u2019t know",
            "2 | Listening and monitoring | Whole organization | Ana Ruiz (strategist): Most or all;"
                + " Kim Park (analyst): None; Li Wei (liaison): Some; Sam Roe (analyst): About half",
            "3 | Listening and monitoring | Consumer Electronics | Kim Park (analyst): None; Sam Roe"
                + " (analyst): About half"),
        texts);
    // the respondent's note is escaped
    assertTrue(Reports.html(c).contains("\u201cPlan &lt;draft&gt; &amp; &quot;final&quot;\u201d"));
  }

  // -----------------------------------------------------------------------
  private static Element section(Document doc, String id) {
    NodeList sections = doc.getElementsByTagNameNS(XHTML, "section");
    for (int i = 0; i < sections.getLength(); i++) {
      if (((Element) sections.item(i)).getAttribute("id").equals(id)) {
        return (Element) sections.item(i);
      }
    }
    throw new AssertionError("no section " + id);
  }

  private static Element picture(Document doc, String label) {
    NodeList svgs = doc.getElementsByTagNameNS(SVG, "svg");
    for (int i = 0; i < svgs.getLength(); i++) {
      if (((Element) svgs.item(i)).getAttribute("aria-label").equals(label)) {
        return (Element) svgs.item(i);
      }
    }
    throw new AssertionError("no picture " + label);
  }

  private static Element firstChildElement(Element parent) {
    Node n = parent.getFirstChild();
    while (!(n instanceof Element)) {
      n = n.getNextSibling();
    }
    return (Element) n;
  }

  /** A checklist's items as {@code [x] text} or {@code [ ] text}, read from the checkboxes. */
  private static List<String> checklist(Element section) {
    List<String> items = new ArrayList<>();
    NodeList li =
        ((Element) section.getElementsByTagNameNS(XHTML, "ul").item(0))
            .getElementsByTagNameNS(XHTML, "li");
    for (int i = 0; i < li.getLength(); i++) {
      Element box = (Element) ((Element) li.item(i)).getElementsByTagNameNS(XHTML, "input").item(0);
      assertEquals("checkbox", box.getAttribute("type"));
      items.add((box.hasAttribute("checked") ? "[x]" : "[ ]") + li.item(i).getTextContent());
    }
    return items;
  }

  /** The non-blank lines after a Markdown heading, up to the next heading. */
  private static List<String> markdownSection(String md, String heading) {
    List<String> lines = List.of(md.split("\n", -1));
    int start = lines.indexOf(heading);
    assertTrue(start >= 0, heading);
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("#") || line.equals("---")) {
        break;
      }
      if (!line.isBlank()) {
        body.add(line);
      }
    }
    return body;
  }

  static Document parse(String xhtml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
  }

  private static void check(String name, String generated) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("socialbiz.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertEquals(
        expected,
        generated,
        () ->
            "golden file "
                + file
                + " differs; if the change is intended, regenerate with "
                + "./mvnw -B -ntp -pl core test -Dtest=ReportsTest -Dsocialbiz.updateGolden=true and review the diff");
  }
}
