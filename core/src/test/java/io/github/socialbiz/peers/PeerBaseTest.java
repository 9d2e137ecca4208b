package io.github.socialbiz.peers;

import static io.github.socialbiz.peers.TestPeers.peer;
import static io.github.socialbiz.peers.TestPeers.withAccounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.profile.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PeerBaseTest {

  /** Ten alike peers scoring 0.1, 0.2, ... 1.0. */
  private static List<Peer> ten() {
    List<Peer> out = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      out.add(peer(i / 10.0));
    }
    return out;
  }

  private static String refusal(PeerBase base, PeerFilter filter) {
    return String.valueOf(
        assertThrows(SocialBusinessException.class, () -> base.group(filter)).getMessage());
  }

  @Test
  void threshold_isFiveUnlessSet_neverBelowThree() {
    PeerBase base = PeerBase.of(ten());
    assertEquals(5, base.threshold());
    assertEquals(3, base.withThreshold(3).threshold());
    assertEquals(10, base.size());
    assertEquals(ten(), base.peers());
    assertEquals("PeerBase{10 peers, threshold 5}", base.toString());
    assertEquals(
        "PeerBase.threshold must be at least 3, but was 2",
        assertThrows(SocialBusinessException.class, () -> base.withThreshold(2)).getMessage());
  }

  @Test
  void aGroupOfAlikePeers_isDescribed() {
    PeerGroup g = PeerBase.of(ten()).group(PeerFilter.all());
    assertEquals(10, g.size());
    assertEquals("PeerGroup{10 peers: all peers}", g.toString());
  }

  @Test
  void aGroupTooSmall_isRefused_sayingHowManyAndWhatToRelax() {
    List<Peer> peers = ten();
    peers.add(peer(0.5).withSizeBand(SizeBand.FROM_100_000).withSector(Sector.UTILITIES));
    peers.add(peer(0.5).withSizeBand(SizeBand.FROM_100_000).withSector(Sector.UTILITIES));
    PeerBase base = PeerBase.of(peers);
    assertEquals(
        "Peer group refused: 2 peers match (100,000 employees or more, Utilities (NAICS 22)), fewer"
            + " than the threshold of 5. Relax a filter; peers matching without the size band, 2;"
            + " without the sector, 2.",
        refusal(
            base,
            PeerFilter.all().withSizeBand(SizeBand.FROM_100_000).withSector(Sector.UTILITIES)));
    assertEquals(
        "Peer group refused: 0 peers match (all peers), fewer than the threshold of 5. The base holds"
            + " only 0 peers.",
        refusal(PeerBase.of(List.of()), PeerFilter.all()));
  }

  @Test
  void aGroupThatAnotherFilterWouldCutByAFew_isRefused() {
    // three of thirteen are regulated: the thirteen and the ten unregulated would describe the
    // three
    List<Peer> peers = ten();
    peers.add(peer(0.5).withRegulated(true));
    peers.add(peer(0.5).withRegulated(true));
    peers.add(peer(0.5).withRegulated(true));
    PeerBase base = PeerBase.of(peers);
    assertEquals(
        "Peer group refused: 13 peers match (all peers), but the requirement 'not regulated' would"
            + " leave out only 3 of them, fewer than the threshold of 5, so this group and the one"
            + " with that requirement would together describe those 3. Add 'not regulated' to the"
            + " filter, or widen it until that requirement leaves out none or at least 5.",
        refusal(base, PeerFilter.all()));
    // the advice works: the unregulated ten are alike
    assertEquals(10, base.group(PeerFilter.all().withRegulated(false)).size());
    // with a threshold of 3 the three may be told apart
    assertEquals(13, base.withThreshold(3).group(PeerFilter.all()).size());
  }

  @Test
  void peersThatDidNotSayWhetherTheyAreRegulated_areNotCountedAsUnregulated() {
    // ten that did not say and three regulated: no filter can pick the ten as "not regulated", so
    // the thirteen describe nobody apart
    List<Peer> peers = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      peers.add(peer(i / 10.0).withRegulated(Optional.<Boolean>empty()));
    }
    peers.add(peer(0.5).withRegulated(true));
    peers.add(peer(0.5).withRegulated(true));
    peers.add(peer(0.5).withRegulated(true));
    PeerBase base = PeerBase.of(peers);
    assertEquals(13, base.group(PeerFilter.all()).size());
    assertEquals(
        "Peer group refused: 0 peers match (not regulated), fewer than the threshold of 5. Relax a"
            + " filter; peers matching without regulated or not, 13.",
        refusal(base, PeerFilter.all().withRegulated(false)));
  }

  @Test
  void anEarlierYearOrALowerCompleteness_countAsCuts() {
    List<Peer> peers = ten();
    peers.add(peer(0.5).withAssessed(new Quarter(2024, 1)));
    assertEquals(
        "Peer group refused: 11 peers match (all peers), but the requirement 'assessed in 2026 or"
            + " later' would leave out only 1 of them, fewer than the threshold of 5, so this group and"
            + " the one with that requirement would together describe those 1. Add 'assessed in 2026 or"
            + " later' to the filter, or widen it until that requirement leaves out none or at least"
            + " 5.",
        refusal(PeerBase.of(peers), PeerFilter.all()));
    List<Peer> partial = ten();
    partial.add(peer(0.5).withCompleteness(0.35));
    assertEquals(
        "at least 40% of practices assessed",
        refusal(PeerBase.of(partial), PeerFilter.all()).replaceAll(".*Add '([^']*)'.*", "$1"));
    assertEquals(
        10, PeerBase.of(partial).group(PeerFilter.all().withMinCompletenessTenths(4)).size());
  }

  @Test
  void aBaseMayAllowSomeFacetsOnly_andThenIgnoresCutsByTheOthers() {
    List<Peer> peers = ten();
    peers.add(peer(0.5).withRegulated(true));
    PeerBase base = PeerBase.of(peers).withFacets(Facet.SIZE_BAND, Facet.STAGE);
    assertEquals("PeerBase{11 peers, threshold 5, by [SIZE_BAND, STAGE]}", base.toString());
    // the one regulated peer cannot be told apart: nobody can ask for regulated peers
    assertEquals(11, base.group(PeerFilter.all()).size());
    assertEquals(
        "Peer group refused: this peer base lets groups be chosen by the size band, the stage only,"
            + " not by regulated or not (regulated).",
        refusal(base, PeerFilter.all().withRegulated(true)));
    assertEquals(
        "PeerBase.facets must name at least one facet, but named none",
        assertThrows(SocialBusinessException.class, () -> base.withFacets()).getMessage());
    PeerComparison c =
        PeerComparison.of(
            peer(0.5), PeerBase.of(ten()).withFacets(Facet.SECTOR).group(PeerFilter.all()));
    assertEquals(
        "not shown: this peer base does not compare by the size band",
        c.coeWithheld().orElseThrow());
  }

  @Test
  void ranks_areMidRanks_andRangesWhereScoresAre() {
    PeerGroup g = PeerBase.of(ten()).group(PeerFilter.all());
    // 0.35 is above three of ten peers
    assertEquals(new Rank(30, 30), g.rankOverall(Span.of(0.35)));
    // 0.5 is above four and equal to one: 45th
    assertEquals(new Rank(45, 45), g.rankOverall(Span.of(0.5)));
    assertEquals("45th percentile", g.rank(Dimension.STRATEGY, Span.of(0.5)).toString());
    // known only as 0.35 to 0.75: above three at worst, seven at best
    assertEquals(new Rank(30, 70), g.rankOverall(new Span(0.35, 0.75)));
    assertEquals(new Rank(0, 0), g.rankOverall(Span.of(0)));
    assertEquals(new Rank(95, 95), g.rankOverall(Span.of(1.0)));
  }

  @Test
  void ranksAgainstPeersKnownOnlyAsRanges() {
    List<Peer> peers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      peers.add(peer(0.2).withOverall(new Span(0.2, 0.8)));
    }
    PeerGroup g = PeerBase.of(peers).group(PeerFilter.all());
    // 0.5 may be below all five or above all five
    assertEquals(new Rank(0, 100), g.rankOverall(Span.of(0.5)));
  }

  @Test
  void comparison_stagesLevelsCoeAndAccounts() {
    List<Peer> peers = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      peers.add(
          withAccounts(
              peer(i / 10.0)
                  .withLevel(MaturityLevel.values()[0])
                  .withCoe(
                      new Staffing(
                          ImmutableMap.of(Role.COMMUNITY_MANAGER, i),
                          ImmutableMap.of(Role.COMMUNITY_MANAGER, i * 0.5))),
              i * 10,
              i / 10.0));
    }
    PeerBase base = PeerBase.of(peers);
    Peer own = peer(0.35);
    PeerComparison c = PeerComparison.of(own, base.group(PeerFilter.all()));
    assertEquals(new Rank(50, 50), c.overall());
    assertEquals(6, c.stages().get(Stage.PRESENCE));
    assertEquals(0, c.stages().get(Stage.PLANNING));
    assertEquals(6, c.levels().get(MaturityLevel.values()[0]));
    assertEquals(0, c.withoutLevel());
    StaffingFigures coe = c.coe().orElseThrow();
    assertEquals(6, coe.size());
    assertEquals("1,000 to 4,999 employees, at stage 2, Presence", coe.peers());
    assertEquals(new Quartiles(6, 2.25, 3.5, 4.75), coe.headcount());
    assertEquals(
        new Quartiles(6, 2.25, 3.5, 4.75), coe.headcountByRole().get(Role.COMMUNITY_MANAGER));
    assertEquals(new Quartiles(6, 0, 0, 0), coe.headcountByRole().get(Role.DEVELOPER));
    assertEquals(new Quartiles(6, 1.125, 1.75, 2.375), coe.fte());
    assertEquals(new Quartiles(6, 22.5, 35, 47.5), c.accounts().orElseThrow().accounts());
    assertEquals("Optional.empty", c.coeWithheld().toString());
    assertEquals("Optional.empty", own.coe().toString());
  }

  @Test
  void comparison_withholdsFiguresOnTooFewPeersOnRecord() {
    List<Peer> peers = ten();
    peers.set(
        0,
        withAccounts(
            peer(0.1)
                .withCoe(
                    new Staffing(
                        ImmutableMap.of(Role.DEVELOPER, 1), ImmutableMap.of(Role.DEVELOPER, 1.0))),
            3,
            0.0));
    PeerComparison c = PeerComparison.of(peer(0.5), PeerBase.of(peers).group(PeerFilter.all()));
    assertEquals("Optional.empty", c.coe().toString());
    assertEquals(
        "not shown: fewer than 5 peers (1,000 to 4,999 employees, at stage 2, Presence) have their"
            + " Center of Excellence on record",
        c.coeWithheld().orElseThrow());
    assertEquals(
        "not shown: fewer than 5 peers (all peers) have an account inventory on record",
        c.accountsWithheld().orElseThrow());
    assertEquals(10, c.withoutLevel());
    assertEquals("PeerComparison{10 peers: all peers, overall 45th percentile}", c.toString());
  }

  @Test
  void aRegionsGroupInsideAnotherRegionsGroup_isNotShownBesideIt() {
    // a peer may operate in several regions: three of the four North American peers operate in EMEA
    // too,
    // so the EMEA group lies inside the North American one and the two would describe the fourth
    // peer
    List<Peer> peers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      peers.add(peer(0.5).withRegions("North America", "EMEA"));
    }
    peers.add(peer(0.9).withRegions("North America"));
    PeerBase base = PeerBase.of(peers).withThreshold(3).withFacets(Facet.REGION);
    assertEquals(
        "Peer group refused: 4 peers match (operating in North America), but the requirement 'also"
            + " operating in EMEA' would leave out only 1 of them, fewer than the threshold of 3, so"
            + " this group and the one with that requirement would together describe those 1. Widen"
            + " the filter until that requirement leaves out none or at least 3.",
        refusal(base, PeerFilter.all().withRegion("North America")));
    assertEquals(3, base.group(PeerFilter.all().withRegion("emea")).size());
  }
}
