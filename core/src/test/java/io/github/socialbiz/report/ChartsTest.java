package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.assessment.Roadmap;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

final class ChartsTest {

  @ParameterizedTest
  @CsvSource({
    "PLANNING, 1, Planning",
    "PRESENCE, 2, Presence",
    "ENGAGEMENT, 3, Engagement",
    "FORMALIZED, 4, Formalized",
    "STRATEGIC, 5, Strategic",
    "CONVERGED, 6, Converged"
  })
  void ladder_marksExactlyTheGivenStage(Stage stage, int number, String name) throws Exception {
    Element svg = ReportsTest.parse(Charts.ladder(stage)).getDocumentElement();
    assertEquals("The six stages", svg.getAttribute("aria-label"));
    List<Element> steps = children(svg, "g");
    assertEquals(6, steps.size());
    List<Element> marked = new ArrayList<>();
    for (Element step : steps) {
      if (step.hasAttribute("aria-current")) {
        marked.add(step);
      }
    }
    assertEquals(1, marked.size());
    Element here = marked.get(0);
    assertEquals("step", here.getAttribute("aria-current"));
    assertEquals("step current", here.getAttribute("class"));
    assertEquals(number - 1, steps.indexOf(here));
    assertEquals(List.of(Integer.toString(number), name, "You are here"), texts(here));
    assertEquals(
        "The six stages of social business transformation; the organization is at stage "
            + number
            + ", "
            + name,
        children(svg, "title").get(0).getTextContent());
  }

  @Test
  void ladder_fillsPassedStepsLightAndLaterOnesPale() throws Exception {
    Element svg = ReportsTest.parse(Charts.ladder(Stage.ENGAGEMENT)).getDocumentElement();
    List<String> fills = new ArrayList<>();
    for (Element step : children(svg, "g")) {
      fills.add(children(step, "rect").get(0).getAttribute("fill"));
    }
    assertEquals(List.of("#90cdf4", "#90cdf4", "#2b6cb0", "#edf2f7", "#edf2f7", "#edf2f7"), fills);
    // in black and white the steps ahead still differ: dashed outlines, and a class that says so
    List<String> outlines = new ArrayList<>();
    for (Element step : children(svg, "g")) {
      outlines.add(
          step.getAttribute("class")
              + " "
              + children(step, "rect").get(0).getAttribute("stroke-dasharray"));
    }
    assertEquals(
        List.of(
            "step ",
            "step ",
            "step current ",
            "step ahead 5,4",
            "step ahead 5,4",
            "step ahead 5,4"),
        outlines);
    assertEquals(List.of("1", "Planning"), texts(children(svg, "g").get(0)));
    assertEquals(
        "\u201cDialog Deepens Relationships\u201d", children(svg, "text").get(0).getTextContent());
  }

  @Test
  void radar_labelsEveryDimensionWithItsMeanAndNamesTheTarget() throws Exception {
    Assessment globex =
        Assessor.standard().assess(SampleOrganizations.multinational(), SampleOrganizations.AS_OF);
    Element svg =
        ReportsTest.parse(
                Radar.chart(globex.scores(), globex.roadmap().target(), globex.completeness()))
            .getDocumentElement();
    assertEquals("Radar of dimension scores", svg.getAttribute("aria-label"));
    assertEquals(
        List.of(
            "Strategy 0.70",
            "Governance 0.57",
            "Organization 0.59",
            "Process 0.55",
            "Education 0.50",
            "Engagement 0.75",
            "Measurement 0.50",
            "Now",
            "Target (Strategic)"),
        texts(svg));
    // four grid rings, then the scores now and the target
    assertEquals(6, children(svg, "polygon").size());
  }

  /**
   * Globex without its account inventory graded: Governance is a range, (3.5 + 0) / 7 to (3.5 + 1) / 7,
   * and the possible polygon is drawn dotted, without fill, with its words in the legend.
   */
  @Test
  void radar_withAPracticeNotAssessed_drawsTheProvenAndThePossible() throws Exception {
    Organization globex = SampleOrganizations.multinational();
    Organization unknown =
        globex.withEvidence(
            globex.evidence().stream()
                .filter(e -> e.practice() != Practice.ACCOUNT_INVENTORY)
                .toList(),
            globex.outOfScope());
    Assessment a = Assessor.standard().assess(unknown, SampleOrganizations.AS_OF);
    Element svg =
        ReportsTest.parse(Radar.chart(a.scores(), a.roadmap().target(), a.completeness()))
            .getDocumentElement();
    assertEquals(
        List.of(
            "Strategy 0.70",
            "Governance 0.50 to 0.64 (1 not assessed)",
            "Organization 0.59",
            "Process 0.55",
            "Education 0.50",
            "Engagement 0.75",
            "Measurement 0.50",
            "Proven now",
            "Target (Strategic)",
            "Still possible: practices not assessed taken at the top of the scale"),
        texts(svg));
    assertEquals("0 0 860 410", svg.getAttribute("viewBox"));
    // four grid rings, then the possible (dotted, unfilled), the proven (filled) and the target
    // (dashed)
    List<Element> polygons = children(svg, "polygon");
    assertEquals(7, polygons.size());
    List<String> styles = new ArrayList<>();
    for (Element p : polygons.subList(4, 7)) {
      styles.add(p.getAttribute("fill") + " " + p.getAttribute("stroke-dasharray"));
    }
    assertEquals(List.of("none 2,3", "#2b6cb0 ", "none 6,4"), styles);
  }

  @Test
  void roadmap_oneBoxPerPhase_noneWhenDone() throws Exception {
    Roadmap far = Roadmap.to(SampleOrganizations.presenceWithoutResponse(), Stage.STRATEGIC);
    Element svg = ReportsTest.parse(Charts.roadmap(far).orElseThrow()).getDocumentElement();
    assertEquals("Roadmap phases", svg.getAttribute("aria-label"));
    assertEquals(3, children(svg, "rect").size());
    assertEquals(2, children(svg, "line").size());
    assertEquals("Phase 1: Engagement", texts(svg).get(0));
    assertEquals("Phase 3: Strategic", texts(svg).get(4));
    assertTrue(Charts.roadmap(Roadmap.of(Stage.PRESENCE, List.of())).isEmpty());
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getLocalName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static List<String> texts(Element parent) {
    return children(parent, "text").stream().map(Node::getTextContent).toList();
  }
}
