package io.github.socialbiz.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Platform;
import io.github.socialbiz.profile.Sector;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.rules.Truth;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An assessment reduced to a peer: what it keeps, what it drops, and what stays unknown. */
final class PeerTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static Organization.Builder acme() {
    return Organization.builder()
        .name("Acme Bank")
        .employees(4_000)
        .regulated(true)
        .industry("Retail banking in the Midwest")
        .sector(Sector.FINANCE_AND_INSURANCE)
        .addRegions("North America");
  }

  private static SocialAccount account(
      Platform platform, String handle, LocalDate created, LocalDate lastActivity) {
    return SocialAccount.builder()
        .platform(platform)
        .handle(handle)
        .created(created)
        .lastActivity(lastActivity)
        .build();
  }

  @Test
  void keepsTheFiguresOfABenchmark_andNoName() {
    Organization o =
        acme()
            .coe(
                CenterOfExcellence.builder()
                    .addMembers(
                        Member.of("Dana Lee", Role.CORPORATE_SOCIAL_STRATEGIST, 1.0),
                        Member.of("Raj Patel", Role.COMMUNITY_MANAGER, 0.5),
                        Member.of("Li Wei", Role.COMMUNITY_MANAGER, 1.0))
                    .build())
            .addAccounts(
                // idle 121 days, active 9 days ago, last active in 2024
                account(
                    Platform.TWITTER,
                    "acmebank",
                    LocalDate.of(2020, 1, 1),
                    LocalDate.of(2026, 3, 1)),
                account(
                    Platform.LINKEDIN,
                    "acme-bank",
                    LocalDate.of(2020, 1, 1),
                    LocalDate.of(2026, 6, 21)),
                account(
                    Platform.FACEBOOK,
                    "acmebankcares",
                    LocalDate.of(2024, 5, 1),
                    LocalDate.of(2024, 5, 2)),
                // silent for exactly 90 days: not yet idle
                account(
                    Platform.YOUTUBE, "acmebanktv", LocalDate.of(2020, 1, 1), AS_OF.minusDays(90)))
            .build();
    Peer p = Peer.of(SocialBusiness.assess(o, AS_OF));
    assertEquals(new Quarter(2026, 2), p.assessed());
    assertEquals(6, p.modelVersion());
    assertEquals(SizeBand.FROM_1_000_TO_4_999, p.sizeBand());
    assertEquals("Optional[FINANCE_AND_INSURANCE]", p.sector().toString());
    assertEquals("[North America]", p.regions().toString());
    assertEquals("Optional[true]", p.regulated().toString());
    assertEquals(0, p.businessUnits());
    assertEquals(
        ImmutableMap.of(Role.CORPORATE_SOCIAL_STRATEGIST, 1, Role.COMMUNITY_MANAGER, 2),
        p.coe().orElseThrow().headcount());
    assertEquals(1.5, p.coe().orElseThrow().fte(Role.COMMUNITY_MANAGER));
    assertEquals("Optional[4]", p.accounts().toString());
    assertEquals(0.5, p.idleShare().orElseThrow());
    // nothing in the peer's text or values names the bank, its people or its handles
    String all = p.toString() + p.coe() + p.regions() + p.sector();
    for (String name : new String[] {"Acme", "Dana", "Raj", "Li Wei", "acmebank", "Midwest"}) {
      assertEquals(false, all.contains(name), name);
    }
  }

  @Test
  void anEmptyRosterOrInventory_isNotKnown_neverZero() {
    Peer silent = Peer.of(SocialBusiness.assess(acme().build(), AS_OF));
    assertEquals("Optional.empty", silent.coe().toString());
    assertEquals("Optional.empty", silent.accounts().toString());
    assertEquals("Optional.empty", silent.idleShare().toString());
    // respondents said yes, but nobody is on the roster: how many is not known
    Peer saidYes =
        Peer.of(
            SocialBusiness.assess(
                acme()
                    .addFactEvidence(FactEvidence.of(Fact.CENTER_OF_EXCELLENCE_STAFFED, Truth.TRUE))
                    .build(),
                AS_OF));
    assertEquals("Optional.empty", saidYes.coe().toString());
    // respondents said there is no staffed CoE: none, known
    Peer saidNo =
        Peer.of(
            SocialBusiness.assess(
                acme()
                    .addFactEvidence(
                        FactEvidence.of(Fact.CENTER_OF_EXCELLENCE_STAFFED, Truth.FALSE))
                    .build(),
                AS_OF));
    assertEquals(0, saidNo.coe().orElseThrow().totalHeadcount());
  }

  @Test
  void scoresAreRanges_asTheAssessmentLeavesThem() {
    Peer p = Peer.of(SocialBusiness.assess(acme().build(), AS_OF));
    // nothing assessed: every score runs from 0 to 1
    assertEquals(new Span(0, 1), p.overall());
    assertEquals(0.0, p.completeness());
  }

  @Test
  void aPeerChecksItsFigures() {
    ImmutablePeer p = TestPeers.peer(0.5);
    assertEquals(
        "Peer.accounts and idleShare must be both given or both absent, but were Optional[3] and"
            + " Optional.empty",
        assertThrows(SocialBusinessException.class, () -> p.withAccounts(3)).getMessage());
    assertEquals(
        "Peer.possibleStage must not be below stage, but was PLANNING against PRESENCE",
        assertThrows(SocialBusinessException.class, () -> p.withPossibleStage(Stage.PLANNING))
            .getMessage());
    assertEquals(
        "Peer.modelVersion must be between 1 and 6, but was 7",
        assertThrows(SocialBusinessException.class, () -> p.withModelVersion(7)).getMessage());
    assertEquals(
        "Peer{2026-Q2, FROM_1_000_TO_4_999, FINANCE_AND_INSURANCE, PRESENCE, overall 0.50}",
        p.toString());
  }
}
