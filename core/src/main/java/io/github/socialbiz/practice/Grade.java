package io.github.socialbiz.practice;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.rules.Truth;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an organization is known to have of one practice: an {@link Adoption} someone gave, {@link
 * #notAssessed() not assessed} (nobody has graded it yet), or {@link #outOfScope() out of scope} (the
 * assessor left it out). Not assessed is not {@link Adoption#NONE}: none is an answer someone gave, not
 * assessed is the absence of one. Reading a grade therefore cannot mistake the one for the other:
 *
 * <pre>{@code
 * Grade g = acme.grade(Practice.CRISIS_PLAN);    // not assessed
 * g.atLeast(Adoption.SOME);                      // UNKNOWN, never FALSE
 * acme.grade(Practice.LISTENING).atLeast(Adoption.SOME);   // TRUE: graded about half
 * g.adoption();                                  // Optional.empty
 * }</pre>
 *
 * <p>A practice out of scope never meets a criterion (it is reported, never counted as met), so {@link
 * #atLeast} answers {@link Truth#FALSE} for it, as the gates do.
 *
 * @implSpec This class is immutable and thread-safe; there are six instances, one per state, so {@code
 *     ==} and {@link #equals} agree.
 */
@Immutable
@SuppressWarnings("exports")
public final class Grade {

  private static final Grade[] GRADED = {
    new Grade(Adoption.NONE, true),
    new Grade(Adoption.SOME, true),
    new Grade(Adoption.HALF, true),
    new Grade(Adoption.MOST, true)
  };
  private static final Grade NOT_ASSESSED = new Grade(null, true);
  private static final Grade OUT_OF_SCOPE = new Grade(null, false);

  private final @Nullable Adoption adoption;
  private final boolean inScope;

  private Grade(@Nullable Adoption adoption, boolean inScope) {
    this.adoption = adoption;
    this.inScope = inScope;
  }

  /**
   * Obtains the grade of a practice someone graded.
   *
   * @param adoption  the adoption given
   * @return the grade, not null
   */
  public static Grade of(Adoption adoption) {
    return GRADED[requireNonNull(adoption, "adoption").ordinal()];
  }

  /**
   * Obtains the grade of a practice in scope that nobody has graded yet.
   *
   * @return the grade, not null
   */
  public static Grade notAssessed() {
    return NOT_ASSESSED;
  }

  /**
   * Obtains the grade of a practice the assessor left out of scope.
   *
   * @return the grade, not null
   */
  public static Grade outOfScope() {
    return OUT_OF_SCOPE;
  }

  /**
   * Gets the adoption someone gave.
   *
   * @return the adoption, or empty if not assessed or out of scope
   */
  public Optional<Adoption> adoption() {
    return Optional.ofNullable(adoption);
  }

  /**
   * Checks if someone graded the practice.
   *
   * @return true if an adoption was given
   */
  public boolean isAssessed() {
    return adoption != null;
  }

  /**
   * Checks if the practice is in scope, assessed or not.
   *
   * @return false only for {@link #outOfScope()}
   */
  public boolean isInScope() {
    return inScope;
  }

  /**
   * Checks if the practice is adopted at least to a grade, on three values: {@link Truth#TRUE} or {@link
   * Truth#FALSE} for a graded practice, {@link Truth#UNKNOWN} for one not assessed (except that every
   * practice is at least {@link Adoption#NONE}), and {@link Truth#FALSE} for one out of scope.
   *
   * @param minimum  the lowest grade that counts
   * @return whether the grade is met, not null
   */
  public Truth atLeast(Adoption minimum) {
    requireNonNull(minimum, "minimum");
    if (!inScope) {
      return Truth.FALSE;
    }
    if (adoption == null) {
      return minimum == Adoption.NONE ? Truth.TRUE : Truth.UNKNOWN;
    }
    return Truth.of(adoption.isAtLeast(minimum));
  }

  /**
   * Gets the lowest adoption this grade allows: the adoption given, or {@link Adoption#NONE} when nobody
   * has graded the practice (or it is out of scope). A lower bound, never a statement.
   *
   * @return the lowest adoption, not null
   */
  public Adoption lowest() {
    return adoption == null ? Adoption.NONE : adoption;
  }

  /**
   * Gets the highest adoption this grade allows: the adoption given, or {@link Adoption#MOST} when nobody
   * has graded the practice. An upper bound, never a statement. Out of scope: {@link Adoption#NONE}, as
   * it never counts as met.
   *
   * @return the highest adoption, not null
   */
  public Adoption highest() {
    return adoption != null ? adoption : inScope ? Adoption.MOST : Adoption.NONE;
  }

  /**
   * Gets the human-readable name: the adoption's, such as "About half", or "Not assessed" or "Out of
   * scope".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return adoption != null ? adoption.displayName() : inScope ? "Not assessed" : "Out of scope";
  }

  /**
   * Returns the grade as text: the adoption's constant name, such as {@code HALF}, or {@code
   * NOT_ASSESSED} or {@code OUT_OF_SCOPE}.
   *
   * @return the grade as text, not null
   */
  @Override
  public String toString() {
    return adoption != null ? adoption.name() : inScope ? "NOT_ASSESSED" : "OUT_OF_SCOPE";
  }
}
