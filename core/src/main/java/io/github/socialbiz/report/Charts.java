package io.github.socialbiz.report;

import static io.github.socialbiz.report.Text.px;

import io.github.socialbiz.assessment.Completeness;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.Phase;
import io.github.socialbiz.assessment.Roadmap;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The report's pictures as inline SVG, drawn with {@link Markup} so that every label is escaped: the radar
 * of dimension scores, the ladder of the six stages with the organization's stage marked, and the
 * roadmap's phases.
 */
final class Charts {

  /** The SVG namespace. */
  static final String SVG = "http://www.w3.org/2000/svg";

  /** The accessible name of the radar. */
  static final String RADAR_LABEL = "Radar of dimension scores";

  /** The accessible name of the ladder. */
  static final String LADDER_LABEL = "The six stages";

  /** The accessible name of the roadmap. */
  static final String ROADMAP_LABEL = "Roadmap phases";

  private static final String GRID = "#cbd5e0";
  private static final String DARK = "#1a365d";
  private static final String BLUE = "#2b6cb0";
  private static final String ORANGE = "#dd6b20";

  private Charts() {}

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
  static String radar(List<DimensionScore> scores, Rung target, Completeness completeness) {
    int n = scores.size();
    boolean exact = scores.stream().allMatch(DimensionScore::isExact);
    // a label with a range and a count, "Organization 0.00 to 1.00 (8 not assessed)", is some 260
    // pixels long: the picture widens so that the labels on either side fit
    double cx = exact ? 280 : 430;
    double cy = 190;
    double r = 130;
    Markup m = svg(exact ? 560 : 860, exact ? 400 : 410, RADAR_LABEL);
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

  /**
   * The six stages as rising steps, one group per step. The organization's stage is the one marked step:
   * filled dark, outlined thicker, labelled "You are here" and carrying {@code aria-current="step"}; the
   * steps not reached are outlined dashed (class {@code step ahead}), so the ladder reads in black and
   * white too.
   */
  static String ladder(Stage current) {
    Markup m = svg(500, 400, LADDER_LABEL);
    m.element(
            "title",
            "The six stages of social business transformation; the organization is at stage "
                + current.number()
                + ", "
                + current.displayName())
        .newline();
    Stage[] stages = Stage.values();
    for (int i = 0; i < stages.length; i++) {
      Stage s = stages[i];
      double x = 10 + i * 80;
      double height = 60 + i * 45;
      double y = 340 - height;
      boolean here = s == current;
      String fill = here ? BLUE : current.isAtLeast(s) ? "#90cdf4" : "#edf2f7";
      boolean reached = current.isAtLeast(s);
      // the current step has a thick outline; a step not reached a dashed one, so that the three
      // kinds
      // differ in black and white too
      if (here) {
        m.open("g", "class", "step current", "aria-current", "step").newline();
      } else {
        m.open("g", "class", reached ? "step" : "step ahead").newline();
      }
      List<String> rect =
          new ArrayList<>(
              List.of(
                  "x",
                  px(x),
                  "y",
                  px(y),
                  "width",
                  "76",
                  "height",
                  px(height),
                  "fill",
                  fill,
                  "stroke",
                  DARK));
      if (here) {
        rect.addAll(List.of("stroke-width", "3"));
      } else if (!reached) {
        rect.addAll(List.of("stroke-dasharray", "5,4"));
      }
      m.empty("rect", rect.toArray(String[]::new));
      m.newline();
      m.element(
              "text",
              Integer.toString(s.number()),
              "x",
              px(x + 38),
              "y",
              px(y + 22),
              "font-size",
              "16",
              "text-anchor",
              "middle",
              "fill",
              here ? "#ffffff" : DARK)
          .newline();
      m.element(
              "text",
              s.displayName(),
              "x",
              px(x + 38),
              "y",
              "360",
              "font-size",
              "11",
              "text-anchor",
              "middle")
          .newline();
      if (here) {
        m.element(
                "text",
                "You are here",
                "x",
                px(x + 38),
                "y",
                px(y - 8),
                "font-size",
                "12",
                "text-anchor",
                "middle",
                "font-weight",
                "bold")
            .newline();
      }
      m.close().newline();
    }
    m.element(
            "text",
            "\u201c" + current.tagline() + "\u201d",
            "x",
            "10",
            "y",
            "385",
            "font-size",
            "11",
            "fill",
            "#555")
        .newline();
    return m.close().newline().finish();
  }

  /** The roadmap's phases as a row of boxes, each with its rung and number of actions; empty when it has none. */
  static Optional<String> roadmap(Roadmap roadmap) {
    List<Phase> phases = roadmap.phases();
    if (phases.isEmpty()) {
      return Optional.empty();
    }
    Markup m = svg(40 + phases.size() * 220, 120, ROADMAP_LABEL);
    m.element("title", "Roadmap phases to " + roadmap.target().displayName()).newline();
    for (int i = 0; i < phases.size(); i++) {
      Phase p = phases.get(i);
      double x = 20 + i * 220;
      int actions = p.actions().size();
      m.empty(
              "rect",
              "x",
              px(x),
              "y",
              "20",
              "width",
              "190",
              "height",
              "80",
              "rx",
              "10",
              "fill",
              "#ebf8ff",
              "stroke",
              BLUE,
              "stroke-width",
              "2")
          .newline();
      m.element(
              "text",
              "Phase " + p.number() + ": " + p.rung().displayName(),
              "x",
              px(x + 95),
              "y",
              "50",
              "font-size",
              "14",
              "text-anchor",
              "middle",
              "font-weight",
              "bold")
          .newline();
      m.element(
              "text",
              actions + (actions == 1 ? " action" : " actions"),
              "x",
              px(x + 95),
              "y",
              "75",
              "font-size",
              "12",
              "text-anchor",
              "middle")
          .newline();
      if (i + 1 < phases.size()) {
        m.empty(
                "line",
                "x1",
                px(x + 192),
                "y1",
                "60",
                "x2",
                px(x + 218),
                "y2",
                "60",
                "stroke",
                BLUE,
                "stroke-width",
                "3")
            .newline();
      }
    }
    return Optional.of(m.close().newline().finish());
  }

  /** An SVG picture of a size, labelled for screen readers, as every chart of the report opens. */
  static Markup svg(int width, int height, String label) {
    return new Markup(8_192)
        .open(
            "svg",
            "xmlns",
            SVG,
            "width",
            Integer.toString(width),
            "height",
            Integer.toString(height),
            "viewBox",
            "0 0 " + width + " " + height,
            "role",
            "img",
            "aria-label",
            label)
        .newline();
  }
}
