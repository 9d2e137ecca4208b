package io.github.socialbiz.assessment;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.practice.Adoption.MOST;
import static io.github.socialbiz.practice.Adoption.NONE;
import static io.github.socialbiz.practice.Adoption.SOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Explanation;
import io.github.socialbiz.rules.Status;
import io.github.socialbiz.rules.Truth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Unknown is not none: a practice nobody graded is not assessed, and results say what they rest on. */
final class NotAssessedTest {

  /** Planning's work graded; whether there is an official presence nobody has said yet. */
  private static Organization planned() {
    return Organization.builder()
        .name("Planned")
        .employees(2_000)
        .evidence(Practice.LISTENING, HALF, "Weekly listening report", Basis.ARTIFACT_CHECKED)
        .evidence(Practice.PILOT_PROJECTS, SOME, "Two pilots", Basis.INTERVIEW)
        .evidence(Practice.READINESS_AUDIT, SOME)
        .evidence(Practice.BUSINESS_GOALS, SOME)
        .addOutOfScope(Practice.REAL_TIME_RESPONSE)
        .build();
  }

  @Test
  void aPracticeWithNoEvidence_isNotAssessed_andNoneIsAnAnswer() {
    Organization o = planned();
    assertTrue(o.isAssessed(Practice.LISTENING));
    assertFalse(o.isAssessed(Practice.OFFICIAL_PRESENCE));
    assertFalse(o.isAssessed(Practice.REAL_TIME_RESPONSE)); // out of scope
    assertEquals(Grade.notAssessed(), o.grade(Practice.OFFICIAL_PRESENCE)); // never NONE
    assertEquals(31, o.notAssessed().size()); // 36 practices, 4 graded, 1 out of scope
    assertTrue(
        o.withEvidence(Practice.OFFICIAL_PRESENCE, NONE).isAssessed(Practice.OFFICIAL_PRESENCE));
  }

  @Test
  void completeness_countsWhatIsAssessed_overallPerDimensionAndByBasis() {
    Completeness c = Completeness.of(planned());
    assertEquals(35, c.practicesInScope().size());
    assertEquals(4, c.assessed());
    assertEquals(4.0 / 35, c.share(), 1e-12);
    // engagement: listening graded; official presence, community engagement, social support and
    // employee participation not
    assertEquals(5, c.inScope(Dimension.ENGAGEMENT));
    assertEquals(4, c.notAssessed(Dimension.ENGAGEMENT));
    assertEquals(0.2, c.share(Dimension.ENGAGEMENT), 1e-12);
    assertEquals(1, c.basisMix().get(Basis.ARTIFACT_CHECKED));
    assertEquals(1, c.basisMix().get(Basis.INTERVIEW));
    assertEquals(2, c.basisMix().get(Basis.SELF_REPORTED));
    assertEquals(
        "Completeness{4 of 35 assessed (11%); basis: 1 artifact checked, 1 interview, 2 self-reported}",
        c.toString());
    assertFalse(c.isComplete());
  }

  @Test
  void provenAndPossible_differByWhatNobodyHasAnswered() {
    Organization o = planned();
    assertEquals(Optional.of(Stage.PLANNING), Gates.stages().reached(o));
    // every unanswered practice taken at its best: Presence opens; Engagement still needs a
    // strategist
    assertEquals(Optional.of(Stage.PRESENCE), Gates.stages().possible(o));
    Organization answered = o.withEvidence(Practice.OFFICIAL_PRESENCE, NONE);
    assertEquals(Optional.of(Stage.PLANNING), Gates.stages().possible(answered));
    Assessment a = Assessor.standard().assess(o, SampleOrganizations.AS_OF);
    assertEquals(Stage.PLANNING, a.stage());
    assertEquals(Stage.PRESENCE, a.possibleStage());
    assertEquals(Optional.empty(), a.level());
    assertEquals(Optional.empty(), a.possibleLevel()); // Foundation needs goals at about half
  }

