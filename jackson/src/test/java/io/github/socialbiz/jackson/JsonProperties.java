package io.github.socialbiz.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.testing.SocialBusinessDomain;
import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * Round trips over arbitrary organizations and assessments, and malformed or hostile documents: every
 * case ends in a {@link SocialBusinessJsonException} naming a JSON path, within a time bound.
 */
@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
final class JsonProperties {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new SocialBusinessModule());
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final String GLOBEX = write(SampleOrganizations.multinational());

  private static String write(Object o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Property(tries = 300)
  void organizations_roundTrip(@ForAll Organization o) throws Exception {
    String json = MAPPER.writeValueAsString(o);
    Organization back = MAPPER.readValue(json, Organization.class);
    assertEquals(o, back);
    assertEquals(json, MAPPER.writeValueAsString(back));
  }

  @Property(tries = 100)
  void assessments_roundTrip(@ForAll Organization o) throws Exception {
    Assessment a = Assessor.standard().assess(o, LocalDate.of(2026, 6, 30));
    assertEquals(a, MAPPER.readValue(MAPPER.writeValueAsString(a), Assessment.class));
  }

  @Property(tries = 100)
  void organizationsWithFactEvidence_roundTrip_andSoDoTheirAssessments(
      @ForAll Organization o, @ForAll("statements") List<FactEvidence> statements)
      throws Exception {
    Organization stated = o.withFactEvidence(statements);
    String json = MAPPER.writeValueAsString(stated);
    assertEquals(stated, MAPPER.readValue(json, Organization.class));
    Assessment a = Assessor.standard().assess(stated, LocalDate.of(2026, 6, 30));
    String assessment = MAPPER.writeValueAsString(a);
    Assessment back = MAPPER.readValue(assessment, Assessment.class);
    assertEquals(a, back);
    assertEquals(a.unverified(), back.unverified());
    assertEquals(assessment, MAPPER.writeValueAsString(back));
  }

  /** At most one statement per fact, each yes, no or unknown, with or without a note. */
  @Provide
  Arbitrary<List<FactEvidence>> statements() {
    Arbitrary<Optional<String>> notes =
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).optional(0.5);
    return Arbitraries.subsetOf(Fact.values())
        .flatMap(
            facts ->
                Combinators.combine(
                        Arbitraries.of(Truth.class).list().ofSize(facts.size()),
                        notes.list().ofSize(facts.size()),
                        Arbitraries.of(Basis.class).list().ofSize(facts.size()))
                    .as(
                        (truths, ns, bases) -> {
                          List<FactEvidence> out = new ArrayList<>();
                          int i = 0;
                          for (Fact f : facts) {
                            Optional<String> note = ns.get(i);
                            out.add(
                                note.isPresent()
                                    ? FactEvidence.of(f, truths.get(i), note.get(), bases.get(i))
                                    : FactEvidence.of(f, truths.get(i)));
                            i++;
                          }
                          return out;
                        }));
  }

  @Property(tries = 200)
  void truncatedDocuments_failWithAPath(@ForAll @IntRange(min = 0, max = 100_000) int cut) {
    String prefix = GLOBEX.substring(0, cut % GLOBEX.length());
    expectFailure(prefix);
  }

  @Property(tries = 200)
  void wrongTypes_failAtTheValue(
      @ForAll("stringValues") int which, @ForAll("replacements") String replacement) {
    Matcher m =
        Pattern.compile("\"(platform|handle|created|practice|adoption|role|name)\":(\"[^\"]*\")")
            .matcher(GLOBEX);
    List<MatchResult> values = m.results().collect(Collectors.toList());
    Assume.that(which < values.size());
    MatchResult value = values.get(which);
    String json =
        GLOBEX.substring(0, value.start(2)) + replacement + GLOBEX.substring(value.end(2));
    SocialBusinessJsonException e = expectFailure(json);
    // a wrong type is reported at the value; null counts as missing and "" breaks a rule, both
    // reported
    // at the enclosing object with the field named
    assertTrue(
        e.jsonPath().endsWith("." + value.group(1))
            || e.getOriginalMessage().contains(value.group(1)),
        e::getOriginalMessage);
  }

  @Property(tries = 100)
  void unknownEnumNames_listWhatIsAllowed(@ForAll("names") String bogus) {
    String json = GLOBEX.replaceFirst("\"adoption\":\"MOST\"", "\"adoption\":\"" + bogus + "\"");
    SocialBusinessJsonException e = expectFailure(json);
    assertEquals(
        "$.businessUnits[0].overrides[0].adoption: '"
            + bogus
            + "' is not a Adoption; allowed: NONE, SOME, HALF, MOST",
        e.getOriginalMessage());
  }

  @Property(tries = 100)
  void missingRequiredFields_areNamed(@ForAll("required") String field) {
    String json = GLOBEX.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[0-9.]+),", "");
    SocialBusinessJsonException e = expectFailure(json);
    assertTrue(
        e.getOriginalMessage().endsWith("missing required field '" + field + "'"),
        e::getOriginalMessage);
  }

  @Property(tries = 50)
  void duplicateKeys_areRejected(@ForAll("required") String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(\"[^\"]*\"|[0-9.]+),").matcher(GLOBEX);
    assertTrue(m.find());
    String json = GLOBEX.substring(0, m.end()) + m.group() + GLOBEX.substring(m.end());
    SocialBusinessJsonException e = expectFailure(json);
    assertTrue(
        e.getOriginalMessage().endsWith("duplicate field '" + field + "'"), e::getOriginalMessage);
  }

  /** A token over one of the reader's limits, and the message that names the limit. */
  record OverLimit(String json, String message) {}

  @Property(tries = 30)
  void overLongTokens_areRejectedWithTheLimit(@ForAll("overLimit") OverLimit c) {
    assertEquals(c.message(), expectFailure(c.json()).getOriginalMessage());
  }

  @Provide
  Arbitrary<OverLimit> overLimit() {
    return Arbitraries.oneOf(
        Arbitraries.integers()
            .between(10_001, 3_000_000)
            .map(
                n ->
                    new OverLimit(
                        "{\"name\":\"" + "x".repeat(n) + "\",\"employees\":3}",
                        "$.name: a text of more than 10000 characters; at most 10000 are allowed")),
        Arbitraries.integers()
            .between(10_001, 1_000_000)
            .map(
                n ->
                    new OverLimit(
                        "{\"name\":\"A\",\"" + "n".repeat(n) + "\":3}",
                        "$: a field name of more than 10000 characters; at most 10000 are allowed")),
        Arbitraries.integers()
            .between(1_001, 1_000_000)
            .map(
                n ->
                    new OverLimit(
                        "{\"name\":\"A\",\"employees\":" + "9".repeat(n) + "}",
                        "$.employees: a number of more than 1000 characters; at most 1000 are allowed")));
  }

  @Property(tries = 10)
  void veryDeepNesting_isRejectedAtTheFirstLevelTooMany(
      @ForAll @IntRange(min = 33, max = 200_000) int depth) {
    // the reader descends only into what the shape allows: a list of texts holds no arrays
    String json =
        "{\"name\":\"A\",\"employees\":3,\"regions\":"
            + "[".repeat(depth)
            + "]".repeat(depth)
            + "}";
    assertEquals(
        "$.regions[0]: expected a text, but found an array",
        expectFailure(json).getOriginalMessage());
  }

  @Property(tries = 10)
  void veryDeepNesting_inAValueReadLater_stopsAtTheLimit(
      @ForAll @IntRange(min = 33, max = 200_000) int depth) {
    // without a formatVersion before it, the roadmap is copied (by jackson-core, within its limits)
    // and read
    // once the document's format is known; 32 levels are the document, the roadmap and 30 arrays in
    // it
    String json = "{\"roadmap\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    SocialBusinessJsonException e =
        assertTimeoutPreemptively(
            BOUND,
            () ->
                assertThrows(
                    SocialBusinessJsonException.class,
                    () -> SocialBusinessJson.readAssessment(json)));
    assertEquals(
        "$.roadmap" + "[0]".repeat(31) + ": nesting deeper than 32 levels", e.getOriginalMessage());
  }

  @Property(tries = 3, generation = GenerationMode.EXHAUSTIVE)
  void endlessDocuments_stopAtTheLengthLimit(@ForAll("endlessStarts") String start) {
    int at = start.indexOf(" at ");
    SocialBusinessJsonException e =
        assertTimeoutPreemptively(
            BOUND,
            () ->
                assertThrows(
                    SocialBusinessJsonException.class,
                    () ->
                        SocialBusinessJson.newMapper()
                            .readValue(endless(start.substring(0, at)), Organization.class)));
    assertEquals(
        start.substring(at + " at ".length())
            + ": a document of more than 100000000 characters or bytes; at most 100000000 are allowed",
        e.getOriginalMessage());
  }

  /** A document that begins with {@code prefix} and goes on with blanks without end. */
  private static Reader endless(String prefix) {
    return new Reader() {
      private long at;

      @Override
      public int read(char[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++, at++) {
          buffer[offset + i] = at < prefix.length() ? prefix.charAt((int) at) : ' ';
        }
        return length;
      }

      @Override
      public void close() {}
    };
  }

  @Property(tries = 300)
  void arbitraryText_endsInTheDocumentedException(@ForAll("junk") String junk) {
    assertTrue(expectFailure(junk).jsonPath().startsWith("$"));
    // through a plain ObjectMapper no other exception type escapes: Jackson's conventions apply
    // before the
    // module is called (a document "null" reads as null, trailing tokens are ignored unless
    // configured)
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            MAPPER.readValue(junk, Organization.class);
          } catch (JsonProcessingException expected) {
            assertTrue(expected.getMessage() != null);
          }
        });
  }

  private static SocialBusinessJsonException expectFailure(String json) {
    return assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThrows(
                SocialBusinessJsonException.class,
                () -> SocialBusinessJson.readOrganization(json)));
  }

  @Provide
  Arbitrary<Integer> stringValues() {
    return Arbitraries.integers().between(0, 400);
  }

  @Provide
  Arbitrary<String> endlessStarts() {
    // where the blanks begin, and the path of the value being read when the limit is reached
    return Arbitraries.of(
        "{ at $",
        "{\"name\": at $.name",
        "{\"name\":\"A\",\"employees\":3,\"regions\":[ at $.regions");
  }

  @Provide
  Arbitrary<String> replacements() {
    return Arbitraries.of("1", "true", "[]", "{}", "null", "-3.5", "\"\"");
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .withCharRange('A', 'Z')
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> !s.matches("NONE|SOME|HALF|MOST"));
  }

  @Provide
  Arbitrary<String> required() {
    return Arbitraries.of(
        "name", "employees", "handle", "platform", "created", "practice", "adoption", "role");
  }

  @Provide
  Arbitrary<String> junk() {
    Arbitrary<String> tokens =
        Arbitraries.of(
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"name\"",
            "\"employees\"",
            "\"x\"",
            "1",
            "-0.5e9",
            "null",
            "true",
            "\"accounts\"",
            "\"coe\"",
            "\"\\u0000\"",
            " ",
            "\"\\",
            "99999999999999999999999");
    return tokens.list().ofMaxSize(40).map(l -> String.join("", l));
  }
}
