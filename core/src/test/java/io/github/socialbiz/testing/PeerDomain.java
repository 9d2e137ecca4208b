package io.github.socialbiz.testing;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.peers.Facet;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.peers.PeerFilter;
import io.github.socialbiz.peers.Quarter;
import io.github.socialbiz.peers.Span;
import io.github.socialbiz.peers.Staffing;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.profile.Sector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * Arbitrary peers, bases and filters over small domains (two size bands, two sectors, two regions, three
 * stages, two model versions, three years), so that groups overlap and come close to the threshold.
 */
public class PeerDomain extends DomainContextBase {

  private static final List<SizeBand> BANDS =
      List.of(SizeBand.FROM_1_000_TO_4_999, SizeBand.FROM_5_000_TO_99_999);
  private static final List<Sector> SECTORS =
      List.of(Sector.FINANCE_AND_INSURANCE, Sector.MANUFACTURING);
  private static final List<String> REGIONS = List.of("EMEA", "North America");
  private static final List<Stage> STAGES =
      List.of(Stage.PRESENCE, Stage.ENGAGEMENT, Stage.FORMALIZED);

  /** A score span on a grid of tenths. */
  @Provide
  public Arbitrary<Span> spans() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 10))
        .as((a, b) -> new Span(Math.min(a, b) / 10.0, Math.max(a, b) / 10.0));
  }

  /** A peer. */
  @Provide
  public Arbitrary<Peer> peers() {
    Arbitrary<Optional<Staffing>> coe =
        Arbitraries.integers()
            .between(0, 4)
            .map(
                n ->
                    n == 0
                        ? new Staffing(ImmutableMap.of(), ImmutableMap.of())
                        : new Staffing(
                            ImmutableMap.of(Role.COMMUNITY_MANAGER, n),
                            ImmutableMap.of(Role.COMMUNITY_MANAGER, n * 0.5)))
            .optional(0.7);
    Arbitrary<Optional<int[]>> accounts =
        Combinators.combine(
                Arbitraries.integers().between(1, 50), Arbitraries.integers().between(0, 10))
            .as((n, idle) -> new int[] {n, Math.min(n, idle)})
            .optional(0.7);
    Arbitrary<Quarter> quarters =
        Combinators.combine(
                Arbitraries.integers().between(2024, 2026), Arbitraries.integers().between(1, 4))
            .as(Quarter::new);
    return Combinators.combine(
            Combinators.combine(
                    quarters,
                    Arbitraries.of(4, 5),
                    Arbitraries.of(BANDS),
                    Arbitraries.of(SECTORS).optional(0.8),
                    Arbitraries.subsetOf(REGIONS),
                    Arbitraries.of(true, false).optional(0.7),
                    Arbitraries.of(STAGES),
                    Arbitraries.of(MaturityLevel.class).optional())
                .as(Head::new),
            spans(),
            spans().list().ofSize(Dimension.values().length),
            Arbitraries.integers().between(0, 10),
            coe,
            accounts)
        .as(
            (head, overall, scores, tenths, staffing, inventory) -> {
              Peer.Builder b =
                  Peer.builder()
                      .assessed(head.assessed())
                      .modelVersion(head.model())
                      .sizeBand(head.band())
                      .sector(head.sector())
                      .addAllRegions(head.regions())
                      .regulated(head.regulated())
                      .businessUnits(0)
                      .stage(head.stage())
                      .possibleStage(head.stage())
                      .level(head.level())
                      .possibleLevel(head.level())
                      .overall(overall)
                      .completeness(tenths / 10.0)
                      .coe(staffing);
              for (Dimension d : Dimension.values()) {
                b.putScore(d, scores.get(d.ordinal()));
              }
              inventory.ifPresent(i -> b.accounts(i[0]).idleShare((double) i[1] / i[0]));
              return b.build();
            });
  }

  private record Head(
      Quarter assessed,
      int model,
      SizeBand band,
      Optional<Sector> sector,
      Set<String> regions,
      Optional<Boolean> regulated,
      Stage stage,
      Optional<MaturityLevel> level) {}

  /**
   * A base as real ones are: a few kinds of organization, each assessed several times over (peers alike
   * but for their scores, completeness and dates), and some peers unlike any other.
   */
  @Provide
  public Arbitrary<List<Peer>> bases() {
    Arbitrary<List<Peer>> kind =
        Combinators.combine(peers(), Arbitraries.integers().between(1, 12))
            .as((p, n) -> Collections.nCopies(n, p));
    return Combinators.combine(kind.list().ofMinSize(1).ofMaxSize(4), peers().list().ofMaxSize(1))
        .as(
            (kinds, odd) -> {
              List<Peer> out = new ArrayList<>();
              kinds.forEach(out::addAll);
              out.addAll(odd);
              return out;
            });
  }

  /** Some facets, at least one. */
  @Provide
  public Arbitrary<Set<Facet>> facets() {
    return Arbitraries.subsetOf(Facet.values()).ofMinSize(1);
  }

  /** A filter over the same small domains, each requirement present or not. */
  @Provide
  public Arbitrary<PeerFilter> filters() {
    return Combinators.combine(
            Arbitraries.of(BANDS).optional(0.4),
            Arbitraries.of(SECTORS).optional(0.4),
            Arbitraries.of(REGIONS).optional(0.3),
            Arbitraries.of(true, false).optional(0.3),
            Arbitraries.of(STAGES).optional(0.3),
            Arbitraries.of(4, 5).optional(0.3),
            Arbitraries.integers().between(2024, 2026).optional(0.3),
            Arbitraries.integers().between(1, 10).optional(0.3))
        .as(
            (band, sector, region, regulated, stage, model, from, tenths) -> {
              PeerFilter f = PeerFilter.all();
              f = band.isPresent() ? f.withSizeBand(band.get()) : f;
              f = sector.isPresent() ? f.withSector(sector.get()) : f;
              f = region.isPresent() ? f.withRegion(region.get()) : f;
              f = regulated.isPresent() ? f.withRegulated(regulated.get()) : f;
              f = stage.isPresent() ? f.withStage(stage.get()) : f;
              f = model.isPresent() ? f.withModelVersion(model.get()) : f;
              f = from.isPresent() ? f.withAssessedFrom(from.get()) : f;
              return tenths.isPresent() ? f.withMinCompletenessTenths(tenths.get()) : f;
            });
  }
}
