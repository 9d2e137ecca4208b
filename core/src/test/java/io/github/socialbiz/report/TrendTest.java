package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.testing.ReportFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The "Over time" chart: where its points, grid and legend are drawn. */
final class TrendTest {

  private static final Organization GLOBEX = SampleOrganizations.multinational();
  private static final Organization BLUEFIN = SampleOrganizations.presenceWithoutResponse();

  private static List<Double> attribute(String svg, String element, String name) {
    List<Double> values = new ArrayList<>();
    Matcher m = Pattern.compile("<" + element + " [^>]*" + name + "=\"([0-9.]+)\"").matcher(svg);
    while (m.find()) {
      values.add(Double.parseDouble(m.group(1)));
    }
    return values;
  }

  @Test
  void twoAssessments_areDrawnAtTheEnds_theGridFromZeroToOne() {
    Assessment before = Assessor.standard().assess(GLOBEX, LocalDate.of(2026, 3, 31));
    Assessment now = Assessor.standard().assess(GLOBEX, LocalDate.of(2026, 6, 30));
    String svg = Trend.chart(List.of(before, now));
    // 560 wide: the plot from x 70 to 520, the first point 30 in, the last 30 from the end
    assertTrue(
        svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"560\" height=\"300\""),
        svg);
    assertEquals(List.of(100.0, 490.0), attribute(svg, "circle", "cx"));
    // the grid: 0.00 at y 210 up to 1.00 at y 30, every quarter
    assertEquals(
        List.of(210.0, 165.0, 120.0, 75.0, 30.0), attribute(svg, "line", "y1").subList(0, 5));
    for (String tick : List.of(">0.00<", ">0.25<", ">0.50<", ">0.75<", ">1.00<")) {
      assertTrue(svg.contains(tick), tick);
    }
    // a score s is drawn at 210 - 180 s: the same score, the same height
    List<Double> ys = attribute(svg, "circle", "cy");
    assertEquals(ys.get(0), ys.get(1));
    assertTrue(ys.get(0) > 30.0 && ys.get(0) < 210.0, ys.toString());
    // under each point its date and its stage
    assertTrue(svg.contains(">2026-03-31</text>") && svg.contains(">2026-06-30</text>"), svg);
    assertTrue(svg.contains("font-weight=\"bold\" text-anchor=\"middle\">Formalized</text>"), svg);
    // exact scores: no dashed line, no legend for what is still possible
    assertFalse(svg.contains("stroke-dasharray"), svg);
    assertFalse(svg.contains("Still possible"), svg);
    assertTrue(svg.contains(">Proven by the evidence</text>"), svg);
  }

  @Test
  void ranges_drawTheStillPossibleLineAboveTheProven_andTheLegendSaysSo() {
    Organization partly = ReportFixtures.partlyAssessed(BLUEFIN);
    Assessment before = Assessor.standard().assess(partly, LocalDate.of(2026, 1, 31));
    Assessment middle = Assessor.standard().assess(partly, LocalDate.of(2026, 3, 31));
    Assessment now = Assessor.standard().assess(BLUEFIN, LocalDate.of(2026, 6, 30));
    String svg = Trend.chart(List.of(before, middle, now));
    assertEquals(List.of(100.0, 295.0, 490.0), attribute(svg, "circle", "cx"));
    assertTrue(svg.contains("stroke-dasharray=\"4,4\""), svg);
    assertTrue(svg.contains(">Still possible (practices not assessed)</text>"), svg);
    // the dashed line's first point (still possible) is above the first dot (proven): smaller y
    Matcher dashed =
        Pattern.compile("stroke-dasharray=\"4,4\" points=\"([0-9.]+),([0-9.]+) ").matcher(svg);
    assertTrue(dashed.find(), svg);
    assertEquals(100.0, Double.parseDouble(dashed.group(1)));
    assertTrue(Double.parseDouble(dashed.group(2)) < attribute(svg, "circle", "cy").get(0), svg);
    // the proven line goes through the dots
    Matcher proven = Pattern.compile("stroke-width=\"2.5\" points=\"([^\"]+)\"").matcher(svg);
    assertTrue(proven.find(), svg);
    List<Double> cy = attribute(svg, "circle", "cy");
    assertEquals(
        String.format(
            Locale.ROOT, "100.0,%.1f 295.0,%.1f 490.0,%.1f", cy.get(0), cy.get(1), cy.get(2)),
        proven.group(1));
    // the range is labelled over the first dot
    assertTrue(
        svg.contains(
            ">" + Labels.score(before.overall(), before.overallPossible(), false) + "</text>"),
        svg);
  }

  @Test
  void exactScores_theSectionSpeaksOfNoDashedLine() {
    Assessment before = Assessor.standard().assess(GLOBEX, LocalDate.of(2026, 3, 31));
    Assessment now = Assessor.standard().assess(GLOBEX, LocalDate.of(2026, 6, 30));
    String md = Reports.markdown(ReportContext.of(now).withHistory(List.of(before)));
    assertTrue(
        md.contains(
            "\n2 assessments from 2026-03-31 to 2026-06-30. In the chart, the solid line is the"
                + " overall score the evidence proves. A practice assessed for the first time is"
                + " something learned, not progress: the last column of the table tells the two"
                + " apart.\n"),
        md);
  }

  @Test
  void manyAssessments_widenTheChart() {
    List<Assessment> six = new ArrayList<>();
    for (int month = 1; month <= 6; month++) {
      six.add(Assessor.standard().assess(GLOBEX, LocalDate.of(2026, month, 28)));
    }
    String svg = Trend.chart(six);
    // 120 a point and 100 more: 820 wide, the plot to x 780
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"820\""), svg);
    assertEquals(List.of(100.0, 230.0, 360.0, 490.0, 620.0, 750.0), attribute(svg, "circle", "cx"));
  }
}
