package io.github.socialbiz.cli;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.AssessmentDiff;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one-screen summaries the command line prints: an assessment's and a comparison's. A practice not
 * assessed is never a zero here: a score that rests on unknown practices is printed as its range, and
 * the stage and level say what they could be.
 */
final class Summary {

  private Summary() {}

  static List<String> of(Assessment a) {
    List<String> lines = new ArrayList<>();
    lines.add(a.organization().name() + ", assessed as of " + a.asOf());
    String stage = a.stage().displayName();
    if (a.possibleStage() != a.stage()) {
      stage +=
          " (could be " + a.possibleStage().displayName() + " once every practice is assessed)";
    }
    lines.add("  Stage        " + stage);
    String level = a.level().map(MaturityLevel::displayName).orElse("no maturity level yet");
    Optional<MaturityLevel> possible = a.possibleLevel();
    if (!possible.equals(a.level()) && possible.isPresent()) {
      level += " (could be " + possible.get().displayName() + ")";
    }
    lines.add("  Level        " + level);
    lines.add(
        "  Assessed     "
            + a.completeness().assessed()
            + " of "
            + a.completeness().practicesInScope().size()
            + " practices in scope"
            + (a.completeness().isComplete() ? "" : "; the others are not assessed, not absent"));
    for (DimensionScore s : a.scores()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-12s %s",
              s.dimension().displayName(),
              score(s.mean(), s.meanPossible())));
    }
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Finding f : a.findings()) {
      counts.merge(f.severity(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
      if (counts.containsKey(s)) {
        parts.add(counts.get(s) + " " + s.name().toLowerCase(Locale.ROOT));
      }
    }
    lines.add("  Findings     " + (parts.isEmpty() ? "none" : String.join(", ", parts)));
    int actions = a.roadmap().actions().size();
    lines.add(
        "  Roadmap      "
            + actions
            + (actions == 1 ? " action toward " : " actions toward ")
            + a.roadmap().target().displayName()
            + (a.unverified().isEmpty()
                ? ""
                : "; "
                    + a.unverified().size()
                    + (a.unverified().size() == 1 ? " item" : " items")
                    + " to verify"));
    return lines;
  }

  /** A count and its noun, singular or plural: "1 practice", "2 practices". */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A score, or its range when practices it reads are not assessed: never a zero for unknown. */
  static String score(double low, double high) {
    return low == high
        ? String.format(Locale.ROOT, "%.2f", low)
        : String.format(Locale.ROOT, "%.2f to %.2f (not all assessed)", low, high);
  }

  static List<String> of(Assessment earlier, Assessment later) {
    AssessmentDiff d = AssessmentDiff.between(earlier, later);
    List<String> lines = new ArrayList<>();
    lines.add(d.organization() + ", from " + d.from() + " to " + d.to());
    if (d.isModelChanged()) {
      lines.add(
          "  The frameworks changed between the two (model version "
              + d.modelVersionBefore()
              + " to "
              + d.modelVersionAfter()
              + "): "
              + d.changedCriteria().size()
              + " criteria read differently");
    }
    lines.add(
        "  Stage        "
            + (d.stageBefore() == d.stageAfter()
                ? d.stageAfter().displayName() + ", unchanged"
                : d.stageBefore().displayName() + " -> " + d.stageAfter().displayName()));
    String before = d.levelBefore().map(MaturityLevel::displayName).orElse("no maturity level");
    String after = d.levelAfter().map(MaturityLevel::displayName).orElse("no maturity level");
    lines.add(
        "  Level        "
            + (before.equals(after) ? after + ", unchanged" : before + " -> " + after));
    Map<Dimension, Double> change = d.scoreDeltasFromChange();
    Map<Dimension, Double> knowledge = d.scoreDeltasFromKnowledge();
    for (Dimension dim : Dimension.values()) {
      if (!d.scoreDeltas().containsKey(dim)) {
        continue;
      }
      DimensionScore was = earlier.score(dim);
      DimensionScore now = later.score(dim);
      if (!was.isExact() || !now.isExact()) {
        // a difference of the low ends of ranges would be no fact
        lines.add(
            String.format(
                Locale.ROOT,
                "  %-12s was %s, now %s: no change stated while practices are not assessed",
                dim.displayName(),
                score(was.mean(), was.meanPossible()),
                score(now.mean(), now.meanPossible())));
        continue;
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-12s %+.2f in all: %+.2f from change, %+.2f from what became known",
              dim.displayName(),
              d.scoreDeltas().get(dim),
              change.getOrDefault(dim, 0.0),
              knowledge.getOrDefault(dim, 0.0)));
    }
    lines.add(
        "  Findings     "
            + d.resolved().size()
            + " resolved, "
            + d.added().size()
            + " new; "
            + d.completedActions().size()
            + " roadmap actions completed");
    lines.add(
        "  Knowledge    "
            + count(d.newlyAssessed().size(), "practice")
            + " newly assessed (learned, not progress), "
            + d.noLongerAssessed().size()
            + " no longer assessed, "
            + count(d.gradeChanges().size(), "grade")
            + " changed");
    return lines;
  }
}