  @Test
  void theRoadmap_asksBeforeItPrescribes() {
    Roadmap r = Roadmap.toNextStage(planned().withEvidence(Practice.READINESS_AUDIT, NONE));
    assertEquals(
        List.of(
            "Assess OFFICIAL_PRESENCE for SOME (CAMPAIGN_MANAGER) -> PRESENCE",
            "Raise READINESS_AUDIT to SOME (CORPORATE_SOCIAL_STRATEGIST) -> PRESENCE"),
        r.actions().stream().map(Action::toString).toList());
    Action ask = r.actions().get(0);
    assertTrue(ask.isAssessFirst());
    assertEquals(
        "Nobody has assessed official presence yet; ask \u201cHow many of your official social"
            + " channels have a written objective set in planning?\u201d and find out whether it"
            + " reaches some of the organization before planning to raise it for Presence",
        ask.reason());
  }

  @Test
  void theSamples_areCompleteAssessments() {
    for (Organization o : SampleOrganizations.all()) {
      Assessment a = Assessor.standard().assess(o, SampleOrganizations.AS_OF);
      assertTrue(a.completeness().isComplete(), o.name());
      assertEquals(a.stage(), a.possibleStage(), o.name());
      assertEquals(a.level(), a.possibleLevel(), o.name());
    }
    assertEquals(Set.of(), SampleOrganizations.listeningPilot().notAssessed());
    assertEquals(
        Optional.of(MaturityLevel.FORMATION),
        Assessor.standard()
            .assess(SampleOrganizations.multinational(), SampleOrganizations.AS_OF)
            .possibleLevel());
  }

  @Test
  void aStatementOfNo_doesNotOutweighASponsorNobodyCouldConfirm() {
    // no sponsor or hub on file; asked about a sponsor, nobody could say; asked whether
    // coordination
    // has begun, the respondents said no
    Organization o =
        Organization.builder()
            .name("Quiet")
            .employees(2_000)
            .addFactEvidence(
                FactEvidence.of(Fact.EXECUTIVE_SPONSOR_NAMED, Truth.UNKNOWN),
                FactEvidence.of(Fact.COORDINATION_BEGUN, Truth.FALSE))
            .build();
    assertEquals(Truth.UNKNOWN, FactMeaning.COORDINATION_BEGUN.truth(o));
    assertEquals(
        Status.UNKNOWN,
        Gates.stages()
            .gate(Stage.FORMALIZED)
            .evaluate(o)
            .outcome("stage.formalized.coordination-begun")
            .status());
    assertEquals(
        "no sponsor named and no hub staffed; on a sponsor, asked, nobody could say (self-reported);"
            + " stated: no (self-reported)",
        FactMeaning.COORDINATION_BEGUN.evidence(o));
    // once the sponsor is known, it decides; where there is none, the "no" does
    assertEquals(
        Truth.TRUE,
        FactMeaning.COORDINATION_BEGUN.truth(
            o.withFactEvidence(
                List.of(
                    FactEvidence.of(Fact.EXECUTIVE_SPONSOR_NAMED, Truth.TRUE),
                    FactEvidence.of(Fact.COORDINATION_BEGUN, Truth.FALSE)))));
    assertEquals(
        Truth.FALSE,
        FactMeaning.COORDINATION_BEGUN.truth(
            o.withFactEvidence(
                List.of(
                    FactEvidence.of(Fact.EXECUTIVE_SPONSOR_NAMED, Truth.FALSE),
                    FactEvidence.of(Fact.COORDINATION_BEGUN, Truth.FALSE)))));
  }

  @Test
  void aPolicy_doesNotBeginCoordination() {
    // issue #27: a policy for every employee, with no sponsor and no hub, is not Formalized's
    // trigger
    Organization o =
        Organization.builder()
            .name("Policy only")
            .employees(2_000)
            .build()
            .withEvidence(Practice.SOCIAL_MEDIA_POLICY, MOST);
    assertEquals(Truth.FALSE, FactMeaning.COORDINATION_BEGUN.truth(o));
    assertEquals(
        Status.FAILED,
        Gates.stages()
            .gate(Stage.FORMALIZED)
            .evaluate(o)
            .outcome("stage.formalized.coordination-begun")
            .status());
  }

