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

  private static final Adoption[] ADOPTIONS = Adoption.values();

  /**
   * Each practice criterion's wording, "Practice name: at least some", by practice and minimum ordinal:
   * every rule asking for a grade reads it, so it is worded once.
   */
  private static final String[][] AT_LEAST = new String[PRACTICES.length][ADOPTIONS.length];

  /** Each practice's wording prefix "Practice name: at least ", which {@link #askFor} recognises. */
  private static final String[] AT_LEAST_PREFIX = new String[PRACTICES.length];

  static {
    for (Practice p : PRACTICES) {
      AT_LEAST_PREFIX[p.ordinal()] = p.displayName() + ": at least ";
      for (Adoption a : ADOPTIONS) {
        AT_LEAST[p.ordinal()][a.ordinal()] =
            AT_LEAST_PREFIX[p.ordinal()] + a.displayName().toLowerCase(Locale.ROOT);
      }
    }
  }

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
    return Asked.PRACTICES[p.ordinal()];
  }

  /**
   * The standard question of the practice a reason of {@link #atLeast} reads, found by its criterion's
   * wording ("Practice name: at least ...").
   */
  static Optional<String> askFor(Reason r) {
    for (Practice p : PRACTICES) {
      if (r.criterion().startsWith(AT_LEAST_PREFIX[p.ordinal()])) {
        return Optional.of(ask(p));
      }
    }
    return Optional.empty();
  }

  /** The standard question about a fact, as "text" (id). */
  static String ask(Fact f) {
    return Asked.FACTS[f.ordinal()];
  }

  private static String quoted(Question q) {
    return "\u201c" + q.text() + "\u201d (" + q.id() + ")";
  }

  /**
   * Each practice's and fact's standard question, quoted once: a holder, so the questionnaire is read
   * when a rule first asks, not when this class loads.
   */
  private static final class Asked {
    static final String[] PRACTICES = new String[Practice.values().length];
    static final String[] FACTS = new String[Fact.values().length];

    static {
      Questionnaire standard = Questionnaire.standard();
      for (Practice p : Practice.values()) {
        PRACTICES[p.ordinal()] = quoted(standard.questionsFor(p).get(0));
      }
      for (Fact f : Fact.values()) {
        FACTS[f.ordinal()] = quoted(standard.questionsFor(f).get(0));
      }
    }

    private Asked() {}
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
    String criterion = AT_LEAST[p.ordinal()][minimum.ordinal()];
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
