package io.github.socialbiz.assessment;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.source.Citation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a {@link Roadmap}: the gate criterion it meets (a practice raised to the criterion's grade,
 * or a structural fact established), the role that owns it, the reason, and the rung it unblocks, such as
 * {@code Raise TRIAGE_PROCESS to SOME (COMMUNITY_MANAGER) -> ENGAGEMENT}. Over a practice nobody has
 * assessed, the action first asks where it stands ({@link #isAssessFirst()}): {@code Assess
 * TRIAGE_PROCESS for SOME (COMMUNITY_MANAGER) -> ENGAGEMENT}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Action {

  Action() {}

  /**
   * Obtains an action.
   *
   * @param criterion  the gate criterion the action meets
   * @param owner  the role that owns the action
   * @param reason  why the action matters, in one sentence
   * @param unblocks  the stage or level the action helps unblock
   * @return the action, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code reason} is blank
   */
  public static Action of(Criterion criterion, Role owner, String reason, Rung unblocks) {
    return ImmutableAction.builder()
        .criterion(criterion)
        .owner(owner)
        .reason(reason)
        .unblocks(unblocks)
        .build();
  }

  /**
   * Gets the gate criterion this action meets.
   *
   * @return the criterion, not null
   */
  public abstract Criterion criterion();

  /**
   * Gets the role that owns the action.
   *
   * @return the owner, not null
   */
  public abstract Role owner();

  /**
   * Gets why the action matters, in one sentence.
   *
   * @return the reason, not null
   */
  public abstract String reason();

  /**
   * Gets the stage or level the action helps unblock, such as {@code ENGAGEMENT}.
   *
   * @return the rung, not null
   */
  public abstract Rung unblocks();

  /**
   * Checks if the action asks before it prescribes: the criterion is over a practice nobody has assessed
   * yet, so the first step is to find out where the practice stands, not to raise it. Such actions come
   * first in their phase.
   *
   * @return true for an "assess" action; false unless given
   */
  @Value.Default
  public boolean isAssessFirst() {
    return false;
  }

  /**
   * Returns this action as an "assess" action ({@link #isAssessFirst()}), with another reason. This
   * instance is immutable and unaffected.
   *
   * @param reason  why and what to ask, in one sentence
   * @return the changed copy, not null
   * @throws io.github.socialbiz.SocialBusinessException if the criterion is not over a practice, or the
   *     reason is blank
   */
  public Action toAssessFirst(String reason) {
    return ((ImmutableAction) ImmutableAction.copyOf(this))
        .withAssessFirst(true)
        .withReason(reason);
  }

  /**
   * Gets the id of the criterion this action meets, such as {@code stage.engagement.triage-process}.
   *
   * @return the criterion id, not null
   */
  public String criterionId() {
    return criterion().id();
  }

  /**
   * Gets where the requirement comes from: the criterion's citation.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return criterion().citation();
  }

  /**
   * Gets the practice to raise, if the criterion is over a practice.
   *
   * @return the practice, or empty when the action establishes a fact
   */
  public Optional<Practice> practice() {
    return criterion() instanceof PracticeCriterion p
        ? Optional.of(p.practice())
        : Optional.empty();
  }

  /**
   * Gets the grade to reach, if the criterion is over a practice.
   *
   * @return the criterion's minimum grade, or empty when the action establishes a fact
   */
  public Optional<Adoption> grade() {
    return criterion() instanceof PracticeCriterion p ? Optional.of(p.minimum()) : Optional.empty();
  }

  /**
   * Gets the structural fact to establish, if the criterion is a fact.
   *
   * @return the fact, or empty when the action raises a practice
   */
  public Optional<Fact> fact() {
    return criterion() instanceof FactCriterion f ? Optional.of(f.fact()) : Optional.empty();
  }

  @Value.Check
  void check() {
    Checks.notBlank(reason(), "Action", "reason");
    Checks.check(
        !isAssessFirst() || criterion() instanceof PracticeCriterion,
        "Action.assessFirst is only for a criterion over a practice, but %s is a fact",
        criterion().id());
  }

  /**
   * Returns the action as text, such as {@code Raise TRIAGE_PROCESS to SOME (COMMUNITY_MANAGER) -> ENGAGEMENT}.
   *
   * @return the action as text, not null
   */
  @Override
  public String toString() {
    String what =
        criterion() instanceof PracticeCriterion p
            ? (isAssessFirst()
                    ? "Assess " + p.practice() + " for "
                    : "Raise " + p.practice() + " to ")
                + p.minimum()
            : "Establish " + ((FactCriterion) criterion()).fact();
    return what + " (" + owner() + ") -> " + unblocks().name();
  }
}