  @Test
  void establishing_leavesAFactStatedYesAlone() {
    Organization o =
        Organization.builder()
            .name("Stated")
            .employees(2_000)
            .addFactEvidence(
                FactEvidence.of(
                    Fact.CENTER_OF_EXCELLENCE_STAFFED, Truth.TRUE, "Ana: yes", Basis.INTERVIEW),
                FactEvidence.of(Fact.EXECUTIVE_SPONSOR_NAMED, Truth.TRUE),
                FactEvidence.of(Fact.POLICY_AUTHORITY, Truth.TRUE))
            .build();
    for (Fact f :
        List.of(
            Fact.CENTER_OF_EXCELLENCE_STAFFED,
            Fact.EXECUTIVE_SPONSOR_NAMED,
            Fact.POLICY_AUTHORITY)) {
      assertEquals(Truth.TRUE, FactMeaning.of(f).truth(o), f::name);
      assertEquals(o, FactMeaning.of(f).establish(o, SampleOrganizations.AS_OF), f::name);
    }
    // coordination has begun on the respondents' word (a sponsor and a staffed hub stated): nothing
    // to
    // establish
    assertEquals(Truth.TRUE, FactMeaning.COORDINATION_BEGUN.truth(o));
    assertEquals(o, FactMeaning.COORDINATION_BEGUN.establish(o, SampleOrganizations.AS_OF));
  }

  @Test
  void theDeclaredModel_isNotVerified_whenTheHoneycombTurnsOnAPracticeNotAssessed() {
    Organization o = hive(OrganizationalModel.HUB_AND_SPOKE);
    assertEquals(OrganizationalModel.HUB_AND_SPOKE, ModelFit.recommend(o).model());
    Explanation x =
        Assessor.standard()
            .assess(o, SampleOrganizations.AS_OF)
            .explain("model.declared-fits-evidence");
    assertEquals(
        "model.declared-fits-evidence UNKNOWN: The declared model is the one the evidence supports\n"
            + "  not verified: Declared model matches the recommendation (read: declared"
            + " HUB_AND_SPOKE, recommended HONEYCOMB or HUB_AND_SPOKE)\n"
            + "  to do: ask \u201cHow many employees receive repeated social media training suited"
            + " to their role?\u201d (q.employee-education); \u201cOn how many of the"
            + " organization's accounts does someone check posts before or soon after they go out?"
            + "\u201d (q.moderation-review)\n"
            + "  source: "
            + x.citation(),
        x.toString());
    assertEquals(
        "Not verified: whether the evidence supports Honeycomb or Hub and Spoke turns on practices"
            + " not assessed",
        x.unverified().get(0).message());
    // assessed: the education decides, one way or the other
    assertEquals(
        Status.PASSED,
        Assessor.standard()
            .assess(o.withEvidence(Practice.EMPLOYEE_EDUCATION, SOME), SampleOrganizations.AS_OF)
            .explain("model.declared-fits-evidence")
            .status());
    assertEquals(
        Status.FAILED,
        Assessor.standard()
            .assess(o.withEvidence(Practice.EMPLOYEE_EDUCATION, MOST), SampleOrganizations.AS_OF)
            .explain("model.declared-fits-evidence")
            .status());
    // a model that fits neither is a finding whatever the education turns out to be
    assertEquals(
        Status.FAILED,
        modelRule(hiveBuilder(OrganizationalModel.CENTRALIZED).regulated(false).build()).status());
  }

  @Test
  void aHubNobodyCouldConfirm_leavesTheAlignmentUnknown_neverFailed() {
    Organization o =
        Organization.builder()
            .name("Aligned")
            .employees(2_000)
            .evidence(Practice.EXECUTIVE_SPONSORSHIP, HALF)
            .evidence(Practice.FUNDING, HALF)
            .evidence(Practice.BUSINESS_UNIT_COORDINATION, NONE)
            .addFactEvidence(FactEvidence.of(Fact.CENTER_OF_EXCELLENCE_STAFFED, Truth.UNKNOWN))
            .build();
    Explanation x =
        Assessor.standard()
            .assess(o, SampleOrganizations.AS_OF)
            .explain("success.organization-aligned");
    assertEquals(Status.UNKNOWN, x.status());
    assertEquals(
        List.of("The business units are coordinated, or a staffed hub coordinates them"),
        x.unknown().stream().map(r -> r.criterion()).toList());
    assertEquals(
        Status.FAILED,
        Assessor.standard()
            .assess(
                o.withFactEvidence(
                    List.of(FactEvidence.of(Fact.CENTER_OF_EXCELLENCE_STAFFED, Truth.FALSE))),
                SampleOrganizations.AS_OF)
            .explain("success.organization-aligned")
            .status());
  }

