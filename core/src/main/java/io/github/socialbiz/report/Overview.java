package io.github.socialbiz.report;

import static io.github.socialbiz.report.Contents.bullets;
import static io.github.socialbiz.report.Contents.paragraph;
import static io.github.socialbiz.report.Contents.table;
import static io.github.socialbiz.report.Report.plain;
import static io.github.socialbiz.report.Report.strong;
import static io.github.socialbiz.report.Text.num;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.AssessmentDiff;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.assessment.Gates;
import io.github.socialbiz.assessment.GradeChange;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.responses.Disagreement;
import io.github.socialbiz.responses.Statement;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
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
          switch (g.rung().ladder()) {
                case STAGES -> "Gate to the next stage, ";
                case LEVELS -> "Gap to the next level, ";
              }
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
    return gate.map(g -> g.unmet().stream().anyMatch(c -> isAbout(c, d))).orElse(false);
  }

  /** Whether a criterion reads the practice or the fact a disagreement is about. */
  private static boolean isAbout(Criterion c, Disagreement d) {
    if (d.isAboutFact()) {
      return c instanceof FactCriterion f && d.fact().equals(Optional.of(f.fact()));
    }
    return c instanceof PracticeCriterion p && p.practice() == d.practice();
  }

  // -----------------------------------------------------------------------
  /** The executive summary: the first section of both formats, one printed page. */
  static Report.Section summary(ReportContext context) {
    Assessment a = context.assessment();
    Optional<Assessment> before = context.previous();
    Optional<AssessmentDiff> diff = before.map(p -> AssessmentDiff.between(p, a));
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
                        + diff.map(
                                x ->
                                    exact(a, before.orElseThrow())
                                        ? ", "
                                            + trend(
                                                x.overallDeltaFromChange(),
                                                x.overallDeltaFromKnowledge(),
                                                cause(x))
                                            + since
                                        : ", trend" + since + " " + NO_TREND + knowledgeNote(x))
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
      diff.ifPresent(
          x ->
              row.add(
                  Report.Line.plain(
                      d.isExact() && before.orElseThrow().score(d.dimension()).isExact()
                          ? trend(x, d.dimension())
                          : NO_TREND)));
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
      blocks.add(table(List.of("No.", "Gap", "Why it ranks here"), gapRows));
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
                strong(d.subject()),
                plain(
                    " ("
                        + d.unit().orElse("whole organization")
                        + "): "
                        + d.file().map(f -> "on file, " + f + "; ").orElse("")
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

  /** What knowledge changed since, in brackets after {@link #NO_TREND}: " (7 practices assessed for the first time)". */
  private static String knowledgeNote(AssessmentDiff diff) {
    String knowledge = knowledge(diff);
    return knowledge.isEmpty() ? "" : " (" + knowledge + ")";
  }

  private static boolean exact(Assessment a, Assessment b) {
    return a.isScoreExact() && b.isScoreExact();
  }

  private static String briefly(Statement s) {
    return s.respondent().name() + ": " + Labels.answer(s.meaning());
  }

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
  static Report.Section since(Assessment before, Assessment after) {
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
          Contents.cells(
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
        diff.resolved().stream().map(Overview::finding).collect(Collectors.toList()));
    if (!diff.withdrawn().isEmpty()) {
      listing(
          blocks,
          "Findings no longer reported",
          "not resolved: each rested on what was not assessed then, and today's knowledge does not"
              + " bear it out",
          diff.withdrawn().stream().map(Overview::finding).collect(Collectors.toList()));
    }
    if (!diff.nowUnverified().isEmpty()) {
      listing(
          blocks,
          "Findings now to verify",
          "not resolved: what their rules read is not assessed now",
          diff.nowUnverified().stream().map(Overview::finding).collect(Collectors.toList()));
    }
    listing(
        blocks,
        "New findings",
        diff.added().stream().map(Overview::finding).collect(Collectors.toList()));
    if (!diff.discovered().isEmpty()) {
      listing(
          blocks,
          "Findings now known",
          "not new: they were there then, shown by " + knowledge(diff),
          diff.discovered().stream().map(Overview::finding).collect(Collectors.toList()));
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

  /**
   * Where a change of knowledge comes from, with counts: "from 7 practices assessed for the first time";
   * empty if knowledge did not change.
   */
  static String cause(AssessmentDiff diff) {
    String knowledge = knowledge(diff);
    return knowledge.isEmpty() ? "" : "from " + knowledge;
  }

  /**
   * What knowledge changed, with counts: "7 practices assessed for the first time", "1 practice no longer
   * assessed and 1 fact known for the first time"; empty if nothing.
   */
  private static String knowledge(AssessmentDiff diff) {
    List<String> parts = new ArrayList<>();
    if (!diff.newlyAssessed().isEmpty()) {
      parts.add(
          count(diff.newlyAssessed().size(), "practice", "practices")
              + " assessed for the first time");
    }
    if (!diff.noLongerAssessed().isEmpty()) {
      parts.add(
          count(diff.noLongerAssessed().size(), "practice", "practices") + " no longer assessed");
    }
    if (!diff.newlyKnownFacts().isEmpty()) {
      parts.add(
          count(diff.newlyKnownFacts().size(), "fact", "facts") + " known for the first time");
    }
    if (!diff.factsNoLongerKnown().isEmpty()) {
      parts.add(count(diff.factsNoLongerKnown().size(), "fact", "facts") + " no longer known");
    }
    return parts.isEmpty() ? "" : and(parts);
  }

  /**
   * The trend of one dimension's score since the previous assessment: {@link #trend(double, double,
   * String)} with the dimension's own practices assessed for the first time or no longer assessed.
   */
  static String trend(AssessmentDiff diff, Dimension dimension) {
    long newly = diff.newlyAssessed().stream().filter(g -> inDimension(g, dimension)).count();
    long dropped = diff.noLongerAssessed().stream().filter(g -> inDimension(g, dimension)).count();
    List<String> parts = new ArrayList<>();
    if (newly > 0) {
      parts.add(count((int) newly, "practice", "practices") + " assessed for the first time");
    }
    if (dropped > 0) {
      parts.add(count((int) dropped, "practice", "practices") + " no longer assessed");
    }
    return trend(
        value(diff.scoreDeltasFromChange(), dimension),
        value(diff.scoreDeltasFromKnowledge(), dimension),
        parts.isEmpty() ? "" : "from " + and(parts));
  }

  private static boolean inDimension(GradeChange g, Dimension d) {
    return g.practice().dimension() == d;
  }

  private static double value(Map<Dimension, Double> values, Dimension d) {
    Double v = values.get(d);
    return v == null ? 0 : v;
  }

  private static String inPlace(Truth t) {
    return t.isTrue() ? "in place" : t.isFalse() ? "not in place" : "not known";
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

  /**
   * A change of a score split into change and knowledge: the change as {@link #trend(double)}, the part
   * from knowledge in words and never as an arrow, such as {@code 0.36 higher (all from 7 practices
   * assessed for the first time)} or {@code ↑ up 0.05 (and 0.31 higher from 7 practices assessed for the
   * first time)}; just the trend when knowledge moved it by less than 0.005.
   */
  static String trend(double change, double knowledge, String cause) {
    String size = num(Math.abs(knowledge));
    if (size.equals(num(0))) {
      return trend(change);
    }
    String part = size + (knowledge > 0 ? " higher" : " lower");
    if (num(Math.abs(change)).equals(num(0))) {
      return part + " (all " + cause + ")";
    }
    return trend(change) + " (and " + part + " " + cause + ")";
  }

  /** A change of a rung in words: "up from 2. Presence to 3. Engagement" or "unchanged at 2. Presence". */
  private static String change(String before, String after, int direction) {
    if (direction == 0) {
      return "unchanged at " + after;
    }
    return (direction > 0 ? "\u2191 up from " : "\u2193 down from ") + before + " to " + after;
  }

  /**
   * A change of a rung, split at the rung the earlier organization reaches with today's knowledge: as
   * {@link #change(String, String, int)} when knowledge moved nothing; else "1. Planning then, 4.
   * Formalized now: all from 7 practices assessed for the first time, not a change", or with a change on
   * top "1. Planning then, 4. Formalized now: 3. Engagement from 7 practices assessed for the first time,
   * then ↑ up to 4. Formalized".
   *
   * @param direction  the direction of the change from {@code known} to {@code after}
   */
  private static String change(
      String before, String known, String after, int direction, String cause) {
    if (known.equals(before)) {
      return change(before, after, direction);
    }
    String both = before + " then, " + after + " now: ";
    if (direction == 0) {
      return both + "all " + cause + ", not a change";
    }
    return both
        + known
        + " "
        + cause
        + ", then "
        + (direction > 0 ? "\u2191 up to " : "\u2193 down to ")
        + after;
  }

  private static String stage(Stage s) {
    return s.number() + ". " + s.displayName();
  }

  private static String level(Optional<MaturityLevel> l) {
    return l.map(x -> x.number() + ". " + x.displayName()).orElse("no maturity level yet");
  }

  /** A level reached, or "no level" (known: not even 1. Foundation is reached). */
  private static String levelReached(Optional<MaturityLevel> l) {
    return l.map(x -> x.number() + ". " + x.displayName()).orElse("no level");
  }

  private static int number(Optional<MaturityLevel> l) {
    return l.map(MaturityLevel::number).orElse(0);
  }

  /** Words joined as a list is read: "a", "a and b", "a, b and c". */
  private static String and(List<String> words) {
    int n = words.size();
    return n == 1
        ? words.get(0)
        : String.join(", ", words.subList(0, n - 1)) + " and " + words.get(n - 1);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
