package io.github.socialbiz.report;

import static io.github.socialbiz.report.Text.px;

import io.github.socialbiz.assessment.Phase;
import io.github.socialbiz.assessment.Roadmap;
import io.github.socialbiz.maturity.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's pictures as inline SVG, drawn with {@link Markup} so that every label is escaped: the ladder
 * of the six stages with the organization's stage marked and the roadmap's phases; the shared SVG opening
 * and colours, which {@link Radar} and {@link Trend} draw with too.
 */
final class Charts {

  /** The SVG namespace. */
  static final String SVG = "http://www.w3.org/2000/svg";

  /** The accessible name of the ladder. */
  static final String LADDER_LABEL = "The six stages";

  /** The accessible name of the roadmap. */
  static final String ROADMAP_LABEL = "Roadmap phases";

  /** The pictures' colours: grid lines, text and outlines, the organization's figure, the target. */
  static final String GRID = "#cbd5e0";

  static final String DARK = "#1a365d";
  static final String BLUE = "#2b6cb0";
  static final String ORANGE = "#dd6b20";

  private Charts() {}

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
