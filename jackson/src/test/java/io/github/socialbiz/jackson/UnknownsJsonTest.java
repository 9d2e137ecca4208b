package io.github.socialbiz.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.assessment.Benchmark;
import io.github.socialbiz.assessment.BookResult;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.rules.Unverified;
import io.github.socialbiz.source.Statistics;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Format 4 writes unknowns as such: every new attribute's exact shape, read back equal. */
final class UnknownsJsonTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static <T> String write(JsonType<T> type, T value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = PLAIN.getFactory().createGenerator(out)) {
      type.write(value, g);
    }
    return out.toString();
  }

  private static <T> T read(JsonType<T> type, String json) throws IOException {
    try (JsonParser p = PLAIN.getFactory().createParser(json)) {
      p.nextToken();
      return type.read(new In(p));
    }
  }

  private static <T> void roundTrips(JsonType<T> type, T value, String json) throws IOException {
    assertEquals(json, write(type, value));
    assertEquals(value, read(type, json));
  }

  private static final Unverified POLICY =
      Unverified.builder()
          .ruleId("acme.policy")
          .severity(Severity.HIGH)
          .message("Not verified: the policy is not assessed")
          .addAsk("Is there a policy? (q.social-media-policy)")
          .citation(Reference.of("Acme's own rule"))
          .build();

  @Test
  void unverifiedItem_hasItsRuleSeverityMessageQuestionsAndCitation() throws IOException {
    roundTrips(
        AssessmentJson.UNVERIFIED,
        POLICY,
        "{\"ruleId\":\"acme.policy\",\"severity\":\"HIGH\","
            + "\"message\":\"Not verified: the policy is not assessed\","
            + "\"ask\":[\"Is there a policy? (q.social-media-policy)\"],"
            + "\"citation\":{\"text\":\"Acme's own rule\"}}");
  }

  @Test
  void bookResult_listsUnknownRulesAndTheirItemsApartFromFindings() throws IOException {
    BookResult book =
        BookResult.builder()
            .name("acme")
            .addPassed("acme.listens")
            .addUnknown("acme.policy")
            .addUnverified(POLICY)
            .build();
    roundTrips(
        AssessmentJson.BOOK,
        book,
        "{\"name\":\"acme\",\"passed\":[\"acme.listens\"],\"failed\":[],\"notApplicable\":[],"
            + "\"findings\":[],\"unknown\":[\"acme.policy\"],\"unverified\":["
            + write(AssessmentJson.UNVERIFIED, POLICY)
            + "]}");
    // absent lists are empty, as before format 4
    assertEquals(
        BookResult.builder().name("acme").build(),
        read(AssessmentJson.BOOK, "{\"name\":\"acme\"}"));
  }

  @Test
  void dimensionScore_keepsBothEnds() throws IOException {
    DimensionScore governance =
        DimensionScore.builder()
            .dimension(Dimension.GOVERNANCE)
            .mean(0.25)
            .meanPossible(0.5)
            .weakest(0)
            .weakestPossible(0.25)
            .notAssessed(2)
            .targetMean(0.5)
            .targetWeakest(0.25)
            .outOfScope(1)
            .build();
    roundTrips(
        AssessmentJson.SCORE,
        governance,
        "{\"dimension\":\"GOVERNANCE\",\"mean\":0.25,\"meanPossible\":0.5,\"weakest\":0.0,"
            + "\"weakestPossible\":0.25,\"notAssessed\":2,\"targetMean\":0.5,\"targetWeakest\":0.25,"
            + "\"outOfScope\":1}");
    // format 4 has them all: a document without the high ends is refused, never read as exact
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class,
            () ->
                read(
                    AssessmentJson.SCORE,
                    "{\"dimension\":\"GOVERNANCE\",\"mean\":0.25,\"weakest\":0.0,"
                        + "\"targetMean\":0.5,\"targetWeakest\":0.25,\"outOfScope\":1}"));
    assertEquals("$: missing required field 'meanPossible'", e.getOriginalMessage());
  }

  @Test
  void gate_listsCriteriaNotVerifiedApartFromUnmet() throws IOException {
    GateSummary gate =
        GateSummary.of(
            Stage.ENGAGEMENT,
            List.of(),
            List.of(Rung.criterion("stage.engagement.account-governance")),
            List.of(Rung.criterion("stage.engagement.triage-process")));
    String json = write(AssessmentJson.GATE, gate);
    JsonNode tree = PLAIN.readTree(json);
    assertEquals(
        "stage.engagement.account-governance", tree.get("unmet").get(0).get("id").textValue());
    assertEquals(
        "stage.engagement.triage-process", tree.get("unknown").get(0).get("id").textValue());
    assertEquals(List.of("rung", "met", "unmet", "unknown"), fieldNames(tree));
    assertEquals(gate, read(AssessmentJson.GATE, json));
  }

  @Test
  void benchmark_isFavourableOnThreeValues() throws IOException {
    for (Truth t : Truth.values()) {
      Benchmark line = Benchmark.of(Statistics.INVENTORY_TAKEN, t, "Where Acme stands");
      String json = write(AssessmentJson.BENCHMARK, line);
      assertEquals(t.name(), PLAIN.readTree(json).get("favourable").textValue());
      assertEquals(line, read(AssessmentJson.BENCHMARK, json));
    }
    String unknown =
        write(
            AssessmentJson.BENCHMARK,
            Benchmark.of(Statistics.INVENTORY_TAKEN, Truth.UNKNOWN, "Not assessed"));
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class,
            () ->
                read(
                    AssessmentJson.BENCHMARK,
                    unknown.replace("\"favourable\":\"UNKNOWN\"", "\"favourable\":false")));
    assertEquals("$.favourable: expected a text, but found false", e.getOriginalMessage());
  }

  @Test
  void factEvidence_isWrittenWithTheOrganization() throws IOException {
    Organization o =
        Organization.builder()
            .name("Acme Retail")
            .employees(4_000)
            .addFactEvidence(
                FactEvidence.of(
                    Fact.CRISIS_TEAM_NAMED, Truth.FALSE, "Ana: nobody is named", Basis.INTERVIEW))
            .addFactEvidence(FactEvidence.of(Fact.ACCOUNTS_INVENTORIED, Truth.UNKNOWN))
            .build();
    String json = SocialBusinessJson.write(o);
    JsonNode facts = PLAIN.readTree(json).get("factEvidence");
    assertEquals(
        "[{\"fact\":\"CRISIS_TEAM_NAMED\",\"stated\":\"FALSE\",\"note\":\"Ana: nobody is named\","
            + "\"basis\":\"INTERVIEW\"},{\"fact\":\"ACCOUNTS_INVENTORIED\",\"stated\":\"UNKNOWN\"}]",
        PLAIN.writeValueAsString(facts));
    assertEquals(o, SocialBusinessJson.readOrganization(json));
  }

  @Test
  void factsNotRecorded_areWrittenOnlyWhenThereAreSome_andReadBack() throws IOException {
    Organization o =
        Organization.builder()
            .name("Fresh")
            .employees(1_000)
            .addNotRecorded(Fact.CRISIS_TEAM_NAMED, Fact.EXECUTIVE_SPONSOR_NAMED)
            .build();
    String json = SocialBusinessJson.write(o);
    JsonNode tree = PLAIN.readTree(json);
    // in the enum's order, after the fact evidence
    assertEquals(
        "[\"EXECUTIVE_SPONSOR_NAMED\",\"CRISIS_TEAM_NAMED\"]",
        PLAIN.writeValueAsString(tree.get("notRecorded")));
    assertEquals("outOfScope", fieldNames(tree).get(fieldNames(tree).indexOf("notRecorded") + 1));
    assertEquals(o, SocialBusinessJson.readOrganization(json));
    // a file that records every fact says nothing of it, and absent or null is none
    assertEquals(
        false,
        PLAIN.readTree(SocialBusinessJson.write(o.withNotRecorded(List.of()))).has("notRecorded"));
    assertEquals(
        List.of(),
        SocialBusinessJson.readOrganization(
                "{\"name\":\"A\",\"employees\":10,\"notRecorded\":null}")
            .notRecorded()
            .asList());
    assertEquals(
        "$.notRecorded[0]: 'CRISIS_TEAM' is not a Fact; allowed: EXECUTIVE_SPONSOR_NAMED,"
            + " CENTER_OF_EXCELLENCE_STAFFED, POLICY_AUTHORITY, SOCIAL_STRATEGIST_APPOINTED,"
            + " CHARTER_WRITTEN, COORDINATION_BEGUN, BUSINESS_UNIT_LIAISONS, CRISIS_TEAM_NAMED,"
            + " ACCOUNTS_INVENTORIED",
        organizationError("{\"name\":\"A\",\"employees\":10,\"notRecorded\":[\"CRISIS_TEAM\"]}"));
  }

  @Test
  void badFactEvidence_failsAtItsPath() {
    assertEquals(
        "$.factEvidence[0].basis: a basis needs a note: say what the statement rests on in 'note'",
        organizationError(
            "{\"name\":\"A\",\"employees\":10,\"factEvidence\":[{\"fact\":\"CRISIS_TEAM_NAMED\","
                + "\"stated\":\"TRUE\",\"basis\":\"INTERVIEW\"}]}"));
    assertEquals(
        "$.factEvidence[0].stated: 'YES' is not a Truth; allowed: FALSE, UNKNOWN, TRUE",
        organizationError(
            "{\"name\":\"A\",\"employees\":10,\"factEvidence\":[{\"fact\":\"CRISIS_TEAM_NAMED\","
                + "\"stated\":\"YES\"}]}"));
    assertEquals(
        "$: invalid organization: Organization.factEvidence must state each fact at most once, but"
            + " CRISIS_TEAM_NAMED is stated twice",
        organizationError(
            "{\"name\":\"A\",\"employees\":10,\"factEvidence\":["
                + "{\"fact\":\"CRISIS_TEAM_NAMED\",\"stated\":\"TRUE\"},"
                + "{\"fact\":\"CRISIS_TEAM_NAMED\",\"stated\":\"FALSE\"}]}"));
  }

  @Test
  void assessmentWithPracticesNotAssessed_roundTripsWithItsUnknowns() throws IOException {
    // listening graded; the social media policy, crisis plan and every other practice not assessed
    Organization o =
        Organization.builder()
            .name("Planned")
            .employees(2_000)
            .evidence(Practice.LISTENING, Adoption.HALF)
            .addFactEvidence(FactEvidence.of(Fact.CRISIS_TEAM_NAMED, Truth.UNKNOWN))
            .build();
    Assessment a = Assessor.standard().assess(o, SampleOrganizations.AS_OF);
    String json = SocialBusinessJson.write(a);
    ObjectNode tree = (ObjectNode) PLAIN.readTree(json);
    JsonNode books = tree.get("books");
    JsonNode crisis = books.get(0);
    for (JsonNode book : books) {
      if (book.get("name").textValue().equals("crisis")) {
        crisis = book;
      }
    }
    assertEquals("crisis", crisis.get("name").textValue());
    assertEquals(
        "[\"crisis.policy\",\"crisis.education\",\"crisis.triage\",\"crisis.plan\","
            + "\"crisis.team\",\"crisis.engagement-before-response\"]",
        PLAIN.writeValueAsString(crisis.get("unknown")));
    // the crisis team nobody could name is to verify, not a finding
    assertEquals(0, crisis.get("failed").size());
    assertEquals(6, crisis.get("unverified").size());
    assertEquals("crisis.policy", crisis.get("unverified").get(0).get("ruleId").textValue());
    assertEquals("HIGH", crisis.get("unverified").get(0).get("severity").textValue());
    assertEquals(7, tree.get("scores").get(1).get("notAssessed").intValue());
    assertEquals(1.0, tree.get("scores").get(1).get("meanPossible").doubleValue());
    Assessment back = SocialBusinessJson.readAssessment(json);
    assertEquals(a, back);
    assertEquals(a.unverified(), back.unverified());
    assertEquals(json, SocialBusinessJson.write(back));
  }

  @Test
  void unitStandingOfFormat4OrLater_withoutItsCounts_isRefused_notReadAsNone() throws IOException {
    // format 4 and later always write what a unit did not assess and who answered for it; a
    // document
    // without them is not one this library wrote, and its silence is no count of 0
    Assessment a =
        Assessor.standard().assess(SampleOrganizations.multinational(), SampleOrganizations.AS_OF);
    ObjectNode tree = (ObjectNode) PLAIN.readTree(SocialBusinessJson.write(a));
    for (String field : List.of("notAssessed", "respondents", "overallPossible")) {
      ObjectNode edited = tree.deepCopy();
      ((ObjectNode) edited.get("units").get(1)).remove(field);
      String json = PLAIN.writeValueAsString(edited);
      SocialBusinessJsonException e =
          assertThrows(
              SocialBusinessJsonException.class, () -> SocialBusinessJson.readAssessment(json));
      assertEquals("$.units[1]: missing required field '" + field + "'", e.getOriginalMessage());
    }
  }

  private static String organizationError(String json) {
    return assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readOrganization(json))
        .getOriginalMessage();
  }

  private static List<String> fieldNames(JsonNode tree) {
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
