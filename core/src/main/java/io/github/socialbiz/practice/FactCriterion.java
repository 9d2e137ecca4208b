package io.github.socialbiz.practice;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.source.Citation;
import org.immutables.value.Value;

/**
 * A {@link Criterion} met when a structural {@link Fact} of the organization holds, such as {@code
 * stage.formalized.executive-sponsor-named: EXECUTIVE_SPONSOR_NAMED}. Obtain one with {@link
 * Criterion#fact(String, Fact, Citation)}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract sealed class FactCriterion extends Criterion permits ImmutableFactCriterion {

  FactCriterion() {}

  @Override
  public abstract String id();

  /**
   * Gets the structural fact this criterion requires.
   *
   * @return the fact, not null
   */
  public abstract Fact fact();

  @Override
  public abstract Citation citation();

  /**
   * Gets what the criterion requires: the fact's display name, such as "Named executive sponsor".
   *
   * @return the description, not null
   */
  @Override
  public String description() {
    return fact().displayName();
  }

  @Value.Check
  void check() {
    checkId();
  }

  /**
   * Returns the criterion as text, such as {@code stage.formalized.executive-sponsor-named:
   * EXECUTIVE_SPONSOR_NAMED}.
   *
   * @return the criterion as text, not null
   */
  @Override
  public String toString() {
    return id() + ": " + fact().name();
  }
}
