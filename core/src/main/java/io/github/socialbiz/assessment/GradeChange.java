package io.github.socialbiz.assessment;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import org.immutables.value.Value;

/**
 * How one practice's grade differs between two assessments, such as {@code SOCIAL_MEDIA_POLICY:
 * NOT_ASSESSED -> MOST} (assessed for the first time) or {@code LISTENING: SOME -> HALF} (a change). An
 * {@link AssessmentDiff} sorts them by what they are: {@link #isNewlyAssessed() new knowledge}, {@link
 * #isNoLongerAssessed() knowledge lost}, or a change of a grade known both times.
 *
 * <pre>{@code
 * GradeChange g = GradeChange.of(Practice.SOCIAL_MEDIA_POLICY, Grade.notAssessed(), Grade.of(Adoption.MOST));
 * g.isNewlyAssessed();   // true: not a change of the organization, only of what is known of it
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class GradeChange {

  GradeChange() {}

  /**
   * Obtains a change of a practice's grade.
   *
   * @param practice  the practice
   * @param before  its grade in the earlier assessment
   * @param after  its grade in the later assessment
   * @return the change, not null
   * @throws io.github.socialbiz.SocialBusinessException if the two grades are equal
   */
  public static GradeChange of(Practice practice, Grade before, Grade after) {
    return ImmutableGradeChange.of(practice, before, after);
  }

  /**
   * Gets the practice.
   *
   * @return the practice, not null
   */
  @Value.Parameter
  public abstract Practice practice();

  /**
   * Gets the practice's grade in the earlier assessment.
   *
   * @return the grade, possibly not assessed or out of scope
   */
  @Value.Parameter
  public abstract Grade before();

  /**
   * Gets the practice's grade in the later assessment.
   *
   * @return the grade, possibly not assessed or out of scope
   */
  @Value.Parameter
  public abstract Grade after();

  /**
   * Checks if the practice was assessed for the first time: in scope and not assessed before, graded
   * now. New knowledge, not a change of the organization.
   *
   * @return true if not assessed before and assessed now
   */
  public boolean isNewlyAssessed() {
    return before().isInScope() && !before().isAssessed() && after().isAssessed();
  }

  /**
   * Checks if the practice was assessed before and is in scope but not assessed now: knowledge lost, not
   * a change of the organization.
   *
   * @return true if assessed before and not assessed now
   */
  public boolean isNoLongerAssessed() {
    return before().isAssessed() && after().isInScope() && !after().isAssessed();
  }

  /**
   * Checks if the grade itself changed: neither {@link #isNewlyAssessed()} nor {@link
   * #isNoLongerAssessed()}, such as a grade raised or lowered, or a practice taken into or out of scope.
   *
   * @return true for a change of the organization's grade
   */
  public boolean isGradeChange() {
    return !isNewlyAssessed() && !isNoLongerAssessed();
  }

  @Value.Check
  void check() {
    Checks.check(
        !before().equals(after()),
        "GradeChange needs two different grades, but %s was %s both times",
        practice(),
        before());
  }

  /**
   * Returns the change as text, such as {@code SOCIAL_MEDIA_POLICY: NOT_ASSESSED -> MOST}.
   *
   * @return the change as text, not null
   */
  @Override
  public String toString() {
    return practice() + ": " + before() + " -> " + after();
  }
}
