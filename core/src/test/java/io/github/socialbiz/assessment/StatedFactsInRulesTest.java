package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Platform;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.rules.Explanation;
import io.github.socialbiz.rules.Status;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.rules.Unverified;
import io.github.socialbiz.source.Statistics;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unknown is never "no" in the standard rules either: a rule that reads a structural fact reads it as the
 * gates do, so the respondents' statement decides where the file is silent, and "nobody could say" is an
 * item to verify that asks the fact's question, never a finding.
 */
final class StatedFactsInRulesTest {

  private static final String POLICY_QUESTION =
      "\u201cDoes the hub or Center of Excellence have the authority to set social media process and"
          + " policy for the organization?\u201d (q.fact.policy-authority)";
  private static final String SPONSOR_QUESTION =
      "\u201cIs a senior executive named as the sponsor of the social program?\u201d"
          + " (q.fact.executive-sponsor-named)";
  private static final String STAFFED_QUESTION =
      "\u201cDoes the hub or Center of Excellence have a roster with a corporate social strategist on"
          + " it, or with members adding up to at least one full-time person?\u201d"
          + " (q.fact.center-of-excellence-staffed)";

  /** A strategist on the roster, one unit without a liaison; no charter, no crisis team, no authority on file. */
  private static Organization quiet(Truth... statements) {
    Organization o =
        Organization.builder()
            .name("Quiet")
            .employees(2_000)
            .coe(
                CenterOfExcellence.builder()
                    .addMembers(Member.of("Ana Ruiz", Role.CORPORATE_SOCIAL_STRATEGIST, 1.0))
                    .build())
            .addBusinessUnits(BusinessUnit.builder().name("Retail").build())
            .build();
    if (statements.length == 0) {
      return o;
    }
    Truth t = statements[0];
    return o.withFactEvidence(
        List.of(
            FactEvidence.of(Fact.POLICY_AUTHORITY, t),
            FactEvidence.of(Fact.CRISIS_TEAM_NAMED, t),
            FactEvidence.of(Fact.CHARTER_WRITTEN, t),
            FactEvidence.of(Fact.BUSINESS_UNIT_LIAISONS, t)));
  }

  private static Explanation explain(Organization o, String ruleId) {
    return Assessor.standard().assess(o, SampleOrganizations.AS_OF).explain(ruleId);
  }

  @ParameterizedTest
  @CsvSource({
    "coe.policy-authority, policy authority: no",
    "crisis.team, no crisis team named",
    "charter.written, no charter",
    "coe.unit-liaisons, without: [Retail]"
  })
  void aFactTheFileDoesNotShow_isDecidedByTheStatement(String ruleId, String onFile) {
    // silence on file and no statement: not in place, as the gates read it
    assertEquals(Status.FAILED, explain(quiet(), ruleId).status());
    assertEquals(Status.PASSED, explain(quiet(Truth.TRUE), ruleId).status());
    assertEquals(
        onFile + "; stated: yes (self-reported)",
        explain(quiet(Truth.TRUE), ruleId).held().get(0).evidence());
    assertEquals(Status.FAILED, explain(quiet(Truth.FALSE), ruleId).status());
    Explanation unknown = explain(quiet(Truth.UNKNOWN), ruleId);
    assertEquals(Status.UNKNOWN, unknown.status());
    assertEquals(List.of(), unknown.findings());
    assertEquals(
        onFile + "; asked, nobody could say (self-reported)", unknown.unknown().get(0).evidence());
  }

  @Test
  void aPolicyAuthorityNobodyCouldConfirm_isAnItemToVerify_askingItsQuestion() {
    Unverified u = explain(quiet(Truth.UNKNOWN), "coe.policy-authority").unverified().get(0);
    assertEquals(
        "Not verified: CoE may set process and policy; the respondents could not say", u.message());
    assertEquals(List.of(POLICY_QUESTION), u.ask());
    assertEquals(
        "Not verified: people are named to respond in a crisis; the respondents could not say",
        explain(quiet(Truth.UNKNOWN), "crisis.team").unverified().get(0).message());
  }

