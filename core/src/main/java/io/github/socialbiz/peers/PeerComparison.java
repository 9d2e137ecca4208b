package io.github.socialbiz.peers;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Dimension;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * One organization against a peer group: its percentile rank per dimension and overall, where its stage
 * and level fall among the peers', its Center of Excellence against peers of its size and stage, and its
 * accounts against peers', each figure resting on at least the base's threshold of peers.
 *
 * <p>What is not known stays so: ranks are ranges where a score is ({@link Rank}); the CoE and account
 * figures use only peers whose CoE or inventory is on record, and are withheld, with the reason, when
 * those are too few ({@link #coeWithheld()}, {@link #accountsWithheld()}); the organization's own CoE and
 * accounts are empty in {@link #own()} when not on record, never zero.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PeerComparison {

  private final Peer own;
  private final PeerGroup group;
  private final Rank overall;
  private final ImmutableMap<Dimension, Rank> dimensions;
  private final ImmutableMap<Stage, Integer> stages;
  private final ImmutableMap<MaturityLevel, Integer> levels;
  private final int withoutLevel;
  private final PeerGroup.Subgroup coePeers;
  private final PeerGroup.Subgroup accountPeers;
  private final Optional<StaffingFigures> coe;
  private final Optional<AccountFigures> accounts;

  private PeerComparison(Peer own, PeerGroup group) {
    this.own = own;
    this.group = group;
    this.overall = group.rankOverall(own.overall());
    Map<Dimension, Rank> ranks = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      ranks.put(d, group.rank(d, own.score(d)));
    }
    this.dimensions = ImmutableMap.copyOf(ranks);
    Map<Stage, Integer> s = new EnumMap<>(Stage.class);
    Map<MaturityLevel, Integer> l = new EnumMap<>(MaturityLevel.class);
    for (Stage stage : Stage.values()) {
      s.put(stage, 0);
    }
    for (MaturityLevel level : MaturityLevel.values()) {
      l.put(level, 0);
    }
    int none = 0;
    for (Peer p : group.peers()) {
      s.merge(p.stage(), 1, Integer::sum);
      if (p.level().isPresent()) {
        l.merge(p.level().get(), 1, Integer::sum);
      } else {
        none++;
      }
    }
    this.stages = ImmutableMap.copyOf(s);
    this.levels = ImmutableMap.copyOf(l);
    this.withoutLevel = none;
    this.coePeers =
        group.subgroup(
            group.filter().withSizeBand(own.sizeBand()).withStage(own.stage()),
            p -> p.coe().isPresent(),
            "their Center of Excellence");
    this.accountPeers =
        group.subgroup(group.filter(), p -> p.accounts().isPresent(), "an account inventory");
    this.coe = coePeers.withheld().isPresent() ? Optional.empty() : Optional.of(staffing(coePeers));
    this.accounts =
        accountPeers.withheld().isPresent()
            ? Optional.empty()
            : Optional.of(accounts(accountPeers));
  }

  static PeerComparison of(Peer own, PeerGroup group) {
    return new PeerComparison(requireNonNull(own, "own"), requireNonNull(group, "group"));
  }

  /**
   * Gets the organization, reduced as a peer is: what its figures are compared by.
   *
   * @return the organization as a peer, not null
   */
  public Peer own() {
    return own;
  }

  /**
   * Gets the group compared with.
   *
   * @return the group, not null
   */
  public PeerGroup group() {
    return group;
  }

  /**
   * Gets the overall score's percentile rank among the peers.
   *
   * @return the rank, not null
   */
  public Rank overall() {
    return overall;
  }

  /**
   * Gets the percentile rank of every dimension's mean score among the peers.
   *
   * @return one rank per dimension, in dimension order, not null
   */
  public ImmutableMap<Dimension, Rank> dimensions() {
    return dimensions;
  }

  /**
   * Gets how many peers are at each stage their evidence proves.
   *
   * @return every stage in order with its count, not null
   */
  public ImmutableMap<Stage, Integer> stages() {
    return stages;
  }

  /**
   * Gets how many peers are at each maturity level their evidence proves.
   *
   * @return every level in order with its count, not null; see {@link #withoutLevel()}
   */
  public ImmutableMap<MaturityLevel, Integer> levels() {
    return levels;
  }

  /**
   * Gets how many peers prove no maturity level.
   *
   * @return the count, zero or more
   */
  public int withoutLevel() {
    return withoutLevel;
  }

  /**
   * Gets the CoE figures of peers of the organization's size band and stage (and the group's other
   * requirements) whose CoE is on record.
   *
   * @return the figures, or empty when withheld (see {@link #coeWithheld()})
   */
  public Optional<StaffingFigures> coe() {
    return coe;
  }

  private static StaffingFigures staffing(PeerGroup.Subgroup coePeers) {
    List<Peer> peers = coePeers.peers();
    Map<Role, Quartiles> people = new EnumMap<>(Role.class);
    Map<Role, Quartiles> fte = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      people.put(r, quartiles(peers, p -> staffing(p).headcount(r)));
      fte.put(r, quartiles(peers, p -> staffing(p).fte(r)));
    }
    return new StaffingFigures(
        coePeers.filter().describe(),
        peers.size(),
        quartiles(peers, p -> staffing(p).totalHeadcount()),
        quartiles(peers, p -> staffing(p).totalFte()),
        ImmutableMap.copyOf(people),
        ImmutableMap.copyOf(fte));
  }

  /**
   * Gets why the CoE figures are withheld, in words a client reads.
   *
   * @return the reason, or empty when they are shown
   */
  public Optional<String> coeWithheld() {
    return coePeers.withheld();
  }

  /**
   * Gets the account figures of the group's peers whose accounts were inventoried.
   *
   * @return the figures, or empty when withheld (see {@link #accountsWithheld()})
   */
  public Optional<AccountFigures> accounts() {
    return accounts;
  }

  private static AccountFigures accounts(PeerGroup.Subgroup accountPeers) {
    List<Peer> peers = accountPeers.peers();
    return new AccountFigures(
        accountPeers.filter().describe(),
        peers.size(),
        quartiles(peers, p -> p.accounts().orElseThrow()),
        quartiles(peers, p -> p.idleShare().orElseThrow()));
  }

  /**
   * Gets why the account figures are withheld, in words a client reads.
   *
   * @return the reason, or empty when they are shown
   */
  public Optional<String> accountsWithheld() {
    return accountPeers.withheld();
  }

  private static Staffing staffing(Peer p) {
    return p.coe().orElseThrow();
  }

  private static Quartiles quartiles(List<Peer> peers, ToDoubleFunction<Peer> value) {
    return Quartiles.of(peers.stream().mapToDouble(value).toArray());
  }

  /**
   * Returns the comparison as text, such as {@code PeerComparison{12 peers: ..., overall 62nd
   * percentile}}.
   *
   * @return the comparison as text, not null
   */
  @Override
  public String toString() {
    return "PeerComparison{"
        + group.size()
        + " peers: "
        + group.filter().describe()
        + ", overall "
        + overall
        + "}";
  }
}
