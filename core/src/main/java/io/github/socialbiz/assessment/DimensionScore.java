package io.github.socialbiz.assessment;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.internal.Decimals;
import io.github.socialbiz.practice.Dimension;
import org.immutables.value.Value;

/**
 * The score of one {@link Dimension}, from 0 to 1 on SAMM's weights, both as the mean of its practices
 * and as its weakest link, now and at the roadmap's target, such as {@code GOVERNANCE mean 0.58, weakest
 * 0.25 (target 0.67 / 0.5)}.
 *
 * <p>Practices out of scope are left out of the score and counted in {@link #outOfScope()}; a dimension
 * with no practice in scope scores 0.
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
   * Gets the mean weight of the dimension's practices in scope.
   *
   * @return the mean, from 0 to 1
   */
  public abstract double mean();

  /**
   * Gets the lowest weight among the dimension's practices in scope.
   *
   * @return the weakest link, from 0 to 1
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

  @Value.Check
  void check() {
    Checks.share(mean(), "DimensionScore", "mean");
    Checks.share(weakest(), "DimensionScore", "weakest");
    Checks.share(targetMean(), "DimensionScore", "targetMean");
    Checks.share(targetWeakest(), "DimensionScore", "targetWeakest");
    Checks.inRange(outOfScope(), 0, dimension().practices().size(), "DimensionScore", "outOfScope");
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
        + ", weakest "
        + round(weakest())
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
