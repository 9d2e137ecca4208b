package io.github.socialbiz.assessment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.stage.Stage;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What changed between two assessments of the same organization: stage and level, the score of each
 * dimension, the findings resolved and new, and the roadmap actions completed.
 *
 * <pre>{@code
 * AssessmentDiff d = AssessmentDiff.between(lastQuarter, thisQuarter);
 * d.stageChange();        // PRESENCE -> ENGAGEMENT
 * d.resolved();           // findings of the first assessment that are gone
 * d.completedActions();   // roadmap actions of the first assessment now done
 * }</pre>
 *
 * <p>Findings are matched by rule id: a rule that fails in both assessments counts as neither resolved
 * nor new, even if its message changed.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class AssessmentDiff {

  AssessmentDiff() {}

  /**
   * Compares two assessments of one organization.
   *
   * @param before  the earlier assessment
   * @param after  the later assessment
   * @return the difference, not null
   * @throws SocialBusinessException if the assessments are of organizations with different names
   */
  public static AssessmentDiff between(Assessment before, Assessment after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    String name = before.organization().name();
    if (!name.equals(after.organization().name())) {
      throw new SocialBusinessException(
          "AssessmentDiff.between needs two assessments of one organization, but got '"
              + name
              + "' and '"
              + after.organization().name()
              + "'");
    }
    Map<Dimension, Double> deltas = new LinkedHashMap<>();
    for (Dimension d : Dimension.values()) {
      deltas.put(d, after.score(d).mean() - before.score(d).mean());
    }
    Set<String> changed = changedCriteria(before, after);
    Set<String> failedBefore =
        before.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
    Set<String> failedAfter =
        after.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
    ImmutableList<Action> completed =
        before.roadmap().actions().stream()
            .filter(
                a ->
                    !changed.contains(a.criterionId())
                        && CriterionRules.reason(a.criterion(), after.organization()).isHeld())
            .collect(ImmutableList.toImmutableList());
    return ImmutableAssessmentDiff.builder()
        .organization(name)
        .from(before.asOf())
        .to(after.asOf())
        .modelVersionBefore(before.modelVersion())
        .modelVersionAfter(after.modelVersion())
        .addAllChangedCriteria(changed)
        .stageBefore(before.stage())
        .stageAfter(after.stage())
        .levelBefore(before.level())
        .levelAfter(after.level())
        .putAllScoreDeltas(deltas)
        .addAllResolved(
            before.findings().stream()
                .filter(f -> !failedAfter.contains(f.ruleId()) && !changed.contains(f.ruleId()))
                .collect(Collectors.toList()))
        .addAllAdded(
            after.findings().stream()
                .filter(f -> !failedBefore.contains(f.ruleId()) && !changed.contains(f.ruleId()))
                .collect(Collectors.toList()))
        .addAllCompletedActions(completed)
        .build();
  }

  /**
   * The ids of the criteria both assessments record (in their gates and roadmaps) with different
   * definitions: what the model, not the organization, changed. Empty under one model version.
   */
  private static Set<String> changedCriteria(Assessment before, Assessment after) {
    if (before.modelVersion() == after.modelVersion()) {
      return Set.of();
    }
    Map<String, Set<Criterion>> earlier = recorded(before);
    Set<String> changed = new TreeSet<>();
    recorded(after)
        .forEach(
            (id, c) -> {
              Set<Criterion> e = earlier.get(id);
              if (e != null && !e.equals(c)) {
                changed.add(id);
              }
            });
    return changed;
  }

  /** Every criterion an assessment records, by id: the definitions in its gates and its roadmap. */
  private static Map<String, Set<Criterion>> recorded(Assessment a) {
    Map<String, Set<Criterion>> all = new LinkedHashMap<>();
    for (GateSummary g :
        List.of(a.stageGate(), a.levelGate()).stream()
            .flatMap(Optional::stream)
            .collect(Collectors.toList())) {
      g.met().forEach(c -> all.computeIfAbsent(c.id(), k -> new HashSet<>()).add(c));
      g.unmet().forEach(c -> all.computeIfAbsent(c.id(), k -> new HashSet<>()).add(c));
    }
    a.roadmap()
        .actions()
        .forEach(
            x -> all.computeIfAbsent(x.criterionId(), k -> new HashSet<>()).add(x.criterion()));
    return all;
  }

  /**
   * Gets the organization's name.
   *
   * @return the name, not null
   */
  public abstract String organization();

  /**
   * Gets the date of the earlier assessment.
   *
   * @return the date, not null
   */
  public abstract LocalDate from();

  /**
   * Gets the date of the later assessment.
   *
   * @return the date, not null
   */
  public abstract LocalDate to();

  /**
   * Gets the model version of the earlier assessment.
   *
   * @return the version, from 1
   */
  public abstract int modelVersionBefore();

  /**
   * Gets the model version of the later assessment.
   *
   * @return the version, from 1
   */
  public abstract int modelVersionAfter();

  /**
   * Gets the ids of the criteria the model changed between the two assessments' model versions, as far as
   * the two assessments record them (their gates and roadmaps); their findings and actions are left out
   * of {@link #resolved()}, {@link #added()} and {@link #completedActions()}, since a change of the model is
   * not a change of the organization.
   *
   * @return the ids in order, empty when both assessments share a model version
   */
  public abstract ImmutableList<String> changedCriteria();

  /**
   * Checks if the two assessments were made under different model versions.
   *
   * @return true if the model versions differ
   */
  public boolean isModelChanged() {
    return modelVersionBefore() != modelVersionAfter();
  }

  /**
   * Gets the stage before.
   *
   * @return the stage, not null
   */
  public abstract Stage stageBefore();

  /**
   * Gets the stage after.
   *
   * @return the stage, not null
   */
  public abstract Stage stageAfter();

  /**
   * Gets the level before.
   *
   * @return the level, or empty
   */
  public abstract Optional<MaturityLevel> levelBefore();

  /**
   * Gets the level after.
   *
   * @return the level, or empty
   */
  public abstract Optional<MaturityLevel> levelAfter();

  /**
   * Gets the change of each dimension's mean score, after minus before.
   *
   * @return the deltas, in dimension order
   */
  public abstract ImmutableMap<Dimension, Double> scoreDeltas();

  /**
   * Gets the findings of the earlier assessment whose rules no longer fail.
   *
   * @return the resolved findings
   */
  public abstract ImmutableList<Finding> resolved();

  /**
   * Gets the findings of the later assessment whose rules did not fail before.
   *
   * @return the new findings
   */
  public abstract ImmutableList<Finding> added();

  /**
   * Gets the earlier roadmap's actions whose criteria now hold.
   *
   * @return the completed actions
   */
  public abstract ImmutableList<Action> completedActions();

  /**
   * Gets the stage change as text, such as {@code PRESENCE -> ENGAGEMENT} or {@code PRESENCE (unchanged)}.
   *
   * @return the change, not null
   */
  public String stageChange() {
    return stageBefore() == stageAfter()
        ? stageBefore() + " (unchanged)"
        : stageBefore() + " -> " + stageAfter();
  }

  /**
   * Checks if nothing changed.
   *
   * @return true if stage, level and scores are unchanged and no finding or action moved
   */
  public boolean isEmpty() {
    return stageBefore() == stageAfter()
        && levelBefore().equals(levelAfter())
        && scoreDeltas().values().stream().allMatch(d -> d == 0.0)
        && resolved().isEmpty()
        && added().isEmpty()
        && completedActions().isEmpty()
        && !isModelChanged();
  }

  /**
   * Returns a summary, such as {@code AssessmentDiff{Bluefin Foods 2026-03-31..2026-06-30: PRESENCE -> ENGAGEMENT,
   * 3 resolved, 1 new, 3 actions completed}}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    String model =
        isModelChanged()
            ? ", model "
                + modelVersionBefore()
                + " -> "
                + modelVersionAfter()
                + " ("
                + changedCriteria().size()
                + " criteria changed)"
            : "";
    return "AssessmentDiff{"
        + organization()
        + " "
        + from()
        + ".."
        + to()
        + ": "
        + stageChange()
        + ", "
        + resolved().size()
        + " resolved, "
        + added().size()
        + " new, "
        + completedActions().size()
        + " actions completed"
        + model
        + "}";
  }
}
