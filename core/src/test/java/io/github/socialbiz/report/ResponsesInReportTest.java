package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Responder;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Merge;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a report shows of merged responses: fact items and the file against the answers among the items
 * for the consensus meeting, the fact answers in the evidence, and what each unit's standing rests on.
 */
final class ResponsesInReportTest {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

  /** Acme, with a crisis team on file. */
  private static final Organization ACME =
      Organization.builder()
          .name("Acme")
          .employees(4_000)
          .addBusinessUnits(BusinessUnit.of("Cloud"), BusinessUnit.of("Retail"))
          .addCrisisTeam(Responder.of("Dana Lee", "lead"))
          .build();

  /**
   * Ana and Sam answer for the whole: listening most and some, the sponsor yes and no, the crisis team no
   * and no (against the file). Li Wei answers for Cloud: listening none, funding most.
   */
  private static Merge workshop() {
    return Responses.merge(
        Questionnaire.standard(),
        List.of(
            Response.of(
                Respondent.of("Li Wei", "liaison", "Cloud"),
                DAY,
                List.of(Answer.of("q.listening", "none"), Answer.of("q.funding", "most"))),
            Response.of(
                Respondent.of("Ana Ruiz", "strategist"),
                DAY,
                List.of(
                    Answer.of("q.listening", "most"),
                    Answer.of("q.fact.crisis-team-named", "no", "None named", Basis.INTERVIEW),
                    Answer.of("q.fact.executive-sponsor-named", "yes"))),
            Response.of(
                Respondent.of("Sam Roe", "analyst"),
                DAY,
                List.of(
                    Answer.of("q.listening", "some"),
                    Answer.of("q.fact.crisis-team-named", "no"),
                    Answer.of("q.fact.executive-sponsor-named", "no")))),
        ACME);
  }

  private static ReportContext context() {
    Merge m = workshop();
    Assessment a = Assessor.standard().assess(m.organization(), DAY);
    return ReportContext.of(a).withDisagreements(m.disagreements());
  }

  @Test
  void consensus_listsFactItemsAndTheFileAgainstTheAnswers_inBothFormats() throws Exception {
    ReportContext c = context();
    String intro =
        "3 items where the respondents disagree (grades two or more steps apart, a grade against"
            + " \u201cdon\u2019t know\u201d, or a yes against a no about a fact) or where the"
            + " organization's file shows a fact in place that the respondents deny. Settle each"
            + " with the respondents; until then the merged answer stands, and the file's record"
            + " where it shows a fact in place.";
    assertEquals(
        List.of(
            intro,
            "| No. | Practice or fact | Where | Answers |",
            "|---|---|---|---|",
            "| 1 | **Listening and monitoring** | Whole organization | Ana Ruiz (strategist): **Most or"
                + " all**; Sam Roe (analyst): **Some** |",
            "| 2 | **A named executive sponsor** | Whole organization | Ana Ruiz (strategist):"
                + " **Holds**; Sam Roe (analyst): **Does not hold** |",
            "| 3 | **A named crisis team** | Whole organization | On file: crisis team: 1 person, but"
                + " the respondents' answer is no: Ana Ruiz (strategist): **Does not hold**"
                + " \u201cNone named\u201d; Sam Roe (analyst): **Does not hold** |"),
        markdownSection(Reports.markdown(c), "## Items for the consensus meeting"));
    Element section = section(parse(Reports.html(c)), "consensus");
    assertEquals(intro, section.getElementsByTagNameNS(XHTML, "p").item(0).getTextContent());
    assertEquals(
        List.of(
            "1 | Listening and monitoring | Whole organization | Ana Ruiz (strategist): Most or all;"
                + " Sam Roe (analyst): Some",
            "2 | A named executive sponsor | Whole organization | Ana Ruiz (strategist): Holds; Sam"
                + " Roe (analyst): Does not hold",
            "3 | A named crisis team | Whole organization | On file: crisis team: 1 person, but the"
                + " respondents' answer is no: Ana Ruiz (strategist): Does not hold \u201cNone"
                + " named\u201d; Sam Roe (analyst): Does not hold"),
        rows(section));
  }

