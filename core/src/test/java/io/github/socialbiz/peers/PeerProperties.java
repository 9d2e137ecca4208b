package io.github.socialbiz.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.testing.PeerDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/**
 * The semantics of peer benchmarks: ranks are monotone, independent of the peers' order and equal for
 * equal organizations; no output describes fewer peers than the threshold, directly or as the difference
 * of two groups one inside the other.
 */
@Domain(PeerDomain.class)
@Domain(DomainContext.Global.class)
final class PeerProperties {

  private static PeerGroup unchecked(List<Peer> peers) {
    return new PeerGroup(PeerFilter.all(), ImmutableList.copyOf(peers), PeerBase.of(peers));
  }

  @Property
  void raisingAScore_neverLowersItsRank(
      @ForAll @Size(min = 1, max = 30) List<Peer> peers,
      @ForAll Span score,
      @ForAll @IntRange(min = 0, max = 10) int lowUp,
      @ForAll @IntRange(min = 0, max = 10) int highUp) {
    double high = Math.min(1, score.high() + highUp / 10.0);
    double low = Math.min(high, score.low() + lowUp / 10.0);
    Span raised = new Span(low, high);
    PeerGroup g = unchecked(peers);
    for (Dimension d : Dimension.values()) {
      Rank before = g.rank(d, score);
      Rank after = g.rank(d, raised);
      assertTrue(after.low() >= before.low(), () -> before + " -> " + after);
      assertTrue(after.high() >= before.high(), () -> before + " -> " + after);
    }
    assertTrue(g.rankOverall(raised).low() >= g.rankOverall(score).low());
  }

  @Property
  void ranks_areIndependentOfThePeersOrder_andEqualForEqualScores(
      @ForAll @Size(min = 1, max = 30) List<Peer> peers, @ForAll Span score, @ForAll long seed) {
    List<Peer> shuffled = new ArrayList<>(peers);
    Collections.shuffle(shuffled, new Random(seed));
    Span same = new Span(score.low(), score.high());
    for (Dimension d : Dimension.values()) {
      assertEquals(unchecked(peers).rank(d, score), unchecked(shuffled).rank(d, same));
    }
  }

  @Property
  void aRankIsARangeWithinZeroAndHundred(
      @ForAll @Size(min = 1, max = 30) List<Peer> peers, @ForAll Span score) {
    Rank r = unchecked(peers).rankOverall(score);
    assertTrue(0 <= r.low() && r.low() <= r.high() && r.high() <= 100, r::toString);
  }

  /** The group a filter takes, or empty when refused; a refusal is the documented exception. */
  private static Optional<PeerGroup> group(PeerBase base, PeerFilter f) {
    try {
      return Optional.of(base.group(f));
    } catch (SocialBusinessException e) {
      assertTrue(String.valueOf(e.getMessage()).startsWith("Peer group refused: "), e::getMessage);
      return Optional.empty();
    }
  }

  @Property
  void noGroupOrDifferenceOfNestedGroups_isSmallerThanTheThreshold(
      @ForAll("bases") List<Peer> peers,
      @ForAll @IntRange(min = 3, max = 6) int threshold,
      @ForAll Set<Facet> facets,
      @ForAll PeerFilter first,
      @ForAll PeerFilter second) {
    PeerBase base =
        PeerBase.of(peers).withThreshold(threshold).withFacets(facets.toArray(new Facet[0]));
    // the second filter on top of the first: a group inside the first's, overlapping filters
    first = only(first, facets);
    second = only(second, facets);
    PeerFilter both = Combine.both(first, second);
    List<PeerFilter> filters = List.of(first, second, both);
    List<Optional<PeerGroup>> groups = new ArrayList<>();
    for (PeerFilter f : filters) {
      Optional<PeerGroup> g = group(base, f);
      g.ifPresent(x -> assertTrue(x.size() >= threshold, x::toString));
      groups.add(g);
    }
    for (int i = 0; i < filters.size(); i++) {
      for (int j = 0; j < filters.size(); j++) {
        if (groups.get(i).isPresent() && groups.get(j).isPresent()) {
          Multiset<Peer> a = HashMultiset.create(groups.get(i).get().peers());
          Multiset<Peer> b = HashMultiset.create(groups.get(j).get().peers());
          if (Multisets.containsOccurrences(a, b)) {
            int difference = a.size() - b.size();
            assertTrue(
                difference == 0 || difference >= threshold,
                () -> filters + " differ by " + difference);
          }
        }
      }
    }
    Statistics.label("groups shown").collect(groups.stream().filter(Optional::isPresent).count());
  }

  @Property
  void everyFigureShown_restsOnAtLeastTheThreshold(
      @ForAll("bases") List<Peer> peers,
      @ForAll @IntRange(min = 3, max = 6) int threshold,
      @ForAll Set<Facet> facets,
      @ForAll PeerFilter filter,
      @ForAll Peer own) {
    PeerBase base =
        PeerBase.of(peers).withThreshold(threshold).withFacets(facets.toArray(new Facet[0]));
    Optional<PeerGroup> g = group(base, only(filter, facets));
    Statistics.label("group shown").collect(g.isPresent());
    // a refused group is its own guarantee (group() checks the refusal's words); no try is
    // discarded,
    // so that PIT's ten tries can never leave the property without a check
    if (g.isEmpty()) {
      return;
    }
    PeerComparison c = PeerComparison.of(own, g.get());
    assertEquals(c.coe().isEmpty(), c.coeWithheld().isPresent());
    assertEquals(c.accounts().isEmpty(), c.accountsWithheld().isPresent());
    c.coe().ifPresent(s -> assertTrue(s.size() >= threshold && s.headcount().peers() == s.size()));
    c.accounts()
        .ifPresent(a -> assertTrue(a.size() >= threshold && a.accounts().peers() == a.size()));
    assertEquals(g.get().size(), c.stages().values().stream().mapToInt(Integer::intValue).sum());
  }

  @Provide
  Arbitrary<List<Peer>> bases() {
    return new PeerDomain().bases();
  }

  /** The filter without the requirements of facets not allowed. */
  static PeerFilter only(PeerFilter f, Set<Facet> allowed) {
    PeerFilter out = f;
    for (Facet facet : Facet.values()) {
      if (!allowed.contains(facet)) {
        out = facet.without(out);
      }
    }
    return out;
  }

  /** Two filters' requirements together, the second's where both require the same facet. */
  static final class Combine {
    private Combine() {}

    static PeerFilter both(PeerFilter a, PeerFilter b) {
      PeerFilter f = a;
      f = b.sizeBand().isPresent() ? f.withSizeBand(b.sizeBand().get()) : f;
      f = b.sector().isPresent() ? f.withSector(b.sector().get()) : f;
      f = b.region().isPresent() ? f.withRegion(b.region().get()) : f;
      f = b.regulated().isPresent() ? f.withRegulated(b.regulated().get()) : f;
      f = b.stage().isPresent() ? f.withStage(b.stage().get()) : f;
      f = b.modelVersion().isPresent() ? f.withModelVersion(b.modelVersion().get()) : f;
      f = b.assessedFrom().isPresent() ? f.withAssessedFrom(b.assessedFrom().get()) : f;
      return b.minCompletenessTenths().isPresent()
          ? f.withMinCompletenessTenths(b.minCompletenessTenths().get())
          : f;
    }
  }
}
