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
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Verdict;
import java.util.Locale;
import java.util.Optional;

/** Turns the vocabulary's criteria into rules over an organization, and reads facts from its structure. */
final class CriterionRules {

  private static final Practice[] PRACTICES = Practice.values();

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
              if (reason.isUnknown()) {
                return Verdict.unknown(
                    gateName
                        + " needs "
                        + Words.lowerFirst(criterion.description())
                        + "; not verified: "
                        + reason.evidence(),
                    ImmutableList.of(ask(criterion)),
                    ImmutableList.of(reason));
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
    return Reason.of(criterion.description(), meaning.truth(o), meaning.evidence(o));
  }

  /** What to ask to decide a criterion: its practice's or fact's standard question. */
  static String ask(Criterion criterion) {
    return criterion instanceof PracticeCriterion p
        ? ask(p.practice())
        : ask(((FactCriterion) criterion).fact());
  }

  /** The standard question about a practice, as "text" (id). */
  static String ask(Practice p) {
    return quoted(Questionnaire.standard().questionsFor(p).get(0));
  }

  /**
   * The standard question of the practice a reason of {@link #atLeast} reads, found by its criterion's
   * wording ("Practice name: at least ...").
   */
  static Optional<String> askFor(Reason r) {
    for (Practice p : PRACTICES) {
      if (r.criterion().startsWith(p.displayName() + ": at least ")) {
        return Optional.of(ask(p));
      }
    }
    return Optional.empty();
  }

  /** The standard question about a fact, as "text" (id). */
  static String ask(Fact f) {
    return quoted(Questionnaire.standard().questionsFor(f).get(0));
  }

  private static String quoted(Question q) {
    return "\u201c" + q.text() + "\u201d (" + q.id() + ")";
  }

  /**
   * The verdict of a rule over one practice's grade that cannot tell: the practice is not assessed. It
   * names the practice and asks its standard question.
   */
  static Verdict notVerified(Practice p, Reason... reasons) {
    return Verdict.unknown(
        "Not verified: " + Words.lowerFirst(p.displayName()) + " is not assessed",
        ImmutableList.of(ask(p)),
        ImmutableList.copyOf(reasons));
  }

  /**
   * Whether a practice is adopted to at least a grade, with the evidence read: the reason of every
   * practice criterion and of every standard rule that asks for a grade. A practice out of scope never
   * holds; one not assessed cannot be told (unknown).
   */
  static Reason atLeast(Organization o, Practice p, Adoption minimum) {
    String criterion =
        p.displayName() + ": at least " + minimum.displayName().toLowerCase(Locale.ROOT);
    if (!o.isInScope(p)) {
      return Reason.notHeld(criterion, p.displayName() + ": left out of scope, not assessed");
    }
    return Reason.of(
        criterion,
        o.grade(p).atLeast(minimum),
        p.displayName()
            + ": "
            + o.evidence(p)
                .map(Evidence::describe)
                .orElse("not assessed yet, neither met nor unmet"));
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
