package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.assessment.Roadmap;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.stage.Stage;
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
                Charts.radar(globex.scores(), globex.roadmap().target(), globex.completeness()))
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
