package io.github.socialbiz.peers;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A consultancy's own benchmark: anonymous {@link Peer}s, one per assessment, and the least number of peers
 * any output may describe (the threshold, 5 unless set, never below 3).
 *
 * <pre>{@code
 * PeerBase base = PeerBase.of(assessments.stream().map(Peer::of).toList());
 * PeerComparison c = base.compare(assessment, PeerFilter.all().withSizeBand(SizeBand.FROM_1_000_TO_4_999));
 * c.overall();   // such as "62nd percentile"
 * }</pre>
 *
 * <p><b>No group smaller than the threshold is described, directly or as the difference of two groups.</b>
 * A group is the peers a filter takes. It is refused when it has fewer peers than the threshold. It is also
 * refused when a single requirement that a filter could add to it or tighten in it (one size band, sector,
 * region, regulated or not, stage, model version, a later first year, a higher least completeness) would
 * leave out some of its peers but fewer than the threshold: the two groups' figures together would
 * describe those few. That one check is enough for every pair of groups one inside the other, because a
 * filter is a conjunction of such requirements: if every single requirement leaves out none or at least
 * the threshold of the larger group's peers, so does any combination of them (the peers left out by a
 * combination include those left out by each). Groups that overlap without one inside the other are
 * compared only through their common part, itself a group that is checked. The refusal says how many
 * peers match and which filter to relax or add.
 *
 * <p>The check is strict by design: in a base of diverse peers most groups are refused when every facet
 * may be filtered by, because almost any group has a few peers that one more requirement would leave out.
 * Allow only the facets the comparison needs ({@link #withFacets}): requirements on the others can then
 * not be asked for, and so do not count.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PeerBase {

  /** The threshold unless set: 5 peers. */
  public static final int DEFAULT_THRESHOLD = 5;

  /** The least threshold that may be set: 3 peers. */
  public static final int MIN_THRESHOLD = 3;

  private final ImmutableList<Peer> peers;
  private final int threshold;
  private final ImmutableSet<Facet> facets;

  private PeerBase(ImmutableList<Peer> peers, int threshold, ImmutableSet<Facet> facets) {
    this.peers = peers;
    this.threshold = threshold;
    this.facets = facets;
  }

  /**
   * Obtains a base of peers with the default threshold.
   *
   * @param peers  the peers, in any order
   * @return the base, not null
   */
  public static PeerBase of(Iterable<Peer> peers) {
    return new PeerBase(
        ImmutableList.copyOf(requireNonNull(peers, "peers")),
        DEFAULT_THRESHOLD,
        Sets.immutableEnumSet(EnumSet.allOf(Facet.class)));
  }

  /**
   * Returns a copy with another threshold.
   *
   * @param threshold  the least number of peers any output may describe, at least {@value
   *     #MIN_THRESHOLD}
   * @return the base, not null
   * @throws SocialBusinessException if the threshold is below {@value #MIN_THRESHOLD}
   */
  public PeerBase withThreshold(int threshold) {
    Checks.check(
        threshold >= MIN_THRESHOLD,
        "PeerBase.threshold must be at least %s, but was %s",
        MIN_THRESHOLD,
        threshold);
    return new PeerBase(peers, threshold, facets);
  }

  /**
   * Returns a copy that lets groups be chosen by some facets only: a filter requiring another is refused.
   * Every facet allowed is one more way two groups could differ by a few peers, and so one more reason to
   * refuse a group; a base of a few dozen peers is best compared by two or three.
   *
   * @param allowed  the facets, at least one
   * @return the base, not null
   * @throws SocialBusinessException if none is given
   */
  public PeerBase withFacets(Facet... allowed) {
    Checks.check(
        allowed.length > 0, "PeerBase.facets must name at least one facet, but named none");
    return new PeerBase(peers, threshold, Sets.immutableEnumSet(Arrays.asList(allowed)));
  }

  /**
   * Gets the facets groups may be chosen by.
   *
   * @return the facets, not empty
   */
  public ImmutableSet<Facet> facets() {
    return facets;
  }

  /**
   * Gets the peers, for export and pooling; they name nobody.
   *
   * @return the peers, not null
   */
  public ImmutableList<Peer> peers() {
    return peers;
  }

  /**
   * Gets the number of peers.
   *
   * @return the count
   */
  public int size() {
    return peers.size();
  }

  /**
   * Gets the least number of peers any output may describe.
   *
   * @return the threshold, at least {@value #MIN_THRESHOLD}
   */
  public int threshold() {
    return threshold;
  }

  /**
   * Chooses the peer group a filter takes, checked as the class documentation says.
   *
   * @param filter  the filter
   * @return the group, not null
   * @throws SocialBusinessException if the group is too small, or would differ from another group by fewer
   *     peers than the threshold; the message says how many peers match and what to relax or add
   */
  public PeerGroup group(PeerFilter filter) {
    requireNonNull(filter, "filter");
    List<Peer> members = members(filter);
    Optional<String> refusal = refusal(filter, members);
    if (refusal.isPresent()) {
      throw new SocialBusinessException(refusal.get());
    }
    return new PeerGroup(filter, ImmutableList.copyOf(members), this);
  }

  /**
   * Compares an assessment with the peer group a filter takes.
   *
   * @param assessment  the assessment
   * @param filter  the filter
   * @return the comparison, not null
   * @throws SocialBusinessException if the group is refused (see {@link #group})
   */
  public PeerComparison compare(Assessment assessment, PeerFilter filter) {
    requireNonNull(assessment, "assessment");
    return PeerComparison.of(Peer.of(assessment), group(filter));
  }

  List<Peer> members(PeerFilter filter) {
    List<Peer> out = new ArrayList<>();
    for (Peer p : peers) {
      if (filter.test(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** Why a group may not be described, or empty when it may. */
  Optional<String> refusal(PeerFilter filter, List<Peer> members) {
    for (Facet f : Facet.values()) {
      if (f.isIn(filter) && !facets.contains(f)) {
        return Optional.of(
            "Peer group refused: this peer base lets groups be chosen by "
                + facets.stream().map(Facet::words).collect(Collectors.joining(", "))
                + " only, not by "
                + f.words()
                + " ("
                + filter.describe()
                + ").");
      }
    }
    if (members.size() < threshold) {
      return Optional.of(tooFew(filter, members.size()));
    }
    return Facet.tightenings(filter, members, facets).stream()
        .filter(t -> t.failing() < threshold)
        .min(
            Comparator.comparingInt(Facet.Tightening::failing)
                .thenComparing(Facet.Tightening::facet))
        .map(
            t ->
                "Peer group refused: "
                    + members.size()
                    + " peers match ("
                    + filter.describe()
                    + "), but the requirement '"
                    + t.requirement()
                    + "' would leave out only "
                    + t.failing()
                    + " of them, fewer than the threshold of "
                    + threshold
                    + ", so this group and the one with that requirement would together describe"
                    + " those "
                    + t.failing()
                    + (t.addable()
                        ? ". Add '" + t.requirement() + "' to the filter, or widen it"
                        : ". Widen the filter")
                    + " until that requirement leaves out none or at least "
                    + threshold
                    + ".");
  }

  private String tooFew(PeerFilter filter, int count) {
    StringBuilder s =
        new StringBuilder("Peer group refused: ")
            .append(count)
            .append(count == 1 ? " peer matches (" : " peers match (")
            .append(filter.describe())
            .append("), fewer than the threshold of ")
            .append(threshold)
            .append('.');
    List<String> relaxed = new ArrayList<>();
    for (Facet f : facets) {
      if (f.isIn(filter)) {
        relaxed.add("without " + f.words() + ", " + members(f.without(filter)).size());
      }
    }
    if (relaxed.isEmpty()) {
      s.append(" The base holds only ").append(peers.size()).append(" peers.");
    } else {
      s.append(" Relax a filter; peers matching ").append(String.join("; ", relaxed)).append('.');
    }
    return s.toString();
  }

  /**
   * Returns the base as text, such as {@code PeerBase{40 peers, threshold 5}}.
   *
   * @return the base as text, not null
   */
  @Override
  public String toString() {
    return "PeerBase{"
        + peers.size()
        + " peers, threshold "
        + threshold
        + (facets.size() == Facet.values().length ? "" : ", by " + facets)
        + "}";
  }
}
