package io.github.socialbiz.assessment;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.internal.Words;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Verdict;
import java.util.Locale;

/** Turns the vocabulary's criteria into rules over an organization, and reads facts from its structure. */
final class CriterionRules {

  private CriterionRules() {}

  /** The rule that checks one criterion; its id is the criterion's id. */
  static Rule<Organization> rule(Criterion criterion, String gateName) {
    String recommendation = recommendation(criterion);
    return Rule.<Organization>builder(criterion.id())
        .title(criterion.description())
        .severity(Severity.MEDIUM)
        .citation(criterion.citation())
        .recommendation(recommendation)
        .check(
            o -> {
              Reason reason = reason(criterion, o);
              if (reason.isHeld()) {
                return Verdict.pass(reason);
              }
              String involved =
                  criterion instanceof PracticeCriterion p
                      ? p.practice().name()
                      : ((FactCriterion) criterion).fact().name();
              return Verdict.fail(
                  gateName
                      + " needs "
                      + Words.lowerFirst(criterion.description())
                      + "; "
                      + reason.evidence(),
                  ImmutableList.of(involved),
                  ImmutableList.of(reason));
            });
  }

  /** Whether a criterion holds for an organization, with the evidence read. */
  static Reason reason(Criterion criterion, Organization o) {
    if (criterion instanceof PracticeCriterion pc) {
      return atLeast(o, pc.practice(), pc.minimum());
    }
    Fact fact = ((FactCriterion) criterion).fact();
    FactMeaning meaning = FactMeaning.of(fact);
    return Reason.of(criterion.description(), meaning.holds(o), meaning.evidence(o));
  }

  /**
   * Whether a practice is adopted to at least a grade, with the evidence read: the reason of every
   * practice criterion and of every standard rule that asks for a grade. A practice out of scope never
   * holds.
   */
  static Reason atLeast(Organization o, Practice p, Adoption minimum) {
    String criterion =
        p.displayName() + ": at least " + minimum.displayName().toLowerCase(Locale.ROOT);
    if (!o.isInScope(p)) {
      return Reason.notHeld(criterion, p.displayName() + ": left out of scope, not assessed");
    }
    return Reason.of(
        criterion,
        o.adoption(p).isAtLeast(minimum),
        p.displayName()
            + ": "
            + o.evidence(p)
                .map(Evidence::describe)
                .orElse("not assessed yet, so not counted as met"));
  }

  /** Whether a structural fact holds. */
  static boolean holds(Fact fact, Organization o) {
    return FactMeaning.of(fact).holds(o);
  }

  private static String recommendation(Criterion c) {
    if (c instanceof PracticeCriterion p) {
      return "Raise "
          + Words.lowerFirst(p.practice().displayName())
          + " to "
          + Words.lowerFirst(p.minimum().displayName())
          + " of the organization: "
          + Words.lowerFirst(p.practice().description());
    }
    return FactMeaning.of(((FactCriterion) c).fact()).recommendation();
  }
}
