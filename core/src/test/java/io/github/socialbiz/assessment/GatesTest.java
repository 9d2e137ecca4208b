package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class GatesTest {

  private static final Organization HARBOR = SampleOrganizations.listeningPilot();
  private static final Organization BLUEFIN = SampleOrganizations.presenceWithoutResponse();
  private static final Organization GLOBEX = SampleOrganizations.multinational();

  private static List<String> ids(List<Criterion> criteria) {
    return criteria.stream().map(Criterion::id).collect(Collectors.toList());
  }

  @Test
  void samples_standWhereTheirEvidencePutsThem() {
    assertEquals(Optional.of(Stage.PLANNING), Gates.stages().reached(HARBOR));
    assertEquals(Optional.of(Stage.PRESENCE), Gates.stages().reached(BLUEFIN));
    assertEquals(Optional.of(Stage.FORMALIZED), Gates.stages().reached(GLOBEX));
    assertEquals(Optional.empty(), Gates.levels().reached(HARBOR));
    assertEquals(Optional.of(MaturityLevel.FOUNDATION), Gates.levels().reached(BLUEFIN));
    assertEquals(Optional.of(MaturityLevel.FORMATION), Gates.levels().reached(GLOBEX));
  }

  @Test
  void next_isTheRungAboveTheOneReached_orTheFirst() {
    assertEquals(Optional.of(Stage.PRESENCE), Gates.stages().next(HARBOR));
    assertEquals(Optional.of(Stage.ENGAGEMENT), Gates.stages().next(BLUEFIN));
    assertEquals(Optional.of(Stage.STRATEGIC), Gates.stages().next(GLOBEX));
    assertEquals(Optional.of(MaturityLevel.FOUNDATION), Gates.levels().next(HARBOR));
    assertEquals(Optional.of(MaturityLevel.ENABLEMENT), Gates.levels().next(GLOBEX));
  }

  @Test
  void next_atTheTopRung_isEmpty() {
    Organization converged =
        Roadmap.to(HARBOR, Stage.CONVERGED).applyTo(HARBOR, SampleOrganizations.AS_OF);
    assertEquals(Optional.of(Stage.CONVERGED), Gates.stages().reached(converged));
    assertEquals(Optional.empty(), Gates.stages().next(converged));
    Organization enlightened =
        Roadmap.to(HARBOR, MaturityLevel.ENLIGHTENMENT).applyTo(HARBOR, SampleOrganizations.AS_OF);
    assertEquals(Optional.of(MaturityLevel.ENLIGHTENMENT), Gates.levels().reached(enlightened));
    assertEquals(Optional.empty(), Gates.levels().next(enlightened));
  }

  @Test
  void nextGate_namesExactlyTheUnmetCriteria() {
    assertEquals(
        List.of("stage.presence.readiness-audit", "stage.presence.official-presence"),
        ids(Gates.stages().nextGate(HARBOR).orElseThrow().unmet()));
    assertEquals(
        List.of(
            "stage.engagement.account-governance",
            "stage.engagement.triage-process",
            "stage.engagement.social-strategist-appointed"),
        ids(Gates.stages().nextGate(BLUEFIN).orElseThrow().unmet()));
    assertEquals(
        List.of("stage.strategic.business-outcome-metrics"),
        ids(Gates.stages().nextGate(GLOBEX).orElseThrow().unmet()));
    assertEquals(
        "Gate[STRATEGIC: 4 of 5 met; unmet: [stage.strategic.business-outcome-metrics]]",
        Gates.stages().nextGate(GLOBEX).orElseThrow().toString());
    assertEquals(Optional.of(MaturityLevel.FOUNDATION), Gates.levels().next(HARBOR));
    assertEquals(
        List.of("level.enablement.employee-education"),
        ids(Gates.levels().nextGate(GLOBEX).orElseThrow().unmet()));
  }

  @Test
  void path_toAFarStage_listsEveryIntermediateGate() {
    List<GateResult<Stage>> path = Gates.stages().path(BLUEFIN, Stage.STRATEGIC);
    assertEquals(
        List.of(Stage.ENGAGEMENT, Stage.FORMALIZED, Stage.STRATEGIC),
        path.stream().map(GateResult::rung).collect(Collectors.toList()));
    // Bluefin's roster has one campaign manager and no sponsor (so coordination has not begun,
    // whatever its policy at HALF), engagement at SOME; at Strategic the roster of one is not a
    // staffed hub
    assertEquals(
        List.of("stage.formalized.community-engagement", "stage.formalized.coordination-begun"),
        ids(path.get(1).unmet()));
    assertEquals(
        List.of(
            "stage.strategic.executive-sponsor-named",
            "stage.strategic.center-of-excellence-staffed",
            "stage.strategic.social-media-policy",
            "stage.strategic.business-outcome-metrics",
            "stage.strategic.cross-functional-integration"),
        ids(path.get(2).unmet()));
    assertEquals(List.of(), Gates.stages().path(GLOBEX, Stage.ENGAGEMENT));
    assertFalse(Gates.stages().canReach(BLUEFIN, Stage.ENGAGEMENT));
    assertTrue(Gates.stages().canReach(BLUEFIN, Stage.PRESENCE));
  }

  @Test
  void explain_showsTheEvidenceRead() {
    assertEquals(
        "stage.engagement.triage-process FAILED: Triage and escalation: at least some\n"
            + "  why not: Triage and escalation: at least some (read: Triage and escalation: None (interview: \"No routing of complaints; replies are ad hoc\"))\n"
            + "  to do: Raise triage and escalation to some of the organization: incoming issues are sorted and routed to the right responder instead of being answered ad hoc\n"
            + "  source: Li et al. 2013, \"reads Stage 2, Presence: hold off engagement until response is possible\" [INFERRED]",
        Gates.stages()
            .gate(Stage.ENGAGEMENT)
            .evaluate(BLUEFIN)
            .explain("stage.engagement.triage-process")
            .toString());
  }

  @Test
  void outOfScope_neverCountsAsMet() {
    Organization o =
        Organization.builder()
            .name("Scoped")
            .employees(2000)
            .evidence(Practice.LISTENING, Adoption.MOST)
            .evidence(Practice.PILOT_PROJECTS, Adoption.MOST)
            .evidence(Practice.BUSINESS_GOALS, Adoption.MOST)
            .evidence(Practice.OFFICIAL_PRESENCE, Adoption.MOST)
            .addOutOfScope(Practice.READINESS_AUDIT)
            .build();
    assertEquals(Optional.of(Stage.PLANNING), Gates.stages().reached(o));
    assertEquals(
        "[not held] Readiness and competitive audits: at least some (read: Readiness and competitive audits: left out of scope, not assessed)",
        Gates.stages()
            .gate(Stage.PRESENCE)
            .evaluate(o)
            .outcome("stage.presence.readiness-audit")
            .reasons()
            .get(0)
            .toString());
    assertEquals(
        Optional.of(Stage.PRESENCE),
        Gates.stages().reached(o.withEvidence(Practice.READINESS_AUDIT, Adoption.SOME)));
  }

  @Test
  void toString_namesTheLadder() {
    assertEquals("Gates[PLANNING..CONVERGED]", Gates.stages().toString());
    assertEquals("Gates[FOUNDATION..ENLIGHTENMENT]", Gates.levels().toString());
  }

  /** Formalizing while Presence gaps remain: Formalized's own gate met, Presence's not. */
  static Organization formalizingWithPresenceGaps() {
    return Organization.builder()
        .name("Ahead")
        .employees(2_000)
        .evidence(Practice.COMMUNITY_ENGAGEMENT, Adoption.HALF)
        .evidence(Practice.SOCIAL_MEDIA_POLICY, Adoption.SOME)
        .coe(CenterOfExcellence.builder().sponsor("Chief Operating Officer").build())
        .build();
  }

  @Test
  void profile_evaluatesEachGateOnItsOwn() {
    assertEquals(
        "[PRESENCE: 5 of 5 met, ENGAGEMENT: 4 of 7 met, FORMALIZED: 0 of 2 met,"
            + " STRATEGIC: 0 of 5 met, CONVERGED: 0 of 8 met]",
        Gates.stages().profile(BLUEFIN).toString());
    Organization ahead = formalizingWithPresenceGaps();
    assertEquals(Optional.of(Stage.PLANNING), Gates.stages().reached(ahead));
    assertEquals(
        "[PRESENCE: 0 of 5 met, 5 not verified, ENGAGEMENT: 1 of 7 met, 5 not verified,"
            + " FORMALIZED: 2 of 2 met, STRATEGIC: 1 of 5 met, 2 not verified,"
            + " CONVERGED: 0 of 8 met, 8 not verified]",
        Gates.stages().profile(ahead).toString());
    assertEquals(
        "[FOUNDATION: 4 of 4 met, SAFETY: 3 of 3 met, FORMATION: 3 of 3 met,"
            + " ENABLEMENT: 2 of 3 met, ENLIGHTENMENT: 0 of 3 met]",
        Gates.levels().profile(GLOBEX).toString());
  }
}
