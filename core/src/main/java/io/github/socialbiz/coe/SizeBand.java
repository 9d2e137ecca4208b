package io.github.socialbiz.coe;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.internal.Checks;
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
 * this is its own reading, noted on {@link #benchmark()}. The surveys covered no company under 1,000
 * employees, so that band has no benchmark.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum SizeBand {
  /** Fewer than 1,000 employees: outside the surveyed population. */
  UNDER_1_000(1, 999, null),
  /** 1,000 to 4,999 employees: about 3 FTE, unchanged since 2010. */
  FROM_1_000_TO_4_999(1_000, 4_999, Statistics.TEAM_MIDSIZE),
  /** 5,000 to 99,999 employees: the all-company average of 15.6 people (the library's reading). */
  FROM_5_000_TO_99_999(5_000, 99_999, Statistics.TEAM_AVERAGE_2013),
  /** 100,000 employees or more: 49 FTE in the 2012 wave. */
  FROM_100_000(100_000, Integer.MAX_VALUE, Statistics.TEAM_GIANT_2012);

  private final int min;
  private final int max;
  private final @Nullable Statistic benchmark;

  SizeBand(int min, int max, @Nullable Statistic benchmark) {
    this.min = min;
    this.max = max;
    this.benchmark = benchmark;
  }

  /**
   * Obtains the band of a headcount.
   *
   * @param employees  the number of employees, at least 1
   * @return the band, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code employees} is below 1
   */
  public static SizeBand of(int employees) {
    Checks.check(employees >= 1, "SizeBand.employees must be at least 1, but was %s", employees);
    for (SizeBand band : values()) {
      if (employees <= band.max) {
        return band;
      }
    }
    return FROM_100_000;
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
   * Gets every published team-size figure, for comparison: by band, by maturity and over time.
   *
   * @return the statistics, not empty
   */
  public static ImmutableList<Statistic> teamStatistics() {
    return Statistics.search("team.");
  }
}
