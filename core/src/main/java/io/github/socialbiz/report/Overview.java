package io.github.socialbiz.report;

import static io.github.socialbiz.report.Changes.NO_TREND;
import static io.github.socialbiz.report.Changes.cause;
import static io.github.socialbiz.report.Changes.count;
import static io.github.socialbiz.report.Changes.exact;
import static io.github.socialbiz.report.Changes.knowledgeNote;
import static io.github.socialbiz.report.Changes.level;
import static io.github.socialbiz.report.Changes.stage;
import static io.github.socialbiz.report.Changes.trend;
import static io.github.socialbiz.report.Report.bullets;
import static io.github.socialbiz.report.Report.cells;
import static io.github.socialbiz.report.Report.paragraph;
import static io.github.socialbiz.report.Report.plain;
import static io.github.socialbiz.report.Report.strong;
import static io.github.socialbiz.report.Report.table;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.AssessmentDiff;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.responses.Disagreement;
import io.github.socialbiz.responses.Statement;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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
            Report.Line.of(strong("Items to verify:"), plain(" " + Labels.toVerify(a)))));
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
              strong(
                  "The "
                      + count(gaps.size(), "gap", "gaps")
                      + (gaps.size() == 1 ? " that matters most" : " that matter most")),
              plain(
                  " (gate criteria to the next stage first, then to the next maturity level, then"
                      + " findings from the most severe):")));
      List<ImmutableList<Report.Line>> gapRows = new ArrayList<>();
      for (int i = 0; i < gaps.size(); i++) {
        gapRows.add(cells(Integer.toString(i + 1), gaps.get(i).gap(), gaps.get(i).why()));
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

  private static String briefly(Statement s) {
    return s.respondent().name() + ": " + Labels.answer(s.meaning());
  }
}
