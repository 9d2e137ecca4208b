package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.assessment.Roadmap;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.responses.Disagreement;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.testing.ReportFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
    String summary = "h2 summary Executive summary";
    String standing = "h2 standing Where the organization stands";
    String scores = "h2 scores Scores by dimension";
    String model = "h2 model Organizational model";
    String findings = "h2 findings Findings";
    String benchmarks = "h2 benchmarks Against the published surveys";
    String evidence = "h2 evidence Evidence notes";
    String references = "h2 references Rule references";
    return Stream.of(
        Arguments.of(
            SampleOrganizations.listeningPilot(),
            List.of(
                summary,
                standing,
                "h3 stage-gate Gate to the next stage: Presence",
                "h3 level-gate Gap to the next maturity level: Foundation",
                scores,
                model,
                findings,
                "h2 roadmap Roadmap to Presence",
                "h3 phase-1 Phase 1: open Presence",
                benchmarks,
                evidence,
                references)),
        Arguments.of(
            SampleOrganizations.presenceWithoutResponse(),
            List.of(
                summary,
                standing,
                "h3 stage-gate Gate to the next stage: Engagement",
                "h3 level-gate Gap to the next maturity level: Safety",
                scores,
                model,
                findings,
                "h2 roadmap Roadmap to Engagement",
                "h3 phase-1 Phase 1: open Engagement",
                benchmarks,
                evidence,
                references)),
        Arguments.of(
            SampleOrganizations.multinational(),
            List.of(
                summary,
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
                evidence,
                references)));
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
          Integer.toString(i + 1),
          row.getElementsByTagNameNS(XHTML, "td").item(0).getTextContent());
      assertEquals(
          a.findings().get(i).message(),
          row.getElementsByTagNameNS(XHTML, "td").item(2).getTextContent());
      // no id on the client's pages: the rule is in the consultant's appendix, by number
      assertEquals(0, row.getElementsByTagNameNS(XHTML, "code").getLength());
    }
    NodeList references =
        ((Element)
                section(parse(Reports.html(a)), "references")
                    .getElementsByTagNameNS(XHTML, "tbody")
                    .item(0))
            .getElementsByTagNameNS(XHTML, "tr");
    for (int i = 0; i < findings; i++) {
      Element row = (Element) references.item(i);
      assertEquals(
          Integer.toString(i + 1),
          row.getElementsByTagNameNS(XHTML, "td").item(0).getTextContent());
      assertEquals(
          a.findings().get(i).ruleId(),
          row.getElementsByTagNameNS(XHTML, "code").item(0).getTextContent());
    }
    List<String> table =
        markdownSection(Reports.markdown(a), "## Findings").stream()
            .filter(l -> l.startsWith("|"))
            .toList();
    assertEquals("| No. | Severity | Finding | Recommendation | Source |", table.get(0));
    assertEquals("|---|---|---|---|---|", table.get(1));
    assertEquals(findings + 2, table.size());
    List<String> appendix =
        markdownSection(Reports.markdown(a), "## Rule references").stream()
            .filter(l -> l.startsWith("|"))
            .toList();
    // the samples leave nothing to verify: no column of question ids
    assertEquals(List.of(), a.unverified());
    assertEquals("| No. | Rule |", appendix.get(0));
    for (int i = 0; i < findings; i++) {
      assertTrue(
          table
              .get(i + 2)
              .startsWith(
                  "| " + (i + 1) + " | " + SEVERITY.get(a.findings().get(i).severity()) + " | "),
          table.get(i + 2));
      assertEquals(
          "| " + (i + 1) + " | `" + a.findings().get(i).ruleId() + "` |", appendix.get(i + 2));
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
    boolean inFindings = false;
    for (String line : Reports.markdown(a).split("\n", -1)) {
      if (line.startsWith("## ")) {
        inFindings = line.equals("## Findings");
      }
      String[] cells = line.split("(?<!\\\\)\\|", -1);
      if (inFindings && line.matches("\\| [0-9]+ \\|.*")) {
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
    assertEquals("Executive summary", h2.item(0).getTextContent());
    assertEquals("Where the organization stands", h2.item(1).getTextContent());
    assertEquals("Roadmap to Strategic", h2.item(5).getTextContent());
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
            .coe(CenterOfExcellence.builder().sponsor("Chief Operating Officer").build())
            .build();
    // nothing of Presence is assessed: its gate is not verified, which is no gap
    String sentence =
        "Ahead of the ladder: the gate of Formalized is met while the gate of Presence is not"
            + " verified.";
    assertTrue(Reports.markdown(assess(ahead)).contains(sentence));
    assertTrue(Reports.html(assess(ahead)).contains(sentence));
    // with listening known to be below the Presence gate, that gate has a gap
    Organization behind = ahead.withEvidence(Practice.LISTENING, Adoption.NONE);
    assertTrue(
        Reports.markdown(assess(behind))
            .contains(
                "Ahead of the ladder: the gate of Formalized is met while gaps remain at"
                    + " Presence."));
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
            "- **Stage:** 1. Planning (proven), possibly 2. Presence: 32 practices not yet"
                + " assessed\n"),
        md);
    assertTrue(
        md.contains(
            "- **Evidence:** 4 of 36 practices in scope assessed (11%); grades resting on 1"
                + " artifact checked, 1 interview, 2 self-reports\n"),
        md);
    // Engagement: listening about half (0.5), four practices not assessed: (0.5 + 0) / 5 to (0.5 +
    // 4) / 5
    assertTrue(
        md.contains("| Engagement | 0.10 to 0.90 | 0.00 to 0.50 | at least 0.15 | 0 | 4 |\n"), md);
    assertTrue(
        md.contains("- Assess official presence first: find out whether it reaches some "), md);
    Element radar = picture(parse(Reports.html(a)), Radar.LABEL);
    assertTrue(
        radar.getTextContent().contains("Engagement 0.10 to 0.90 (4 not assessed)"),
        radar.getTextContent());
    // a complete assessment says nothing of what is possible
    assertFalse(Reports.markdown(assess(SampleOrganizations.multinational())).contains("possibly"));
  }

  @Test
  void markdown_startsWithTheSummaryAndQuotesEvidence() {
    String md = Reports.markdown(assess(SampleOrganizations.multinational()));
    assertTrue(
        md.startsWith(
            "# Social business assessment: Globex Industries\n\nAs of 2026-06-30. 120,000 employees, 3 business units, 178 social accounts.\n\n## Executive summary\n"),
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
  void evidenceSection_appearsForNotesScopeOrPracticesNotAssessed() {
    Organization none = Organization.builder().name("Plain").employees(20).build();
    Organization scoped =
        Organization.builder()
            .name("Scoped")
            .employees(20)
            .addOutOfScope(Practice.REAL_TIME_RESPONSE)
            .build();
    assertFalse(Reports.markdown(assess(complete(none))).contains("## Evidence notes"));
    assertFalse(Reports.html(assess(complete(none))).contains("id=\"evidence\""));
    // practices not assessed are listed there too: nothing assessed lists all 36
    assertTrue(
        Reports.markdown(assess(none))
            .contains(
                "## Evidence notes\n\n- Not assessed yet, neither met nor unmet (each has a question"
                    + " in the questionnaire): Business goals, Long-term vision, "),
        Reports.markdown(assess(none)));
    assertTrue(
        Reports.markdown(assess(scoped))
            .contains(
                "## Evidence notes\n\n- Out of scope, not counted as met: Real-time response\n"));
    assertTrue(Reports.html(assess(scoped)).contains("id=\"evidence\""));
  }

  /** The organization with every practice in scope that it does not grade graded none. */
  private static Organization complete(Organization o) {
    Organization done = o;
    for (Practice p : o.notAssessed()) {
      done = done.withEvidence(p, Adoption.NONE);
    }
    return done;
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
            "| No. | Practice | Where | Answers |",
            "|---|---|---|---|",
            "| 1 | **Crisis plan and team** | Whole organization | Ana Ruiz (strategist): **About half**"
                + " \u201cPlan \\<draft\\> & \"final\"\u201d; Li Wei (liaison): **Don\u2019t know** |",
            // Kim Park and Sam Roe answer for Consumer Electronics alone
            "| 2 | **Listening and monitoring** | Whole organization | Ana Ruiz (strategist): **Most or"
                + " all**; Li Wei (liaison): **Some** |",
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
                + " Li Wei (liaison): Some",
            "3 | Listening and monitoring | Consumer Electronics | Kim Park (analyst): None; Sam Roe"
                + " (analyst): About half"),
        texts);
    // the respondent's note is escaped
    assertTrue(Reports.html(c).contains("\u201cPlan &lt;draft&gt; &amp; &quot;final&quot;\u201d"));
  }

  @Test
  void summary_globex_firstSectionInBothFormats() throws Exception {
    Assessment globex = assess(SampleOrganizations.multinational());
    List<String> expected =
        List.of(
            "- **Stage:** 4. Formalized (proven)",
            "- **Maturity level:** 3. Formation (proven)",
            "- **Overall score:** 0.60 of 1.00 (weakest link 0.25)",
            "- **Evidence:** 36 of 36 practices in scope assessed (100%); grades resting on 4"
                + " artifacts checked, 3 interviews, 29 self-reports",
            "- **Findings:** 12 (2 high or critical)",
            "- **Items to verify:** 0",
            "| Dimension | Mean | Weakest |",
            "|---|---|---|",
            "| Strategy | 0.70 | 0.50 |",
            "| Governance | 0.57 | 0.25 |",
            "| Organization | 0.59 | 0.25 |",
            "| Process | 0.55 | 0.25 |",
            "| Education | 0.50 | 0.50 |",
            "| Engagement | 0.75 | 0.25 |",
            "| Measurement | 0.50 | 0.25 |",
            "**The 5 gaps that matter most** (gate criteria to the next stage first, then to the next"
                + " maturity level, then findings from the most severe):",
            "| No. | Gap | Why it ranks here |",
            "|---|---|---|",
            "| 1 | Business-outcome metrics: at least about half | Gate to the next stage, Strategic |",
            "| 2 | Employee education: at least most or all | Gap to the next level, Enablement |",
            "| 3 | 6 accounts have no owner | High finding |",
            "| 4 | 178 accounts without account governance in place | High finding |",
            "| 5 | Business units without a liaison: Healthcare Devices | Medium finding |");
    String md = Reports.markdown(globex);
    assertEquals(expected, markdownSection(md, "## Executive summary"));
    assertTrue(md.indexOf("## Executive summary") < md.indexOf("## Where the organization stands"));
    Element summary = section(parse(Reports.html(globex)), "summary");
    assertEquals("Executive summary", firstChildElement(summary).getTextContent());
    NodeList tables = summary.getElementsByTagNameNS(XHTML, "table");
    assertEquals(2, tables.getLength());
    assertEquals(
        "5Business units without a liaison: Healthcare DevicesMedium finding",
        ((Element) tables.item(1)).getElementsByTagNameNS(XHTML, "tr").item(5).getTextContent());
  }

  @Test
  void summary_harbor_levelNotYetReached_andNoFindingBeforeTheGates() {
    List<String> lines =
        markdownSection(
            Reports.markdown(assess(SampleOrganizations.listeningPilot())), "## Executive summary");
    assertEquals("- **Maturity level:** not yet at 1. Foundation", lines.get(1));
    assertEquals(
        List.of(
            "| 1 | Readiness and competitive audits: at least some | Gate to the next stage,"
                + " Presence |",
            "| 2 | Official presence: at least some | Gate to the next stage, Presence |",
            "| 3 | Business goals: at least about half | Gap to the next level, Foundation |",
            "| 4 | Social media policy: at least about half | Gap to the next level, Foundation |",
            "| 5 | Employee education: at least some | Gap to the next level, Foundation |"),
        lines.subList(lines.size() - 5, lines.size()));
  }

  /**
   * The gaps: the next stage's unmet criteria, then the next level's, then the findings from the most
   * severe, leaving out informational findings and those of the gates' own rules (the gate says it).
   */
  @ParameterizedTest
  @MethodSource("samples")
  void gaps_gatesFirstThenFindingsBySeverity_withoutTheGatesOwnFindings(Organization o) {
    Assessment a = assess(o);
    List<Overview.Gap> expected = new ArrayList<>();
    List<String> gateIds = new ArrayList<>();
    for (var gate : List.of(a.stageGate().orElseThrow(), a.levelGate().orElseThrow())) {
      String why =
          (gate == a.stageGate().orElseThrow()
                  ? "Gate to the next stage, "
                  : "Gap to the next level, ")
              + gate.rung().displayName();
      gate.unmet().forEach(c -> expected.add(new Overview.Gap(c.description(), why)));
      gate.met().forEach(c -> gateIds.add(c.id()));
      gate.unmet().forEach(c -> gateIds.add(c.id()));
    }
    for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
      a.findings().stream()
          .filter(f -> f.severity() == s && !gateIds.contains(f.ruleId()))
          .forEach(f -> expected.add(new Overview.Gap(f.message(), SEVERITY.get(s) + " finding")));
    }
    assertEquals(expected.subList(0, 5), Overview.gaps(a));
    // the samples' gates do have findings of their own, which the gaps leave out
    assertTrue(a.findings().stream().anyMatch(f -> gateIds.contains(f.ruleId())));
  }

  @ParameterizedTest
  @CsvSource({
    "0.1, \u2191 up 0.10",
    "0.154, \u2191 up 0.15",
    "-0.05, \u2193 down 0.05",
    "-0.0833, \u2193 down 0.08",
    "0.004, \u2192 unchanged",
    "-0.004, \u2192 unchanged",
    "0, \u2192 unchanged"
  })
  void trend_anArrowAndAWord(double delta, String expected) {
    assertEquals(expected, Changes.trend(delta));
  }

  @Test
  void summaryAndSince_bluefinWithContext_exactInMarkdown() {
    String md =
        Reports.markdown(ReportFixtures.context(SampleOrganizations.presenceWithoutResponse()));
    List<String> summary = markdownSection(md, "## Executive summary");
    assertEquals(
        "- **Overall score:** 0.14 of 1.00 (weakest link 0.00), \u2192 unchanged since 2026-03-31",
        summary.get(2));
    assertEquals(
        List.of(
            "| Dimension | Mean | Weakest | Trend since 2026-03-31 |",
            "|---|---|---|---|",
            "| Strategy | 0.20 | 0.00 | \u2192 unchanged |",
            "| Governance | 0.21 | 0.00 | \u2192 unchanged |",
            "| Organization | 0.03 | 0.00 | \u2192 unchanged |",
            "| Process | 0.05 | 0.00 | \u2192 unchanged |",
            "| Education | 0.08 | 0.00 | \u2192 unchanged |",
            "| Engagement | 0.30 | 0.00 | \u2191 up 0.05 |",
            "| Measurement | 0.08 | 0.00 | \u2193 down 0.08 |"),
        summary.subList(6, 15));
    assertEquals(
        List.of(
            "**Top disagreements** (those about the next gates first; every answer in full under"
                + " Items for the consensus meeting):",
            "- **Crisis plan and team** (whole organization): Ana Ruiz: About half; Li Wei:"
                + " Don\u2019t know",
            "- **Listening and monitoring** (whole organization): Ana Ruiz: Most or all; Li Wei:"
                + " Some"),
        summary.subList(summary.size() - 3, summary.size()));
    assertEquals(
        List.of(
            "- **Stage:** \u2191 up from 1. Planning to 2. Presence",
            "- **Maturity level:** unchanged at 1. Foundation",
            "- **Overall score:** 0.14 then, 0.14 now: \u2192 unchanged",
            "| Dimension | Then | Now | Trend |",
            "|---|---|---|---|",
            "| Strategy | 0.20 | 0.20 | \u2192 unchanged |",
            "| Governance | 0.21 | 0.21 | \u2192 unchanged |",
            "| Organization | 0.03 | 0.03 | \u2192 unchanged |",
            "| Process | 0.05 | 0.05 | \u2192 unchanged |",
            "| Education | 0.08 | 0.08 | \u2192 unchanged |",
            "| Engagement | 0.25 | 0.30 | \u2191 up 0.05 |",
            "| Measurement | 0.17 | 0.08 | \u2193 down 0.08 |",
            "**Criteria newly met:** 1.",
            "- Presence: Listening and monitoring: at least about half",
            "**Criteria no longer met:** none.",
            "**Findings resolved:** 1.",
            "- Medium: The Presence gate needs listening and monitoring: at least about half;"
                + " Listening and monitoring: Some (self-reported)",
            // the Engagement gate's findings failed a quarter ago too, when that gate was not next
            "**New findings:** none.",
            "**Roadmap actions completed:** 1.",
            "- Raise listening and monitoring to about half of the organization"),
        markdownSection(md, "## Since last time: 2026-03-31 to 2026-06-30"));
  }

  @Test
  void since_globex_criteriaNoLongerMet_andTheSameAssessment_changesNothing() {
    Organization globex = SampleOrganizations.multinational();
    String md = Reports.markdown(ReportFixtures.context(globex));
    List<String> since = markdownSection(md, "## Since last time: 2026-03-31 to 2026-06-30");
    assertEquals("- **Stage:** \u2191 up from 3. Engagement to 4. Formalized", since.get(0));
    int lost = since.indexOf("**Criteria no longer met:** 1.");
    assertEquals(
        "- Enlightenment: Customer-insight integration: at least about half", since.get(lost + 1));
    Assessment a = assess(globex);
    List<String> same =
        markdownSection(
            Reports.markdown(ReportContext.of(a).withPrevious(a)),
            "## Since last time: 2026-06-30 to 2026-06-30");
    assertEquals(
        List.of(
            "- **Stage:** unchanged at 4. Formalized",
            "- **Maturity level:** unchanged at 3. Formation",
            "- **Overall score:** 0.60 then, 0.60 now: \u2192 unchanged"),
        same.subList(0, 3));
    assertEquals(
        List.of(
            "**Criteria newly met:** none.",
            "**Criteria no longer met:** none.",
            "**Findings resolved:** none.",
            "**New findings:** none.",
            "**Roadmap actions completed:** none."),
        same.subList(same.size() - 5, same.size()));
  }

  @Test
  void summary_topDisagreements_aboutTheNextGatesFirst_atMostThree() {
    Organization bluefin = SampleOrganizations.presenceWithoutResponse();
    Assessment a = assess(bluefin);
    List<Disagreement> d = ReportFixtures.disagreements(bluefin);
    // listening first as given; crisis plan, read by the Safety gate, still comes first
    List<Disagreement> listeningFirst = List.of(d.get(1), d.get(0));
    assertEquals(
        List.of(Practice.CRISIS_PLAN, Practice.LISTENING),
        Overview.topDisagreements(a, listeningFirst).stream().map(x -> x.practice()).toList());
    List<Disagreement> four = List.of(d.get(1), d.get(0), d.get(1), d.get(1));
    List<String> summary =
        markdownSection(
            Reports.markdown(ReportContext.of(a).withDisagreements(four)), "## Executive summary");
    assertEquals(
        List.of(
            "**Top disagreements** (those about the next gates first; 1 more, and every answer in"
                + " full under Items for the consensus meeting):",
            "- **Crisis plan and team** (whole organization): Ana Ruiz: About half; Li Wei:"
                + " Don\u2019t know",
            "- **Listening and monitoring** (whole organization): Ana Ruiz: Most or all; Li Wei:"
                + " Some",
            "- **Listening and monitoring** (whole organization): Ana Ruiz: Most or all; Li Wei:"
                + " Some"),
        summary.subList(summary.size() - 4, summary.size()));
  }

  /** On a narrow screen a table scrolls in its wrapper, never the page: every table has one. */
  @ParameterizedTest
  @MethodSource("samples")
  void html_everyTableSitsInAScrollingWrapper(Organization o) throws Exception {
    Document doc = parse(Reports.html(ReportFixtures.context(o)));
    NodeList tables = doc.getElementsByTagNameNS(XHTML, "table");
    assertTrue(tables.getLength() >= 5);
    for (int i = 0; i < tables.getLength(); i++) {
      Element parent = (Element) tables.item(i).getParentNode();
      assertEquals("div table", parent.getLocalName() + " " + parent.getAttribute("class"));
    }
  }

  /** Globex with a previous assessment and disagreements (of the whole organization and of a unit). */
  @Test
  void context_matchesGoldenFiles() throws IOException {
    Organization o = SampleOrganizations.multinational();
    ReportContext c = ReportFixtures.context(o);
    check(slug(o) + "-context.md", Reports.markdown(c));
    check(slug(o) + "-context.html", Reports.html(c));
  }

  /**
   * Bluefin over three assessments, the first two with only ten practices assessed: the "Over time"
   * section with its chart (a range drawn as a dashed line over the proven one) and its table.
   */
  @Test
  void history_matchesGoldenFiles() throws IOException {
    Organization bluefin = SampleOrganizations.presenceWithoutResponse();
    Organization partly = ReportFixtures.partlyAssessed(bluefin);
    Assessment first = Assessor.standard().assess(partly, LocalDate.of(2026, 1, 31));
    Assessment second = Assessor.standard().assess(partly, LocalDate.of(2026, 3, 31));
    Assessment now = Assessor.standard().assess(bluefin, LocalDate.of(2026, 6, 30));
    ReportContext c = ReportContext.of(now).withHistory(List.of(first, second));
    check("bluefin-foods-history.md", Reports.markdown(c));
    check("bluefin-foods-history.html", Reports.html(c));
  }

  // -----------------------------------------------------------------------
  static Element section(Document doc, String id) {
    NodeList sections = doc.getElementsByTagNameNS(XHTML, "section");
    for (int i = 0; i < sections.getLength(); i++) {
      if (((Element) sections.item(i)).getAttribute("id").equals(id)) {
        return (Element) sections.item(i);
      }
    }
    throw new AssertionError("no section " + id);
  }

  static Element picture(Document doc, String label) {
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

  /**
   * A checklist's items as {@code [x] text}, {@code [ ] text} or {@code [?] text}, read from the
   * checkboxes and the not-verified marks.
   */
  static List<String> checklist(Element section) {
    List<String> items = new ArrayList<>();
    NodeList li =
        ((Element) section.getElementsByTagNameNS(XHTML, "ul").item(0))
            .getElementsByTagNameNS(XHTML, "li");
    for (int i = 0; i < li.getLength(); i++) {
      Element item = (Element) li.item(i);
      if (item.getAttribute("class").equals("unverified")) {
        // not verified: no checkbox, but a mark of its own, "?"
        assertEquals(0, item.getElementsByTagNameNS(XHTML, "input").getLength());
        Element mark = (Element) item.getElementsByTagNameNS(XHTML, "span").item(0);
        assertEquals("mark ?", mark.getAttribute("class") + " " + mark.getTextContent());
        items.add("[?]" + item.getTextContent().substring(1));
        continue;
      }
      Element box = (Element) item.getElementsByTagNameNS(XHTML, "input").item(0);
      assertEquals("checkbox", box.getAttribute("type"));
      items.add((box.hasAttribute("checked") ? "[x]" : "[ ]") + item.getTextContent());
    }
    return items;
  }

  /** The non-blank lines after a Markdown heading, up to the next heading. */
  static List<String> markdownSection(String md, String heading) {
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
