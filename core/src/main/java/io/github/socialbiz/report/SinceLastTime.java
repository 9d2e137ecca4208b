package io.github.socialbiz.report;

import static io.github.socialbiz.report.Changes.cause;
import static io.github.socialbiz.report.Changes.change;
import static io.github.socialbiz.report.Changes.count;
import static io.github.socialbiz.report.Changes.knowledge;
import static io.github.socialbiz.report.Changes.levelReached;
import static io.github.socialbiz.report.Changes.number;
import static io.github.socialbiz.report.Changes.stage;
import static io.github.socialbiz.report.Changes.trend;
import static io.github.socialbiz.report.Report.cells;
import static io.github.socialbiz.report.Report.paragraph;
import static io.github.socialbiz.report.Report.plain;
import static io.github.socialbiz.report.Report.strong;
import static io.github.socialbiz.report.Report.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.AssessmentDiff;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.assessment.Gates;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Truth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The "Since last time" section: what changed since the previous assessment, told apart from what is
 * only known better.
 */
final class SinceLastTime {

  private SinceLastTime() {}

  // -----------------------------------------------------------------------
  /**
   * What changed since the previous assessment, told apart from what is only known better: stage, level
   * and scores with the part that comes from practices assessed for the first time (or no longer
   * assessed) said in words, never an arrow; the practices assessed for the first time by name; the
   * criteria of every stage and level gate newly met and no longer met (both organizations judged by
   * today's model), apart from those that knowledge alone shows met or leaves unverified; and, from {@link
   * AssessmentDiff}, the findings resolved and new and the roadmap actions completed, apart from those
   * withdrawn, now to verify, discovered or answered by assessing.
   */
  static Report.Section section(Assessment before, Assessment after) {
    AssessmentDiff diff = AssessmentDiff.between(before, after);
    String cause = cause(diff);
    List<Report.Block> blocks = new ArrayList<>();
    List<Report.Line> facts = new ArrayList<>();
    facts.add(
        Report.Line.of(
            strong("Stage:"),
            plain(
                " "
                    + change(
                        stage(before.stage()),
                        stage(diff.stageWithTodaysKnowledge()),
                        stage(after.stage()),
                        Integer.compare(
                            after.stage().number(), diff.stageWithTodaysKnowledge().number()),
                        cause))));
    facts.add(
        Report.Line.of(
            strong("Maturity level:"),
            plain(
                " "
                    + change(
                        levelReached(before.level()),
                        levelReached(diff.levelWithTodaysKnowledge()),
                        levelReached(after.level()),
                        Integer.compare(
                            number(after.level()), number(diff.levelWithTodaysKnowledge())),
                        cause))));
    facts.add(
        Report.Line.of(
            strong("Overall score:"),
            plain(
                " "
                    + Labels.score(
                        before.overall(), before.overallPossible(), before.isScoreExact())
                    + " then, "
                    + Labels.score(after.overall(), after.overallPossible(), after.isScoreExact())
                    + " now: "
                    // the change part compares the earlier organization with today's knowledge, so
                    // the same practices are unknown on both sides: an honest change, not a guess
                    + trend(
                        diff.overallDeltaFromChange(), diff.overallDeltaFromKnowledge(), cause))));
    if (diff.isModelChanged()) {
      facts.add(
          Report.Line.of(
              strong("Model:"),
              plain(
                  " version "
                      + diff.modelVersionBefore()
                      + " then, "
                      + diff.modelVersionAfter()
                      + " now; "
                      + count(diff.changedCriteria().size(), "criterion", "criteria")
                      + " changed meaning, and their findings and actions are not compared")));
    }
    blocks.add(new Report.Bullets(ImmutableList.copyOf(facts)));
    List<ImmutableList<Report.Line>> rows = new ArrayList<>();
    for (DimensionScore d : after.scores()) {
      DimensionScore then = before.score(d.dimension());
      String was = Labels.mean(then);
      String now = Labels.mean(d);
      rows.add(
          cells(
              d.dimension().displayName(),
              was,
              now,
              was.equals(now) ? "\u2192 unchanged" : trend(diff, d.dimension())));
    }
    blocks.add(table(List.of("Dimension", "Then", "Now", "Trend"), rows));
    if (!diff.newlyAssessed().isEmpty()) {
      listing(
          blocks,
          "Practices assessed for the first time",
          "new knowledge, not a change",
          diff.newlyAssessed().stream()
              .map(g -> g.practice().displayName() + ": " + g.after().displayName())
              .collect(Collectors.toList()));
    }
    if (!diff.noLongerAssessed().isEmpty()) {
      listing(
          blocks,
          "Practices no longer assessed",
          "knowledge lost, not a change",
          diff.noLongerAssessed().stream()
              .map(g -> g.practice().displayName() + ": " + g.before().displayName() + " then")
              .collect(Collectors.toList()));
    }
    if (!diff.newlyKnownFacts().isEmpty()) {
      listing(
          blocks,
          "Facts known for the first time",
          "new knowledge, not a change",
          diff.newlyKnownFacts().stream()
              .map(f -> f.fact().displayName() + ": " + inPlace(f.after()) + " now")
              .collect(Collectors.toList()));
    }
    if (!diff.factsNoLongerKnown().isEmpty()) {
      listing(
          blocks,
          "Facts no longer known",
          "knowledge lost, not a change",
          diff.factsNoLongerKnown().stream()
              .map(f -> f.fact().displayName() + ": " + inPlace(f.before()) + " then")
              .collect(Collectors.toList()));
    }

    Map<String, String> newlyMet = new LinkedHashMap<>();
    Map<String, String> knownMet = new LinkedHashMap<>();
    Map<String, String> lost = new LinkedHashMap<>();
    Map<String, String> noLongerKnown = new LinkedHashMap<>();
    Organization known = diff.previousWithTodaysKnowledge();
    for (Gates<?> gates : List.<Gates<?>>of(Gates.stages(), Gates.levels())) {
      compareGates(
          gates.profile(before.organization()),
          gates.profile(known),
          gates.profile(after.organization()),
          new Criteria(newlyMet, knownMet, lost, noLongerKnown));
    }
    listing(blocks, "Criteria newly met", newlyMet.values());
    if (!knownMet.isEmpty()) {
      listing(blocks, "Criteria now known to be met", cause + ", not a change", knownMet.values());
    }
    listing(blocks, "Criteria no longer met", lost.values());
    if (!noLongerKnown.isEmpty()) {
      listing(
          blocks, "Criteria no longer verified", cause + ", not a change", noLongerKnown.values());
    }
    listing(
        blocks,
        "Findings resolved",
        diff.resolved().stream().map(SinceLastTime::finding).collect(Collectors.toList()));
    if (!diff.withdrawn().isEmpty()) {
      listing(
          blocks,
          "Findings no longer reported",
          "not resolved: each rested on what was not assessed then, and today's knowledge does not"
              + " bear it out",
          diff.withdrawn().stream().map(SinceLastTime::finding).collect(Collectors.toList()));
    }
    if (!diff.nowUnverified().isEmpty()) {
      listing(
          blocks,
          "Findings now to verify",
          "not resolved: what their rules read is not assessed now",
          diff.nowUnverified().stream().map(SinceLastTime::finding).collect(Collectors.toList()));
    }
    listing(
        blocks,
        "New findings",
        diff.added().stream().map(SinceLastTime::finding).collect(Collectors.toList()));
    if (!diff.discovered().isEmpty()) {
      listing(
          blocks,
          "Findings now known",
          "not new: they were there then, shown by " + knowledge(diff),
          diff.discovered().stream().map(SinceLastTime::finding).collect(Collectors.toList()));
    }
    listing(
        blocks,
        "Roadmap actions completed",
        diff.completedActions().stream().map(ActionPlan::describe).collect(Collectors.toList()));
    if (!diff.answeredActions().isEmpty()) {
      listing(
          blocks,
          "Roadmap actions answered by assessing",
          "not completed: their criteria are shown met by " + knowledge(diff),
          diff.answeredActions().stream().map(ActionPlan::describe).collect(Collectors.toList()));
    }
    return Report.Section.of(
        "since", "Since last time: " + before.asOf() + " to " + after.asOf(), blocks);
  }

