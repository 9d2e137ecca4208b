package io.github.socialbiz.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Rewrites documents of the current format in the shapes older formats wrote, for the tests of reading them. */
final class OlderShapes {

  private OlderShapes() {}

  /**
   * Rewrites an assessment as format 3 wrote it, in place: scores without their ranges, a benchmark's
   * {@code favourable} a boolean, gates and book results without unknowns, an organization without fact
   * evidence. Only the shape: format 3 would also have failed the unknowns, which the samples have none of.
   */
  static ObjectNode asFormatThree(ObjectNode assessment) {
    assessment.put("formatVersion", 3);
    ((ObjectNode) assessment.get("organization")).remove("factEvidence");
    for (JsonNode score : assessment.get("scores")) {
      ((ObjectNode) score).remove("meanPossible");
      ((ObjectNode) score).remove("weakestPossible");
      ((ObjectNode) score).remove("notAssessed");
    }
    for (JsonNode line : assessment.get("benchmarks")) {
      ((ObjectNode) line).put("favourable", line.get("favourable").textValue().equals("TRUE"));
    }
    for (String gate : new String[] {"stageGate", "levelGate"}) {
      if (assessment.has(gate)) {
        ((ObjectNode) assessment.get(gate)).remove("unknown");
      }
    }
    for (JsonNode book : (ArrayNode) assessment.get("books")) {
      ((ObjectNode) book).remove("unknown");
      ((ObjectNode) book).remove("unverified");
    }
    return assessment;
  }
}
