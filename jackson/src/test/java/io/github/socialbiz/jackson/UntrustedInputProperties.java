package io.github.socialbiz.jackson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.responses.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Every input format a stranger can send, damaged at random ten thousand times per run: each document is
 * read or refused with the documented exception and its place (a JSON path from {@code $}, after the
 * line of a peer file, or a CSV row and column), and nothing else. The counts of each run are written to {@code
 * target/untrusted-inputs.txt}, which {@code .ci/run} prints.
 */
final class UntrustedInputProperties {

  static final int TRIES = 10_000;
  private static final List<String> ORGANIZATIONS =
      SampleOrganizations.all().stream().map(SocialBusinessJson::write).toList();
  private static final List<String> ASSESSMENTS =
      List.of(
          SocialBusinessJson.write(
              Assessor.standard()
                  .assess(SampleOrganizations.listeningPilot(), SampleOrganizations.AS_OF)),
          SocialBusinessJson.write(
              Assessor.standard()
                  .assess(
                      SampleOrganizations.presenceWithoutResponse(), SampleOrganizations.AS_OF)));
  private static final List<String> QUESTIONNAIRES =
      List.of(SocialBusinessJson.write(ResponsesFixtures.SMALL));
  private static final List<Response> TWO = List.of(ResponsesFixtures.ANA, ResponsesFixtures.LI);
  private static final List<String> RESPONSES_JSON = List.of(SocialBusinessJson.write(TWO));
  private static final List<String> RESPONSES_CSV =
      List.of(SocialBusinessCsv.write(TWO, ResponsesFixtures.SMALL));

  private static final List<String> PEER_FILES =
      List.of(
          SocialBusinessJson.writePeers(
              SampleOrganizations.all().stream()
                  .map(o -> Peer.of(Assessor.standard().assess(o, SampleOrganizations.AS_OF)))
                  .toList()));

  private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

  /** Texts that break JSON or CSV in the places they land. */
  private static final List<String> JUNK =
      List.of(
          "{",
          "}",
          "[",
          "]",
          "\"",
          ",",
          ":",
          "null",
          "-1e999",
          "1e-999",
          "\\",
          "\\u",
          "\u0000",
          "\ud800",
          "\uffff",
          "\n",
          "\r",
          "\t",
          "'",
          "=1+1",
          "NaN",
          "[[[[[[[[",
          "}}}}",
          "\"\":",
          "99999999999999999999",
          "true",
          "\uFEFF",
          "\u202E");

  /** One damage to a text: a character changed, a run removed or repeated, junk put in, or the end cut. */
  record Damage(String kind, int at, int length, String junk) {
    String applyTo(String text) {
      int from = Math.floorMod(at, text.length() + 1);
      int to = Math.min(text.length(), from + length);
      return switch (kind) {
        case "change" ->
            text.substring(0, from) + junk + (to < text.length() ? text.substring(to) : "");
        case "remove" -> text.substring(0, from) + text.substring(to);
        case "repeat" -> text.substring(0, to) + text.substring(from, to) + text.substring(to);
        case "insert" -> text.substring(0, from) + junk + text.substring(from);
        default -> text.substring(0, from);
      };
    }
  }

  /** A document of a format, and how it is damaged. */
  record Case(String document, List<Damage> damages) {
    String damaged() {
      String d = document;
      for (Damage damage : damages) {
        d = damage.applyTo(d);
      }
      return d;
    }
  }

  private static Arbitrary<Case> cases(List<String> documents) {
    Arbitrary<Damage> damage =
        Combinators.combine(
                Arbitraries.of("change", "remove", "repeat", "insert", "cut"),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(1, 40),
                Arbitraries.of(JUNK))
            .as(Damage::new);
    return Combinators.combine(Arbitraries.of(documents), damage.list().ofMinSize(1).ofMaxSize(3))
        .as(Case::new);
  }

  @Provide
  Arbitrary<Case> organizations() {
    return cases(ORGANIZATIONS);
  }

  @Provide
  Arbitrary<Case> assessments() {
    return cases(ASSESSMENTS);
  }

  @Provide
  Arbitrary<Case> questionnaires() {
    return cases(QUESTIONNAIRES);
  }

  @Provide
  Arbitrary<Case> responsesJson() {
    return cases(RESPONSES_JSON);
  }