  /** Globex with its sponsor taken off file, and the respondents' statement about one. */
  private static Organization globexWithoutSponsor(Truth stated) {
    Organization g = SampleOrganizations.multinational();
    CenterOfExcellence coe =
        CenterOfExcellence.builder()
            .addAllMembers(g.coe().members())
            .policyAuthority(g.coe().isPolicyAuthority())
            .build();
    return g.withCoe(coe)
        .withFactEvidence(List.of(FactEvidence.of(Fact.EXECUTIVE_SPONSOR_NAMED, stated)));
  }

  @Test
  void aSponsorNobodyCouldConfirm_leavesTheSponsorAndTheRolesUnverified_neverMissing() {
    Organization o = globexWithoutSponsor(Truth.UNKNOWN);
    Assessment a = Assessor.standard().assess(o, SampleOrganizations.AS_OF);
    assertEquals(Stage.FORMALIZED, a.stage());
    Explanation sponsor = a.explain("coe.sponsor");
    assertEquals(Status.UNKNOWN, sponsor.status());
    assertEquals(List.of(SPONSOR_QUESTION), sponsor.unverified().get(0).ask());
    Explanation roles = a.explain("coe.roles-for-stage");
    assertEquals(Status.UNKNOWN, roles.status());
    assertEquals(
        "Not verified: roles expected at Formalized are filled; not known: Executive sponsor",
        roles.unverified().get(0).message());
    assertEquals(List.of(SPONSOR_QUESTION), roles.unverified().get(0).ask());
    assertEquals("not known: Executive sponsor", roles.unknown().get(0).evidence());

    // stated yes: the sponsor and the roles hold on the respondents' word
    Assessment yes =
        Assessor.standard().assess(globexWithoutSponsor(Truth.TRUE), SampleOrganizations.AS_OF);
    assertEquals(Status.PASSED, yes.explain("coe.sponsor").status());
    assertEquals(
        "no sponsor; stated: yes (self-reported)",
        yes.explain("coe.sponsor").held().get(0).evidence());
    assertEquals(Status.PASSED, yes.explain("coe.roles-for-stage").status());

    // stated no: the role is missing, and named
    Explanation no =
        Assessor.standard()
            .assess(globexWithoutSponsor(Truth.FALSE), SampleOrganizations.AS_OF)
            .explain("coe.roles-for-stage");
    assertEquals(Status.FAILED, no.status());
    assertEquals("At Formalized the team lacks: Executive sponsor", no.findings().get(0).message());
  }

  @Test
  void aHubAndSpokeWhoseSponsorNobodyCouldConfirm_isNotVerified_andAsksForTheSponsor() {
    Organization hub =
        Organization.builder()
            .name("Hub")
            .employees(5_000)
            .declaredModel(OrganizationalModel.HUB_AND_SPOKE)
            .coe(
                CenterOfExcellence.builder()
                    .addMembers(Member.of("Ana Ruiz", Role.CORPORATE_SOCIAL_STRATEGIST, 1.0))
                    .build())
            .evidence(Practice.EXECUTIVE_SPONSORSHIP, Adoption.HALF)
            .addFactEvidence(FactEvidence.of(Fact.EXECUTIVE_SPONSOR_NAMED, Truth.UNKNOWN))
            .build();
    Explanation x = explain(hub, "model.hub-and-spoke-sustainable");
    assertEquals(Status.UNKNOWN, x.status());
    assertEquals(List.of(SPONSOR_QUESTION), x.unverified().get(0).ask());
    assertEquals("Not verified: an executive sponsor is named", x.unverified().get(0).message());
  }

