package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Merge;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import io.github.socialbiz.testing.ReportFixtures;
import io.github.socialbiz.testing.SocialBusinessDomain;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The words a client reads (issue #22, section 4): the report's text, less the consultant's appendix of
 * rule references, carries no question id, rule id, option id or constant name, no bare grade after "is
 * at", no level "none" and no practice name capitalized after "Raise". Checked on the samples, on a
 * workshop with "don't know" answers and a report since an earlier assessment, and on generated
 * organizations, so a new section cannot bring them back.
 */
@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
final class ClientWordsTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

  /** What must not reach a client, by name. */
  static final Map<String, Pattern> FORBIDDEN = forbidden();

  private static Map<String, Pattern> forbidden() {
    Map<String, Pattern> m = new LinkedHashMap<>();
    m.put("question id", Pattern.compile("\\bq\\.[a-z]"));
    m.put(
        "rule id",
        Pattern.compile(
            "\\b(stage|level|crisis|accounts|coe|charter|success|model|team|readiness)\\.[a-z]"));
    m.put("option id", Pattern.compile("\\b(dont-know|not-applicable)\\b"));
    m.put("bare grade after 'is at'", Pattern.compile("\\bis at (none|some|half|most)\\b"));
    m.put("constant name", Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b"));
    m.put("level 'none'", Pattern.compile("\\b(from|at|to) none\\b"));
    m.put("capitalized practice after 'Raise'", Pattern.compile("\\bRaise [A-Z][a-z]"));
    return m;
  }

  @Test
  void theSamples_readAsPlainWords() throws Exception {
    for (Organization o : SampleOrganizations.all()) {
      check(ReportContext.of(Assessor.standard().assess(o, DAY)));
    }
  }

  @Test
  void aWorkshopWithDontKnow_andAReportSinceAnEarlierOne_readAsPlainWords() throws Exception {
    Merge m = workshop();
    Assessment now = Assessor.standard().assess(m.organization(), DAY);
    // an earlier assessment that reached no maturity level: "no maturity level yet", never "none"
    Assessment before =
        Assessor.standard()
            .assess(Organization.builder().name("Acme").employees(4_000).build(), DAY);
    assertEquals(Optional.empty(), before.level());
    ReportContext c =
        ReportContext.of(now).withDisagreements(m.disagreements()).withPrevious(before);
    String text = check(c);
    assertTrue(text.contains("don't know") || text.contains("Don\u2019t know"), text);
  }

  @Test
  void aHistoryWithRanges_readsAsPlainWords() throws Exception {
    Organization bluefin = SampleOrganizations.presenceWithoutResponse();
    Organization partly = ReportFixtures.partlyAssessed(bluefin);
    Assessment first = Assessor.standard().assess(partly, LocalDate.of(2026, 1, 31));
    Assessment now = Assessor.standard().assess(bluefin, DAY);
    String text = check(ReportContext.of(now).withHistory(List.of(first)));
    assertTrue(text.contains("no maturity level yet, possibly Foundation"), text);
  }

  @Test
  void theScan_catchesWhatTheIssueFound() {
    // the wordings issue #22 quoted, each caught by one pattern
    List<String> found = new ArrayList<>();
    for (String old :
        List.of(
            "Some (self-reported: \"Ana Ruiz (strategist): some; Ben Okafor: dont-know\")",
            "Employee education is at some",
            "Raise Business-outcome metrics to about half",
            "\u2191 up from none to 2. Safety",
            "| High | `crisis.policy` | Social media policy",
            "ask \u201cIs a sponsor named?\u201d (q.fact.executive-sponsor-named)",
            "declared HUB_AND_SPOKE")) {
      found.add(offences(old).isEmpty() ? "missed: " + old : "caught");
    }
    assertEquals(
        List.of("caught", "caught", "caught", "caught", "caught", "caught", "caught"), found);
  }

  @Property // the default tries: 200 in the build, 10 under mutation testing
  void generatedOrganizations_readAsPlainWords(@ForAll Organization o) throws Exception {
    check(ReportContext.of(Assessor.standard().assess(o, DAY)));
  }

  // -----------------------------------------------------------------------
  /** Checks both formats of a report and returns the Markdown that was scanned. */
  private static String check(ReportContext c) throws Exception {
    String md = withoutAppendix(Reports.markdown(c));
    String html = htmlText(Reports.html(c));
    String name = c.assessment().organization().name();
    assertEquals(List.of(), offences(md), () -> "Markdown of " + name + ":\n" + md);
    assertEquals(List.of(), offences(html), () -> "HTML of " + name + ":\n" + html);
    return md;
  }

  private static List<String> offences(String text) {
    List<String> found = new ArrayList<>();
    FORBIDDEN.forEach(
        (what, p) -> {
          Matcher m = p.matcher(text);
          while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            int to = Math.min(text.length(), m.end() + 40);
            found.add(what + ": ..." + text.substring(from, to).replace('\n', ' ') + "...");
          }
        });
    return found;
  }

  /** The Markdown less the consultant's appendix, which holds the ids on purpose. */
  private static String withoutAppendix(String md) {
    int at = md.indexOf("\n## Rule references\n");
    if (at < 0) {
      return md;
    }
    int next = md.indexOf("\n## ", at + 1);
    int foot = md.lastIndexOf("\n---\n");
    int end = next >= 0 ? next : (foot > at ? foot : md.length());
    return md.substring(0, at) + md.substring(end);
  }

  /** The HTML page's text, less the appendix section and the page's style and script. */
  private static String htmlText(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    for (String tag : List.of("style", "script")) {
      NodeList n = doc.getElementsByTagNameNS(XHTML, tag);
      for (int i = n.getLength() - 1; i >= 0; i--) {
        n.item(i).getParentNode().removeChild(n.item(i));
      }
    }
    NodeList sections = doc.getElementsByTagNameNS(XHTML, "section");
    for (int i = sections.getLength() - 1; i >= 0; i--) {
      Element s = (Element) sections.item(i);
      if (s.getAttribute("id").equals("references")) {
        s.getParentNode().removeChild(s);
      }
    }
    return doc.getDocumentElement().getTextContent();
  }

  /** Three respondents, two of them with "don't know", one for a unit. */
  private static Merge workshop() {
    Organization acme =
        Organization.builder()
            .name("Acme")
            .employees(4_000)
            .addBusinessUnits(BusinessUnit.of("Cloud"))
            .build();
    return Responses.merge(
        Questionnaire.standard(),
        List.of(
            Response.of(
                Respondent.of("Ana Ruiz", "strategist"),
                DAY,
                List.of(
                    Answer.of("q.listening", "most"),
                    Answer.of("q.crisis-plan", "half"),
                    Answer.of("q.employee-education", "some"),
                    Answer.of("q.fact.executive-sponsor-named", "yes"))),
            Response.of(
                Respondent.of("Ben Okafor", "customer care lead"),
                DAY,
                List.of(
                    Answer.of("q.listening", "dont-know"),
                    Answer.of("q.crisis-plan", "dont-know"),
                    Answer.of("q.employee-education", "none"),
                    Answer.of("q.fact.executive-sponsor-named", "dont-know"))),
            Response.of(
                Respondent.of("Li Wei", "liaison", "Cloud"),
                DAY,
                List.of(Answer.of("q.listening", "some"), Answer.of("q.funding", "most")))),
        acme);
  }
}