  @Provide
  Arbitrary<Case> responsesCsv() {
    return cases(RESPONSES_CSV);
  }

  @Provide
  Arbitrary<Case> peerFiles() {
    return cases(PEER_FILES);
  }

  @Property(tries = TRIES)
  void organizationJson(@ForAll("organizations") Case c) {
    json("organization JSON", c, SocialBusinessJson::readOrganization);
  }

  @Property(tries = TRIES)
  void assessmentJson(@ForAll("assessments") Case c) {
    json("assessment JSON", c, SocialBusinessJson::readAssessment);
  }

  @Property(tries = TRIES)
  void questionnaireJson(@ForAll("questionnaires") Case c) {
    json("questionnaire JSON", c, SocialBusinessJson::readQuestionnaire);
  }

  @Property(tries = TRIES)
  void responsesAsJson(@ForAll("responsesJson") Case c) {
    json("responses as JSON", c, d -> SocialBusinessJson.readResponses(d, ResponsesFixtures.SMALL));
  }

  @Property(tries = TRIES)
  void responsesAsCsv(@ForAll("responsesCsv") Case c) {
    String damaged = c.damaged();
    try {
      List<Response> read = SocialBusinessCsv.readResponses(damaged, ResponsesFixtures.SMALL);
      read.forEach(r -> r.validate(ResponsesFixtures.SMALL));
      count("responses as CSV", "read");
    } catch (SocialBusinessCsvException e) {
      String where = "row " + e.row() + e.column().map(col -> ", column " + col).orElse("") + ": ";
      assertTrue(e.row() >= 1, e::getMessage);
      assertTrue(e.getOriginalMessage().startsWith(where), e::getMessage);
      count("responses as CSV", "refused");
    }
  }

  @Property(tries = TRIES)
  void peerFile(@ForAll("peerFiles") Case c) {
    String damaged = c.damaged();
    try {
      SocialBusinessJson.readPeers(damaged);
      count("peer file (JSON Lines)", "read");
    } catch (SocialBusinessJsonException e) {
      int line = e.line().orElseThrow(() -> new AssertionError("no line: " + e.getMessage()));
      assertTrue(line >= 1, e::getOriginalMessage);
      assertTrue(e.jsonPath().startsWith("$"), e::getOriginalMessage);
      assertTrue(
          e.getOriginalMessage().startsWith("line " + line + ", " + e.jsonPath() + ": "),
          e::getOriginalMessage);
      count("peer file (JSON Lines)", "refused");
    }
  }

  /** A damaged document of one JSON format: read, or refused at a path. */
  private static void json(String format, Case c, Reader read) {
    String damaged = c.damaged();
    try {
      read.read(damaged);
      count(format, "read");
    } catch (SocialBusinessJsonException e) {
      assertTrue(e.jsonPath().startsWith("$"), e::getOriginalMessage);
      assertTrue(e.getOriginalMessage().startsWith(e.jsonPath() + ": "), e::getOriginalMessage);
      count(format, "refused");
    }
  }

  /** A reader of one format, which may throw only its documented exception. */
  @FunctionalInterface
  interface Reader {
    Object read(String document) throws SocialBusinessJsonException;
  }

  private static void count(String format, String outcome) {
    COUNTS.computeIfAbsent(format + "\t" + outcome, k -> new AtomicInteger()).incrementAndGet();
  }

  @AfterContainer
  static void writeCounts() throws IOException {
    Map<String, Integer> tries = new TreeMap<>();
    Map<String, Integer> refused = new TreeMap<>();
    COUNTS.forEach(
        (k, n) -> {
          String format = k.substring(0, k.indexOf('\t'));
          tries.merge(format, n.get(), Integer::sum);
          if (k.endsWith("\trefused")) {
            refused.merge(format, n.get(), Integer::sum);
          }
        });
    StringBuilder out = new StringBuilder();
    tries.forEach(
        (format, n) ->
            out.append(
                String.format(
                    "%-22s %,7d tries, %,7d refused with their place, %,6d read%n",
                    format,
                    n,
                    refused.getOrDefault(format, 0),
                    n - refused.getOrDefault(format, 0))));
    Path file = Path.of("target", "untrusted-inputs.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        out.toString(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }
}
