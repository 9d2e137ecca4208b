package io.github.socialbiz.assessment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.internal.Words;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.questionnaire.Questionnaire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The ordered, phased actions that take an organization to a target stage or maturity level, such as
 * {@code Roadmap to STRATEGIC: 1 phase, 1 action}.
 *
 * <pre>{@code
 * Roadmap next = Roadmap.toNextStage(bluefin);          // Roadmap to ENGAGEMENT: 1 phase, 3 actions
 * Roadmap far = Roadmap.to(bluefin, Stage.STRATEGIC);   // one phase per gate: ENGAGEMENT, FORMALIZED, STRATEGIC
 * far.applyTo(bluefin, asOf);                           // the organization as it would be with every action done
 * }</pre>
 *
 * <p>Phases follow the hierarchy: one phase per gate between where the organization stands and the
 * target, lowest first, so no action of a higher gate comes before the actions of a lower one. Each
 * action names the practice and grade (or the structural fact), the owning role (the library's reading
 * of the role descriptions), the reason, its citation, and the rung it unblocks.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Roadmap {

  /** The placeholder used by {@link #applyTo} for people not yet named. */
  public static final String TO_BE_NAMED = "(to be named)";

  Roadmap() {}

  /**
   * Obtains a roadmap from its parts, for readers of stored roadmaps.
   *
   * @param target  the target stage or level
   * @param phases  the phases, lowest gate first
   * @return the roadmap, not null
   * @throws io.github.socialbiz.SocialBusinessException if the phases are not numbered 1, 2, 3... in order
   */
  public static Roadmap of(Rung target, Iterable<Phase> phases) {
    return ImmutableRoadmap.builder().target(target).addAllPhases(phases).build();
  }

  /**
   * Plans the way to the next stage.
   *
   * @param o  the organization
   * @return the roadmap; with no phases at {@link Stage#CONVERGED}
   */
  public static Roadmap toNextStage(Organization o) {
    Stage stage = Gates.stages().reached(o).orElse(Stage.PLANNING);
    return to(o, stage.next().orElse(stage));
  }

  /**
   * Plans the way to a stage.
   *
   * @param o  the organization
   * @param target  the stage to reach
   * @return the roadmap, with one phase per gate still to open; no phases if the stage is reached
   */
  public static Roadmap to(Organization o, Stage target) {
    return of(target, phases(o, Gates.stages().path(o, target)));
  }

  /**
   * Plans the way to a maturity level.
   *
   * @param o  the organization
   * @param target  the level to reach
   * @return the roadmap, with one phase per gate still to open; no phases if the level is reached
   */
  public static Roadmap to(Organization o, MaturityLevel target) {
    return of(target, phases(o, Gates.levels().path(o, target)));
  }

  /**
   * One phase per gate of the path. A criterion over a practice nobody has assessed becomes an "assess"
   * action, which asks before it prescribes; those come first in their phase.
   */
  static <L extends Enum<L> & Rung> List<Phase> phases(Organization o, List<GateResult<L>> path) {
    List<Phase> phases = new ArrayList<>();
    for (GateResult<L> gate : path) {
      List<Action> assess = new ArrayList<>();
      List<Action> act = new ArrayList<>();
      for (Criterion c : gate.open()) {
        Action a = action(c, gate.rung());
        if (c instanceof PracticeCriterion p
            && o.isInScope(p.practice())
            && !o.isAssessed(p.practice())) {
          assess.add(a.toAssessFirst(assessReason(p, gate.rung())));
        } else {
          act.add(a);
        }
      }
      assess.addAll(act);
      phases.add(Phase.of(phases.size() + 1, gate.rung(), assess));
    }
    return phases;
  }

  /** Why to ask first, with the standard questionnaire's question for the practice. */
  private static String assessReason(PracticeCriterion p, Rung rung) {
    return "Nobody has assessed "
        + Words.lowerFirst(p.practice().displayName())
        + " yet; ask \u201c"
        + Questionnaire.standard().questionsFor(p.practice()).get(0).text()
        + "\u201d and find out whether it reaches "
        + p.minimum().displayName().toLowerCase(Locale.ROOT)
        + " of the organization before planning to raise it for "
        + rung.displayName();
  }

  private static Action action(Criterion c, Rung rung) {
    if (c instanceof FactCriterion f) {
      return Action.of(
          c,
          FactMeaning.of(f.fact()).owner(),
          f.fact().displayName() + " is required to reach " + rung.displayName(),
          rung);
    }
    PracticeCriterion p = (PracticeCriterion) c;
    return Action.of(
        c,
        Owners.of(p.practice()),
        p.practice().displayName()
            + " must reach "
            + p.minimum().displayName().toLowerCase(Locale.ROOT)
            + " of the organization to reach "
            + rung.displayName(),
        rung);
  }

  /**
   * Gets the target stage or level, such as {@code STRATEGIC}.
   *
   * @return the target, not null
   */
  public abstract Rung target();

  /**
   * Gets the phases, one per gate, lowest first.
   *
   * @return the phases, possibly empty
   */
  public abstract ImmutableList<Phase> phases();

  /**
   * Gets every action, phase by phase.
   *
   * @return the actions, possibly empty
   */
  public ImmutableList<Action> actions() {
    ImmutableList.Builder<Action> all = ImmutableList.builder();
    for (Phase p : phases()) {
      all.addAll(p.actions());
    }
    return all.build();
  }

  /**
   * Checks if nothing is left to do.
   *
   * @return true if there is no action
   */
  public boolean isDone() {
    return actions().isEmpty();
  }

  /**
   * Projects the organization as it would be with every action done: each practice raised to its grade
   * (never lowered; a practice to assess is taken as found at the grade its criterion needs), and each structural fact established with placeholders ({@link #TO_BE_NAMED}) for
   * people not yet named. A what-if view; the organization given is unchanged.
   *
   * @param o  the organization
   * @param asOf  the date to give a charter the roadmap writes
   * @return the projected organization, not null
   */
  public Organization applyTo(Organization o, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    Organization result = requireNonNull(o, "o");
    for (Action a : actions()) {
      if (a.criterion() instanceof FactCriterion f) {
        result = FactMeaning.of(f.fact()).establish(result, asOf);
      } else if (a.criterion() instanceof PracticeCriterion p
          && !result.grade(p.practice()).atLeast(p.minimum()).isTrue()) {
        result = result.withEvidence(p.practice(), p.minimum());
      }
    }
    return result;
  }

  @Value.Check
  void check() {
    for (int i = 0; i < phases().size(); i++) {
      Checks.check(
          phases().get(i).number() == i + 1,
          "Roadmap.phases must be numbered 1, 2, 3... in order, but phase %s is numbered %s",
          i + 1,
          phases().get(i).number());
    }
  }

  /**
   * Returns the roadmap as text, such as {@code Roadmap to STRATEGIC: 1 phase, 1 action}.
   *
   * @return the roadmap as text, not null
   */
  @Override
  public String toString() {
    int n = actions().size();
    return "Roadmap to "
        + target().name()
        + ": "
        + phases().size()
        + (phases().size() == 1 ? " phase, " : " phases, ")
        + n
        + (n == 1 ? " action" : " actions");
  }
}