  @Test
  void summary_topDisagreements_nameFactItems() {
    List<String> summary = markdownSection(Reports.markdown(context()), "## Executive summary");
    assertEquals(
        List.of(
            "- **A named executive sponsor** (whole organization): Ana Ruiz: Holds; Sam Roe: Does not"
                + " hold",
            "- **A named crisis team** (whole organization): on file, crisis team: 1 person; Ana"
                + " Ruiz: Does not hold; Sam Roe: Does not hold"),
        summary.subList(summary.size() - 2, summary.size()));
  }

  @Test
  void evidence_showsTheFactAnswers_besideTheFile() {
    List<String> evidence = markdownSection(Reports.markdown(context()), "## Evidence notes");
    assertEquals(
        List.of(
            "What the respondents said about the organization's structure, beside what its file"
                + " records (where the file shows a fact in place, its record stands):",
            "- **A named executive sponsor** (nobody could say, self-reported): Ana Ruiz"
                + " (strategist): yes; Sam Roe (analyst): no. On file: no sponsor named; not verified"
                + " until someone can say.",
            "- **A named crisis team** (no, interview): Ana Ruiz (strategist): no (\"None named\");"
                + " Sam Roe (analyst): no. On file: crisis team: 1 person; the file's record stands"
                + " against the respondents' no."),
        evidence.subList(evidence.size() - 3, evidence.size()));
  }

  @Test
  void evidence_factAnsweredYesWhileTheFileIsSilent_restsOnTheRespondentsWord() {
    Organization silent = Organization.builder().name("Acme").employees(4_000).build();
    Merge m =
        Responses.merge(
            Questionnaire.standard(),
            List.of(
                Response.of(
                    Respondent.of("Ana Ruiz", "strategist"),
                    DAY,
                    List.of(Answer.of("q.fact.crisis-team-named", "yes")))),
            silent);
    List<String> evidence =
        markdownSection(
            Reports.markdown(Assessor.standard().assess(m.organization(), DAY)),
            "## Evidence notes");
    assertEquals(
        List.of(
            "What the respondents said about the organization's structure, beside what its file"
                + " records (where the file shows a fact in place, its record stands):",
            "- **A named crisis team** (yes, self-reported): Ana Ruiz (strategist): yes. On file: no"
                + " crisis team named; read as in place on the respondents' word."),
        evidence.subList(evidence.size() - 2, evidence.size()));
    // nobody graded a practice: the notes first list them as not assessed, never as none
    assertTrue(
        evidence
            .get(0)
            .startsWith(
                "- Not assessed yet, neither met nor unmet (each has a question in the"
                    + " questionnaire): Business goals, Long-term vision,"),
        evidence.get(0));
  }

  @Test
  void evidence_saysHowEachFactAnswerIsRead() {
    Organization o =
        Organization.builder()
            .name("Acme")
            .employees(4_000)
            .addCrisisTeam(Responder.of("Dana Lee", "lead"))
            .build();
    Merge m =
        Responses.merge(
            Questionnaire.standard(),
            List.of(
                Response.of(
                    Respondent.of("Ana Ruiz", "strategist"),
                    DAY,
                    List.of(
                        Answer.of("q.fact.crisis-team-named", "yes"),
                        Answer.of("q.fact.accounts-inventoried", "no")))),
            o);
    List<String> evidence =
        markdownSection(
            Reports.markdown(Assessor.standard().assess(m.organization(), DAY)),
            "## Evidence notes");
    assertEquals(
        List.of(
            "- **A named crisis team** (yes, self-reported): Ana Ruiz (strategist): yes. On file: crisis"
                + " team: 1 person; the file's record stands.",
            "- **An inventory of the official social accounts** (no, self-reported): Ana Ruiz (strategist): no."
                + " On file: no accounts in the inventory; read as not in place."),
        evidence.subList(evidence.size() - 2, evidence.size()));
  }

