package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.peers.PeerBase;
import io.github.socialbiz.peers.PeerFilter;
import io.github.socialbiz.peers.Span;
import io.github.socialbiz.peers.Staffing;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.testing.ReportFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The "Among your peers" section, in Markdown and HTML. */
final class PeerSectionTest {

  private static final Assessment HARBOR =
      SocialBusiness.assess(SampleOrganizations.listeningPilot(), LocalDate.of(2026, 6, 30));

  /** Six peers of Harbor's size and stage, scoring 0.1 to 0.6, with CoE and accounts on record. */
  static List<Peer> peers() {
    List<Peer> out = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      out.add(
          ReportFixtures.peer(HARBOR.stage(), Span.of(i / 10.0))
              .coe(
                  new Staffing(
                      ImmutableMap.of(Role.COMMUNITY_MANAGER, i),
                      ImmutableMap.of(Role.COMMUNITY_MANAGER, i * 0.5)))
              .accounts(i * 4)
              .idleShare(0.25)
              .build());
    }
    return out;
  }

  static ReportContext context() {
    return ReportContext.of(HARBOR)
        .withPeers(PeerBase.of(peers()).compare(HARBOR, PeerFilter.all()));
  }

  /**
   * Ten peers like Harbor, half regulated: the five with a CoE on record are four regulated and one not,
   * so that requirement would single one out; only four have an inventory.
   */
  static List<Peer> withheld() {
    List<Peer> out = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      boolean coe = i <= 5;
      Peer.Builder b =
          ReportFixtures.peer(HARBOR.stage(), Span.of(i / 10.0)).regulated(coe ? i <= 4 : i == 6);
      if (coe) {
        b.coe(
            new Staffing(
                ImmutableMap.of(Role.COMMUNITY_MANAGER, i),
                ImmutableMap.of(Role.COMMUNITY_MANAGER, i * 0.5)));
      }
      if (i >= 7) {
        b.accounts(i).idleShare(0.5);
      }
      out.add(b.build());
    }
    return out;
  }

  @Test
  void figuresOnTooFewPeers_areWithheld_sayingWhy() {
    String md =
        Reports.markdown(
            ReportContext.of(HARBOR)
                .withPeers(PeerBase.of(withheld()).compare(HARBOR, PeerFilter.all())));
    assertTrue(
        md.contains(
            "Center of Excellence. The organization's CoE roster is not on record, so it is not"
                + " compared (an empty roster is not counted as no one). Peer figures: not shown:"
                + " these peers and a neighbouring group would together describe fewer than 5.\n"),
        md);
    assertTrue(
        md.contains(
            "Social accounts. The organization has 2 accounts, 50% of them idle for more than 90"
                + " days. Peer figures: not shown: fewer than 5 peers (all peers) have an account"
                + " inventory on record.\n"),
        md);
  }

  @Test
  void accountsWithoutRecordedActivity_areNotCompared_sayingWhy() {
    Organization o = SampleOrganizations.listeningPilot();
    List<SocialAccount> silent = new ArrayList<>();
    for (SocialAccount a : o.accounts()) {
      silent.add(SocialAccount.of(a.platform(), a.handle(), LocalDate.of(2020, 1, 6)));
    }
    Assessment a = SocialBusiness.assess(o.withAccounts(silent), LocalDate.of(2026, 6, 30));
    String md =
        Reports.markdown(
            ReportContext.of(a).withPeers(PeerBase.of(peers()).compare(a, PeerFilter.all())));
    assertTrue(
        md.contains(
            "Social accounts. The organization's accounts are not on record with their activity (no"
                + " inventory, or an account whose last activity is not recorded), so they are not"
                + " compared. Among 6 peers with an inventory,"),
        md);
  }

  @Test
  void markdown_saysWhatIsComparedAndWithWhom() {
    String md = Reports.markdown(context());
    String section = md.substring(md.indexOf("## Among your peers"));
    int next = section.indexOf("\n## ", 3);
    assertEquals(
        "## Among your peers\n\n"
            + "Compared with 6 organizations we have assessed (all peers). They are anonymous, and no"
            + " figure here rests on fewer than 5 of them. A percentile is the share of these peers"
            + " scoring below the organization, ties counted half: the 50th is the middle. Where"
            + " practices were not assessed, here or at a peer, the percentile is a range from the"
            + " least to the most it could be.\n\n"
            + "| Dimension | Among the peers |\n|---|---|\n"
            + "| Strategy | 8th percentile |\n| Governance | 0th percentile |\n"
            + "| Organization | 0th percentile |\n| Process | 0th percentile |\n"
            + "| Education | 0th percentile |\n| Engagement | 8th percentile |\n"
            + "| Measurement | 0th percentile |\n| Overall | 0th percentile |\n\n"
            + "Stages. Among the peers, 6 at stage 1, Planning. The organization's evidence proves"
            + " stage 1, Planning.\n\n"
            + "Center of Excellence. The organization's CoE roster is not on record, so it is not"
            + " compared (an empty roster is not counted as no one). Among 6 peers of the same size"
            + " and stage (1,000 to 4,999 employees, at stage 1, Planning) whose CoE is on record, the"
            + " median CoE has 3.5 people (the middle half of the peers between 2.3 and 4.8) and 1.8"
            + " FTE.\n\n"
            + "| Role | Peers: people, median (middle half) | Peers: FTE | This organization |\n"
            + "|---|---|---|---|\n"
            + "| Community manager | 3.5 (2.3 to 4.8) | 1.8 (1.1 to 2.4) | not on record |\n\n"
            + "Social accounts. The organization has 2 accounts, 50% of them idle for more than 90"
            + " days. Among 6 peers with an inventory, the median is 14 accounts (the middle half of"
            + " the peers between 9 and 19), 25% of them idle (the middle half of the peers at"
            + " 25%).\n",
        next < 0 ? section : section.substring(0, next));
  }

  @Test
  void theChart_isTheCommittedPicture() throws Exception {
    assertEquals(
        new String(
            Objects.requireNonNull(PeerSectionTest.class.getResourceAsStream("peer-chart.svg"))
                .readAllBytes(),
            StandardCharsets.UTF_8),
        PeerSection.chart(ReportFixtures.bluefinAmongPeers()));
  }

  @Test
  void markdown_ofAnOrganizationWithARosterAndAccounts() {
    String md =
        Reports.markdown(
            ReportContext.of(
                    SocialBusiness.assess(
                        SampleOrganizations.presenceWithoutResponse(), LocalDate.of(2026, 6, 30)))
                .withPeers(ReportFixtures.bluefinAmongPeers()));
    int start = md.indexOf("## Among your peers");
    assertEquals(
        String.join(
            "\n",
            "## Among your peers",
            "",
            "Compared with 8 organizations we have assessed (all peers). They are anonymous, and no figure here rests on fewer than 5 of them. A percentile is the share of these peers scoring below the organization, ties counted half: the 50th is the middle. Where practices were not assessed, here or at a peer, the percentile is a range from the least to the most it could be.",
            "",
            "| Dimension | Among the peers |",
            "|---|---|",
            "| Strategy | 19th to 25th percentile |",
            "| Governance | 25th percentile |",
            "| Organization | 0th percentile |",
            "| Process | 0th percentile |",
            "| Education | 0th to 6th percentile |",
            "| Engagement | 31st to 38th percentile |",
            "| Measurement | 0th to 6th percentile |",
            "| Overall | 13th percentile |",
            "",
            "Stages. Among the peers, 8 at stage 2, Presence. The organization's evidence proves stage 2, Presence.",
            "",
            "Center of Excellence. The organization's CoE has 1 person (0.5 FTE). Among 8 peers of the same size and stage (1,000 to 4,999 employees, at stage 2, Presence) whose CoE is on record, the median CoE has 4.5 people (the middle half of the peers between 2.8 and 6.3) and 2.3 FTE.",
            "",
            "| Role | Peers: people, median (middle half) | Peers: FTE | This organization |",
            "|---|---|---|---|",
            "| Community manager | 4.5 (2.8 to 6.3) | 2.3 (1.4 to 3.1) | 0 (0 FTE) |",
            "| Campaign or product manager | 0 (0 to 0) | 0 (0 to 0) | 1 (0.5 FTE) |",
            "",
            "Social accounts. The organization has 14 accounts, 21% of them idle for more than 90 days. Among 8 peers with an inventory, the median is 18 accounts (the middle half of the peers between 11 and 25), 10% of them idle (the middle half of the peers between 8% and 20%).",
            ""),
        md.substring(start, md.indexOf("\n## ", start + 3)));
  }

  @Test
  void html_drawsThePercentiles() {
    String html = Reports.html(context());
    assertTrue(html.contains("aria-label=\"Percentile among peers\""));
    assertEquals(
        "ReportContext{Harbor Credit Union as of 2026-06-30, 6 peers}", context().toString());
  }
}
