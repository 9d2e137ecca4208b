package io.github.socialbiz.report;

import static io.github.socialbiz.report.Charts.BLUE;
import static io.github.socialbiz.report.Charts.DARK;
import static io.github.socialbiz.report.Charts.GRID;
import static io.github.socialbiz.report.Report.cells;
import static io.github.socialbiz.report.Report.paragraph;
import static io.github.socialbiz.report.Report.plain;
import static io.github.socialbiz.report.Report.table;
import static io.github.socialbiz.report.Text.num;
import static io.github.socialbiz.report.Text.px;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.AssessmentDiff;
import io.github.socialbiz.maturity.MaturityLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "Over time" section of a report with a history: every assessment of the organization, oldest
 * first, as a chart of the overall score (what the evidence proves, and what was still possible while
 * practices were not assessed) with the stage at each date, and as a table that tells change from
 * knowledge: a practice assessed for the first time is something learned, not progress.
 */
final class Trend {

  static final String LABEL = "Overall score over time";

  private Trend() {}

  /** The section over the history and the assessment reported, which is the last point. */
  static Report.Section section(List<Assessment> history, Assessment now) {
    List<Assessment> all = new ArrayList<>(history);
    all.add(now);
    List<ImmutableList<Report.Line>> rows = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Assessment a = all.get(i);
      rows.add(
          cells(
              a.asOf().toString(),
              rung(a.stage().displayName(), a.possibleStage().displayName()),
              rung(levelName(a.level()), levelName(a.possibleLevel())),
              Labels.score(a.overall(), a.overallPossible(), a.isScoreExact()),
              a.completeness().assessed() + " of " + a.completeness().practicesInScope().size(),
              i == 0 ? "the first assessment" : since(all.get(i - 1), a)));
    }
    List<Report.Block> blocks = new ArrayList<>();
    blocks.add(
        paragraph(
            plain(
                all.size()
                    + " assessments from "
                    + all.get(0).asOf()
                    + " to "
                    + now.asOf()
                    + ". In the chart, the solid line is the overall score the evidence proves"
                    + (all.stream().allMatch(Assessment::isScoreExact)
                        ? "."
                        : "; the dashed line is what was still possible while practices were not"
                            + " assessed.")
                    + " A practice assessed for the first time is something learned, not"
                    + " progress: the last column of the table tells the two apart.")));
    blocks.add(new Report.Picture(LABEL, chart(all)));
    blocks.add(
        table(
            List.of(
                "Date",
                "Stage",
                "Maturity level",
                "Overall score",
                "Practices assessed",
                "Since the one before"),
            rows));
    return Report.Section.of("over-time", "Over time", blocks);
  }

  /** What changed between two assessments, change and knowledge apart. */
  private static String since(Assessment before, Assessment after) {
    AssessmentDiff d = AssessmentDiff.between(before, after);
    List<String> parts = new ArrayList<>();
    if (d.stageBefore() != d.stageAfter()) {
      parts.add(
          "stage "
              + d.stageBefore().displayName()
              + " to "
              + d.stageAfter().displayName()
              + source(
                  d.stageWithTodaysKnowledge() == d.stageAfter(),
                  d.stageWithTodaysKnowledge() == d.stageBefore()));
    }
    if (!d.levelBefore().equals(d.levelAfter())) {
      String move =
          d.levelBefore().isEmpty()
              ? "maturity level " + levelName(d.levelAfter()) + " reached"
              : d.levelAfter().isEmpty()
                  ? "maturity level " + levelName(d.levelBefore()) + " no longer reached"
                  : "level " + levelName(d.levelBefore()) + " to " + levelName(d.levelAfter());
      parts.add(
          move
              + source(
                  d.levelWithTodaysKnowledge().equals(d.levelAfter()),
                  d.levelWithTodaysKnowledge().equals(d.levelBefore())));
    }
    int changed = d.gradeChanges().size();
    parts.add(
        changed == 0
            ? "no grade changed"
            : changed + (changed == 1 ? " grade changed" : " grades changed"));
    if (!d.newlyAssessed().isEmpty()) {
      parts.add(
          d.newlyAssessed().size()
              + (d.newlyAssessed().size() == 1 ? " practice" : " practices")
              + " assessed for the first time (learned, not progress)");
    }
    if (!d.noLongerAssessed().isEmpty()) {
      parts.add(d.noLongerAssessed().size() + " no longer assessed");
    }
    if (d.isModelChanged()) {
      parts.add(
          "the frameworks changed (model version "
              + d.modelVersionBefore()
              + " to "
              + d.modelVersionAfter()
              + ")");
    }
    return String.join("; ", parts);
  }

  /**
   * A rung as the table shows it: the proven one, and what it may still be while practices are not
   * assessed, such as "Presence, possibly Engagement" (an unknown is never shown as the lower rung alone).
   */
  private static String rung(String proven, String possible) {
    return proven.equals(possible) ? proven : proven + ", possibly " + possible;
  }

  private static String levelName(Optional<MaturityLevel> level) {
    return level.map(MaturityLevel::displayName).orElse("no maturity level yet");
  }

  /**
   * Where a change of stage or level comes from: the earlier organization read with today's knowledge
   * already reaches the new rung (all learned), still reaches the old one (all change), or neither.
   */
  private static String source(boolean allLearned, boolean allChange) {
    if (allLearned) {
      return " (from what was learned, not progress)";
    }
    return allChange ? "" : " (partly from what was learned)";
  }

  /**
   * The chart: one column per assessment, evenly spaced in date order, the proven overall score as a
   * solid line with dots, the still-possible score as a dashed line where it differs, the stage under
   * each date.
   */
  static String chart(List<Assessment> all) {
    int n = all.size();
    int width = Math.max(560, 120 * n + 100);
    int height = 300;
    double left = 70;
    double right = width - 40;
    double top = 30;
    double bottom = 210;
    Markup m = Charts.svg(width, height, LABEL);
    m.element("title", "The overall score at each assessment, proven and still possible").newline();
    for (int tick = 0; tick <= 4; tick++) {
      double y = bottom - (bottom - top) * tick / 4.0;
      m.empty("line", "x1", px(left), "y1", px(y), "x2", px(right), "y2", px(y), "stroke", GRID)
          .newline();
      m.element(
              "text",
              num(tick / 4.0),
              "x",
              px(left - 8),
              "y",
              px(y + 4),
              "font-size",
              "11",
              "text-anchor",
              "end")
          .newline();
    }
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = n == 1 ? (left + right) / 2 : left + 30 + (right - left - 60) * i / (double) (n - 1);
    }
    boolean ranges = all.stream().anyMatch(a -> !a.isScoreExact());
    if (ranges) {
      m.empty(
              "polyline",
              "fill",
              "none",
              "stroke",
              DARK,
              "stroke-width",
              "1.5",
              "stroke-dasharray",
              "4,4",
              "points",
              line(all, xs, top, bottom, true))
          .newline();
    }
    m.empty(
            "polyline",
            "fill",
            "none",
            "stroke",
            BLUE,
            "stroke-width",
            "2.5",
            "points",
            line(all, xs, top, bottom, false))
        .newline();
    for (int i = 0; i < n; i++) {
      Assessment a = all.get(i);
      double y = y(a.overall(), top, bottom);
      m.empty("circle", "cx", px(xs[i]), "cy", px(y), "r", "4.5", "fill", BLUE).newline();
      m.element(
              "text",
              Labels.score(a.overall(), a.overallPossible(), a.isScoreExact()),
              "x",
              px(xs[i]),
              "y",
              px(y - 10),
              "font-size",
              "11",
              "text-anchor",
              "middle")
          .newline();
      m.element(
              "text",
              a.asOf().toString(),
              "x",
              px(xs[i]),
              "y",
              px(bottom + 22),
              "font-size",
              "11",
              "text-anchor",
              "middle")
          .newline();
      m.element(
              "text",
              a.stage().displayName(),
              "x",
              px(xs[i]),
              "y",
              px(bottom + 40),
              "font-size",
              "12",
              "font-weight",
              "bold",
              "text-anchor",
              "middle")
          .newline();
    }
    double legend = height - 22;
    m.empty(
            "line",
            "x1",
            px(left),
            "y1",
            px(legend),
            "x2",
            px(left + 30),
            "y2",
            px(legend),
            "stroke",
            BLUE,
            "stroke-width",
            "2.5")
        .newline();
    m.element(
            "text",
            "Proven by the evidence",
            "x",
            px(left + 38),
            "y",
            px(legend + 4),
            "font-size",
            "12")
        .newline();
    if (ranges) {
      m.empty(
              "line",
              "x1",
              px(left + 220),
              "y1",
              px(legend),
              "x2",
              px(left + 250),
              "y2",
              px(legend),
              "stroke",
              DARK,
              "stroke-width",
              "1.5",
              "stroke-dasharray",
              "4,4")
          .newline();
      m.element(
              "text",
              "Still possible (practices not assessed)",
              "x",
              px(left + 258),
              "y",
              px(legend + 4),
              "font-size",
              "12")
          .newline();
    }
    return m.close().newline().finish();
  }

  private static double y(double score, double top, double bottom) {
    return bottom - (bottom - top) * Math.max(0, Math.min(1, score));
  }

  private static String line(
      List<Assessment> all, double[] xs, double top, double bottom, boolean possible) {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < all.size(); i++) {
      Assessment a = all.get(i);
      p.append(i == 0 ? "" : " ")
          .append(px(xs[i]))
          .append(',')
          .append(px(y(possible ? a.overallPossible() : a.overall(), top, bottom)));
    }
    return p.toString();
  }
}