  @Test
  void anEmptyRoster_isNoTeamOfZero_whenTheRespondentsSayAHubIsStaffed_orCouldNotSay() {
    Organization g = SampleOrganizations.multinational();
    Organization said =
        g.withCoe(CenterOfExcellence.builder().sponsor("Chief Marketing Officer").build())
            .withFactEvidence(
                List.of(
                    FactEvidence.of(Fact.CENTER_OF_EXCELLENCE_STAFFED, Truth.TRUE),
                    FactEvidence.of(Fact.SOCIAL_STRATEGIST_APPOINTED, Truth.TRUE)));
    Assessment a = Assessor.standard().assess(said, SampleOrganizations.AS_OF);
    Explanation x = a.explain("coe.headcount-benchmark");
    assertEquals(Status.UNKNOWN, x.status());
    assertEquals(
        "Not verified: the respondents say a hub is staffed, but its roster lists nobody; record who"
            + " is on it and their share of time",
        x.unverified().get(0).message());
    assertEquals(List.of(), x.unverified().get(0).ask());
    assertEquals(
        "nobody on the roster; on a staffed hub, stated: yes (self-reported)",
        x.unknown().get(0).evidence());
    Benchmark size = benchmark(a, "team.size.100000-plus.2012");
    assertEquals(Truth.UNKNOWN, size.favourable());
    assertEquals(
        "Not compared: the roster lists nobody, though the respondents say a hub is staffed; record"
            + " who is on it and their share of time",
        size.position());

    Organization unsure =
        said.withFactEvidence(
            List.of(
                FactEvidence.of(Fact.CENTER_OF_EXCELLENCE_STAFFED, Truth.UNKNOWN),
                FactEvidence.of(Fact.SOCIAL_STRATEGIST_APPOINTED, Truth.TRUE)));
    Assessment b = Assessor.standard().assess(unsure, SampleOrganizations.AS_OF);
    assertEquals(
        List.of(STAFFED_QUESTION), b.explain("coe.headcount-benchmark").unverified().get(0).ask());
    assertEquals(
        "Not compared: the roster lists nobody, and the respondents could not say whether a hub is"
            + " staffed; ask "
            + STAFFED_QUESTION,
        benchmark(b, "team.size.100000-plus.2012").position());

    // stated no: no team, and the comparison says so
    Assessment none =
        Assessor.standard()
            .assess(
                said.withFactEvidence(
                    List.of(FactEvidence.of(Fact.CENTER_OF_EXCELLENCE_STAFFED, Truth.FALSE))),
                SampleOrganizations.AS_OF);
    assertEquals(Truth.FALSE, benchmark(none, "team.size.100000-plus.2012").favourable());
  }

  @Test
  void theDedicatedTeamLine_saysWhatIsNotKnown_whenOnlyTheHubIsInDoubt() {
    Organization o =
        Organization.builder()
            .name("Unsure")
            .employees(2_000)
            .evidence(Practice.DEDICATED_TEAM, Adoption.SOME)
            .addFactEvidence(FactEvidence.of(Fact.CENTER_OF_EXCELLENCE_STAFFED, Truth.UNKNOWN))
            .build();
    Benchmark line =
        benchmark(
            Assessor.standard().assess(o, SampleOrganizations.AS_OF), "team.dedicated-share.2013");
    assertEquals(Truth.UNKNOWN, line.favourable());
    assertEquals(
        "Not assessed: whether a hub is staffed (the respondents could not say) decides whether"
            + " the organization is among those with a dedicated social team; ask "
            + STAFFED_QUESTION,
        line.position());
  }

