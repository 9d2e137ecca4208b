package io.github.socialbiz.assessment;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.internal.Decimals;
import io.github.socialbiz.practice.Dimension;
import org.immutables.value.Value;

/**
 * The score of one {@link Dimension}, from 0 to 1 on SAMM's weights, both as the mean of its practices
 * and as its weakest link, now and at the roadmap's target, such as {@code GOVERNANCE mean 0.58, weakest
 * 0.25 (target 0.67 / 0.5)}, or with practices not assessed {@code GOVERNANCE mean 0.28 to 0.61, weakest
 * 0 to 0.5, 3 not assessed (target 0.4 / 0)}.
 *
 * <p>A score never counts a practice nobody has assessed as zero. Each score is a range: its low end
 * ({@link #mean()}, {@link #weakest()}) is what the known evidence proves, every practice not assessed
 * taken at the bottom of the scale; its high end ({@link #meanPossible()}, {@link #weakestPossible()}) is
 * what is still possible, every practice not assessed taken at the top. With every practice assessed the
 * two ends are equal ({@link #isExact()}). Practices out of scope are left out of the score and counted
 * in {@link #outOfScope()}; a dimension with no practice in scope scores 0.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class DimensionScore {

  DimensionScore() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the dimension.
   *
   * @return the dimension, not null
   */
  public abstract Dimension dimension();

  /**
   * Gets the low end of the mean weight of the dimension's practices in scope: what the known evidence
   * proves, a practice not assessed taken as none. Never a statement on its own when {@link
   * #notAssessed()} is above zero: show it with {@link #meanPossible()}.
   *
   * @return the mean's low end, from 0 to 1
   */
  public abstract double mean();

  /**
   * Gets the low end of the lowest weight among the dimension's practices in scope: what the known
   * evidence proves.
   *
   * @return the weakest link's low end, from 0 to 1
   */
  public abstract double weakest();

  /**
   * Gets the mean once every action of the roadmap is done.
   *
   * @return the target mean, from 0 to 1, at least {@link #mean()}
   */
  public abstract double targetMean();

  /**
   * Gets the weakest link once every action of the roadmap is done.
   *
   * @return the target weakest link, from 0 to 1, at least {@link #weakest()}
   */
  public abstract double targetWeakest();

  /**
   * Gets how many of the dimension's practices are out of scope.
   *
   * @return the count, zero or more
   */
  public abstract int outOfScope();

  /**
   * Gets the number of the dimension's practices in scope that nobody has assessed.
   *
   * @return the count, 0 unless given
   */
  @Value.Default
  public int notAssessed() {
    return 0;
  }

  /**
   * Gets the high end of the mean: what is still possible, every practice not assessed taken at the top of
   * the scale.
   *
   * @return the mean's high end, from {@link #mean()} to 1; equal to it unless given
   */
  @Value.Default
  public double meanPossible() {
    return mean();
  }

  /**
   * Gets the high end of the weakest link: what is still possible.
   *
   * @return the weakest link's high end, from {@link #weakest()} to 1; equal to it unless given
   */
  @Value.Default
  public double weakestPossible() {
    return weakest();
  }

  /**
   * Checks if the score is one number: every practice in scope is assessed.
   *
   * @return true if nothing in scope is missing
   */
  public boolean isExact() {
    return notAssessed() == 0;
  }

  @Value.Check
  void check() {
    Checks.share(mean(), "DimensionScore", "mean");
    Checks.share(weakest(), "DimensionScore", "weakest");
    Checks.share(targetMean(), "DimensionScore", "targetMean");
    Checks.share(targetWeakest(), "DimensionScore", "targetWeakest");
    Checks.inRange(outOfScope(), 0, dimension().practices().size(), "DimensionScore", "outOfScope");
    Checks.inRange(
        notAssessed(), 0, dimension().practices().size(), "DimensionScore", "notAssessed");
    Checks.share(meanPossible(), "DimensionScore", "meanPossible");
    Checks.share(weakestPossible(), "DimensionScore", "weakestPossible");
    Checks.check(
        meanPossible() >= mean() && weakestPossible() >= weakest(),
        "DimensionScore.meanPossible and weakestPossible must be at least mean and weakest, but were"
            + " %s and %s against %s and %s for %s",
        meanPossible(),
        weakestPossible(),
        mean(),
        weakest(),
        dimension());
  }

  /**
   * Returns the score as text, such as {@code GOVERNANCE mean 0.58, weakest 0.25 (target 0.67 / 0.5)}.
   *
   * @return the score as text, not null
   */
  @Override
  public String toString() {
    return dimension()
        + " mean "
        + round(mean())
        + (isExact() ? "" : " to " + round(meanPossible()))
        + ", weakest "
        + round(weakest())
        + (isExact()
            ? ""
            : " to " + round(weakestPossible()) + ", " + notAssessed() + " not assessed")
        + " (target "
        + round(targetMean())
        + " / "
        + round(targetWeakest())
        + ")";
  }

  static String round(double v) {
    return Decimals.fixed(v, 2);
  }

  /** Builder of {@link DimensionScore}. */
  public static final class Builder extends ImmutableDimensionScore.Builder {
    Builder() {}
  }
}
