package io.github.socialbiz.coe;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Statistics;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A band of company size by employees, with the dedicated-team benchmark published for it, such as
 * {@code FROM_1_000_TO_4_999} (3 FTE).
 *
 * <p>The surveys publish a team size for companies of 1,000 to 5,000 employees and for 100,000 and more,
 * and an average across all surveyed companies. The library uses that average for the band in between;
 * this is its own reading, graded {@code INFERRED} in {@link #citation()}. The 2010-2012 survey waves
 * covered companies with 1,000+ employees and the Q3 2013 wave companies with 500+, but no team size is
 * published for companies under 1,000 employees, so that band has no benchmark.
 *
 * <p>Each band grades its benchmark on its own ({@link #citation()}): a figure published for the band
 * keeps its own grade (the 1,000 to 4,999 figure rests on one news report, so it is {@code
 * SINGLE_SOURCE}), and the band in between is the library's reading of the all-company average.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum SizeBand {
  /** Fewer than 1,000 employees: no team size is published for this band. */
  UNDER_1_000(1, 999, null, null),
  /** 1,000 to 4,999 employees: about 3 FTE, unchanged since 2010. */
  FROM_1_000_TO_4_999(1_000, 4_999, Statistics.TEAM_MIDSIZE, Statistics.TEAM_MIDSIZE.citation()),
  /** 5,000 to 99,999 employees: the all-company average of 15.6 people (the library's reading). */
  FROM_5_000_TO_99_999(
      5_000,
      99_999,
      Statistics.TEAM_AVERAGE_2013,
      Source.STATE_OF_SOCIAL_BUSINESS_2013.at(
          "Infographic: average dedicated team of all surveyed companies (applying it to 5,000 to"
              + " 99,999 employees is the library's reading)",
          Provenance.INFERRED)),
  /** 100,000 employees or more: 49 FTE in the 2012 wave. */
  FROM_100_000(
      100_000,
      Integer.MAX_VALUE,
      Statistics.TEAM_GIANT_2012,
      Statistics.TEAM_GIANT_2012.citation());

  private final int min;
  private final int max;
  private final @Nullable Statistic benchmark;
  private final @Nullable Citation citation;

  SizeBand(int min, int max, @Nullable Statistic benchmark, @Nullable Citation citation) {
    this.min = min;
    this.max = max;
    this.benchmark = benchmark;
    this.citation = citation;
  }

  private static final SizeBand[] BANDS = values();

  /**
   * Obtains the band of a headcount.
   *
   * @param employees  the number of employees, at least 1
   * @return the band, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code employees} is below 1
   */
  public static SizeBand of(int employees) {
    Checks.check(employees >= 1, "SizeBand.employees must be at least 1, but was %s", employees);
    // the last band ends at Integer.MAX_VALUE: whatever the others leave is in it
    for (int i = 0; i < BANDS.length - 1; i++) {
      if (employees <= BANDS[i].max) {
        return BANDS[i];
      }
    }
    return BANDS[BANDS.length - 1];
  }

  /**
   * Gets the smallest headcount in the band.
   *
   * @return the minimum, inclusive
   */
  public int minEmployees() {
    return min;
  }

  /**
   * Gets the largest headcount in the band.
   *
   * @return the maximum, inclusive ({@code Integer.MAX_VALUE} for the top band)
   */
  public int maxEmployees() {
    return max;
  }

  /**
   * Gets the published size of a dedicated social team for this band.
   *
   * @return the benchmark, or empty under 1,000 employees
   */
  public Optional<Statistic> benchmark() {
    return Optional.ofNullable(benchmark);
  }

  /**
   * Gets what the surveys say about this band, in the library's words.
   *
   * @return the description, not null
   */
  public String description() {
    return switch (this) {
      case UNDER_1_000 ->
          "No team size is published for companies under 1,000 employees (the Q3 2013"
              + " wave surveyed companies of 500+, the 2010-2012 waves companies of 1,000+)";
      case FROM_1_000_TO_4_999 -> "About 3 FTE, unchanged since 2010, as one news report gives it";
      case FROM_5_000_TO_99_999 ->
          "No figure is published for this band; the library uses the average"
              + " team of all surveyed companies";
      case FROM_100_000 ->
          "The largest companies' team, as the 2013 infographic gives it for the 2012 wave";
    };
  }

  /**
   * Gets where this band's benchmark comes from, graded for this band: the published figure's own citation
   * where the figure was published for the band, {@code INFERRED} where the library applies a figure
   * published for another population.
   *
   * @return the citation, or empty under 1,000 employees
   */
  public Optional<Citation> citation() {
    return Optional.ofNullable(citation);
  }

  /**
   * Gets every published team-size figure, for comparison: by band, by maturity and over time.
   *
   * @return the statistics, not empty
   */
  public static ImmutableList<Statistic> teamStatistics() {
    return Statistics.search("team.");
  }
}
