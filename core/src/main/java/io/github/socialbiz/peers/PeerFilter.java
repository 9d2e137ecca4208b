package io.github.socialbiz.peers;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.profile.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which peers to compare with: any of size band, sector, region, regulated or not, stage, model version,
 * the year assessed from and the least completeness, each absent to take every peer, such as {@code
 * PeerFilter.all().withSizeBand(SizeBand.FROM_1_000_TO_4_999).withSector(Sector.FINANCE_AND_INSURANCE)}.
 *
 * <p>Completeness is asked in tenths and the date in whole years, so that no two filters single out a few
 * peers between them more finely than the {@link PeerBase}'s check can see.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable(singleton = true)
@Immutable
@SuppressWarnings("exports")
public abstract class PeerFilter {

  PeerFilter() {}

  /**
   * Obtains the filter that takes every peer.
   *
   * @return the filter, not null
   */
  public static PeerFilter all() {
    return ImmutablePeerFilter.of();
  }

  /**
   * Gets the size band peers must be in.
   *
   * @return the band, or empty for any
   */
  public abstract Optional<SizeBand> sizeBand();

  /**
   * Gets the sector peers must be in.
   *
   * @return the sector, or empty for any (peers without a sector included)
   */
  public abstract Optional<Sector> sector();

  /**
   * Gets a region peers must operate in, as the organizations name their regions, compared in any case.
   *
   * @return the region, or empty for any
   */
  public abstract Optional<String> region();

  /**
   * Gets whether peers must be regulated ({@code true}) or not ({@code false}). A peer whose regulation
   * was not stated passes neither requirement: unknown is not "not regulated".
   *
   * @return the requirement, or empty for any peer, stated or not
   */
  public abstract Optional<Boolean> regulated();

  /**
   * Gets the stage peers' evidence must prove.
   *
   * @return the stage, or empty for any
   */
  public abstract Optional<Stage> stage();

  /**
   * Gets the model version peers must have been assessed under.
   *
   * @return the version, or empty for any
   */
  public abstract Optional<Integer> modelVersion();

  /**
   * Gets the first year peers must have been assessed in.
   *
   * @return the year, or empty for any
   */
  public abstract Optional<Integer> assessedFrom();

  /**
   * Gets the least completeness of the peers' assessments, in tenths: 7 takes peers that assessed at least
   * 70% of the practices in scope.
   *
   * @return the tenths from 1 to 10, or empty for any
   */
  public abstract Optional<Integer> minCompletenessTenths();

  /**
   * Returns a copy taking only peers of a size band.
   *
   * @param band  the band
   * @return the filter, not null
   */
  public abstract PeerFilter withSizeBand(SizeBand band);

  /**
   * Returns a copy taking only peers of a sector.
   *
   * @param sector  the sector
   * @return the filter, not null
   */
  public abstract PeerFilter withSector(Sector sector);

  /**
   * Returns a copy taking only peers operating in a region.
   *
   * @param region  the region, not blank
   * @return the filter, not null
   */
  public abstract PeerFilter withRegion(String region);

  /**
   * Returns a copy taking only peers stated to be regulated ({@code true}) or only peers stated not to
   * be ({@code false}); a peer that did not say is taken by neither.
   *
   * @param regulated  which
   * @return the filter, not null
   */
  public abstract PeerFilter withRegulated(boolean regulated);

  /**
   * Returns a copy taking only peers at a stage.
   *
   * @param stage  the stage the peers' evidence proves
   * @return the filter, not null
   */
  public abstract PeerFilter withStage(Stage stage);

  /**
   * Returns a copy taking only peers assessed under a model version.
   *
   * @param version  the version, from 1
   * @return the filter, not null
   */
  public abstract PeerFilter withModelVersion(int version);

  /**
   * Returns a copy taking only peers assessed in a year or later.
   *
   * @param year  the first year
   * @return the filter, not null
   */
  public abstract PeerFilter withAssessedFrom(int year);

  /**
   * Returns a copy taking only peers assessed within some years of a date, counted in whole years: within 2
   * years of a day in 2026 takes peers assessed from 2024.
   *
   * @param years  the years, from 1 to 20
   * @param asOf  the date counted from
   * @return the filter, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code years} is out of range
   */
  public PeerFilter withinYears(int years, LocalDate asOf) {
    Checks.inRange(years, 1, 20, "PeerFilter", "withinYears");
    return withAssessedFrom(requireNonNull(asOf, "asOf").getYear() - years);
  }

  /**
   * Returns a copy taking only peers whose assessment covered at least some tenths of the practices in
   * scope.
   *
   * @param tenths  the tenths, from 1 to 10
   * @return the filter, not null
   */
  public abstract PeerFilter withMinCompletenessTenths(int tenths);

  /**
   * Checks if a peer passes the filter.
   *
   * @param peer  the peer
   * @return true if every given requirement holds
   */
  public boolean test(Peer peer) {
    requireNonNull(peer, "peer");
    return (sizeBand().isEmpty() || sizeBand().get() == peer.sizeBand())
        && (sector().isEmpty() || sector().equals(peer.sector()))
        && (region().isEmpty() || Facet.inRegion(peer, region().get()))
        && (regulated().isEmpty() || regulated().equals(peer.regulated()))
        && (stage().isEmpty() || stage().get() == peer.stage())
        && (modelVersion().isEmpty() || modelVersion().get() == peer.modelVersion())
        && (assessedFrom().isEmpty() || peer.assessed().year() >= assessedFrom().get())
        && (minCompletenessTenths().isEmpty()
            || Facet.tenths(peer) >= minCompletenessTenths().get());
  }

  /**
   * Describes the filter in words a client reads, such as {@code 1,000 to 4,999 employees, Finance and
   * Insurance (NAICS 52), regulated}; {@code all peers} when nothing is required.
   *
   * @return the description, not null
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    sizeBand().ifPresent(b -> parts.add(Facet.words(b)));
    sector().ifPresent(s -> parts.add(s.title() + " (NAICS " + s.code() + ")"));
    region().ifPresent(r -> parts.add("operating in " + r));
    regulated().ifPresent(r -> parts.add(r ? "regulated" : "not regulated"));
    stage().ifPresent(s -> parts.add("at stage " + s.number() + ", " + s.displayName()));
    modelVersion().ifPresent(v -> parts.add("assessed under model " + v));
    assessedFrom().ifPresent(y -> parts.add("assessed in " + y + " or later"));
    minCompletenessTenths()
        .ifPresent(t -> parts.add("at least " + t * 10 + "% of practices assessed"));
    return parts.isEmpty() ? "all peers" : String.join(", ", parts);
  }

  @Value.Check
  void check() {
    region()
        .ifPresent(
            r ->
                Checks.check(
                    !r.isBlank(),
                    "PeerFilter.region must not be blank when given, but was '%s'",
                    r));
    modelVersion()
        .ifPresent(
            v -> Checks.check(v >= 1, "PeerFilter.modelVersion must be at least 1, but was %s", v));
    assessedFrom().ifPresent(y -> Checks.inRange(y, 2000, 9999, "PeerFilter", "assessedFrom"));
    minCompletenessTenths()
        .ifPresent(t -> Checks.inRange(t, 1, 10, "PeerFilter", "minCompletenessTenths"));
  }

  /**
   * Returns the filter as text, such as {@code PeerFilter{1,000 to 4,999 employees, regulated}}.
   *
   * @return the filter as text, not null
   */
  @Override
  public String toString() {
    return "PeerFilter{" + describe() + "}";
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
