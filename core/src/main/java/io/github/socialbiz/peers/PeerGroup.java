package io.github.socialbiz.peers;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.practice.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The peers a {@link PeerFilter} takes from a {@link PeerBase}, once the base has checked that they may be
 * described: their number, and ranks against them. The peers themselves are not handed out.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PeerGroup {

  private final PeerFilter filter;
  private final ImmutableList<Peer> peers;
  private final PeerBase base;

  PeerGroup(PeerFilter filter, ImmutableList<Peer> peers, PeerBase base) {
    this.filter = filter;
    this.peers = peers;
    this.base = base;
  }

  /**
   * Gets the filter that chose the group.
   *
   * @return the filter, not null
   */
  public PeerFilter filter() {
    return filter;
  }

  /**
   * Gets the number of peers.
   *
   * @return the count, at least the base's threshold
   */
  public int size() {
    return peers.size();
  }

  /**
   * Gets the least number of peers any output may describe.
   *
   * @return the base's threshold
   */
  public int threshold() {
    return base.threshold();
  }

  /**
   * Ranks a dimension score among the group's peers (see {@link Rank}).
   *
   * @param dimension  the dimension
   * @param score  the organization's score, as a range
   * @return the rank, not null
   */
  public Rank rank(Dimension dimension, Span score) {
    requireNonNull(dimension, "dimension");
    return rank(requireNonNull(score, "score"), p -> p.score(dimension));
  }

  /**
   * Ranks an overall score among the group's peers (see {@link Rank}).
   *
   * @param score  the organization's overall score, as a range
   * @return the rank, not null
   */
  public Rank rankOverall(Span score) {
    return rank(requireNonNull(score, "score"), Peer::overall);
  }

  private Rank rank(Span own, Function<Peer, Span> of) {
    double low = 0;
    double high = 0;
    for (Peer p : peers) {
      Span s = of.apply(p);
      low += s.high() < own.low() ? 1 : s.high() == own.low() ? 0.5 : 0;
      high += s.low() < own.high() ? 1 : s.low() == own.high() ? 0.5 : 0;
    }
    return new Rank(100 * low / peers.size(), Math.min(100, 100 * high / peers.size()));
  }

  ImmutableList<Peer> peers() {
    return peers;
  }

  /**
   * The peers of another filter that have what a figure needs, if the base lets them be described; else
   * why not, in words a client reads.
   */
  Subgroup subgroup(PeerFilter other, Predicate<Peer> has, String what) {
    List<Peer> members = new ArrayList<>();
    for (Peer p : base.members(other)) {
      if (has.test(p)) {
        members.add(p);
      }
    }
    for (Facet f : Facet.values()) {
      if (f.isIn(other) && !base.facets().contains(f)) {
        return new Subgroup(
            other,
            ImmutableList.of(),
            Optional.of("not shown: this peer base does not compare by " + f.words()));
      }
    }
    Optional<String> refusal = base.refusal(other, members);
    if (refusal.isEmpty()) {
      return new Subgroup(other, ImmutableList.copyOf(members), Optional.empty());
    }
    return new Subgroup(
        other,
        ImmutableList.of(),
        Optional.of(
            members.size() < base.threshold()
                ? "not shown: fewer than "
                    + base.threshold()
                    + " peers ("
                    + other.describe()
                    + ") have "
                    + what
                    + " on record"
                : "not shown: these peers and a neighbouring group would together describe fewer than "
                    + base.threshold()));
  }

  /** Peers a figure rests on, or why the figure is withheld. */
  record Subgroup(PeerFilter filter, ImmutableList<Peer> peers, Optional<String> withheld) {}

  /**
   * Returns the group as text, such as {@code PeerGroup{12 peers: 1,000 to 4,999 employees}}.
   *
   * @return the group as text, not null
   */
  @Override
  public String toString() {
    return "PeerGroup{" + peers.size() + " peers: " + filter.describe() + "}";
  }
}
