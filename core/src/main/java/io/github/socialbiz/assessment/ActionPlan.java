package io.github.socialbiz.assessment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.internal.Words;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.source.Citation;
import java.util.Locale;

/**
 * An assessment's roadmap as a plan a client's team works through: one {@link Item row} per action, in
 * roadmap order, with the words a client reads and empty columns for the team to fill in (who does it,
 * by when, and how far it has got). Spreadsheet and CSV writers write its {@link #HEADER} and each item's
 * {@link Item#cells() cells}, so every format has the same columns.
 *
 * <pre>{@code
 * ActionPlan plan = ActionPlan.of(SocialBusiness.assess(SocialBusiness.listeningPilot()));
 * ActionPlan.HEADER;              // [Phase, Action, Practice or fact, Grade now, Target, ...]
 * plan.items().get(0).action();     // "Raise Readiness and competitive audits to some"
 * plan.items().get(0).gradeNow();   // "None"
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ActionPlan {

  /**
   * The columns of a plan, in order: phase, action, practice (or structural fact), grade now, target,
   * owner role, reason, citation, then the team's own columns assignee, due date and status.
   */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of(
          "Phase",
          "Action",
          "Practice or fact",
          "Grade now",
          "Target",
          "Owner",
          "Reason",
          "Citation",
          "Assignee",
          "Due date",
          "Status");

  /** The statuses a team may give a row, in the order work moves through them. */
  public static final ImmutableList<String> STATUSES =
      ImmutableList.of("Not started", "In progress", "Done");

  /** What the grade-now column says for a practice nobody has assessed. */
  public static final String NOT_ASSESSED = "Not assessed";

  private final ImmutableList<Item> items;

  private ActionPlan(ImmutableList<Item> items) {
    this.items = items;
  }

  /**
   * Obtains the action plan of an assessment: its roadmap's actions, phase by phase.
   *
   * @param assessment  the assessment
   * @return the plan, not null; without items when the roadmap is done
   */
  public static ActionPlan of(Assessment assessment) {
    requireNonNull(assessment, "assessment");
    Organization o = assessment.organization();
    ImmutableList.Builder<Item> items = ImmutableList.builder();
    for (Phase phase : assessment.roadmap().phases()) {
      for (Action action : phase.actions()) {
        items.add(item(o, phase, action));
      }
    }
    return new ActionPlan(items.build());
  }

  /**
   * Describes an action in a client's words, as the plan and the reports show it: {@code Raise Triage
   * and escalation to some}, {@code Assess listening and monitoring first: find out whether it reaches
   * about half}, or {@code Establish a corporate social strategist}.
   *
   * @param action  the action
   * @return the description, not null
   */
  public static String describe(Action action) {
    requireNonNull(action, "action");
    if (action.criterion() instanceof PracticeCriterion p) {
      String grade = p.minimum().displayName().toLowerCase(Locale.ROOT);
      return action.isAssessFirst()
          ? "Assess "
              + Words.lowerFirst(p.practice().displayName())
              + " first: find out whether it reaches "
              + grade
          : "Raise "
              + Words.lowerFirst(p.practice().displayName())
              + " to "
              + grade
              + " of the organization";
    }
    return "Establish "
        + Words.lowerFirst(((FactCriterion) action.criterion()).fact().displayName());
  }

  private static Item item(Organization o, Phase phase, Action x) {
    String phaseText = phase.number() + ": open " + phase.rung().displayName();
    String action = describe(x);
    if (x.criterion() instanceof PracticeCriterion p) {
      String now = o.grade(p.practice()).adoption().map(Adoption::displayName).orElse(NOT_ASSESSED);
      return new Item(
          phaseText,
          action,
          p.practice().displayName(),
          now,
          p.minimum().displayName(),
          x.owner().displayName(),
          x.reason(),
          x.citation(),
          x.isAssessFirst());
    }
    FactCriterion f = (FactCriterion) x.criterion();
    return new Item(
        phaseText,
        action,
        f.fact().displayName(),
        "Not established",
        "Established",
        x.owner().displayName(),
        x.reason(),
        x.citation(),
        false);
  }

  /**
   * Gets the rows of the plan, in roadmap order.
   *
   * @return the items, not null
   */
  public ImmutableList<Item> items() {
    return items;
  }

  /**
   * Checks if this plan has the same items as another.
   *
   * @param other  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ActionPlan p && items.equals(p.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  /**
   * Returns the plan as text, one line per item.
   *
   * @return the plan as text, not null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ActionPlan[");
    for (Item item : items) {
      s.append(System.lineSeparator()).append("  ").append(item);
    }
    return s.append(items.isEmpty() ? "]" : System.lineSeparator() + "]").toString();
  }

  /**
   * One row of an {@link ActionPlan}: the phase, the action in a client's words, the practice or
   * structural fact it is about, its grade now and the target, the owning role, the reason and the
   * citation. Assignee, due date and status are the team's to fill in and are empty here.
   *
   * @param phase  the phase, such as {@code 1: open Engagement}
   * @param action  what to do, such as {@code Raise Triage process to some}
   * @param subject  the practice or structural fact, by its display name
   * @param gradeNow  the practice's grade now, {@link #NOT_ASSESSED}, or {@code Not established} for a fact
   * @param target  the grade to reach, or {@code Established} for a fact
   * @param owner  the owning role's display name
   * @param reason  why the action matters
   * @param citation  where the requirement comes from
   * @param assessFirst  whether the action asks before it prescribes ({@link Action#isAssessFirst()})
   */
  public record Item(
      String phase,
      String action,
      String subject,
      String gradeNow,
      String target,
      String owner,
      String reason,
      Citation citation,
      boolean assessFirst) {

    /** Checks that no component is null. */
    public Item {
      requireNonNull(phase, "phase");
      requireNonNull(action, "action");
      requireNonNull(subject, "subject");
      requireNonNull(gradeNow, "gradeNow");
      requireNonNull(target, "target");
      requireNonNull(owner, "owner");
      requireNonNull(reason, "reason");
      requireNonNull(citation, "citation");
    }

    /**
     * Gets the row's cells in the order of {@link ActionPlan#HEADER}: assignee, due date and status
     * empty, the citation as a client reads it ({@code Li 2012, "Stage 3" [corroborated]}).
     *
     * @return one text per column, not null
     */
    public ImmutableList<String> cells() {
      return ImmutableList.of(
          phase,
          action,
          subject,
          gradeNow,
          target,
          owner,
          reason,
          citation.source().shortReference()
              + ", \""
              + citation.locator()
              + "\" ["
              + citation.provenance().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + "]",
          "",
          "",
          "");
    }
  }
}