  private static Benchmark benchmark(Assessment a, String id) {
    return a.benchmarks().stream()
        .filter(b -> b.statistic().key().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void noAccountInventory_isNoCountOfAccounts_forTheDecentralizedRule() {
    Organization spread =
        Organization.builder()
            .name("Spread")
            .employees(5_000)
            .declaredModel(OrganizationalModel.DECENTRALIZED)
            .build();
    Explanation x = explain(spread, "model.decentralized-proliferation");
    assertEquals(Status.UNKNOWN, x.status());
    assertEquals(
        "Not verified: how many accounts have been opened; no account inventory is on file",
        x.unverified().get(0).message());
    assertEquals("no account inventory", x.unknown().get(0).evidence());
  }

  private static Organization.Builder threeUnits(OrganizationalModel declared) {
    return Organization.builder()
        .name("Units")
        .employees(5_000)
        .regulated(false)
        .participationStance(ParticipationStance.WITHIN_GUIDELINES)
        .declaredModel(declared)
        .addBusinessUnits(
            BusinessUnit.builder().name("A").build(),
            BusinessUnit.builder().name("B").build(),
            BusinessUnit.builder().name("C").build());
  }

  @Test
  void regionsNobodyListed_areNotOneRegion() {
    Organization o = threeUnits(OrganizationalModel.DANDELION).build();
    ModelRecommendation rec = ModelFit.recommend(o);
    assertEquals(OrganizationalModel.HUB_AND_SPOKE, rec.model());
    assertEquals(
        "No regions are listed: if the units work in two or more regions, the dandelion is the"
            + " better fit",
        rec.reasons().get(1));
    Explanation x = explain(o, "model.declared-fits-evidence");
    assertEquals(Status.UNKNOWN, x.status());
    assertEquals(
        "Not verified: whether the evidence supports Dandelion or Hub and Spoke turns on the regions"
            + " the business units work in, which nobody listed",
        x.unverified().get(0).message());
    assertEquals(
        List.of(
            "In which regions of the world each business unit works (regions, and each unit's"
                + " region)"),
        x.unverified().get(0).ask());
    // listed: it fits, or it does not
    Organization two =
        threeUnits(OrganizationalModel.DANDELION).addRegions("EMEA", "Asia Pacific").build();
    assertEquals(OrganizationalModel.DANDELION, ModelFit.recommend(two).model());
    assertEquals(
        "3 business units across 2 regions act almost as companies of their own",
        ModelFit.recommend(two).reasons().get(0));
    assertEquals(Status.PASSED, explain(two, "model.declared-fits-evidence").status());
    Organization one = threeUnits(OrganizationalModel.DANDELION).addRegions("EMEA").build();
    assertEquals(Status.FAILED, explain(one, "model.declared-fits-evidence").status());
    assertFalse(
        ModelFit.recommend(one).reasons().stream().anyMatch(r -> r.startsWith("No regions")));
  }

  @Test
  void aVeryLargeCompanyWithoutListedRegions_isADandelion_sayingWhy() {
    Organization o =
        Organization.builder()
            .name("Huge")
            .employees(60_000)
            .addBusinessUnits(
                BusinessUnit.builder().name("A").build(),
                BusinessUnit.builder().name("B").build(),
                BusinessUnit.builder().name("C").build())
            .build();
    assertEquals(
        "3 business units of a company of 50,000 or more employees act almost as companies of"
            + " their own",
        ModelFit.recommend(o).reasons().get(0));
  }

  /**
   * Accounts opened in 2025 (four unless given): {@code idle} silent since January 2026, {@code
   * unrecorded} with no activity recorded, the rest active in June 2026.
   */
  private static Organization accounts(int idle, int unrecorded) {
    return accounts(4, idle, unrecorded);
  }

  private static Organization accounts(int count, int idle, int unrecorded) {
    Organization.Builder b = Organization.builder().name("Accounts").employees(2_000);
    for (int i = 0; i < count; i++) {
      SocialAccount.Builder a =
          SocialAccount.builder()
              .platform(Platform.LINKEDIN)
              .handle("acct" + i)
              .owner("Ana Ruiz")
              .created(LocalDate.of(2025, 1, 6));
      if (i < idle) {
        a.lastActivity(LocalDate.of(2026, 1, 5));
      } else if (i >= idle + unrecorded) {
        a.lastActivity(LocalDate.of(2026, 6, 1));
      }
      b.addAccounts(a.build());
    }
    return b.build();
  }

  @Test
  void anAccountWithNoActivityRecorded_isNotIdleSinceItWasOpened() {
    Assessment unknown = Assessor.standard().assess(accounts(0, 4), SampleOrganizations.AS_OF);
    Explanation idle = unknown.explain("accounts.idle");
    assertEquals(Status.UNKNOWN, idle.status());
    assertEquals(
        "Not verified: 4 accounts opened more than 90 days ago have no activity recorded",
        idle.unverified().get(0).message());
    assertEquals(List.of(AccountsBook.ACTIVITY), idle.unverified().get(0).ask());
    Explanation share = unknown.explain("accounts.idle-share");
    assertEquals(Status.UNKNOWN, share.status());
    assertEquals(
        "Not verified: 0.0% to 100.0% of accounts are idle: 4 accounts opened more than 90 days ago"
            + " have no activity recorded",
        share.unverified().get(0).message());
    // a peer of it keeps no account figures rather than a share of idle accounts nobody knows
    Peer peer = Peer.of(unknown);
    assertEquals(Optional.empty(), peer.accounts());
    assertEquals(Optional.empty(), peer.idleShare());

    // two known idle of four: failed, and the count says what is not known
    Assessment some = Assessor.standard().assess(accounts(2, 1), SampleOrganizations.AS_OF);
    Explanation failed = some.explain("accounts.idle");
    assertEquals(Status.FAILED, failed.status());
    assertEquals(
        "2 of 4 idle over 90 days; 1 account opened more than 90 days ago has no activity recorded",
        failed.notHeld().get(0).evidence());
    assertEquals(
        "At least 50.0% of accounts have been idle for more than 90 days, so at least that share is"
            + " semi-idle: at or above the 'nearly a quarter' (25%) that one summary reports"
            + " semi-idle",
        some.explain("accounts.idle-share").findings().get(0).message());

    // every account's activity recorded: the peer has its figures
    Peer known = Peer.of(Assessor.standard().assess(accounts(1, 0), SampleOrganizations.AS_OF));
    assertEquals(Optional.of(4), known.accounts());
    assertEquals(Optional.of(0.25), known.idleShare());
  }

  @Test
  void theIdleShare_isDecidedByWhatIsKnown_whereTheUnknownCannotChangeIt() {
    // one unknown of four: 0% to 25%, and 25% reaches the threshold, so it cannot be told
    assertEquals(Status.UNKNOWN, explain(accounts(0, 1), "accounts.idle-share").status());
    // one known idle of four: 25% reaches it
    assertEquals(Status.FAILED, explain(accounts(1, 0), "accounts.idle-share").status());
    // one idle of five and one unknown: 20% to 40%
    Explanation x = explain(accounts(5, 1, 1), "accounts.idle-share");
    assertEquals(Status.UNKNOWN, x.status());
    assertEquals(
        "20.0% to 40.0% idle; " + Statistics.SEMI_IDLE_ACCOUNTS, x.unknown().get(0).evidence());
    // one unknown of five: at most 20%, below the threshold whatever it turns out to be
    Explanation below = explain(accounts(5, 0, 1), "accounts.idle-share");
    assertEquals(Status.PASSED, below.status());
    assertEquals(
        "0.0% to 20.0% idle; " + Statistics.SEMI_IDLE_ACCOUNTS, below.held().get(0).evidence());
  }

  /** A roster of a community manager, an analyst and a liaison; nobody could say if there is a strategist or a sponsor. */
  private static Organization.Builder unsureOfTheLeads() {
    return Organization.builder()
        .name("Unsure")
        .employees(2_000)
        .addFactEvidence(
            FactEvidence.of(Fact.SOCIAL_STRATEGIST_APPOINTED, Truth.UNKNOWN),
            FactEvidence.of(Fact.EXECUTIVE_SPONSOR_NAMED, Truth.UNKNOWN));
  }

  @Test
  void aResponsibilityOnlyAnUnconfirmedLeadCouldOwn_isNotVerified_neverUnowned() {
    Organization o =
        unsureOfTheLeads()
            .coe(
                CenterOfExcellence.builder()
                    .addMembers(
                        Member.of("Ana Ruiz", Role.COMMUNITY_MANAGER, 1.0),
                        Member.of("Ben Cho", Role.SOCIAL_ANALYST, 1.0),
                        Member.of("Cy Dunn", Role.BUSINESS_UNIT_LIAISON, 1.0))
                    .build())
            .build();
    Explanation x = explain(o, "coe.responsibilities-owned");
    assertEquals(Status.UNKNOWN, x.status());
    assertEquals(
        "Not verified: every responsibility has an owner; not known: Strategy and road"
            + " map, Measurement and accountability, Vendor selection, Governance and policy",
        x.unverified().get(0).message());
    assertEquals(
        List.of(
            "\u201cIs a corporate social strategist appointed and named on the hub's roster?\u201d"
                + " (q.fact.social-strategist-appointed)",
            SPONSOR_QUESTION),
        x.unverified().get(0).ask());

    // without the analyst and the liaison, research and shared services are unowned: a finding,
    // which still says what is not known
    Organization fewer =
        unsureOfTheLeads()
            .coe(
                CenterOfExcellence.builder()
                    .addMembers(Member.of("Ana Ruiz", Role.COMMUNITY_MANAGER, 1.0))
                    .build())
            .build();
    Explanation f = explain(fewer, "coe.responsibilities-owned");
    assertEquals(Status.FAILED, f.status());
    assertEquals(
        "Responsibilities with no owner: Research, Shared services", f.findings().get(0).message());
    assertEquals(
        "missing: Research, Shared services; not known: Strategy and road map, Measurement and"
            + " accountability, Vendor selection, Governance and policy, Cross-unit alignment",
        f.notHeld().get(0).evidence());
  }
}
