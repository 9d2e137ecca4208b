package io.github.socialbiz.peers;

import static io.github.socialbiz.peers.TestPeers.peer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.profile.Sector;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Filters, the cuts a filter could make, and the checks of peers and figures, value by value. */
final class PeerFacetsTest {

  /** Six peers that differ on every facet; one regulated, two that did not say, three not regulated. */
  private static List<Peer> mixed() {
    return List.of(
        peer(0.1).withRegions("EMEA"),
        peer(0.2).withRegions("emea", "North America").withRegulated(true),
        peer(0.3)
            .withSizeBand(SizeBand.FROM_100_000)
            .withSector(Optional.empty())
            .withRegulated(Optional.<Boolean>empty()),
        peer(0.4)
            .withSector(Sector.UTILITIES)
            .withStage(Stage.PLANNING)
            .withRegulated(Optional.<Boolean>empty()),
        peer(0.5).withModelVersion(4).withAssessed(new Quarter(2024, 3)),
        peer(0.6).withCompleteness(0.55).withAssessed(new Quarter(2025, 1)));
  }

  private static String cuts(PeerFilter f, List<Peer> group, Facet... allowed) {
    EnumSet<Facet> set = EnumSet.noneOf(Facet.class);
    set.addAll(List.of(allowed));
    return Facet.tightenings(f, group, set).stream()
        .map(t -> t.facet() + " '" + t.requirement() + "' " + t.failing())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void everyCutAFilterCouldMake_withThePeersItLeavesOut() {
    assertEquals(
        String.join(
            "\n",
            "SIZE_BAND '1,000 to 4,999 employees' 1",
            "SIZE_BAND '100,000 employees or more' 5",
            "SECTOR 'Utilities' 5",
            "SECTOR 'Finance and Insurance' 2",
            "REGION 'operating in EMEA' 4",
            "REGION 'operating in North America' 5",
            // the two that did not say are in neither group
            "REGULATED 'regulated' 5",
            "REGULATED 'not regulated' 3",
            "STAGE 'at stage 1' 5",
            "STAGE 'at stage 2' 1",
            "MODEL_VERSION 'assessed under model 4' 5",
            "MODEL_VERSION 'assessed under model 5' 1",
            "ASSESSED_FROM 'assessed in 2025 or later' 1",
            "ASSESSED_FROM 'assessed in 2026 or later' 2",
            "COMPLETENESS 'at least 60% of practices assessed' 1",
            "COMPLETENESS 'at least 70% of practices assessed' 1",
            "COMPLETENESS 'at least 80% of practices assessed' 1",
            "COMPLETENESS 'at least 90% of practices assessed' 1",
            "COMPLETENESS 'at least 100% of practices assessed' 1"),
        cuts(PeerFilter.all(), mixed(), Facet.values()));
    // a facet the filter already fixes cuts nothing more; a facet not allowed is no cut
    assertEquals(
        "STAGE 'at stage 1' 5\nSTAGE 'at stage 2' 1",
        cuts(
            PeerFilter.all().withSizeBand(SizeBand.FROM_1_000_TO_4_999),
            mixed(),
            Facet.SIZE_BAND,
            Facet.STAGE));
  }

  @Test
  void aFilterTestsEveryRequirement() {
    ImmutablePeer p =
        peer(0.5).withRegions("North America").withRegulated(true).withCompleteness(0.7);
    assertEquals(true, PeerFilter.all().test(p));
    assertEquals(true, PeerFilter.all().withSizeBand(SizeBand.FROM_1_000_TO_4_999).test(p));
    assertEquals(false, PeerFilter.all().withSizeBand(SizeBand.UNDER_1_000).test(p));
    assertEquals(true, PeerFilter.all().withSector(Sector.FINANCE_AND_INSURANCE).test(p));
    assertEquals(false, PeerFilter.all().withSector(Sector.UTILITIES).test(p));
    assertEquals(true, PeerFilter.all().withRegion(" north america ").test(p));
    assertEquals(false, PeerFilter.all().withRegion("EMEA").test(p));
    assertEquals(true, PeerFilter.all().withRegulated(true).test(p));
    assertEquals(false, PeerFilter.all().withRegulated(false).test(p));
    assertEquals(true, PeerFilter.all().withRegulated(false).test(p.withRegulated(false)));
    // a peer that did not say whether it is regulated is neither
    Peer unstated = p.withRegulated(Optional.<Boolean>empty());
    assertEquals(true, PeerFilter.all().test(unstated));
    assertEquals(false, PeerFilter.all().withRegulated(true).test(unstated));
    assertEquals(false, PeerFilter.all().withRegulated(false).test(unstated));
    assertEquals(true, PeerFilter.all().withStage(Stage.PRESENCE).test(p));
    assertEquals(false, PeerFilter.all().withStage(Stage.PLANNING).test(p));
    assertEquals(true, PeerFilter.all().withModelVersion(5).test(p));
    assertEquals(false, PeerFilter.all().withModelVersion(4).test(p));
    assertEquals(true, PeerFilter.all().withAssessedFrom(2026).test(p));
    assertEquals(false, PeerFilter.all().withAssessedFrom(2027).test(p));
    assertEquals(true, PeerFilter.all().withMinCompletenessTenths(7).test(p));
    assertEquals(false, PeerFilter.all().withMinCompletenessTenths(8).test(p));
    assertEquals(
        PeerFilter.all().withAssessedFrom(2024),
        PeerFilter.all().withinYears(2, LocalDate.of(2026, 6, 30)));
  }

  @Test
  void aFilterInWords() {
    PeerFilter f =
        PeerFilter.all()
            .withSizeBand(SizeBand.UNDER_1_000)
            .withSector(Sector.MANUFACTURING)
            .withRegion("EMEA")
            .withRegulated(false)
            .withStage(Stage.ENGAGEMENT)
            .withModelVersion(5)
            .withAssessedFrom(2025)
            .withMinCompletenessTenths(7);
    assertEquals(
        "PeerFilter{under 1,000 employees, Manufacturing (NAICS 31-33), operating in EMEA, not regulated,"
            + " at stage 3, Engagement, assessed under model 5, assessed in 2025 or later, at least 70%"
            + " of practices assessed}",
        f.toString());
    assertEquals("regulated", PeerFilter.all().withRegulated(true).describe());
    assertEquals(
        "5,000 to 99,999 employees",
        PeerFilter.all().withSizeBand(SizeBand.FROM_5_000_TO_99_999).describe());
  }

  @Test
  void aFilterChecksItsRequirements() {
    assertEquals(true, Facet.REGION.isIn(PeerFilter.all().withRegion("EMEA")));
    assertEquals(false, Facet.SECTOR.isIn(PeerFilter.all().withRegion("EMEA")));
    assertEquals("assessed under model 1", PeerFilter.all().withModelVersion(1).describe());
    assertEquals(
        "PeerFilter.region must not be blank when given, but was ' '",
        assertThrows(SocialBusinessException.class, () -> PeerFilter.all().withRegion(" "))
            .getMessage());
    assertEquals(
        "PeerFilter.modelVersion must be at least 1, but was 0",
        assertThrows(SocialBusinessException.class, () -> PeerFilter.all().withModelVersion(0))
            .getMessage());
    assertEquals(
        "PeerFilter.assessedFrom must be between 2000 and 9999, but was 1999",
        assertThrows(SocialBusinessException.class, () -> PeerFilter.all().withAssessedFrom(1999))
            .getMessage());
    assertEquals(
        "PeerFilter.minCompletenessTenths must be between 1 and 10, but was 11",
        assertThrows(
                SocialBusinessException.class, () -> PeerFilter.all().withMinCompletenessTenths(11))
            .getMessage());
    assertEquals(
        "PeerFilter.withinYears must be between 1 and 20, but was 0",
        assertThrows(
                SocialBusinessException.class,
                () -> PeerFilter.all().withinYears(0, LocalDate.of(2026, 1, 1)))
            .getMessage());
  }

  @Test
  void aPeerChecksEveryFigure() {
    ImmutablePeer p = peer(0.5);
    assertEquals(Optional.of(false), p.regulated());
    assertEquals(0, p.businessUnits());
    assertEquals(
        "Peer.completeness must be between 0 and 1, but was 1.5",
        assertThrows(SocialBusinessException.class, () -> p.withCompleteness(1.5)).getMessage());
    assertEquals(
        "Peer.businessUnits must be zero or more, but was -1",
        assertThrows(SocialBusinessException.class, () -> p.withBusinessUnits(-1)).getMessage());
    assertEquals(
        "Peer.regions must not hold a blank name, but held ' '",
        assertThrows(SocialBusinessException.class, () -> p.withRegions(" ")).getMessage());
    assertEquals(
        "Peer.accounts must be at least 1 when given, but was 0",
        assertThrows(SocialBusinessException.class, () -> TestPeers.withAccounts(p, 0, 0))
            .getMessage());
    assertEquals(
        "Peer.idleShare must be between 0 and 1, but was 2.0",
        assertThrows(SocialBusinessException.class, () -> TestPeers.withAccounts(p, 3, 2))
            .getMessage());
    assertEquals(
        "Peer.scores must hold every dimension, but held [STRATEGY]",
        assertThrows(
                SocialBusinessException.class,
                () -> p.withScores(Map.of(Dimension.STRATEGY, Span.of(0.5))))
            .getMessage());
  }

  @Test
  void quartilesCheckTheirOrder() {
    assertEquals(
        "Quartiles.peers must be at least 1, but was 0",
        assertThrows(SocialBusinessException.class, () -> new Quartiles(0, 1, 2, 3)).getMessage());
    assertEquals(
        "Quartiles must satisfy lower <= median <= upper, but were 3.0, 2.0, 1.0",
        assertThrows(SocialBusinessException.class, () -> new Quartiles(3, 3, 2, 1)).getMessage());
  }
}
