package io.github.socialbiz.peers;

import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.profile.Sector;

/** Peers built by hand for tests: every dimension and the overall score at one value. */
final class TestPeers {

  private TestPeers() {}

  /** A peer of 2026-Q2, model 5, 1,000 to 4,999 employees, finance, stage 2, every score {@code score}. */
  static ImmutablePeer peer(double score) {
    Peer.Builder b =
        Peer.builder()
            .assessed(new Quarter(2026, 2))
            .modelVersion(5)
            .sizeBand(SizeBand.FROM_1_000_TO_4_999)
            .sector(Sector.FINANCE_AND_INSURANCE)
            .regulated(false)
            .businessUnits(0)
            .stage(Stage.PRESENCE)
            .possibleStage(Stage.PRESENCE)
            .overall(Span.of(score))
            .completeness(1);
    for (Dimension d : Dimension.values()) {
      b.putScore(d, Span.of(score));
    }
    return (ImmutablePeer) b.build();
  }

  /** A peer with an inventory of {@code accounts}, {@code idle} of them idle. */
  static Peer withAccounts(Peer p, int accounts, double idleShare) {
    return Peer.builder()
        .assessed(p.assessed())
        .modelVersion(p.modelVersion())
        .sizeBand(p.sizeBand())
        .sector(p.sector())
        .addAllRegions(p.regions())
        .regulated(p.regulated())
        .businessUnits(p.businessUnits())
        .stage(p.stage())
        .possibleStage(p.possibleStage())
        .level(p.level())
        .possibleLevel(p.possibleLevel())
        .putAllScores(p.scores())
        .overall(p.overall())
        .completeness(p.completeness())
        .coe(p.coe())
        .accounts(accounts)
        .idleShare(idleShare)
        .build();
  }
}
