package io.github.socialbiz.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.socialbiz.assessment.Action;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every document says its format and model versions; older ones are read, newer ones refused. */
final class DocumentVersionsTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final Assessment BLUEFIN =
      Assessor.standard()
          .assess(SampleOrganizations.presenceWithoutResponse(), SampleOrganizations.AS_OF);

  private static String message(String json, boolean assessment) {
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class,
            () -> {
              if (assessment) {
                SocialBusinessJson.readAssessment(json);
              } else {
                SocialBusinessJson.readOrganization(json);
              }
            });
    return e.getOriginalMessage();
  }

  @Test
  void writtenDocuments_startWithBothVersions() throws Exception {
    ObjectNode a = (ObjectNode) PLAIN.readTree(SocialBusinessJson.write(BLUEFIN));
    assertEquals(7, a.get("formatVersion").intValue());
    assertEquals(6, a.get("modelVersion").intValue());
    assertEquals("formatVersion", a.fieldNames().next());
    // the organization inside an assessment is part of that document and carries no versions of its
    // own
    assertEquals(null, a.get("organization").get("formatVersion"));
    ObjectNode o =
        (ObjectNode) PLAIN.readTree(SocialBusinessJson.write(SampleOrganizations.listeningPilot()));
    assertEquals(7, o.get("formatVersion").intValue());
    assertEquals(6, o.get("modelVersion").intValue());
  }

  private static Optional<Boolean> regulated(String organization) throws IOException {
    return SocialBusinessJson.readOrganization(organization).regulated();
  }

  @Test
  void regulated_isWrittenOnlyWhenStated_andAnOlderFalseIsReadAsNotStated() throws Exception {
    String tiny = "\"name\":\"Tiny\",\"employees\":12";
    // from format 6, as stated; absent or null is not stated
    assertEquals(
        Optional.of(false), regulated("{\"formatVersion\":6," + tiny + ",\"regulated\":false}"));
    assertEquals(
        Optional.of(true), regulated("{\"formatVersion\":6," + tiny + ",\"regulated\":true}"));
    assertEquals(Optional.empty(), regulated("{\"formatVersion\":6," + tiny + "}"));
    assertEquals(
        Optional.empty(), regulated("{\"formatVersion\":6," + tiny + ",\"regulated\":null}"));
    // the version may come after the field
    assertEquals(
        Optional.of(false), regulated("{" + tiny + ",\"regulated\":false,\"formatVersion\":6}"));
    // formats 1 to 5 wrote false for not stated, so their false is not stated; their true was said
    assertEquals(
        Optional.empty(), regulated("{\"formatVersion\":5," + tiny + ",\"regulated\":false}"));
    assertEquals(Optional.empty(), regulated("{" + tiny + ",\"regulated\":false}"));
    assertEquals(
        Optional.of(true), regulated("{\"formatVersion\":5," + tiny + ",\"regulated\":true}"));
    // written only when stated
    Organization.Builder b = Organization.builder().name("Tiny").employees(12);
    assertEquals(null, PLAIN.readTree(SocialBusinessJson.write(b.build())).get("regulated"));
    assertEquals(
        "false",
        PLAIN
            .readTree(SocialBusinessJson.write(b.regulated(false).build()))
            .get("regulated")
            .toString());
  }

  @Test
  void anAssessmentBeforeFormat6_readsItsOrganizationsFalseAsNotStated() throws Exception {
    // Bluefin does not say; as a format 6 document that says not regulated, it reads so
    ObjectNode doc = (ObjectNode) PLAIN.readTree(SocialBusinessJson.write(BLUEFIN));
    assertEquals(null, doc.get("organization").get("regulated"));
    ((ObjectNode) doc.get("organization")).put("regulated", false);
    assertEquals(Optional.of(false), read(doc).organization().regulated());
    doc.put("formatVersion", 5);
    assertEquals(Optional.empty(), read(doc).organization().regulated());
    // with the version after the organization, read once the whole assessment is known
    doc.remove("formatVersion");
    doc.put("formatVersion", 5);
    assertEquals(Optional.empty(), read(doc).organization().regulated());
    doc.remove("formatVersion");
    doc.put("formatVersion", 6);
    assertEquals(Optional.of(false), read(doc).organization().regulated());
  }

  private static Assessment read(ObjectNode doc) throws IOException {
    return SocialBusinessJson.readAssessment(PLAIN.writeValueAsString(doc));
  }

  @Test
  void newerFormatOrModel_isRefusedWithTheReason() throws Exception {
    assertEquals(
        "$.formatVersion: the document was written with document format version 8, newer than this library's 7 "
            + "(it reads 1 to 7); read it with a newer socialbiz",
        message("{\"formatVersion\":8,\"name\":\"Tiny\",\"employees\":12}", false));
    assertEquals(
        "$.modelVersion: the document was written with model version 7, newer than this library's 6 "
            + "(it reads 1 to 6); read it with a newer socialbiz",
        message("{\"modelVersion\":7,\"name\":\"Tiny\",\"employees\":12}", false));
    assertEquals(
        "$.formatVersion: a document format version is at least 1, but was 0",
        message("{\"formatVersion\":0,\"name\":\"Tiny\",\"employees\":12}", false));
    assertEquals(
        "$.formatVersion: expected a whole number from -2147483648 to 2147483647, but found the text '2'",
        message("{\"formatVersion\":\"2\",\"name\":\"Tiny\",\"employees\":12}", false));

    // versions 1 written out are accepted (and an organization keeps no version to compare)
    assertEquals(
        SocialBusinessJson.readOrganization("{\"name\":\"Tiny\",\"employees\":12}"),
        SocialBusinessJson.readOrganization(
            "{\"formatVersion\":1,\"modelVersion\":1,\"name\":\"Tiny\",\"employees\":12}"));
  }

  @Test
  void unversionedDocuments_areFormatOneAndReadAsBefore() throws Exception {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(SocialBusinessJson.write(BLUEFIN));
    doc.remove("formatVersion");
    doc.remove("modelVersion");
    // format 1 wrote each roadmap action with its criterion's id beside copies of its parts
    asFormatOne(doc);
    Assessment back = SocialBusinessJson.readAssessment(PLAIN.writeValueAsString(doc));
    // an unversioned document was written under model 1: its results are kept as recorded
    assertEquals(1, back.modelVersion());
    assertEquals(BLUEFIN.organization(), back.organization());
    assertEquals(BLUEFIN.findings(), back.findings());
    assertEquals(BLUEFIN.roadmap(), back.roadmap());
    assertTrue(
        back.roadmap().actions().stream()
            .map(Action::criterion)
            .anyMatch(c -> c instanceof FactCriterion));
    assertTrue(
        back.roadmap().actions().stream()
            .map(Action::criterion)
            .anyMatch(c -> c instanceof PracticeCriterion));
  }

  /** Rewrites a written assessment as format 1 wrote it: format 3's shape, and roadmap actions as format 1 wrote them. */
  private static ObjectNode asFormatOne(ObjectNode doc) {
    OlderShapes.asFormatThree(doc).remove("formatVersion");
    for (var phase : doc.get("roadmap").get("phases")) {
      ArrayNode actions = (ArrayNode) phase.get("actions");
      for (int i = 0; i < actions.size(); i++) {
        ObjectNode x = (ObjectNode) actions.get(i);
        ObjectNode criterion = (ObjectNode) x.remove("criterion");
        ObjectNode old = PLAIN.createObjectNode();
        old.put("criterionId", criterion.get("id").textValue());
        old.put(
            "practice",
            criterion.has("practice") ? criterion.get("practice").textValue() : "BUSINESS_GOALS");
        old.put("grade", criterion.has("minimum") ? criterion.get("minimum").textValue() : "SOME");
        if (criterion.has("fact")) {
          old.put("fact", criterion.get("fact").textValue());
        }
        old.set("owner", x.get("owner"));
        old.set("reason", x.get("reason"));
        old.set("citation", criterion.get("citation"));
        old.set("unblocks", x.get("unblocks"));
        actions.set(i, old);
      }
    }
    return doc;
  }

  @Test
  void formatVersionAfterTheRoadmap_isTheFormatTheRoadmapIsReadIn() throws Exception {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(SocialBusinessJson.write(BLUEFIN));
    doc.set("formatVersion", doc.remove("formatVersion"));
    assertEquals(BLUEFIN, SocialBusinessJson.readAssessment(PLAIN.writeValueAsString(doc)));
    asFormatOne(doc);
    doc.put("formatVersion", 3);
    assertEquals(
        "$.roadmap.phases[0].actions[0].criterionId: unknown field 'criterionId' in an action; allowed: criterion, owner, reason, unblocks, assessFirst",
        message(PLAIN.writeValueAsString(doc), true));
  }

  @Test
  void roadmapReadLater_reportsThePathsAndLimitsOfTheDocument() throws Exception {
    ObjectNode doc = asFormatOne((ObjectNode) PLAIN.readTree(SocialBusinessJson.write(BLUEFIN)));
    doc.remove("formatVersion");
    ObjectNode action = (ObjectNode) doc.get("roadmap").get("phases").get(0).get("actions").get(0);
    action.put("owner", "NOBODY");
    assertEquals(
        "$.roadmap.phases[0].actions[0].owner: 'NOBODY' is not a Role; allowed: "
            + Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.joining(", ")),
        message(PLAIN.writeValueAsString(doc), true));
    // jackson-core lets a copied text somewhat over the limit through; the reader holds it to the
    // limit
    action.put("owner", "COMMUNITY_MANAGER");
    action.put("reason", "x".repeat(12_000));
    assertEquals(
        "$.roadmap.phases[0].actions[0].reason: a text of more than 10000 characters; at most 10000 are allowed",
        message(PLAIN.writeValueAsString(doc), true));
  }

  @Test
  void storedAssessmentContradictingItsOrganization_isRefused() throws Exception {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(SocialBusinessJson.write(BLUEFIN));
    doc.put("stage", "STRATEGIC");
    assertEquals(
        "$: invalid assessment: Assessment.stage must be PRESENCE, the stage Bluefin Foods reaches under model version 6, but was STRATEGIC",
        message(PLAIN.writeValueAsString(doc), true));
  }
}
