package io.github.socialbiz.source;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A published figure the library uses, with its unit, population, survey wave and citation, such as
 * {@code strategy.connected-to-outcomes = 34% (Q4 2012)}.
 *
 * <p>Conflicting figures are separate statistics with their own keys and citations, never merged: the
 * share of crises avoidable with preparation is 76% in the report and 75% in one talk. Obtain published
 * statistics from {@link Statistics}; build your own with {@link #builder()}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Statistic {

  private static final Pattern KEY =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

  Statistic() {}

  /**
   * Obtains a builder of statistics.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the stable key, lower case, dotted and hyphenated, such as {@code crises.avoidable}.
   *
   * @return the key, not null
   */
  public abstract String key();

  /**
   * Gets what was measured, in the library's words.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Gets the value.
   *
   * @return the value in {@link #unit()}
   */
  public abstract double value();

  /**
   * Gets the unit of the value.
   *
   * @return the unit, not null
   */
  public abstract Unit unit();

  /**
   * Gets who was measured, such as "companies with 1,000+ employees".
   *
   * @return the population, not blank
   */
  public abstract String population();

  /**
   * Gets the survey wave or period, such as "Q4 2012".
   *
   * @return the wave, not blank
   */
  public abstract String wave();

  /**
   * Gets the source of the figure.
   *
   * @return the citation, not null
   */
  public abstract Citation citation();

  /**
   * Gets a remark on the figure, such as a conflict with another source.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Formats the value with its unit, such as {@code 34%}.
   *
   * @return the formatted value, not null
   */
  public String formattedValue() {
    return unit().format(value());
  }

  @Value.Check
  void check() {
    Checks.check(
        KEY.matcher(key()).matches(),
        "Statistic.key must be lower-case words joined by '-' and '.', such as 'crises.avoidable', but was '%s'",
        key());
    Checks.notBlank(description(), "Statistic", "description");
    Checks.notBlank(population(), "Statistic", "population");
    Checks.notBlank(wave(), "Statistic", "wave");
    Checks.check(
        Double.isFinite(value()), "Statistic.value must be a finite number, but was %s", value());
    Checks.check(
        unit() != Unit.PERCENT || (value() >= 0 && value() <= 100),
        "Statistic.value must be between 0 and 100 for a PERCENT statistic, but was %s",
        value());
  }

  /**
   * Returns the statistic as text, such as {@code strategy.connected-to-outcomes = 34% (Q4 2012)}.
   *
   * @return the statistic as text, not null
   */
  @Override
  public String toString() {
    return key() + " = " + formattedValue() + " (" + wave() + ")";
  }

  /** Builder of {@link Statistic}; every method is inherited from the generated builder. */
  public static final class Builder extends ImmutableStatistic.Builder {
    Builder() {}
  }
}