  @Test
  void units_sayWhatEachStandingRestsOn_andThatUnitsSpeakForUnits() throws Exception {
    ReportContext c = context();
    assertEquals(
        List.of(
            "| Unit | Stage | Level | Weakest dimension | Overall | Evidence |",
            "|---|---|---|---|---|---|",
            // Cloud: Funding most (1 of Organization's 8), Listening none; 34 practices not
            // assessed
            "| Cloud | Planning | not yet at Foundation | Engagement | 0.02 to 0.97 (34 not assessed) |"
                + " rests on 1 respondent |",
            // Retail: the organization's Listening some; 35 not assessed; Engagement's best case
            // 4.25/5
            "| Retail | Planning | not yet at Foundation | Engagement | 0.01 to 0.98 (35 not assessed) |"
                + " the organization's evidence |",
            "Respondents who named a business unit answered for that unit alone: their answers are the"
                + " unit's own evidence and never the whole organization's, so a practice only they"
                + " answered stays not assessed for the organization (here: Staff, resources and"
                + " funding)."),
        markdownSection(Reports.markdown(c), "## Business units"));
    Element units = section(parse(Reports.html(c)), "units");
    assertEquals(
        List.of(
            "Cloud | Planning | not yet at Foundation | Engagement | 0.02 to 0.97 (34 not assessed) |"
                + " rests on 1 respondent",
            "Retail | Planning | not yet at Foundation | Engagement | 0.01 to 0.98 (35 not assessed) |"
                + " the organization's evidence"),
        rows(units));
  }

  @Test
  void units_describedByHand_sayNothingOfRespondents() {
    Organization byHand =
        Organization.builder()
            .name("Acme")
            .employees(4_000)
            .addBusinessUnits(
                BusinessUnit.of("Retail").withOverride(Practice.LISTENING, Adoption.HALF))
            .build();
    String md = Reports.markdown(Assessor.standard().assess(byHand, DAY));
    List<String> units = markdownSection(md, "## Business units");
    // Retail's Listening half: Engagement's best case (0.5 + 4) / 5; overall 0.5 / 5 / 7 to 6.9 / 7
    assertEquals(
        List.of(
            "| Retail | Planning | not yet at Foundation | Engagement | 0.01 to 0.99 (35 not assessed) |"
                + " its overrides on file |"),
        units.subList(2, units.size()));
    assertFalse(md.contains("answered for that unit alone"));
    // nothing known in the unit's view: no weakness is named
    Organization unknown =
        Organization.builder()
            .name("Acme")
            .employees(4_000)
            .addBusinessUnits(BusinessUnit.of("Retail"))
            .build();
    assertEquals(
        "| Retail | Planning | not yet at Foundation | not known yet | 0.00 to 1.00 (36 not assessed) |"
            + " the organization's evidence |",
        markdownSection(
                Reports.markdown(Assessor.standard().assess(unknown, DAY)), "## Business units")
            .get(2));
  }

  // -----------------------------------------------------------------------
  private static List<String> rows(Element section) {
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
    return texts;
  }

  private static Element section(Document doc, String id) {
    NodeList sections = doc.getElementsByTagNameNS(XHTML, "section");
    for (int i = 0; i < sections.getLength(); i++) {
      Element e = (Element) sections.item(i);
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no section " + id);
  }

  /** The non-blank lines of a Markdown section after its heading, up to the next heading of its level. */
  private static List<String> markdownSection(String md, String heading) {
    List<String> lines = md.lines().toList();
    int start = lines.indexOf(heading);
    assertTrue(start >= 0, "no heading " + heading + " in\n" + md);
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    List<String> result = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.equals("---")
          || line.startsWith(level)
          || (line.startsWith("#") && line.indexOf(' ') < level.length())) {
        break;
      }
      if (!line.isBlank()) {
        result.add(line);
      }
    }
    return result;
  }

  private static Document parse(String xhtml) throws Exception {
    return ReportsTest.parse(xhtml);
  }
}