  /** Employees take part and are monitored, and are encouraged to; their education is not assessed. */
  private static Organization hive(OrganizationalModel declared) {
    return hiveBuilder(declared).build();
  }

  private static Organization.Builder hiveBuilder(OrganizationalModel declared) {
    return Organization.builder()
        .name("Hive")
        .employees(2_000)
        .declaredModel(declared)
        .participationStance(ParticipationStance.ENCOURAGED)
        .evidence(Practice.EMPLOYEE_PARTICIPATION, HALF)
        .evidence(Practice.LISTENING, HALF);
  }

  private static Explanation modelRule(Organization o) {
    return Assessor.standard()
        .assess(o, SampleOrganizations.AS_OF)
        .explain("model.declared-fits-evidence");
  }

  @Test
  void aDeclaredCentralizedModel_isNotVerified_whileNobodySaysWhetherARegulatorOverseesIt() {
    // 2,000 employees and no units: centralized if regulated, hub and spoke if not
    Supplier<Organization.Builder> b =
        () ->
            hiveBuilder(OrganizationalModel.CENTRALIZED)
                .evidence(Practice.EMPLOYEE_EDUCATION, SOME)
                .evidence(Practice.MODERATION_REVIEW, NONE);
    Explanation x = modelRule(b.get().build());
    assertEquals(
        "model.declared-fits-evidence UNKNOWN: The declared model is the one the evidence supports\n"
            + "  not verified: Declared model matches the recommendation (read: declared"
            + " CENTRALIZED, recommended CENTRALIZED if regulated, else HUB_AND_SPOKE)\n"
            + "  to do: ask Whether a regulator oversees the company's communications, such as a"
            + " bank's, an insurer's or a hospital's (regulated)\n"
            + "  source: "
            + x.citation(),
        x.toString());
    assertEquals(
        "Not verified: whether the evidence supports Centralized or Hub and Spoke turns on whether"
            + " a regulator oversees the company, which nobody stated",
        x.unverified().get(0).message());
    // stated: it fits, or it does not
    assertEquals(Status.PASSED, modelRule(b.get().regulated(true).build()).status());
    assertEquals(Status.FAILED, modelRule(b.get().regulated(false).build()).status());
    // a declared hub and spoke fits while nobody says, as the recommendation is hub and spoke
    assertEquals(
        Status.PASSED,
        modelRule(
                hiveBuilder(OrganizationalModel.HUB_AND_SPOKE)
                    .evidence(Practice.EMPLOYEE_EDUCATION, SOME)
                    .evidence(Practice.MODERATION_REVIEW, NONE)
                    .build())
            .status());
  }

  @Test
  void aDeclaredHoneycomb_isNotVerified_whileNobodyStatesTheParticipationStance() {
    // every practice the honeycomb reads is there; only the stance is missing
    Supplier<Organization.Builder> b =
        () ->
            Organization.builder()
                .name("Hive")
                .employees(2_000)
                .regulated(false)
                .declaredModel(OrganizationalModel.HONEYCOMB)
                .evidence(Practice.EMPLOYEE_PARTICIPATION, HALF)
                .evidence(Practice.LISTENING, HALF)
                .evidence(Practice.EMPLOYEE_EDUCATION, MOST)
                .evidence(Practice.MODERATION_REVIEW, HALF);
    assertEquals(Truth.UNKNOWN, ModelFit.honeycomb(b.get().build()));
    Explanation x = modelRule(b.get().build());
    assertEquals(Status.UNKNOWN, x.status());
    assertEquals(
        "Not verified: whether the evidence supports Honeycomb or Hub and Spoke turns on a"
            + " participation stance nobody stated",
        x.unverified().get(0).message());
    assertEquals(
        List.of(
            "The organization's stance on employees taking part in social media"
                + " (participationStance)"),
        x.unverified().get(0).ask());
    assertEquals(
        Status.PASSED,
        modelRule(b.get().participationStance(ParticipationStance.ENCOURAGED).build()).status());
    assertEquals(
        Status.FAILED,
        modelRule(b.get().participationStance(ParticipationStance.WITHIN_GUIDELINES).build())
            .status());
  }
}
