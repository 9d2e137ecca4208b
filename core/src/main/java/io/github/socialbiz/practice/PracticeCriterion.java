package io.github.socialbiz.practice;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.source.Citation;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A {@link Criterion} met when a practice is adopted to at least a grade, such as {@code
 * stage.presence.listening: LISTENING >= HALF}. Obtain one with {@link Criterion#practice(String,
 * Practice, Adoption, Citation)}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract sealed class PracticeCriterion extends Criterion
    permits ImmutablePracticeCriterion {

  PracticeCriterion() {}

  @Override
  public abstract String id();

  /**
   * Gets the practice this criterion grades.
   *
   * @return the practice, not null
   */
  public abstract Practice practice();

  /**
   * Gets the lowest grade that meets this criterion.
   *
   * @return the minimum grade, never {@link Adoption#NONE}
   */
  public abstract Adoption minimum();

  @Override
  public abstract Citation citation();

  /**
   * Checks if a grade of this criterion's practice meets it.
   *
   * @param grade  the grade of {@link #practice()}
   * @return true if {@code grade} is at least {@link #minimum()}
   */
  public boolean isMetBy(Adoption grade) {
    return grade.isAtLeast(minimum());
  }

  /**
   * Gets what the criterion requires, such as "Listening and monitoring: at least about half".
   *
   * @return the description, not null
   */
  @Override
  public String description() {
    return practice().displayName()
        + ": at least "
        + minimum().displayName().toLowerCase(Locale.ROOT);
  }

  @Value.Check
  void check() {
    checkId();
    Checks.check(
        minimum() != Adoption.NONE,
        "Criterion.minimum must be SOME, HALF or MOST, but was NONE for %s",
        id());
  }

  /**
   * Returns the criterion as text, such as {@code stage.presence.listening: LISTENING >= HALF}.
   *
   * @return the criterion as text, not null
   */
  @Override
  public String toString() {
    return id() + ": " + practice() + " >= " + minimum();
  }
}
