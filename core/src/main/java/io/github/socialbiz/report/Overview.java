package io.github.socialbiz.report;

import static io.github.socialbiz.report.Contents.bullets;
import static io.github.socialbiz.report.Contents.paragraph;
import static io.github.socialbiz.report.Contents.table;
import static io.github.socialbiz.report.Report.plain;
import static io.github.socialbiz.report.Report.strong;
import static io.github.socialbiz.report.Text.num;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.AssessmentDiff;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.assessment.Gates;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.responses.Disagreement;
import io.github.socialbiz.responses.Statement;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.stage.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first sections of a report: the one-page executive summary and, given a previous assessment, what
 * changed since it. Both are read from the same assessment as the rest of the report.
 */
final class Overview {

  /** How many gaps the summary lists. */
  static final int GAPS = 5;

  /** How many disagreements the summary lists; the rest are in the consensus section. */
  static final int TOP_DISAGREEMENTS = 3;

  private Overview() {}

  // -----------------------------------------------------------------------
  /**
   * A gap the summary lists: what is missing and why it ranks where it does.
   *
   * @param gap  the criterion's description or the finding's message
   * @param why  its kind, such as "Gate to the next stage, Strategic" or "High finding"
   */
  record Gap(String gap, String why) {}

  /**
   * The gaps that matter most, at most {@link #GAPS}, in this order: the unmet criteria of the gate to the
   * next stage (in the gate's order: the roadmap opens them first), then those of the gate to the next
   * maturity level, then the findings from critical down to low (in the assessment's order); a finding
   * whose rule is a criterion of either gate is left out, since the gate says it already, and so are
   * informational findings, which ask for nothing.
   */
  static List<Gap> gaps(Assessment a) {
    List<Gap> gaps = new ArrayList<>();
    Set<String> criteria = new HashSet<>();
    Set<String> listed = new HashSet<>();
    for (Optional<GateSummary> gate : List.of(a.stageGate(), a.levelGate())) {
      if (gate.isEmpty()) {
        continue;
      }
      GateSummary g = gate.get();
      String why =
          (g.rung() instanceof Stage ? "Gate to the next stage, " : "Gap to the next level, ")
              + g.rung().displayName();
      g.met().forEach(c -> criteria.add(c.id()));
      for (Criterion c : g.unmet()) {
        criteria.add(c.id());
        if (listed.add(c.id())) {
          gaps.add(new Gap(c.description(), why));
        }
      }
    }
    for (Finding f : a.findings()) {
      if (f.severity().isAtLeast(Severity.LOW) && !criteria.contains(f.ruleId())) {
        gaps.add(new Gap(f.message(), Labels.severity(f.severity()) + " finding"));
      }
    }
    return gaps.subList(0, Math.min(GAPS, gaps.size()));
  }

  /**
   * The disagreements the summary lists first, at most {@link #TOP_DISAGREEMENTS}: those about a practice
   * an unmet criterion of the next stage's gate reads, then of the next level's, then the others, each
   * group in the order given.
   */
  static List<Disagreement> topDisagreements(Assessment a, List<Disagreement> disagreements) {
    Comparator<Disagreement> byGate = Comparator.comparingInt(d -> rank(a, d));
    return disagreements.stream()
        .sorted(byGate)
        .limit(TOP_DISAGREEMENTS)
        .collect(Collectors.toList());
  }

  private static int rank(Assessment a, Disagreement d) {
    if (reads(a.stageGate(), d)) {
      return 0;
    }
    return reads(a.levelGate(), d) ? 1 : 2;
  }

  private static boolean reads(Optional<GateSummary> gate, Disagreement d) {
    return gate.map(
            g ->
                g.unmet().stream()
                    .anyMatch(
                        c -> c instanceof PracticeCriterion p && p.practice() == d.practice()))
        .orElse(false);
  }

