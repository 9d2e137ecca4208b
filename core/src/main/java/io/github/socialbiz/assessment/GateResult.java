package io.github.socialbiz.assessment;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Evaluation;

/**
 * One gate evaluated against an organization: which of its entry criteria are met and which are not,
 * such as {@code Gate[STRATEGIC: 3 of 5 met; unmet: stage.strategic.business-outcome-metrics, ...]}.
 *
 * @param <L>  the rung type, {@code Stage} or {@code MaturityLevel}
 * @implSpec This class is immutable and thread-safe.
 */
public final class GateResult<L extends Enum<L> & Rung> {

  private final L rung;
  private final ImmutableList<Criterion> criteria;
  private final Evaluation<Organization> evaluation;

  GateResult(L rung, ImmutableList<Criterion> criteria, Evaluation<Organization> evaluation) {
    this.rung = rung;
    this.criteria = criteria;
    this.evaluation = evaluation;
  }

  /**
   * Gets the stage or level this gate leads into.
   *
   * @return the rung, not null
   */
  public L rung() {
    return rung;
  }

  /**
   * Gets the rule evaluation of the gate, one rule per criterion, for explanations.
   *
   * @return the evaluation, not null
   */
  public Evaluation<Organization> evaluation() {
    return evaluation;
  }

  /**
   * Checks if every criterion of the gate is met.
   *
   * @return true if the gate holds
   */
  public boolean isMet() {
    return evaluation.isClean() && evaluation.unknown().isEmpty();
  }

  /**
   * Gets the criteria that are met.
   *
   * @return the met criteria, in the gate's order
   */
  public ImmutableList<Criterion> met() {
    return criteria.stream()
        .filter(c -> evaluation.outcome(c.id()).isPassed())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the criteria that are not met.
   *
   * @return the unmet criteria, in the gate's order
   */
  public ImmutableList<Criterion> unmet() {
    return criteria.stream()
        .filter(c -> evaluation.outcome(c.id()).isFailed())
        .collect(ImmutableList.toImmutableList());
  }

  /** The criteria not known to be met: unmet or not verified, in the gate's order. */
  ImmutableList<Criterion> open() {
    return criteria.stream()
        .filter(c -> !evaluation.outcome(c.id()).isPassed())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the criteria that cannot be told from what is known (a practice nobody has assessed, a fact
   * nobody could answer): neither met nor unmet.
   *
   * @return the criteria not verified, in the gate's order
   */
  public ImmutableList<Criterion> unknown() {
    return criteria.stream()
        .filter(c -> evaluation.outcome(c.id()).isUnknown())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the result as text, such as {@code Gate[STRATEGIC: 3 of 5 met; unmet: [...]]}.
   *
   * @return the result as text, not null
   */
  @Override
  public String toString() {
    ImmutableList<Criterion> unmet = unmet();
    ImmutableList<Criterion> unknown = unknown();
    return "Gate["
        + rung
        + ": "
        + met().size()
        + " of "
        + criteria.size()
        + " met"
        + (unmet.isEmpty()
            ? ""
            : "; unmet: "
                + unmet.stream().map(Criterion::id).collect(ImmutableList.toImmutableList()))
        + (unknown.isEmpty()
            ? ""
            : "; not verified: "
                + unknown.stream().map(Criterion::id).collect(ImmutableList.toImmutableList()))
        + "]";
  }
}
