package io.github.socialbiz.peers;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.ModelVersion;
import io.github.socialbiz.assessment.StandardRules;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Sector;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.rules.Truth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One assessment reduced to what a benchmark needs and nothing that names anyone: when (a quarter), under
 * which model, the organization's size band, sector, regions and whether it is regulated, its stage and
 * level (proven and possible), its dimension scores as ranges, how complete the assessment was, its
 * number of business units, its Center of Excellence by role and its account count and idle share.
 *
 * <p>A peer keeps no name, handle, person, note, free-text industry or exact date: {@link #of(Assessment)}
 * drops them. What the assessment did not know stays unknown: the CoE's people are {@linkplain #coe()
 * known} when the roster lists someone, or as none when the respondents said there is no staffed CoE;
 * an empty roster nobody spoke about is not known (the file's silence is not a headcount of zero); the account count and idle share are known only when the accounts were inventoried (an empty
 * inventory is not "no accounts") and each account's last activity tells whether it is idle.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Peer {

  Peer() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reduces an assessment to a peer, keeping nothing that names the organization or anyone in it.
   *
   * @param assessment  the assessment
   * @return the peer, not null
   */
  public static Peer of(Assessment assessment) {
    requireNonNull(assessment, "assessment");
    Organization o = assessment.organization();
    Map<Dimension, Span> scores = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      DimensionScore s = assessment.score(d);
      scores.put(d, new Span(s.mean(), s.meanPossible()));
    }
    Builder b =
        builder()
            .assessed(Quarter.of(assessment.asOf()))
            .modelVersion(assessment.modelVersion())
            .sizeBand(SizeBand.of(o.employees()))
            .sector(o.sector())
            .addAllRegions(o.regions())
            .regulated(o.regulated())
            .businessUnits(o.businessUnits().size())
            .stage(assessment.stage())
            .possibleStage(assessment.possibleStage())
            .level(assessment.level())
            .possibleLevel(assessment.possibleLevel())
            .putAllScores(scores)
            .overall(new Span(assessment.overall(), assessment.overallPossible()))
            .completeness(assessment.completeness().share());
    boolean saidNone =
        o.factEvidence(Fact.CENTER_OF_EXCELLENCE_STAFFED)
            .map(f -> f.stated() == Truth.FALSE)
            .orElse(false);
    if (o.coe().hasMembers() || saidNone) {
      b.coe(Staffing.of(o.coe()));
    }
    int idle = 0;
    boolean known = !o.accounts().isEmpty();
    for (SocialAccount a : o.accounts()) {
      Truth t = a.idleOver(StandardRules.DEFAULT_IDLE_DAYS, assessment.asOf());
      idle += t.isTrue() ? 1 : 0;
      // an account opened long ago with no activity recorded: the idle share is not known
      known &= !t.isUnknown();
    }
    if (known) {
      b.accounts(o.accounts().size()).idleShare((double) idle / o.accounts().size());
    }
    return b.build();
  }

  /**
   * Gets the quarter the assessment was made in.
   *
   * @return the quarter, not null
   */
  public abstract Quarter assessed();

  /**
   * Gets the model version the assessment was made under.
   *
   * @return the version, from 1 to {@link ModelVersion#CURRENT}
   */
  public abstract int modelVersion();

  /**
   * Gets the organization's size band.
   *
   * @return the band, not null
   */
  public abstract SizeBand sizeBand();

  /**
   * Gets the organization's sector.
   *
   * @return the sector, or empty when the organization did not name one
   */
  public abstract Optional<Sector> sector();

  /**
   * Gets the regions the organization operates in.
   *
   * @return the regions, possibly empty
   */
  public abstract ImmutableSet<String> regions();

  /**
   * Gets whether the organization is regulated, as it stated.
   *
   * @return whether regulated, or empty when not stated (such a peer is in neither group of a filter on
   *     it)
   */
  public abstract Optional<Boolean> regulated();

  /**
   * Gets the number of business units that answer for themselves.
   *
   * @return the count, zero or more; 0 unless given
   */
  @Value.Default
  public int businessUnits() {
    return 0;
  }

  /**
   * Gets the stage the evidence proves.
   *
   * @return the stage, not null
   */
  public abstract Stage stage();

  /**
   * Gets the highest stage still possible.
   *
   * @return the stage, not below {@link #stage()}
   */
  public abstract Stage possibleStage();

  /**
   * Gets the maturity level the evidence proves.
   *
   * @return the level, or empty when none is proven
   */
  public abstract Optional<MaturityLevel> level();

  /**
   * Gets the highest maturity level still possible.
   *
   * @return the level, or empty when even that reaches none
   */
  public abstract Optional<MaturityLevel> possibleLevel();

  /**
   * Gets the mean score of every dimension, as a range.
   *
   * @return one span per dimension, not null
   */
  public abstract ImmutableMap<Dimension, Span> scores();

  /**
   * Gets the overall score, as a range.
   *
   * @return the span, not null
   */
  public abstract Span overall();

  /**
   * Gets the share of the practices in scope that were assessed.
   *
   * @return the share, from 0 to 1
   */
  public abstract double completeness();

  /**
   * Gets the Center of Excellence's people by role.
   *
   * @return the staffing (empty maps for no CoE), or empty when not known
   */
  public abstract Optional<Staffing> coe();

  /**
   * Gets the number of social accounts in the inventory.
   *
   * @return the count, or empty when no inventory was made or its idle share is not known (see {@link
   *     #idleShare()})
   */
  public abstract Optional<Integer> accounts();

  /**
   * Gets the share of the accounts idle for more than {@value StandardRules#DEFAULT_IDLE_DAYS} days at the
   * assessment, as the account rules read it ({@link SocialAccount#idleOver}). Known only when every
   * account's idleness is: an account opened earlier with no activity recorded leaves the share, and with
   * it the account count, not known, since the two describe the same accounts.
   *
   * @return the share from 0 to 1, or empty when no inventory was made or the share is not known
   */
  public abstract Optional<Double> idleShare();

  /**
   * Gets the score of a dimension.
   *
   * @param dimension  the dimension
   * @return the span, not null
   */
  public Span score(Dimension dimension) {
    return requireNonNull(scores().get(requireNonNull(dimension, "dimension")));
  }

  @Value.Check
  void check() {
    Checks.inRange(modelVersion(), 1, ModelVersion.CURRENT, "Peer", "modelVersion");
    Checks.check(
        scores().size() == Dimension.values().length,
        "Peer.scores must hold every dimension, but held %s",
        scores().keySet());
    Checks.check(
        possibleStage().compareTo(stage()) >= 0,
        "Peer.possibleStage must not be below stage, but was %s against %s",
        possibleStage(),
        stage());
    Checks.share(completeness(), "Peer", "completeness");
    Checks.check(
        businessUnits() >= 0,
        "Peer.businessUnits must be zero or more, but was %s",
        businessUnits());
    Checks.check(
        accounts().isPresent() == idleShare().isPresent(),
        "Peer.accounts and idleShare must be both given or both absent, but were %s and %s",
        accounts(),
        idleShare());
    accounts()
        .ifPresent(
            n ->
                Checks.check(n >= 1, "Peer.accounts must be at least 1 when given, but was %s", n));
    idleShare().ifPresent(s -> Checks.share(s, "Peer", "idleShare"));
    for (String region : regions()) {
      Checks.check(
          !region.isBlank(), "Peer.regions must not hold a blank name, but held '%s'", region);
    }
  }

  /**
   * Returns the peer as text, such as {@code Peer{2026-Q2, FROM_1_000_TO_4_999, FORMALIZED, overall 0.42
   * to 0.58}}.
   *
   * @return the peer as text, not null
   */
  @Override
  public String toString() {
    return "Peer{"
        + assessed()
        + ", "
        + sizeBand()
        + sector().map(s -> ", " + s).orElse("")
        + ", "
        + stage()
        + ", overall "
        + overall()
        + "}";
  }

  /** Builder of {@link Peer}. */
  public static final class Builder extends ImmutablePeer.Builder {
    Builder() {}
  }
}
