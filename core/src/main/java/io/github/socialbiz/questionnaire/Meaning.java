package io.github.socialbiz.questionnaire;

import static java.util.Objects.requireNonNull;

import io.github.socialbiz.practice.Adoption;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an answer means to the evidence, such as {@code HALF}: one of the four grades of a practice,
 * whether a structural fact holds, "not assessed" (the respondent does not know) or "out of scope" (the
 * practice does not apply, for a reason the respondent gives).
 *
 * <p>A graded question's options mean grades, {@link #NOT_ASSESSED} or {@link #OUT_OF_SCOPE}; a fact
 * question's options mean {@link #HOLDS}, {@link #DOES_NOT_HOLD} or {@link #NOT_ASSESSED}. Not assessed
 * is not {@link #NONE}: none is an answer someone gave.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Meaning {
  /** The practice is graded {@link Adoption#NONE}. */
  NONE(Adoption.NONE, null, "None"),
  /** The practice is graded {@link Adoption#SOME}. */
  SOME(Adoption.SOME, null, "Some"),
  /** The practice is graded {@link Adoption#HALF}. */
  HALF(Adoption.HALF, null, "About half"),
  /** The practice is graded {@link Adoption#MOST}. */
  MOST(Adoption.MOST, null, "Most or all"),
  /** The structural fact holds. */
  HOLDS(null, true, "Holds"),
  /** The structural fact does not hold. */
  DOES_NOT_HOLD(null, false, "Does not hold"),
  /** Nobody could say: the practice or fact stays not assessed. */
  NOT_ASSESSED(null, null, "Not assessed"),
  /** The practice does not apply to the organization; the respondent must say why. */
  OUT_OF_SCOPE(null, null, "Out of scope");

  private final @Nullable Adoption grade;
  private final @Nullable Boolean holds;
  private final String displayName;

  Meaning(@Nullable Adoption grade, @Nullable Boolean holds, String displayName) {
    this.grade = grade;
    this.holds = holds;
    this.displayName = displayName;
  }

  /**
   * Obtains the meaning of a grade.
   *
   * @param grade  the grade
   * @return the meaning that grades a practice {@code grade}, not null
   */
  public static Meaning of(Adoption grade) {
    return switch (requireNonNull(grade, "grade")) {
      case NONE -> NONE;
      case SOME -> SOME;
      case HALF -> HALF;
      case MOST -> MOST;
    };
  }

  /**
   * Obtains the meaning of a yes or no about a structural fact.
   *
   * @param holds  whether the fact holds
   * @return {@link #HOLDS} or {@link #DOES_NOT_HOLD}, not null
   */
  public static Meaning of(boolean holds) {
    return holds ? HOLDS : DOES_NOT_HOLD;
  }

  /**
   * Gets the grade this meaning gives a practice.
   *
   * @return the grade, or empty if this meaning is not a grade
   */
  public Optional<Adoption> grade() {
    return Optional.ofNullable(grade);
  }

  /**
   * Gets whether this meaning says a structural fact holds.
   *
   * @return true for {@link #HOLDS}, false for {@link #DOES_NOT_HOLD}, empty otherwise
   */
  public Optional<Boolean> holds() {
    return Optional.ofNullable(holds);
  }

  /**
   * Checks if this meaning is one of the four grades.
   *
   * @return true for {@link #NONE}, {@link #SOME}, {@link #HALF} and {@link #MOST}
   */
  public boolean isGrade() {
    return grade != null;
  }

  /**
   * Checks if a respondent choosing this answer must give a reason: true only for {@link #OUT_OF_SCOPE}.
   *
   * @return true if a reason is required
   */
  public boolean needsReason() {
    return this == OUT_OF_SCOPE;
  }

  /**
   * Gets the human-readable name, such as "About half" or "Not assessed".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }
}