  // -----------------------------------------------------------------------
  /** The executive summary: the first section of both formats, one printed page. */
  static Report.Section summary(ReportContext context) {
    Assessment a = context.assessment();
    Optional<Assessment> before = context.previous();
    int severe = a.findings(Severity.HIGH).size();
    String since = before.map(p -> " since " + p.asOf()).orElse("");
    List<Report.Block> blocks = new ArrayList<>();
    blocks.add(
        bullets(
            Report.Line.of(
                strong("Stage:"),
                plain(
                    " "
                        + stage(a.stage())
                        + " (proven)"
                        + Labels.possibly(
                            stage(a.stage()), stage(a.possibleStage()), a.completeness()))),
            Report.Line.of(
                strong("Maturity level:"),
                plain(
                    " "
                        + a.level()
                            .map(l -> l.number() + ". " + l.displayName() + " (proven)")
                            .orElse("not yet at 1. Foundation")
                        + Labels.possibly(
                            level(a.level()), level(a.possibleLevel()), a.completeness()))),
            Report.Line.of(
                strong("Overall score:"),
                plain(
                    " "
                        + Labels.overall(a, " of 1.00")
                        + before
                            .map(
                                p ->
                                    exact(a, p)
                                        ? ", " + trend(a.overall() - p.overall()) + since
                                        : ", trend" + since + " " + NO_TREND)
                            .orElse(""))),
            Report.Line.of(strong("Evidence:"), plain(" " + Labels.completeness(a.completeness()))),
            Report.Line.of(
                strong("Findings:"),
                plain(" " + a.findings().size() + " (" + severe + " high or critical)")),
            Report.Line.of(strong("Items to verify:"), plain(" " + Contents.toVerify(a)))));
    List<ImmutableList<Report.Line>> rows = new ArrayList<>();
    for (DimensionScore d : a.scores()) {
      ImmutableList.Builder<Report.Line> row = ImmutableList.builder();
      row.add(Report.Line.plain(d.dimension().displayName()))
          .add(Report.Line.plain(Labels.mean(d)))
          .add(Report.Line.plain(Labels.weakest(d)));
      before.ifPresent(
          p -> {
            DimensionScore then = p.score(d.dimension());
            row.add(
                Report.Line.plain(
                    d.isExact() && then.isExact() ? trend(d.mean() - then.mean()) : NO_TREND));
          });
      rows.add(row.build());
    }
    List<String> header = new ArrayList<>(List.of("Dimension", "Mean", "Weakest"));
    before.ifPresent(p -> header.add("Trend since " + p.asOf()));
    blocks.add(table(header, rows));
    if (!a.isScoreExact()) {
      blocks.add(paragraph(plain(Labels.ranges(a))));
    }
    List<Gap> gaps = gaps(a);
    if (gaps.isEmpty()) {
      blocks.add(paragraph(strong("Gaps that matter most:"), plain(" none.")));
    } else {
      blocks.add(
          paragraph(
              strong("The " + count(gaps.size(), "gap", "gaps") + " that matter most"),
              plain(
                  " (gate criteria to the next stage first, then to the next maturity level, then"
                      + " findings from the most severe):")));
      List<ImmutableList<Report.Line>> gapRows = new ArrayList<>();
      for (int i = 0; i < gaps.size(); i++) {
        gapRows.add(Contents.cells(Integer.toString(i + 1), gaps.get(i).gap(), gaps.get(i).why()));
      }
      blocks.add(table(List.of("#", "Gap", "Why it ranks here"), gapRows));
    }
    List<Disagreement> top = topDisagreements(a, context.disagreements());
    if (!top.isEmpty()) {
      int more = context.disagreements().size() - top.size();
      blocks.add(
          paragraph(
              strong("Top disagreements"),
              plain(
                  " (those about the next gates first; "
                      + (more == 0 ? "" : more + " more, and ")
                      + "every answer in full under Items for the consensus meeting):")));
      ImmutableList.Builder<Report.Line> items = ImmutableList.builder();
      for (Disagreement d : top) {
        items.add(
            Report.Line.of(
                strong(d.practice().displayName()),
                plain(
                    " ("
                        + d.unit().orElse("whole organization")
                        + "): "
                        + d.answers().stream()
                            .map(Overview::briefly)
                            .collect(Collectors.joining("; ")))));
      }
      blocks.add(new Report.Bullets(items.build()));
    }
    return Report.Section.of("summary", "Executive summary", blocks);
  }

  /** What a trend says when either score is a range: a difference of low ends would be no fact. */
  static final String NO_TREND = "not stated: practices not assessed";

  private static boolean exact(Assessment a, Assessment b) {
    return a.isScoreExact() && b.isScoreExact();
  }

  private static String briefly(Statement s) {
    return s.respondent().name() + ": " + Labels.answer(s.meaning());
  }

  // -----------------------------------------------------------------------
  /**
   * What changed since the previous assessment: stage, level and scores, the criteria of every stage and
   * level gate newly met and no longer met (both organizations judged by today's model), and, from {@link
   * AssessmentDiff}, the findings resolved and new and the roadmap actions completed.
   */
  static Report.Section since(Assessment before, Assessment after) {
    AssessmentDiff diff = AssessmentDiff.between(before, after);
    List<Report.Block> blocks = new ArrayList<>();
    List<Report.Line> facts = new ArrayList<>();
    facts.add(
        Report.Line.of(
            strong("Stage:"),
            plain(
                " "
                    + change(
                        stage(before.stage()),
                        stage(after.stage()),
                        Integer.compare(after.stage().number(), before.stage().number())))));
    facts.add(
        Report.Line.of(
            strong("Maturity level:"),
            plain(
                " "
                    + change(
                        level(before.level()),
                        level(after.level()),
                        Integer.compare(number(after.level()), number(before.level()))))));
    facts.add(
        Report.Line.of(
            strong("Overall score:"),
            plain(
                " "
                    + num(before.overall())
                    + " then, "
                    + num(after.overall())
                    + " now: "
                    + trend(after.overall() - before.overall()))));
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
      double then = before.score(d.dimension()).mean();
      rows.add(
          Contents.cells(
              d.dimension().displayName(), num(then), num(d.mean()), trend(d.mean() - then)));
    }
    blocks.add(table(List.of("Dimension", "Then", "Now", "Trend"), rows));

