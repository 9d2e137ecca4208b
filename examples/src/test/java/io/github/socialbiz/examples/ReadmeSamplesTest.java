package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.coe.Role;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.peers.StaffingFigures;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.rules.Unverified;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReadmeSamplesTest {

  @Test
  void modelAtAGlance_givesWhatTheCommentsSay() {
    List<Object> r = ReadmeSamples.modelAtAGlance();
    assertEquals(Stage.FORMALIZED, r.get(0));
    assertEquals(2, ((List<?>) r.get(1)).size());
    assertEquals(MaturityLevel.FORMATION, r.get(2));
    assertEquals(OrganizationalModel.HUB_AND_SPOKE, r.get(3));
    assertEquals("crises.avoidable = 76% (2001-2011)", r.get(4).toString());
  }

  @Test
  void amongYourPeers_givesWhatTheCommentsSay(@TempDir Path dir) throws IOException {
    List<Object> r = ReadmeSamples.amongYourPeers(dir);
    assertEquals(
        "PeerComparison{20 peers: 1,000 to 4,999 employees, at stage 2, Presence, overall 35th"
            + " percentile}",
        r.get(0).toString());
    assertEquals("35th percentile", r.get(1).toString());
    StaffingFigures coe = ((Optional<?>) r.get(2)).map(StaffingFigures.class::cast).orElseThrow();
    assertEquals("median 1 (1 to 1, 20 peers)", coe.headcount().toString());
    assertEquals(
        "median 1 (1 to 1, 20 peers)",
        String.valueOf(coe.headcountByRole().get(Role.CAMPAIGN_MANAGER)));
    assertTrue(((String) r.get(3)).contains("<h2>Among your peers</h2>"));
    assertEquals(20, r.get(4));
  }

  @Test
  void describingAnOrganization_givesWhatTheCommentsSay() {
    assertEquals(
        List.of(
            Grade.of(Adoption.HALF), Grade.notAssessed(), Truth.UNKNOWN, Grade.outOfScope(), 178),
        ReadmeSamples.describingAnOrganization());
  }

  @Test
  void questionnaire_givesWhatTheCommentsSay() {
    List<Object> r = ReadmeSamples.questionnaire();
    assertEquals("Questionnaire{45 questions over 36 practices and 9 facts}", r.get(0).toString());
    assertEquals(
        "some -> SOME: A few: one team watches its own campaign terms while its campaigns run",
        r.get(1).toString());
    String guide = (String) r.get(2);
    // the Presence, Engagement and Formalized gates: 10 practices and 2 facts
    assertTrue(guide.startsWith("# Interview guide\n\n12 questions in 6 dimensions."), guide);
    assertTrue(guide.contains("(`q.fact.coordination-begun`)"), guide);
  }

  @Test
  void rules_giveWhatTheCommentsSay() {
    List<Object> r = ReadmeSamples.rules();
    assertEquals("Optional[FORMALIZED]", r.get(0).toString());
    assertEquals(
        "Optional[Gate[STRATEGIC: 4 of 5 met; unmet: [stage.strategic.business-outcome-metrics]]]",
        r.get(1).toString());
    assertEquals(
        "HIGH accounts.orphaned: 6 accounts have no owner", ((List<?>) r.get(2)).get(0).toString());
    assertEquals(
        "acme.listens PASSED: Listens to half\n"
            + "  why: Listening: at least about half (read: Most or all)\n  source: custom rule",
        r.get(3).toString());
    // nobody has assessed Tiny's listening: unknown, never failed
    assertEquals(
        "acme.listens UNKNOWN: Listens to half\n"
            + "  not verified: Listening: at least about half (read: Not assessed)\n"
            + "  source: custom rule",
        r.get(4).toString());
    assertEquals("FAILED: Not met: Has a CoE roster", r.get(5).toString());
    assertEquals("[HIGH acme.staffed: Nobody is on the CoE roster]", r.get(6).toString());
  }

  @Test
  void assessing_givesWhatTheCommentsSay() {
    List<Object> r = ReadmeSamples.assessing();
    assertEquals("FORMALIZED", r.get(0).toString());
    assertEquals("Roadmap to STRATEGIC: 1 phase, 1 action", r.get(1).toString());
    assertEquals(
        "Healthcare Devices: FORMALIZED, FOUNDATION, weakest PROCESS (holding back)",
        r.get(2).toString());
    assertEquals(
        "# Social business assessment: Globex Industries",
        r.get(3).toString().lines().findFirst().orElseThrow());
    assertEquals(3, r.get(4).toString().split("<svg ", -1).length - 1);
    assertEquals("Roadmap to STRATEGIC: 3 phases, 10 actions", r.get(5).toString());
  }

  @Test
  void json_givesWhatTheCommentsSay() throws IOException {
    assertEquals(
        List.of(
            SampleOrganizations.multinational(),
            "$: invalid organization: Organization.employees must be at least 1, but was 0"),
        ReadmeSamples.json());
  }

  @Test
  void report_givesWhatTheCommentsSay() throws IOException {
    List<Object> r = ReadmeSamples.report();
    assertEquals(
        "ReportContext{Bluefin Foods as of 2026-06-30, 2 disagreements, previous 2026-03-31,"
            + " ReportStyle{firm=Northwind Advisory, confidentiality=Confidential: prepared for"
            + " Bluefin Foods, accent=#7b2d8e}}",
        r.get(0).toString());
    String page = (String) r.get(1);
    assertTrue(
        page.contains(
            "<p>Prepared by Northwind Advisory.</p>\n"
                + "<p><b>Confidential: prepared for Bluefin Foods</b></p>\n"),
        page);
    assertTrue(page.contains("<section id=\"summary\">\n<h2>Executive summary</h2>\n"), page);
    assertTrue(page.contains("<h2>Since last time: 2026-03-31 to 2026-06-30</h2>"), page);
    assertTrue(page.contains("<h2>Items for the consensus meeting</h2>"), page);
    assertTrue(
        page.contains(
            "<td>Ana Ruiz (strategist): <b>About half</b>; Li Wei (liaison): <b>Don\u2019t know</b></td>"),
        page);
    try (PDDocument pdf = Loader.loadPDF((byte[]) r.get(2))) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("\nSince last time: 2026-03-31 to 2026-06-30\n"), text);
      assertTrue(text.contains("\nItems for the consensus meeting\n"), text);
      assertTrue(text.contains("\nConfidential: prepared for Bluefin Foods "), text);
    }
  }

  @Test
  void workbooks_giveWhatTheCommentsSay(@TempDir Path dir) throws IOException {
    List<Object> r = ReadmeSamples.workbooks(dir);
    assertEquals(
        // the path as given, as every reader's exception names it
        dir.resolve("acme.xlsx")
            + ": nobody has filled in this workbook (no name, date or answer): it is the blank"
            + " questionnaire; send it to a respondent and read the copy that comes back",
        r.get(0));
    byte[] plan = (byte[]) r.get(1);
    assertEquals("PK", new String(plan, 0, 2, StandardCharsets.US_ASCII)); // a zip: an .xlsx
    assertTrue(Files.isRegularFile(dir.resolve("acme.xlsx")));
  }

  @Test
  void workshop_givesWhatTheCommentsSay(@TempDir Path dir) throws IOException {
    List<Object> r = ReadmeSamples.workshop(dir);
    assertEquals(Stage.PRESENCE, r.get(0));
    assertEquals(Stage.ENGAGEMENT, r.get(1));
    String page = (String) r.get(2);
    assertTrue(page.contains("<h2>Items for the consensus meeting</h2>"), page);
    assertTrue(page.contains("<b>Listening and monitoring</b>"), page);
    assertEquals(Grade.notAssessed(), r.get(3));
    // the items to verify, the highest severity at stake first: nobody answered for the policy
    Unverified first = (Unverified) ((List<?>) r.get(4)).get(0);
    assertEquals("crisis.policy", first.ruleId());
    assertEquals(Severity.HIGH, first.severity());
    assertEquals(1, first.ask().size());
    assertTrue(first.ask().get(0).endsWith("(q.social-media-policy)"), first::toString);
  }
}
