package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java twins of the JShell stories print what the stories promise. */
final class StoriesTest {

  private interface Story {
    void run(PrintStream out) throws Exception;
  }

  private static String output(Story story) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    story.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void clientProfile() throws Exception {
    // Acme's one account, opened in 2019, has no activity recorded: whether it is idle is to
    // verify, not two findings (accounts.idle and accounts.idle-share)
    assertEquals(
        "Assessment{Acme Retail as of 2026-06-30: PLANNING, no level, overall 0.10, 6 findings}\n"
            + "PRESENCE: 4 of 5 met, 1 not verified\n"
            + "Roadmap to PRESENCE: 1 phase, 1 action\n"
            + "  Assess READINESS_AUDIT for SOME (CORPORATE_SOCIAL_STRATEGIST) -> PRESENCE\n",
        output(ClientProfile::run));
  }

  @Test
  void customRules() throws Exception {
    assertEquals(
        "PASSED\n"
            + "FAILED: Not met: Social media policy: most or all\n"
            + "UNKNOWN: Not verified: Social media policy: most or all\n"
            + "acme: 0 passed, 1 failed, 0 not applicable\n"
            + "MEDIUM acme.fresh-charter: Not met: Charter revised in the last year [Acme governance handbook, section 4.2]"
            + " -> Review the charter with the sponsor\n",
        output(CustomRules::run));
  }

  @Test
  void jsonProfiles(@TempDir Path dir) throws Exception {
    assertEquals(
        "equal after the round trip: true\n"
            + "$.evidence[0].adoption: 'LOTS' is not a Adoption; allowed: NONE, SOME, HALF, MOST\n",
        output(out -> JsonProfiles.run(dir, out)));
  }

  @Test
  void quarterOverQuarter() throws Exception {
    assertEquals(
        "AssessmentDiff{Bluefin Foods 2026-03-31..2026-06-30: PRESENCE -> ENGAGEMENT, 8 resolved, 1 new, 3 actions completed}\n"
            + "  GOVERNANCE +0.07\n"
            + "  PROCESS +0.10\n"
            + "  done: Raise ACCOUNT_GOVERNANCE to SOME (BUSINESS_UNIT_LIAISON) -> ENGAGEMENT\n"
            + "  done: Raise TRIAGE_PROCESS to SOME (COMMUNITY_MANAGER) -> ENGAGEMENT\n"
            + "  done: Establish SOCIAL_STRATEGIST_APPOINTED (CORPORATE_SOCIAL_STRATEGIST) -> ENGAGEMENT\n",
        output(QuarterOverQuarter::run));
  }

  @Test
  void peers() throws Exception {
    assertEquals(
        "PeerBase{12 peers, threshold 5, by [SIZE_BAND, STAGE]}\n"
            + "PeerComparison{10 peers: 1,000 to 4,999 employees, at stage 2, Presence, overall 35th percentile}\n"
            + "  Strategy: 50th percentile\n"
            + "  Governance: 50th percentile\n"
            + "  Organization: 50th percentile\n"
            + "  Process: 45th percentile\n"
            + "  Education: 50th percentile\n"
            + "  Engagement: 45th percentile\n"
            + "  Measurement: 45th percentile\n"
            + "CoE people median 1 (1 to 1, 10 peers)\n"
            + "Peer group refused: 0 peers match (at stage 4, Formalized), fewer than the threshold of 5. Relax a filter; peers matching without the stage, 12.\n",
        output(Peers::run));
  }

  @Test
  void businessUnits() throws Exception {
    assertEquals(
        "Consumer Electronics: FORMALIZED, FORMATION, weakest EDUCATION\n"
            + "Enterprise Cloud: FORMALIZED, FORMATION, weakest EDUCATION\n"
            + "Healthcare Devices: FORMALIZED, FOUNDATION, weakest PROCESS (holding back)\n"
            + "Holding back: Healthcare Devices, weakest in Process\n",
        output(BusinessUnits::run));
  }

  @Test
  void workshop() throws Exception {
    assertEquals(
        "11 questions decide the gate to Engagement\n"
            + "LISTENING: Ana Ruiz (social strategist): most or all (\"Weekly listening report, seen\"); Li Wei"
            + " (community manager): some; Sam Okafor (product marketing): about half\n"
            + "LISTENING=HALF (SELF_REPORTED: \"Ana Ruiz (social strategist): most or all (\"Weekly listening"
            + " report, seen\"); Li Wei (community manager): some; Sam Okafor (product marketing):"
            + " about half\")\n"
            + "Content strategy: Not assessed\n"
            + "Proven PRESENCE, possibly ENGAGEMENT\n"
            + "Completeness{8 of 36 assessed (22%); basis: 0 artifact checked, 0 interview, 8"
            + " self-reported}\n"
            + "Assess OBJECTIVE_ALIGNED_METRICS for SOME (SOCIAL_ANALYST) -> ENGAGEMENT\n"
            + "Assess CONTENT_STRATEGY for SOME (CONTENT_STRATEGIST) -> ENGAGEMENT\n"
            + "stage.engagement.content-strategy UNKNOWN: Content strategy: at least some\n"
            + "  not verified: Content strategy: at least some (read: Content strategy: not assessed"
            + " yet, neither met nor unmet)\n"
            + "  to do: ask \u201cHow many of your channels does a content strategy with named owners"
            + " cover?\u201d (q.content-strategy)\n"
            + "  source: Li et al. 2013, \"reads Stage 2, Presence: integrated content strategy\""
            + " [INFERRED]\n",
        output(Workshop::run));
  }

  @Test
  void portfolio_inParallelEqualsSequential() throws Exception {
    List<Organization> portfolio = Portfolio.variations();
    assertEquals(3 * 36, portfolio.size());
    List<Assessment> parallel = Portfolio.assessAll(portfolio, SampleOrganizations.AS_OF, 4);
    List<Assessment> sequential = new ArrayList<>();
    for (Organization o : portfolio) {
      sequential.add(Assessor.standard().assess(o, SampleOrganizations.AS_OF));
    }
    assertEquals(sequential, parallel);
    Map<Stage, Integer> counts = Portfolio.byStage(parallel);
    assertEquals(108, counts.values().stream().mapToInt(Integer::intValue).sum());
    // raising one practice never lowers a stage: the 34 Globex variations are all still FORMALIZED
    // or above
    int high =
        counts.getOrDefault(Stage.FORMALIZED, 0)
            + counts.getOrDefault(Stage.STRATEGIC, 0)
            + counts.getOrDefault(Stage.CONVERGED, 0);
    assertTrue(high >= 34, counts::toString);
    String text = output(Portfolio::run);
    assertEquals("108 organizations assessed", text.lines().findFirst().orElseThrow());
    assertEquals(7, text.lines().count());
  }
}
