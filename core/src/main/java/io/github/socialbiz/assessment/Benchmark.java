package io.github.socialbiz.assessment;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.source.Statistic;
import org.immutables.value.Value;

/**
 * Where an organization stands against one published figure, such as {@code strategy.connected-to-outcomes
 * = 34% (Q4 2012): yes, among the 34% whose strategy is connected to business outcomes}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Benchmark {

  Benchmark() {}

  /**
   * Obtains a benchmark line.
   *
   * @param statistic  the published figure, with its survey wave and citation
   * @param favourable  whether the organization compares well: it is in the group the figure counts, or at
   *     or above the figure
   * @param position  where the organization stands, in one sentence
   * @return the benchmark, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code position} is blank
   */
  public static Benchmark of(Statistic statistic, boolean favourable, String position) {
    return ImmutableBenchmark.of(statistic, Truth.of(favourable), position);
  }

  /**
   * Obtains a benchmark line whose standing may be unknown: the evidence it reads is not assessed. Its
   * position then says so and what to ask, never "no".
   *
   * @param statistic  the published figure
   * @param favourable  whether the organization compares favourably, or unknown
   * @param position  the organization's position in one sentence
   * @return the line, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code position} is blank
   */
  public static Benchmark of(Statistic statistic, Truth favourable, String position) {
    return ImmutableBenchmark.of(statistic, favourable, position);
  }

  /**
   * Gets the published figure.
   *
   * @return the statistic, not null
   */
  @Value.Parameter
  public abstract Statistic statistic();

  /**
   * Gets whether the organization compares well with the figure: true, false, or unknown when the
   * evidence the line reads is not assessed (its position then says what to ask).
   *
   * @return the standing, not null
   */
  @Value.Parameter
  public abstract Truth favourable();

  /**
   * Checks if the organization is known to compare well with the figure.
   *
   * @return true if it is in the counted group, or at or above the figure; false if not, or unknown
   */
  public boolean isFavourable() {
    return favourable().isTrue();
  }

  /**
   * Checks if the organization's standing is known: the evidence the line reads is assessed.
   *
   * @return false if {@link #favourable()} is unknown
   */
  public boolean isKnown() {
    return !favourable().isUnknown();
  }

  /**
   * Gets where the organization stands, in one sentence.
   *
   * @return the position, not null
   */
  @Value.Parameter
  public abstract String position();

  @Value.Check
  void check() {
    Checks.notBlank(position(), "Benchmark", "position");
  }

  /**
   * Returns the line as text, such as {@code strategy.connected-to-outcomes = 34% (Q4 2012): ...}.
   *
   * @return the line as text, not null
   */
  @Override
  public String toString() {
    return statistic() + ": " + position();
  }
}
