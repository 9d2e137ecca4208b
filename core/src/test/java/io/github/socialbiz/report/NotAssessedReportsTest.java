package io.github.socialbiz.report;

import static io.github.socialbiz.report.ReportsTest.checklist;
import static io.github.socialbiz.report.ReportsTest.markdownSection;
import static io.github.socialbiz.report.ReportsTest.parse;
import static io.github.socialbiz.report.ReportsTest.picture;
import static io.github.socialbiz.report.ReportsTest.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Platform;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Exact text of the reports when a respondent answers "don't know": an unknown is never a "no", a
 * "none", an unchecked box, a finding or a zero, in Markdown and HTML alike. Each organization here is
 * Harbor Credit Union as one respondent, Ana, describes it: her answers give Harbor's grades, but "don't
 * know" to the questions named.
 */
final class NotAssessedReportsTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private static final String INVENTORY_QUESTION =
      "\u201cHow many of the organization's social accounts are on one maintained list that names"
          + " their owners?\u201d";

  /**
   * Harbor Credit Union through the questionnaire: Ana answers each practice's first standard question
   * with Harbor's grade ("not applicable", with a reason, for a practice out of scope), but "don't
   * know" for {@code unknown}.
   */
  private static Organization harborWithDontKnow(Set<Practice> unknown) {
    Organization harbor = SampleOrganizations.listeningPilot();
    List<Answer> answers = new ArrayList<>();
    for (Practice p : Practice.values()) {
      String question = Questionnaire.standard().questionsFor(p).get(0).id();
      if (unknown.contains(p)) {
        answers.add(Answer.of(question, AnswerOption.DONT_KNOW));
      } else if (!harbor.isInScope(p)) {
        answers.add(Answer.notApplicable(question, "No such service at Harbor"));
      } else {
        answers.add(
            Answer.of(question, AnswerOption.idOf(harbor.grade(p).adoption().orElseThrow())));
      }
    }
    Response ana =
        Response.of(Respondent.of("Ana Ruiz", "strategist"), SampleOrganizations.AS_OF, answers);
    return Responses.merge(Questionnaire.standard(), List.of(ana), harbor).organization();
  }

  private static Assessment assess(Organization o) {
    return Assessor.standard().assess(o, SampleOrganizations.AS_OF);
  }

  /** The text of each {@code li} of a section of the page, in order. */
  private static List<String> items(Document doc, String id) {
    List<String> items = new ArrayList<>();
    NodeList li = section(doc, id).getElementsByTagNameNS(XHTML, "li");
    for (int i = 0; i < li.getLength(); i++) {
      items.add(li.item(i).getTextContent());
    }
    return items;
  }

  /** The cells of each body row of a section's first table, joined by " | ". */
  private static List<String> rows(Document doc, String id) {
    List<String> rows = new ArrayList<>();
    Element tbody = (Element) section(doc, id).getElementsByTagNameNS(XHTML, "tbody").item(0);
    NodeList tr = tbody.getElementsByTagNameNS(XHTML, "tr");
    for (int i = 0; i < tr.getLength(); i++) {
      NodeList td = ((Element) tr.item(i)).getElementsByTagNameNS(XHTML, "td");
      List<String> cells = new ArrayList<>();
      for (int j = 0; j < td.getLength(); j++) {
        cells.add(td.item(j).getTextContent());
      }
      rows.add(String.join(" | ", cells));
    }
    return rows;
  }

  // -----------------------------------------------------------------------
  /**
   * Ana answered "don't know" on the account inventory: no "✖ No, not among the 49%", no finding that the
   * inventory is not maintained; the benchmark asks, and the rule is an item to verify.
   */
  @Test
  void accountInventoryNotAssessed_benchmarkAsks_andTheRuleIsAnItemToVerify() throws Exception {
    Organization o = harborWithDontKnow(Set.of(Practice.ACCOUNT_INVENTORY));
    assertFalse(o.isAssessed(Practice.ACCOUNT_INVENTORY));
    Assessment a = assess(o);
    String md = Reports.markdown(a);
    String html = Reports.html(a);
    for (String report : List.of(md, html)) {
      assertFalse(report.contains("\u2716 No, not among the 49%"), report);
      assertFalse(
          report.contains("The account inventory is not maintained across the organization"),
          report);
    }
    String benchmark =
        "? Not assessed: account inventory decides whether the organization is among those that have"
            + " taken an inventory of their accounts; ask "
            + INVENTORY_QUESTION;
    assertTrue(
        md.contains(
            "\n- "
                + benchmark
                + " (Owyang 2012, \"Key findings (as reported by e-strategyblog)\" \\[single source\\],"
                + " 2011)\n"),
        md);
    assertTrue(
        md.contains(
            "\n- **Items to verify:** 1 (not findings; each with its question under"
                + " Items to verify)\n"),
        md);
    assertEquals(
        List.of(
            "1 rule could not tell, because what it reads is not assessed. These are not findings: no"
                + " finding count or severity includes them. Ask each question to settle them;"
                + " \u201cIf it fails\u201d is the severity a failure would have.",
            "| No. | If it fails | Not verified | Ask | Source |",
            "|---|---|---|---|---|",
            "| V1 | Low | Not verified: account inventory: at least about half | "
                + INVENTORY_QUESTION
                + " | Owyang 2012, \"Recommended steps, step 1\" \\[corroborated\\] |"),
        markdownSection(md, "## Items to verify"));
    assertEquals(
        1,
        md.split("`accounts.inventory`", -1).length - 1,
        "the rule appears once: in the appendix");
    assertTrue(
        markdownSection(md, "## Rule references")
            .contains("| V1 | `accounts.inventory` | q.account-inventory |"),
        md);

    Document doc = parse(html);
    assertTrue(
        items(doc, "benchmarks")
            .contains(
                benchmark
                    + " (Owyang 2012, \"Key findings (as reported by e-strategyblog)\" [single"
                    + " source], 2011)"),
        () -> items(doc, "benchmarks").toString());
    assertEquals(
        List.of(
            "V1 | Low | Not verified: account inventory: at least about half | "
                + INVENTORY_QUESTION
                + " | Owyang 2012, \"Recommended steps, step 1\" [corroborated]"),
        rows(doc, "to-verify"));
    assertTrue(
        rows(doc, "findings").stream().noneMatch(r -> r.contains("accounts.inventory")),
        () -> rows(doc, "findings").toString());
    // Governance: policy and access some (0.25 each), four practices none, the inventory unknown
    assertEquals(
        "| Governance | 0.07 to 0.21 | 0.00 |",
        markdownSection(md, "## Executive summary").stream()
            .filter(l -> l.startsWith("| Governance "))
            .findFirst()
            .orElseThrow());
    assertTrue(
        picture(doc, Radar.LABEL)
            .getTextContent()
            .contains("Governance 0.07 to 0.21 (1 not assessed)"));
  }

  /**
   * Ana answered "don't know" to every question: no "0.00 of 1.00" and no weakest link "0.00" as facts,
   * but the ranges from what is proven to what is possible.
   */
  @Test
  void theOpeningLine_neverCountsWhatNobodyRecorded() {
    Organization blank = Organization.builder().name("Blank").employees(2_000).build();
    String md = Reports.markdown(assess(blank));
    assertTrue(
        md.contains(
            "\nAs of 2026-06-30. 2,000 employees, no business units listed, no account inventory.\n"),
        md);
    assertTrue(
        md.contains("\n- **Organizational model:** not declared; the evidence supports "), md);
    // one gap, in the singular
    assertTrue(md.contains("\n**The 1 gap that matters most** (gate criteria"), md);
    Organization one =
        Organization.builder()
            .name("One")
            .employees(2_000)
            .regulated(false)
            .addBusinessUnits(BusinessUnit.builder().name("Retail").build())
            .addAccounts(SocialAccount.of(Platform.LINKEDIN, "one", LocalDate.of(2025, 1, 6)))
            .build();
    assertTrue(
        Reports.markdown(assess(one))
            .contains("\nAs of 2026-06-30. 2,000 employees, 1 business unit, 1 social account.\n"));
  }

  @Test
  void nothingAssessed_scoresAreRangesFromZeroToOne_neverZero() throws Exception {
    Organization o = harborWithDontKnow(Set.of(Practice.values()));
    assertEquals(36, o.notAssessed().size());
    Assessment a = assess(o);
    String md = Reports.markdown(a);
    String html = Reports.html(a);
    for (String report : List.of(md, html)) {
      assertFalse(report.contains("0.00 of 1.00"), report);
      assertFalse(report.contains("weakest link 0.00)"), report);
      assertFalse(report.contains("weakest link 0.00;"), report);
    }
    assertTrue(
        md.contains(
            "\n- **Overall score:** 0.00 to 1.00 of 1.00 (weakest link 0.00 to 1.00; 36 practices"
                + " not assessed)\n"),
        md);
    assertTrue(
        md.contains(
            "\n- **Overall score:** 0.00 to 1.00 (weakest link 0.00 to 1.00; 36 practices not"
                + " assessed)\n"),
        md);
    assertEquals(
        List.of(
            "| Dimension | Mean | Weakest |",
            "|---|---|---|",
            "| Strategy | 0.00 to 1.00 | 0.00 to 1.00 |",
            "| Governance | 0.00 to 1.00 | 0.00 to 1.00 |",
            "| Organization | 0.00 to 1.00 | 0.00 to 1.00 |",
            "| Process | 0.00 to 1.00 | 0.00 to 1.00 |",
            "| Education | 0.00 to 1.00 | 0.00 to 1.00 |",
            "| Engagement | 0.00 to 1.00 | 0.00 to 1.00 |",
            "| Measurement | 0.00 to 1.00 | 0.00 to 1.00 |",
            "A score shown as a range runs from what the known evidence proves (each practice not"
                + " assessed taken at the bottom of the scale) to what is still possible (taken at"
                + " the top); 36 practices in scope are not assessed."),
        markdownSection(md, "## Executive summary").subList(6, 16));
    assertTrue(
        markdownSection(md, "## Scores by dimension")
            .contains("| Process | 0.00 to 1.00 | 0.00 to 1.00 | at least 0.00 | 0 | 5 |"),
        md);
    Document doc = parse(html);
    assertEquals(
        "Overall score: 0.00 to 1.00 of 1.00 (weakest link 0.00 to 1.00; 36 practices not"
            + " assessed)",
        items(doc, "summary").get(2));
    Element radar = picture(doc, Radar.LABEL);
    assertTrue(radar.getTextContent().contains("Strategy 0.00 to 1.00 (5 not assessed)"));
    assertTrue(
        radar
            .getTextContent()
            .contains("Still possible: practices not assessed taken at the top of the scale"));
    assertTrue(radar.getTextContent().contains("Proven now"));
  }

  /**
   * A quarter ago Ana did not know about the account inventory; now every practice is assessed. The
   * summary states no trend from the range of then: the difference of low ends would be no fact.
   */
  @Test
  void previousWithPracticesNotAssessed_summaryStatesNoTrendFromARange() {
    Assessment then =
        Assessor.standard()
            .assess(
                harborWithDontKnow(Set.of(Practice.ACCOUNT_INVENTORY)), LocalDate.of(2026, 3, 31));
    Assessment now = assess(harborWithDontKnow(Set.of()));
    List<String> summary =
        markdownSection(
            Reports.markdown(ReportContext.of(now).withPrevious(then)), "## Executive summary");
    assertEquals(
        "- **Overall score:** 0.04 of 1.00 (weakest link 0.00), trend since 2026-03-31 not stated:"
            + " practices not assessed (1 practice assessed for the first time)",
        summary.get(2));
    assertEquals(
        List.of(
            "| Dimension | Mean | Weakest | Trend since 2026-03-31 |",
            "|---|---|---|---|",
            "| Strategy | 0.10 | 0.00 | \u2192 unchanged |",
            "| Governance | 0.07 | 0.00 | not stated: practices not assessed |",
            "| Organization | 0.00 | 0.00 | \u2192 unchanged |"),
        summary.subList(6, 11));
  }

  /**
   * Ana answered "don't know" on the readiness audit, a criterion of the gate to Presence: it shows as
   * not verified with its question, neither met nor unmet, and nothing says to raise it.
   */
  @Test
  void gateCriterionNotAssessed_notVerifiedWithItsQuestion_andNoRaise() throws Exception {
    Organization o = harborWithDontKnow(Set.of(Practice.READINESS_AUDIT));
    Assessment a = assess(o);
    String md = Reports.markdown(a);
    String html = Reports.html(a);
    String criterion =
        "Readiness and competitive audits: at least some; not verified: ask \u201cHow much of the"
            + " business has a written audit of its readiness for social, set against what"
            + " competitors do?\u201d";
    List<String> expected =
        List.of(
            "[x] Listening and monitoring: at least about half",
            "[x] Pilot projects: at least some",
            "[x] Business goals: at least some",
            "[ ] Official presence: at least some",
            "[?] " + criterion);
    List<String> gate = markdownSection(md, "### Gate to the next stage: Presence");
    assertEquals("3 of 5 criteria met, 1 not verified.", gate.get(0));
    assertEquals(expected.stream().map(e -> "- " + e).toList(), gate.subList(1, gate.size()));
    Document doc = parse(html);
    Element section = section(doc, "stage-gate");
    assertEquals(
        "3 of 5 criteria met, 1 not verified.",
        section.getElementsByTagNameNS(XHTML, "p").item(0).getTextContent());
    assertEquals(expected, checklist(section));
    for (String report : List.of(md, html)) {
      assertFalse(report.contains("Raise readiness and competitive audits"), report);
      assertFalse(report.contains("Raise Readiness and competitive audits"), report);
    }
    assertTrue(
        md.contains(
            "\n- Assess readiness and competitive audits first: find out whether it reaches some"
                + " (owner: Corporate social strategist; "),
        md);
    assertTrue(
        markdownSection(md, "## Where the organization stands")
            .contains("| 2. Presence | 3 of 5, 1 not verified | gaps remain |"),
        md);
    String item =
        " | Medium | The Presence gate needs readiness and competitive audits: at least some; not"
            + " verified: Readiness and competitive audits: not assessed yet, neither met nor unmet |"
            + " \u201cHow much of the business has a written audit of its readiness for social, set"
            + " against what competitors do?\u201d | Li et al. 2013, \"reads Stage 1, Planning:"
            + " readiness and competitive audits\" \\[inferred\\] |";
    assertTrue(
        markdownSection(md, "## Items to verify").stream()
            .anyMatch(l -> l.matches("\\| V[0-9]+ \\|.*") && l.endsWith(item)),
        md);
    assertTrue(
        rows(doc, "findings").stream().noneMatch(r -> r.contains("stage.presence.readiness-audit")),
        () -> rows(doc, "findings").toString());
  }
}
