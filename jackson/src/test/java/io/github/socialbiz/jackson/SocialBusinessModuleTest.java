package io.github.socialbiz.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Platform;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.profile.SocialAccount;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SocialBusinessModuleTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new SocialBusinessModule());

  private static final Organization SMALL =
      Organization.builder()
          .name("Acme Retail")
          .employees(4_000)
          .addRegions("North America")
          .evidence(Practice.LISTENING, Adoption.HALF)
          .evidence(
              Practice.PILOT_PROJECTS,
              Adoption.SOME,
              "Two pilots in customer care",
              Basis.INTERVIEW)
          .addOutOfScope(Practice.REAL_TIME_RESPONSE)
          .addAccounts(SocialAccount.of(Platform.TWITTER, "acme", LocalDate.of(2019, 3, 1)))
          .build();

  @Test
  void organization_hasTheDocumentedShape() throws IOException {
    assertEquals(
        "{\"formatVersion\":7,\"modelVersion\":6,\"name\":\"Acme Retail\",\"employees\":4000,\"regions\":[\"North America\"],"
            + "\"businessUnits\":[],"
            + "\"evidence\":[{\"practice\":\"LISTENING\",\"adoption\":\"HALF\"},"
            + "{\"practice\":\"PILOT_PROJECTS\",\"adoption\":\"SOME\",\"note\":\"Two pilots in customer care\",\"basis\":\"INTERVIEW\"}],"
            + "\"factEvidence\":[],"
            + "\"outOfScope\":[\"REAL_TIME_RESPONSE\"],"
            + "\"coe\":{\"members\":[],\"policyAuthority\":false},"
            + "\"crisisTeam\":[],"
            + "\"accounts\":[{\"platform\":\"TWITTER\",\"handle\":\"acme\",\"created\":\"2019-03-01\"}]}",
        MAPPER.writeValueAsString(SMALL));
  }

  @Test
  void docsJsonExample_isWhatTheModuleWrites() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "json.md"));
    int start = page.indexOf("```json\n") + "```json\n".length();
    String example = page.substring(start, page.indexOf("\n```", start));
    assertEquals(example, SocialBusinessJson.write(SMALL));
    assertEquals(SMALL, SocialBusinessJson.readOrganization(example));
  }

  @Test
  void anActionThatAsksFirst_roundTrips_andAFormatTwoActionDoesNot() throws IOException {
    // listening, pilots and audits graded; official presence not assessed
    Organization o =
        Organization.builder()
            .name("Planned")
            .employees(2_000)
            .evidence(Practice.LISTENING, Adoption.HALF)
            .evidence(Practice.PILOT_PROJECTS, Adoption.SOME)
            .evidence(Practice.READINESS_AUDIT, Adoption.SOME)
            .evidence(Practice.BUSINESS_GOALS, Adoption.SOME)
            .build();
    Assessment a = Assessor.standard().assess(o, SampleOrganizations.AS_OF);
    String json = SocialBusinessJson.write(a);
    assertEquals(true, json.contains("\"assessFirst\" : true"));
    Assessment back = SocialBusinessJson.readAssessment(json);
    assertEquals(a, back);
    assertEquals(true, back.roadmap().actions().get(0).isAssessFirst());
    // a format 2 document has no such field: every action is read as one that acts
    ObjectNode doc = OlderShapes.asFormatThree((ObjectNode) new ObjectMapper().readTree(json));
    doc.put("formatVersion", 2);
    for (JsonNode phase : doc.get("roadmap").get("phases")) {
      for (JsonNode action : phase.get("actions")) {
        ((ObjectNode) action).remove("assessFirst");
      }
    }
    String formatTwo = new ObjectMapper().writeValueAsString(doc);
    assertEquals(
        false,
        SocialBusinessJson.readAssessment(formatTwo).roadmap().actions().get(0).isAssessFirst());
  }

  @Test
  void minimalDocument_readsWithDefaults() throws IOException {
    Organization o = MAPPER.readValue("{\"name\":\"Tiny\",\"employees\":12}", Organization.class);
    assertEquals(Organization.builder().name("Tiny").employees(12).build(), o);
  }

  static Stream<Organization> samples() {
    return SampleOrganizations.all().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void samples_roundTripAsOrganizationsAndAssessments(Organization o) throws IOException {
    assertEquals(o, MAPPER.readValue(MAPPER.writeValueAsString(o), Organization.class));
    Assessment a = Assessor.standard().assess(o, SampleOrganizations.AS_OF);
    String json = MAPPER.writeValueAsString(a);
    Assessment back = MAPPER.readValue(json, Assessment.class);
    assertEquals(a, back);
    assertEquals(json, MAPPER.writeValueAsString(back));
  }

  @Test
  void assessment_writesEnumsByNameAndDatesAsIso() throws IOException {
    String json =
        MAPPER.writeValueAsString(
            Assessor.standard()
                .assess(SampleOrganizations.multinational(), SampleOrganizations.AS_OF));
    assertEquals(
        true,
        json.contains(
            "\"asOf\":\"2026-06-30\",\"stage\":\"FORMALIZED\",\"stageGate\":{\"rung\":\"STRATEGIC\""));
    assertEquals(true, json.contains("\"level\":\"FORMATION\""));
    assertEquals(
        true,
        json.contains(
            "\"reference\":{\"source\":\"PROLIFERATION_2012\",\"locator\":\"Risks: unmonitored accounts\",\"provenance\":\"CORROBORATED\"}"));
  }

  static Stream<Arguments> invalidOrganizations() {
    return Stream.of(
        Arguments.of("{\"name\":\"A\"}", "$: missing required field 'employees'"),
        Arguments.of(
            "{\"name\":\"A\",\"employees\":\"many\"}",
            "$.employees: expected a whole number from -2147483648 to 2147483647, but found the text 'many'"),
        Arguments.of(
            "{\"name\":\"A\",\"employees\":10,\"employes\":3}",
            "$.employes: unknown field 'employes' in an organization; allowed: formatVersion, modelVersion, name, employees, regulated, industry, sector, regions, declaredModel, "
                + "participationStance, businessUnits, evidence, factEvidence, notRecorded, outOfScope, coe, charter, crisisTeam, accounts"),
        Arguments.of(
            "{\"name\":\"A\",\"employees\":10,\"evidence\":[{\"practice\":\"LISTENING\",\"adoption\":\"HALFWAY\"}]}",
            "$.evidence[0].adoption: 'HALFWAY' is not a Adoption; allowed: NONE, SOME, HALF, MOST"),
        Arguments.of(
            "{\"name\":\"A\",\"name\":\"B\",\"employees\":10}", "$.name: duplicate field 'name'"),
        Arguments.of(
            "{\"name\":\"A\",\"employees\":0}",
            "$: invalid organization: Organization.employees must be at least 1, but was 0"),
        Arguments.of(
            "{\"name\":\"A\",\"employees\":10,\"accounts\":[{\"platform\":\"TWITTER\",\"handle\":\"a\",\"created\":\"2020-02-30\"}]}",
            "$.accounts[0].created: '2020-02-30' is not an ISO-8601 date such as 2026-06-30"),
        Arguments.of(
            "{\"name\":\"A\",\"employees\":10,\"evidence\":[{\"practice\":\"LISTENING\",\"adoption\":\"SOME\",\"basis\":\"INTERVIEW\"}]}",
            "$.evidence[0].basis: a basis needs a note: say what the evidence rests on in 'note'"),
        Arguments.of("[1,2]", "$: expected an organization (a JSON object), but found an array"),
        Arguments.of(
            "{\"name\":\"A\",\"employees\":99999999999999999999}",
            "$.employees: expected a whole number from -2147483648 to 2147483647, but found 99999999999999999999"),
        Arguments.of(
            "{\"name\":\"A\",\"employees\":10,\"accounts\":[{\"platform\":\"TWITTER\",\"handle\":\"a\",\"created\":\"2020-02-03\",\"audience\":1.5}]}",
            "$.accounts[0].audience: expected a whole number from -9223372036854775808 to 9223372036854775807, but found 1.5"),
        Arguments.of(
            "{\"name\":\"A\",\"employees\":10,\"regions\":[\"x\",",
            "$.regions[1]: malformed JSON: Unexpected end-of-input within/between Array entries"),
        Arguments.of(
            "{\"name\":\"A\",\"employees\":10,\"coe\":{\"sponsor\":\"Ann\",\"sponsor\":\"Bob\"}}",
            "$.coe.sponsor: duplicate field 'sponsor'"),
        Arguments.of(
            "{\"name\":\"A\",\"employees\":10,\"my field\":1}",
            "$['my field']: unknown field 'my field' in an organization; allowed: formatVersion, modelVersion, name, employees, regulated, industry, sector, "
                + "regions, declaredModel, participationStance, businessUnits, evidence, factEvidence, notRecorded, outOfScope, coe, charter, crisisTeam, accounts"),
        Arguments.of(
            "{\"name\":\"A\",\"employees\":10,\"regions\":[\"x\"",
            "$.regions: malformed JSON: Unexpected end-of-input: expected close marker for Array (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 38])"));
  }

  @ParameterizedTest
  @MethodSource("invalidOrganizations")
  void invalidOrganizations_failWithThePathAndTheRule(String json, String message) {
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class, () -> MAPPER.readValue(json, Organization.class));
    assertEquals(message, e.getOriginalMessage());
    assertEquals(message.substring(0, message.indexOf(':')), e.jsonPath());
  }

  @ParameterizedTest
  @MethodSource("invalidOrganizations")
  void invalidOrganizations_readFromBytes_failTheSame(String json, String message) {
    // jackson-core reads bytes with another parser than text
    ObjectMapper mapper = SocialBusinessJson.newMapper();
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class,
            () -> mapper.readValue(json.getBytes(StandardCharsets.UTF_8), Organization.class));
    assertEquals(message, e.getOriginalMessage());
  }

  @Test
  void valueInsideALargerDocument_isReportedAtItsPathInThatDocument() {
    TypeReference<Map<String, Organization>> byName = new TypeReference<>() {};
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class,
            () ->
                MAPPER.readValue(
                    "{\"acme\":{\"name\":\"A\",\"employees\":3},\"tiny\":{\"name\":\"T\"}}",
                    byName));
    assertEquals("$.tiny: missing required field 'employees'", e.getOriginalMessage());
    e =
        assertThrows(
            SocialBusinessJsonException.class,
            () ->
                MAPPER.readValue(
                    "{\"acme\":{\"name\":\"A\",\"employees\":3,\"employees\":4}}", byName));
    assertEquals("$.acme.employees: duplicate field 'employees'", e.getOriginalMessage());
  }

  @Test
  void newMapper_hasTheDocumentedLimitsAndDuplicateDetection() {
    ObjectMapper mapper = SocialBusinessJson.newMapper();
    StreamReadConstraints limits = mapper.getFactory().streamReadConstraints();
    assertEquals(32, limits.getMaxNestingDepth());
    assertEquals(10_000, limits.getMaxStringLength());
    assertEquals(10_000, limits.getMaxNameLength());
    assertEquals(1_000, limits.getMaxNumberLength());
    assertEquals(100_000_000L, limits.getMaxDocumentLength());
    assertEquals(true, mapper.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    assertSame(SocialBusinessModule.streamReadConstraints(), limits);
  }

  @Test
  void plainMapper_keepsItsOwnStreamLimits() throws IOException {
    String json = "{\"name\":\"A\",\"employees\":3,\"regions\":[\"" + "x".repeat(20_000) + "\"]}";
    assertEquals(Set.of("x".repeat(20_000)), MAPPER.readValue(json, Organization.class).regions());
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readOrganization(json));
    assertEquals(
        "$.regions[0]: a text of more than 10000 characters; at most 10000 are allowed",
        e.getOriginalMessage());
  }

  @Test
  void duplicateKeys_areRejectedWhereTheParserCannotDetectThem() {
    // tokens buffered by a caller carry no duplicate detection of their own
    TokenBuffer tokens = new TokenBuffer((ObjectCodec) null, false);
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class,
            () -> {
              tokens.writeStartObject();
              tokens.writeStringField("name", "A");
              tokens.writeStringField("name", "B");
              tokens.writeNumberField("employees", 3);
              tokens.writeEndObject();
              MAPPER.readValue(tokens.asParser(), Organization.class);
            });
    assertEquals("$.name: duplicate field 'name'", e.getOriginalMessage());
  }

  @Test
  void storedAssessment_isCheckedLikeABuiltOne() throws IOException {
    String json =
        MAPPER.writeValueAsString(
            Assessor.standard()
                .assess(SampleOrganizations.multinational(), SampleOrganizations.AS_OF));
    String broken = json.replaceFirst("\"mean\":[0-9.]+", "\"mean\":7.0");
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class, () -> MAPPER.readValue(broken, Assessment.class));
    assertEquals(
        "$.scores[0]: invalid dimension score: DimensionScore.mean must be between 0 and 1, but was 7.0",
        e.getOriginalMessage());
  }

  @Test
  void unknownCharterSection_isNamedWithTheAllowedOnes() {
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class,
            () ->
                SocialBusinessJson.readOrganization(
                    "{\"name\":\"A\",\"employees\":3,\"charter\":{\"versionDate\":\"2026-01-01\",\"sections\":{\"MISSION\":\"x\"}}}"));
    assertEquals(
        "$.charter.sections.MISSION: 'MISSION' is not a CharterElement; allowed: "
            + Arrays.stream(CharterElement.values())
                .map(Enum::name)
                .collect(Collectors.joining(", ")),
        e.getOriginalMessage());
  }

  @Test
  void brokenLibraryRule_isTheCause() {
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class,
            () ->
                SocialBusinessJson.readOrganization(
                    "{\"name\":\"A\",\"employees\":10,\"coe\":{\"members\":[{\"name\":\"Ann\",\"role\":\"SOCIAL_ANALYST\",\"fte\":1.5}]}}"));
    SocialBusinessException cause = assertInstanceOf(SocialBusinessException.class, e.getCause());
    assertEquals("$.coe.members[0]: invalid member: " + cause.getMessage(), e.getOriginalMessage());
  }

  @Test
  void emptyNullAndTrailingDocuments_areReportedAtTheRoot() {
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readOrganization(""));
    assertEquals("$", e.jsonPath());
    assertEquals(
        true,
        e.getOriginalMessage()
            .startsWith("$: not a single JSON value: No content to map due to end-of-input"),
        e.getOriginalMessage());
    e =
        assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readOrganization("null"));
    assertEquals("$: expected an object, but the document is null", e.getOriginalMessage());
    e =
        assertThrows(
            SocialBusinessJsonException.class,
            () -> SocialBusinessJson.readOrganization("{\"name\":\"A\",\"employees\":3} {"));
    assertEquals(
        true,
        e.getOriginalMessage()
            .startsWith(
                "$: not a single JSON value: Trailing token (of type START_OBJECT) found after value"),
        e.getOriginalMessage());
    e =
        assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readOrganization("]"));
    assertEquals(
        "$: malformed JSON: Unexpected close marker ']': no open Array to close",
        e.getOriginalMessage());
    e =
        assertThrows(
            SocialBusinessJsonException.class,
            () -> SocialBusinessJson.readOrganization("{\"name\":\"A\",\"employees\":3} ]"));
    assertEquals(
        "$: malformed JSON: Unexpected close marker ']': no open Array to close",
        e.getOriginalMessage());
    e =
        assertThrows(
            SocialBusinessJsonException.class,
            () -> SocialBusinessJson.readOrganization("9".repeat(1_001)));
    assertEquals(
        "$: a number of more than 1000 characters; at most 1000 are allowed",
        e.getOriginalMessage());
  }

  @Test
  void files_roundTrip(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("globex.json");
    SocialBusinessJson.write(SampleOrganizations.multinational(), file);
    assertEquals(SampleOrganizations.multinational(), SocialBusinessJson.readOrganization(file));
    assertEquals(
        true,
        Files.readString(file)
            .startsWith(
                "{\n  \"formatVersion\" : 7,\n  \"modelVersion\" : 6,\n  \"name\" : \"Globex Industries\",\n  \"employees\" : 120000,"));
    Assessment a =
        Assessor.standard().assess(SampleOrganizations.listeningPilot(), SampleOrganizations.AS_OF);
    assertEquals(a, SocialBusinessJson.readAssessment(SocialBusinessJson.write(a)));
    Path assessment = dir.resolve("harbor.json");
    SocialBusinessJson.write(a, assessment);
    assertEquals(a, SocialBusinessJson.readAssessment(assessment));
  }

  @Test
  void missingFiles_areTheJdksNoSuchFileException(@TempDir Path dir) {
    Path nope = dir.resolve("nope.json");
    assertEquals(
        nope.toString(),
        assertThrows(NoSuchFileException.class, () -> SocialBusinessJson.readAssessment(nope))
            .getFile());
    assertEquals(
        nope.toString(),
        assertThrows(NoSuchFileException.class, () -> SocialBusinessJson.readOrganization(nope))
            .getFile());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE"})
  void files_withAByteOrderMarkOrComments_areRead(String encoding, @TempDir Path dir)
      throws IOException {
    // as Windows Notepad saves them: a byte-order mark first; a template explains itself in
    // comments
    Path file = dir.resolve("acme.json");
    Files.write(
        file,
        ("\uFEFF// the client\n{\"name\": \"Caf\u00e9 Bleu\", /* people */ \"employees\": 12}")
            .getBytes(Charset.forName(encoding)));
    Organization o = SocialBusinessJson.readOrganization(file);
    assertEquals("Caf\u00e9 Bleu", o.name());
    assertEquals(12, o.employees());
  }

  @Test
  void badFiles_areNamedInTheMessage(@TempDir Path dir) throws IOException {
    Assessment a =
        Assessor.standard().assess(SampleOrganizations.listeningPilot(), SampleOrganizations.AS_OF);
    Path assessment = dir.resolve("harbor.json");
    Files.writeString(
        assessment,
        SocialBusinessJson.write(a)
            .replace("\"asOf\" : \"2026-06-30\"", "\"asOf\" : \"2026-06-31\""));
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readAssessment(assessment));
    assertEquals(
        "$.asOf: '2026-06-31' is not an ISO-8601 date such as 2026-06-30", e.getOriginalMessage());
    assertEquals(Optional.of(assessment), e.file());
    assertEquals(e.getOriginalMessage() + " (in " + assessment + ")", firstLine(e));

    Path organization = dir.resolve("acme.json");
    Files.writeString(organization, "{\"name\":\"A\",\"employees\":0}");
    e =
        assertThrows(
            SocialBusinessJsonException.class,
            () -> SocialBusinessJson.readOrganization(organization));
    assertEquals(
        "$: invalid organization: Organization.employees must be at least 1, but was 0 (in "
            + organization
            + ")",
        firstLine(e));

    Path latin1 = dir.resolve("latin1.json");
    Files.write(
        latin1, "{\"name\":\"Caf\u00e9\",\"employees\":3}".getBytes(StandardCharsets.ISO_8859_1));
    e =
        assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readOrganization(latin1));
    assertEquals(
        "$: not UTF-8 text: line 1 has the byte 0xE9, which UTF-8 does not allow there (the file"
            + " looks saved as Latin-1 or Windows-1252); save it as UTF-8, such as \"CSV UTF-8\" in"
            + " Excel or the encoding UTF-8 in your editor's Save As",
        e.getOriginalMessage());
    assertEquals(Optional.of(latin1), e.file());
  }

  private static String firstLine(Exception e) {
    return String.valueOf(e.getMessage()).lines().findFirst().orElseThrow();
  }

  @Test
  void documentsReadFromText_nameNoFile() {
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class,
            () -> SocialBusinessJson.readOrganization("{\"name\":\"A\",\"employees\":0}"));
    assertEquals(Optional.empty(), e.file());
    assertEquals(e.getOriginalMessage(), firstLine(e));
  }
}
