package io.github.socialbiz.examples;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.excel.SocialBusinessExcel;
import io.github.socialbiz.excel.WorkbookException;
import io.github.socialbiz.governance.CrisisSeverity;
import io.github.socialbiz.maturity.Definition;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.rules.Evaluation;
import io.github.socialbiz.rules.Truth;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JavadocSamplesTest {

  @Test
  void source() {
    assertEquals(
        "Li et al. 2013, \"Stage 4, Formalized: key activities\" [CORROBORATED]",
        JavadocSamples.source().toString());
  }

  @Test
  void statistics() {
    List<Object> r = JavadocSamples.statistics();
    assertEquals("crises.avoidable = 76% (2001-2011)", r.get(0).toString());
    assertEquals(9, ((List<?>) r.get(1)).size()); // the nine crises.* statistics
  }

  @Test
  void stage() {
    assertEquals(
        List.of(
            "stage.strategic.executive-sponsor-named",
            Stage.FORMALIZED,
            Stage.FORMALIZED,
            "Social media and social methods built deep into the organization so that they drive"
                + " business impact",
            Definition.SOCIAL_BUSINESS_STRATEGY),
        JavadocSamples.stage());
  }

  @Test
  void rung() {
    assertEquals(
        List.of(
            Rung.Ladder.STAGES,
            2, // docs/frameworks.md: community engagement and coordination begun
            MaturityLevel.FORMATION,
            "stage.presence.listening",
            List.of(Practice.LISTENING, Adoption.HALF)),
        JavadocSamples.rung());
  }

  @Test
  void organizationalModel() {
    List<Object> r = JavadocSamples.organizationalModel();
    assertEquals(OrganizationalModel.HUB_AND_SPOKE, r.get(0));
    assertEquals(OrganizationalModel.HONEYCOMB, r.get(1));
    assertEquals("Optional[model.dandelion.2012 = 23.6% (2012)]", r.get(2).toString());
  }

  @Test
  void crisisSeverity() {
    assertEquals(
        List.of(Optional.of(CrisisSeverity.LEVEL_2), Optional.empty()),
        JavadocSamples.crisisSeverity());
  }

  @Test
  void profile() {
    List<Object> r = JavadocSamples.profile();
    assertEquals("CRISIS_PLAN=HALF (SELF_REPORTED)", r.get(0).toString());
    assertEquals(
        "CRISIS_PLAN=HALF (INTERVIEW: \"Plan drafted, team not yet trained\")",
        r.get(1).toString());
    assertEquals("TWITTER @acme_support", r.get(2).toString());
    assertEquals("Ana Ruiz (CORPORATE_SOCIAL_STRATEGIST, 0.5 FTE)", r.get(3).toString());
    assertEquals("Li Wei (BUSINESS_UNIT_LIAISON, 1.0 FTE, Cloud)", r.get(4).toString());
    assertEquals(
        "CenterOfExcellence{members=[Ana Ruiz (CORPORATE_SOCIAL_STRATEGIST, 1.0 FTE), Sam Okafor (COMMUNITY_MANAGER, 1.0 FTE)], "
            + "fte=2.0, policyAuthority=true, sponsor=Chief Marketing Officer}",
        r.get(5).toString());
    assertEquals(
        "Charter{version=2026-01-15, sections=[BUSINESS_GOALS, MEASUREMENT], functions=[CUSTOMER_SUPPORT, HUMAN_RESOURCES]}",
        r.get(6).toString());
    assertEquals(
        "BusinessUnit{Cloud, region=EMEA, liaison=Li Wei, overrides=[CRISIS_PLAN=NONE (SELF_REPORTED)]}",
        r.get(7).toString());
    assertEquals(
        "Organization{Acme Retail, 4000 employees, not regulated, units=0, evidence=2, outOfScope=1, coe=0, accounts=0}",
        r.get(8).toString());
    assertEquals("HALF", r.get(9).toString());
    assertEquals("NOT_ASSESSED", r.get(10).toString());
    assertEquals(false, r.get(11));
    assertEquals(178, r.get(12));
    assertEquals(
        "{BLOG=32, FACEBOOK=30, INSTAGRAM=18, LINKEDIN=29, PINTEREST=5, TWITTER=39, YOUTUBE=20, OTHER=5}",
        r.get(13).toString());
    assertEquals("Ana Ruiz (Communications lead)", r.get(14).toString());
    assertEquals(false, r.get(15));
    assertEquals(Truth.UNKNOWN, r.get(16));
    assertEquals("OUT_OF_SCOPE", r.get(17).toString());
  }

  @Test
  void grades() {
    List<Object> r = JavadocSamples.grades();
    assertEquals(Grade.notAssessed(), r.get(0));
    assertEquals(Truth.UNKNOWN, r.get(1));
    assertEquals(Truth.TRUE, r.get(2));
    assertEquals(Optional.empty(), r.get(3));
    assertEquals(List.of(Truth.UNKNOWN, Truth.FALSE, Truth.UNKNOWN), r.subList(4, 7));
    assertEquals("PASSED", r.get(7).toString());
    assertEquals("UNKNOWN: Not verified: Listening: at least about half", r.get(8).toString());
  }

  @Test
  void rules() {
    List<Object> r = JavadocSamples.rules(SampleOrganizations.presenceWithoutResponse());
    assertEquals("Rule[acme.policy: Has a social media policy (MEDIUM)]", r.get(0).toString());
    assertEquals(
        "Rule[acme.crisis-drill: The crisis plan was rehearsed this year (HIGH)]",
        r.get(1).toString());
    assertEquals("RuleBook[acme: 2 rules]", r.get(2).toString());
    assertEquals("Evaluation[acme: 1 passed, 1 failed, 0 not applicable]", r.get(3).toString());
    assertEquals(
        "[HIGH acme.crisis-drill: Not met: Crisis plan: most or all]", r.get(4).toString());
    assertEquals(
        "acme.policy PASSED: Has a social media policy\n"
            + "  why: Social media policy: at least about half (read: About half)\n"
            + "  source: custom rule",
        r.get(5).toString());
    assertEquals(
        "FAILED: acme.crisis-drill: Not met: Crisis plan: most or all", r.get(6).toString());
    assertEquals("PASSED", r.get(7).toString());
    assertEquals("PASSED", r.get(8).toString());
  }

  @Test
  void questionnaire() {
    List<Object> r = JavadocSamples.questionnaire();
    assertEquals("some -> SOME: One team watches mentions during campaigns", r.get(0).toString());
    assertEquals("some", r.get(1));
    assertEquals("SOME", r.get(2).toString());
    assertEquals("LISTENING", r.get(3));
    assertEquals(
        List.of(
            "q.business-goals",
            "q.pilot-projects",
            "q.readiness-audit",
            "q.listening",
            "q.official-presence"),
        r.get(4));
    String guide = (String) r.get(5);
    assertTrue(guide.startsWith("# Interview guide\n\n5 questions in 2 dimensions."), guide);
    assertTrue(
        guide.contains("> Who keeps an eye on what customers say about Acme online?\n"), guide);
  }

  @Test
  void assessment() {
    List<Object> r = JavadocSamples.assessment();
    assertEquals("Optional[FORMALIZED]", r.get(0).toString());
    assertEquals(
        "Optional[Gate[STRATEGIC: 4 of 5 met; unmet: [stage.strategic.business-outcome-metrics]]]",
        r.get(1).toString());
    assertEquals(2, ((List<?>) r.get(2)).size());
    assertEquals(
        "stage.strategic.executive-sponsor-named PASSED: A named executive sponsor\n"
            + "  why: A named executive sponsor (read: sponsor: Chief Marketing Officer)\n"
            + "  source: Li et al. 2013, \"Stage 4, Formalized: key activity 1, name an executive sponsor\" [CORROBORATED]",
        r.get(3).toString());
    assertEquals(4, ((List<?>) r.get(4)).size());
    assertEquals("DANDELION", r.get(5).toString().substring(0, 9));
    // one evaluation per standard book, in the catalogue's order
    assertEquals(
        List.of(
            "stage-gates",
            "level-gates",
            "model",
            "coe",
            "charter",
            "accounts",
            "crisis",
            "success"),
        ((List<?>) r.get(6)).stream().map(e -> ((Evaluation<?>) e).book().name()).toList());
    assertEquals(
        "[PRESENCE: 5 of 5 met, ENGAGEMENT: 7 of 7 met, FORMALIZED: 2 of 2 met,"
            + " STRATEGIC: 4 of 5 met, CONVERGED: 4 of 8 met]",
        r.get(7).toString());
  }

  @Test
  void assessmentAndReports() {
    List<Object> r = JavadocSamples.assessmentAndReports();
    assertEquals("FORMALIZED", r.get(0).toString());
    assertEquals("Optional[FORMATION]", r.get(1).toString());
    assertEquals(2, ((List<?>) r.get(2)).size());
    assertEquals("Roadmap to STRATEGIC: 1 phase, 1 action", r.get(3).toString());
    // the 2024 charter is not this year's: the custom book fails; the success book is gone
    Assessment mine = (Assessment) r.get(4);
    assertEquals(
        "acme: 0 passed, 1 failed, 0 not applicable", mine.book("acme").orElseThrow().toString());
    assertEquals(Optional.empty(), mine.book("success"));
    assertEquals("Roadmap to ENGAGEMENT: 1 phase, 3 actions", r.get(5).toString());
    assertEquals("Roadmap to STRATEGIC: 3 phases, 10 actions", r.get(6).toString());
    assertEquals("Optional[STRATEGIC]", r.get(7).toString());
    assertEquals("PRESENCE -> STRATEGIC", r.get(8).toString());
    assertEquals(3, ((List<?>) r.get(10)).size());
    assertTrue(
        r.get(11).toString().startsWith("# Social business assessment: Globex Industries\n"));
    assertTrue(r.get(12).toString().startsWith("<!DOCTYPE html>\n"));
    assertEquals(List.of(true, true, true), r.subList(13, 16));
  }

  @Test
  void json(@TempDir Path dir) throws IOException {
    List<Object> r = JavadocSamples.json(dir);
    Organization globex = SampleOrganizations.multinational();
    assertEquals(List.of(globex, globex, globex), r);
  }

  @Test
  void actionPlan() {
    List<Object> r = JavadocSamples.actionPlan();
    assertEquals(
        "[Phase, Action, Practice or fact, Grade now, Target, Owner, Reason, Citation, Assignee, Due"
            + " date, Status]",
        r.get(0).toString());
    assertEquals("Raise readiness and competitive audits to some of the organization", r.get(1));
    assertEquals("None", r.get(2));
  }

  @Test
  void mergeHolds() {
    assertEquals(List.of(Optional.of(true), Optional.empty()), JavadocSamples.mergeHolds());
  }

  @Test
  void responsesUnitsAndFacts() {
    assertEquals(
        List.of(
            "LISTENING=SOME (SELF_REPORTED: \"Ana Ruiz (strategist): about half; Sam Roe (analyst): some\")",
            "MOST",
            "NOT_ASSESSED",
            "CRISIS_TEAM_NAMED=UNKNOWN (SELF_REPORTED: \"Ana Ruiz (strategist): yes; Sam Roe"
                + " (analyst): no\")",
            "[CRISIS_TEAM_NAMED: Ana Ruiz (strategist): yes; Sam Roe (analyst): no]"),
        JavadocSamples.responsesUnitsAndFacts().stream().map(Object::toString).toList());
  }

  @Test
  void factReading() {
    assertEquals(
        List.of("TRUE", "crisis team: 2 people", "TRUE"),
        JavadocSamples.factReading().stream().map(Object::toString).toList());
  }

  @Test
  void explain() {
    assertEquals("FAILED", JavadocSamples.explain().toString());
  }

  @Test
  void responses() {
    List<Object> r = JavadocSamples.responses();
    assertEquals(
        "LISTENING=SOME (SELF_REPORTED: \"Ana Ruiz (strategist): about half; Li Wei (liaison): some\")",
        r.get(0).toString());
    assertEquals(List.of(), r.get(1));
  }

  @Test
  void reportContext() {
    List<Object> r = JavadocSamples.reportContext();
    assertEquals(
        "ReportContext{Acme as of 2026-06-30, 1 disagreement, previous 2026-03-30}",
        r.get(0).toString());
    String page = (String) r.get(1);
    assertTrue(
        page.contains("<section id=\"consensus\">\n<h2>Items for the consensus meeting</h2>\n"));
    assertTrue(
        page.contains(
            "<td>Ana Ruiz (strategist): <b>Most or all</b>; Li Wei (liaison): <b>Some</b></td>"),
        page);
  }

  @Test
  void reportStyle(@TempDir Path dir) throws IOException {
    // a 1 by 1 PNG, built by hand: signature, header, one compressed black pixel, end
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(png, "IHDR", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0});
    ByteArrayOutputStream pixel = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(pixel)) {
      z.write(new byte[] {0, 0, 0, 0});
    }
    chunk(png, "IDAT", pixel.toByteArray());
    chunk(png, "IEND", new byte[0]);
    Files.write(dir.resolve("logo.png"), png.toByteArray());
    List<Object> r = JavadocSamples.reportStyle(dir);
    assertEquals(
        "ReportStyle{firm=Northwind Advisory, author=Ana Ruiz, confidentiality=Confidential:"
            + " prepared for Globex Industries, accent=#7b2d8e, logo=PNG "
            + png.size()
            + " bytes}",
        r.get(0).toString());
    String page = (String) r.get(1);
    assertTrue(page.contains("<img class=\"logo\" src=\"data:image/png;base64,iVBOR"), page);
    assertTrue(page.contains("<p>Prepared by Ana Ruiz, Northwind Advisory.</p>"), page);
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data)
      throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    png.write(ByteBuffer.allocate(4).putInt(data.length).array());
    png.write(name);
    png.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  @Test
  void pdf(@TempDir Path dir) throws IOException {
    List<Object> r = JavadocSamples.pdf(dir);
    for (byte[] pdf : List.of((byte[]) r.get(0), Files.readAllBytes((Path) r.get(1)))) {
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        assertEquals(8, doc.getNumberOfPages());
        assertEquals(
            "Social business assessment: Globex Industries",
            doc.getDocumentInformation().getTitle());
      }
    }
  }

  @Test
  void excel(@TempDir Path dir) throws IOException {
    // ana.xlsx and li.xlsx: the standard questionnaire's workbook filled in by POI (the excel
    // module's
    // Filled test helper) as Ana Ruiz, strategist, and Li Wei, liaison, on 2024-03-01, answering
    // only
    // q.listening: half and some. Refill them if the standard questionnaire changes its questions.
    for (String name : List.of("ana.xlsx", "li.xlsx")) {
      try (InputStream in = requireNonNull(JavadocSamplesTest.class.getResourceAsStream(name))) {
        Files.copy(in, dir.resolve(name));
      }
    }
    List<Object> r = JavadocSamples.excel(dir);
    assertEquals(
        "LISTENING=SOME (SELF_REPORTED: \"Ana Ruiz (strategist): about half; Li Wei (liaison): some\")",
        r.get(0).toString());
    assertEquals(List.of(), r.get(1));
    assertEquals(
        "Raise readiness and competitive audits to some of the organization",
        ((ActionPlan) r.get(2)).items().get(0).action());
    assertEquals(
        entries(SocialBusinessExcel.actionPlan((ActionPlan) r.get(2))),
        entries(Files.readAllBytes(dir.resolve("plan.xlsx"))));
    // the questionnaire sent out: nobody has filled it in
    assertEquals(
        // the path as given, as every reader's exception names it
        dir.resolve("acme.xlsx")
            + ": nobody has filled in this workbook (no name, date or answer): it is the blank"
            + " questionnaire; send it to a respondent and read the copy that comes back",
        assertThrows(
                WorkbookException.class,
                () ->
                    SocialBusinessExcel.readResponse(
                        dir.resolve("acme.xlsx"), Questionnaire.standard()))
            .getMessage());
  }

  /** The entries of a zip by name, as text: a workbook's contents without the zip's entry times. */
  private static Map<String, String> entries(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }
}