    Map<String, String> newlyMet = new LinkedHashMap<>();
    Map<String, String> lost = new LinkedHashMap<>();
    compareGates(
        Gates.stages().profile(before.organization()),
        Gates.stages().profile(after.organization()),
        newlyMet,
        lost);
    compareGates(
        Gates.levels().profile(before.organization()),
        Gates.levels().profile(after.organization()),
        newlyMet,
        lost);
    listing(blocks, "Criteria newly met", newlyMet.values());
    listing(blocks, "Criteria no longer met", lost.values());
    listing(
        blocks,
        "Findings resolved",
        diff.resolved().stream().map(Overview::finding).collect(Collectors.toList()));
    listing(
        blocks,
        "New findings",
        diff.added().stream().map(Overview::finding).collect(Collectors.toList()));
    listing(
        blocks,
        "Roadmap actions completed",
        diff.completedActions().stream().map(ActionPlan::describe).collect(Collectors.toList()));
    return Report.Section.of(
        "since", "Since last time: " + before.asOf() + " to " + after.asOf(), blocks);
  }

  /**
   * Adds each criterion of the gates met after but not before to {@code newlyMet}, and the reverse to
   * {@code lost}, by id (a criterion read by several gates once), labelled with its rung.
   */
  private static void compareGates(
      List<GateSummary> before,
      List<GateSummary> after,
      Map<String, String> newlyMet,
      Map<String, String> lost) {
    Set<String> metBefore = new HashSet<>();
    before.forEach(g -> g.met().forEach(c -> metBefore.add(c.id())));
    Set<String> metAfter = new HashSet<>();
    after.forEach(g -> g.met().forEach(c -> metAfter.add(c.id())));
    for (GateSummary g : after) {
      for (Criterion c : g.met()) {
        if (!metBefore.contains(c.id())) {
          newlyMet.putIfAbsent(c.id(), g.rung().displayName() + ": " + c.description());
        }
      }
      for (Criterion c : g.unmet()) {
        if (metBefore.contains(c.id()) && !metAfter.contains(c.id())) {
          lost.putIfAbsent(c.id(), g.rung().displayName() + ": " + c.description());
        }
      }
    }
  }

  private static void listing(List<Report.Block> blocks, String title, Iterable<String> lines) {
    List<Report.Line> items = new ArrayList<>();
    lines.forEach(l -> items.add(Report.Line.plain(l)));
    blocks.add(
        paragraph(
            strong(title + ":"), plain(items.isEmpty() ? " none." : " " + items.size() + ".")));
    if (!items.isEmpty()) {
      blocks.add(new Report.Bullets(ImmutableList.copyOf(items)));
    }
  }

  private static String finding(Finding f) {
    return Labels.severity(f.severity()) + ": " + f.message();
  }

  // -----------------------------------------------------------------------
  /**
   * A change of a score as an arrow and a word, so that it reads in black and white and aloud: {@code
   * ↑ up 0.10}, {@code ↓ down 0.05} or {@code → unchanged} (a change that rounds to 0.00).
   */
  static String trend(double delta) {
    String size = num(Math.abs(delta));
    if (size.equals(num(0))) {
      return "\u2192 unchanged";
    }
    return delta > 0 ? "\u2191 up " + size : "\u2193 down " + size;
  }

  /** A change of a rung in words: "up from 2. Presence to 3. Engagement" or "unchanged at 2. Presence". */
  private static String change(String before, String after, int direction) {
    if (direction == 0) {
      return "unchanged at " + after;
    }
    return (direction > 0 ? "\u2191 up from " : "\u2193 down from ") + before + " to " + after;
  }

  private static String stage(Stage s) {
    return s.number() + ". " + s.displayName();
  }

  private static String level(Optional<MaturityLevel> l) {
    return l.map(x -> x.number() + ". " + x.displayName()).orElse("none");
  }

  private static int number(Optional<MaturityLevel> l) {
    return l.map(MaturityLevel::number).orElse(0);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