  /** The criteria compared, by id, each labelled with its rung. */
  private record Criteria(
      Map<String, String> newlyMet,
      Map<String, String> knownMet,
      Map<String, String> lost,
      Map<String, String> noLongerKnown) {}

  /**
   * Sorts each criterion of the gates met after but not before into {@code newlyMet}, or into {@code
   * knownMet} when the earlier organization with today's knowledge meets it already; and each met before
   * but not after into {@code lost}, or into {@code noLongerKnown} when today's knowledge leaves it
   * unverified. By id (a criterion read by several gates once), labelled with its rung.
   */
  private static void compareGates(
      List<GateSummary> before, List<GateSummary> known, List<GateSummary> after, Criteria into) {
    Set<String> metBefore = met(before);
    Set<String> metKnown = met(known);
    Set<String> metAfter = met(after);
    for (GateSummary g : after) {
      for (Criterion c : g.met()) {
        if (!metBefore.contains(c.id())) {
          (metKnown.contains(c.id()) ? into.knownMet() : into.newlyMet())
              .putIfAbsent(c.id(), g.rung().displayName() + ": " + c.description());
        }
      }
      for (Criterion c : Iterables.concat(g.unmet(), g.unknown())) {
        if (metBefore.contains(c.id()) && !metAfter.contains(c.id())) {
          (metKnown.contains(c.id()) ? into.lost() : into.noLongerKnown())
              .putIfAbsent(c.id(), g.rung().displayName() + ": " + c.description());
        }
      }
    }
  }

  private static Set<String> met(List<GateSummary> gates) {
    Set<String> met = new HashSet<>();
    gates.forEach(g -> g.met().forEach(c -> met.add(c.id())));
    return met;
  }

  private static void listing(List<Report.Block> blocks, String title, Iterable<String> lines) {
    listing(blocks, title, "", lines);
  }

  /** A count under a title, with a note after the count when there is one, and the lines as bullets. */
  private static void listing(
      List<Report.Block> blocks, String title, String note, Iterable<String> lines) {
    List<Report.Line> items = new ArrayList<>();
    lines.forEach(l -> items.add(Report.Line.plain(l)));
    blocks.add(
        paragraph(
            strong(title + ":"),
            plain(
                items.isEmpty()
                    ? " none."
                    : " " + items.size() + (note.isEmpty() ? "" : ", " + note) + ".")));
    if (!items.isEmpty()) {
      blocks.add(new Report.Bullets(ImmutableList.copyOf(items)));
    }
  }

  private static String inPlace(Truth t) {
    return t.isTrue() ? "in place" : t.isFalse() ? "not in place" : "not known";
  }

  private static String finding(Finding f) {
    return Labels.severity(f.severity()) + ": " + f.message();
  }
}
