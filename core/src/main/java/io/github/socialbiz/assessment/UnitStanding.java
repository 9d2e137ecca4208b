package io.github.socialbiz.assessment;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Dimension;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one business unit stands when its own evidence overrides the organization's, and what that rests
 * on, such as {@code Healthcare Devices: FORMALIZED, SAFETY, weakest PROCESS} or {@code Cloud: PLANNING,
 * no level, weakest ENGAGEMENT, overall 0.02 to 0.97, 1 respondent}.
 *
 * <p>The stage and the level are those the unit's evidence proves; the overall score is given as its two
 * ends, {@link #overall()} (what the known evidence proves, a practice not assessed counted at its lowest
 * grade) and {@link #overallPossible()} (each one at its highest), with the count of practices {@link
 * #notAssessed() not assessed} in the unit's view. {@link #respondents()} says how many respondents
 * answered for the unit.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class UnitStanding {

  UnitStanding() {}

  /**
   * Obtains a builder, for readers of stored assessments.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the unit's name.
   *
   * @return the name, not null
   */
  public abstract String unit();

  /**
   * Gets the stage the unit's evidence reaches.
   *
   * @return the stage, not null
   */
  public abstract Stage stage();

  /**
   * Gets the maturity level the unit's evidence reaches.
   *
   * @return the level, or empty if none
   */
  public abstract Optional<MaturityLevel> level();

  /**
   * Gets the unit's weakest dimension: the one whose mean score could be highest is lowest (a weakness
   * the known evidence proves, not one that practices not assessed would make), then the one with the
   * lower proven mean, then the first in order. With every practice known it is the lowest mean. When no
   * practice in the unit's view is known to be below the top grade, no weakness is known ({@link
   * #isWeaknessKnown()} is false) and this is only the first of the dimensions tied.
   *
   * @return the dimension, not null
   */
  public abstract Dimension weakestDimension();

  /**
   * Checks if the known evidence proves a weakness: some practice in the unit's view is known to be
   * below the top grade, so that {@link #overallPossible()} is below 1. False when everything in the
   * unit's view is either not assessed or graded at the top.
   *
   * @return true if the weakest dimension is a proven weakness
   */
  public boolean isWeaknessKnown() {
    return overallPossible() < 1;
  }

  /**
   * Gets the unit's overall mean score as the known evidence proves it: the mean of its dimensions' means,
   * a practice not assessed counted at its lowest grade. The low end of the range, with {@link
   * #overallPossible()}.
   *
   * @return the score, from 0 to 1
   */
  public abstract double overall();

  /**
   * Gets the highest overall mean score the unit could still have: each practice not assessed counted at
   * its highest grade. Equal to {@link #overall()} unless given.
   *
   * @return the score, from {@link #overall()} to 1
   */
  @Value.Default
  public double overallPossible() {
    return overall();
  }

  /**
   * Gets how many practices in scope are not assessed in the unit's view (neither the unit's overrides
   * nor the organization's evidence grade them). 0 unless given.
   *
   * @return the count, at least 0
   */
  @Value.Default
  public int notAssessed() {
    return 0;
  }

  /**
   * Checks if the overall score is exact: no practice in the unit's view is not assessed.
   *
   * @return true if {@link #overall()} equals {@link #overallPossible()}
   */
  public boolean isOverallExact() {
    return overall() == overallPossible();
  }

  /**
   * Gets how many respondents the unit's standing rests on: those who named the unit when responses were
   * merged ({@link io.github.socialbiz.profile.BusinessUnit#respondents()}), whose answers are the unit's
   * overrides. 0 when the unit's view is the organization's evidence with the overrides of its file
   * alone, as for an organization described by hand.
   *
   * @return the number of respondents, at least 0
   */
  @Value.Default
  public int respondents() {
    return 0;
  }

  /**
   * Checks if this unit stands below the organization as a whole.
   *
   * @return true if the unit's stage or level is below the organization's
   */
  public abstract boolean isHoldingBack();

  @Value.Check
  void check() {
    Checks.notBlank(unit(), "UnitStanding", "unit");
    Checks.share(overall(), "UnitStanding", "overall");
    Checks.share(overallPossible(), "UnitStanding", "overallPossible");
    Checks.check(
        overallPossible() >= overall(),
        "UnitStanding.overallPossible must be at least overall (%s), but was %s for '%s'",
        overall(),
        overallPossible(),
        unit());
    Checks.check(
        notAssessed() >= 0,
        "UnitStanding.notAssessed must be at least 0, but was %s for '%s'",
        notAssessed(),
        unit());
    Checks.check(
        respondents() >= 0,
        "UnitStanding.respondents must be at least 0, but was %s for '%s'",
        respondents(),
        unit());
  }

  /**
   * Returns the standing as text, such as {@code Healthcare Devices: FORMALIZED, SAFETY, weakest PROCESS},
   * with the score's range when it is not exact and the respondents when there are any, such as {@code
   * Cloud: PLANNING, no level, weakest ENGAGEMENT, overall 0.02 to 0.97, 1 respondent}.
   *
   * @return the standing as text, not null
   */
  @Override
  public String toString() {
    return unit()
        + ": "
        + stage()
        + ", "
        + level().map(Enum::name).orElse("no level")
        + (isWeaknessKnown() || isOverallExact()
            ? ", weakest " + weakestDimension()
            : ", no known weakness")
        + (isHoldingBack() ? " (holding back)" : "")
        + (isOverallExact()
            ? ""
            : String.format(Locale.ROOT, ", overall %.2f to %.2f", overall(), overallPossible()))
        + (respondents() == 0
            ? ""
            : ", " + respondents() + (respondents() == 1 ? " respondent" : " respondents"));
  }

  /** Builder of {@link UnitStanding}. */
  public static final class Builder extends ImmutableUnitStanding.Builder {
    Builder() {}
  }
}
