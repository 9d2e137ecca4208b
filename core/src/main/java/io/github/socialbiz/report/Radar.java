package io.github.socialbiz.report;

import static io.github.socialbiz.report.Charts.BLUE;
import static io.github.socialbiz.report.Charts.DARK;
import static io.github.socialbiz.report.Charts.GRID;
import static io.github.socialbiz.report.Charts.ORANGE;
import static io.github.socialbiz.report.Text.px;

import io.github.socialbiz.assessment.Completeness;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.maturity.Rung;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The radar of dimension scores as inline SVG: the current scores filled, the roadmap's target dashed, and
 * what is still possible while practices are not assessed dotted around what the evidence proves.
 */
final class Radar {

  /** The accessible name of the radar. */
  static final String LABEL = "Radar of dimension scores";

  private Radar() {}

  /** The mark after a radar label of a dimension with practices not assessed, such as " (2 not assessed)". */
  private static String notAssessedMark(int n) {
    return n == 0 ? "" : " (" + n + " not assessed)";
  }

  /**
   * A radar of the dimension means: the current scores filled, the target of the roadmap dashed on top; a
   * dimension with practices not assessed says how many in its label and shows its mean as a range.
   * When some score is a range, the filled polygon is what the known evidence proves and a dotted outline
   * around it what is still possible; the legend says so in words, and the three lines differ by
   * pattern (solid, dotted, dashed), so the picture reads in black and white.
   */
  static String chart(List<DimensionScore> scores, Rung target, Completeness completeness) {
    int n = scores.size();
    boolean exact = scores.stream().allMatch(DimensionScore::isExact);
    // a label with a range and a count, "Organization 0.00 to 1.00 (8 not assessed)", is some 260
    // pixels long: the picture widens so that the labels on either side fit
    double cx = exact ? 280 : 430;
    double cy = 190;
    double r = 130;
    Markup m = Charts.svg(exact ? 560 : 860, exact ? 400 : 410, LABEL);
    m.element(
            "title",
            exact
                ? "Dimension scores: now and at the roadmap\u2019s target"
                : "Dimension scores: proven by the known evidence, still possible, and at the"
                    + " roadmap\u2019s target")
        .newline();
    for (int ring = 1; ring <= 4; ring++) {
      m.empty(
              "polygon",
              "fill",
              "none",
              "stroke",
              GRID,
              "points",
              points(n, cx, cy, r * ring / 4, null))
          .newline();
    }
    for (int i = 0; i < n; i++) {
      double ang = angle(i, n);
      m.empty(
              "line",
              "x1",
              px(cx),
              "y1",
              px(cy),
              "x2",
              px(cx + r * Math.cos(ang)),
              "y2",
              px(cy + r * Math.sin(ang)),
              "stroke",
              GRID)
          .newline();
      String anchor =
          Math.abs(Math.cos(ang)) < 0.2 ? "middle" : Math.cos(ang) > 0 ? "start" : "end";
      m.element(
              "text",
              scores.get(i).dimension().displayName()
                  + " "
                  + Labels.mean(scores.get(i))
                  + notAssessedMark(completeness.notAssessed(scores.get(i).dimension())),
              "x",
              px(cx + (r + 22) * Math.cos(ang)),
              "y",
              px(cy + (r + 22) * Math.sin(ang) + 4),
              "font-size",
              "12",
              "text-anchor",
              anchor)
          .newline();
    }
    double[] now = scores.stream().mapToDouble(DimensionScore::mean).toArray();
    double[] goal = scores.stream().mapToDouble(DimensionScore::targetMean).toArray();
    if (!exact) {
      double[] possible = scores.stream().mapToDouble(DimensionScore::meanPossible).toArray();
      m.empty(
              "polygon",
              "fill",
              "none",
              "stroke",
              DARK,
              "stroke-width",
              "1.5",
              "stroke-dasharray",
              "2,3",
              "points",
              points(n, cx, cy, r, possible))
          .newline();
    }
    m.empty(
            "polygon",
            "fill",
            BLUE,
            "fill-opacity",
            "0.45",
            "stroke",
            DARK,
            "stroke-width",
            "2",
            "points",
            points(n, cx, cy, r, now))
        .newline();
    m.empty(
            "polygon",
            "fill",
            "none",
            "stroke",
            ORANGE,
            "stroke-width",
            "2.5",
            "stroke-dasharray",
            "6,4",
            "points",
            points(n, cx, cy, r, goal))
        .newline();
    m.empty(
            "rect",
            "x",
            "10",
            "y",
            "370",
            "width",
            "12",
            "height",
            "12",
            "fill",
            BLUE,
            "fill-opacity",
            "0.45",
            "stroke",
            DARK)
        .element("text", exact ? "Now" : "Proven now", "x", "28", "y", "381", "font-size", "12")
        .newline();
    // the target's key sits after the first one's words, which are longer when scores are ranges
    int key = exact ? 80 : 110;
    m.empty(
            "line",
            "x1",
            Integer.toString(key),
            "y1",
            "376",
            "x2",
            Integer.toString(key + 20),
            "y2",
            "376",
            "stroke",
            ORANGE,
            "stroke-width",
            "2.5",
            "stroke-dasharray",
            "6,4")
        .element(
            "text",
            "Target (" + target.displayName() + ")",
            "x",
            Integer.toString(key + 26),
            "y",
            "381",
            "font-size",
            "12")
        .newline();
    if (!exact) {
      m.empty(
              "line",
              "x1",
              "10",
              "y1",
              "398",
              "x2",
              "30",
              "y2",
              "398",
              "stroke",
              DARK,
              "stroke-width",
              "1.5",
              "stroke-dasharray",
              "2,3")
          .element(
              "text",
              "Still possible: practices not assessed taken at the top of the scale",
              "x",
              "36",
              "y",
              "402",
              "font-size",
              "12")
          .newline();
    }
    return m.close().newline().finish();
  }

  private static double angle(int i, int n) {
    return -Math.PI / 2 + 2 * Math.PI * i / n;
  }

  private static String points(int n, double cx, double cy, double r, double @Nullable [] values) {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double v = values == null ? 1 : Math.max(0.02, values[i]);
      p.append(i == 0 ? "" : " ")
          .append(px(cx + r * v * Math.cos(angle(i, n))))
          .append(',')
          .append(px(cy + r * v * Math.sin(angle(i, n))));
    }
    return p.toString();
  }
}
