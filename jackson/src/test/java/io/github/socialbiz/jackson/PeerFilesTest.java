package io.github.socialbiz.jackson;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.peers.Quarter;
import io.github.socialbiz.peers.Span;
import io.github.socialbiz.peers.Staffing;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.profile.Sector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Peer files: JSON Lines, one anonymous peer per line, every problem at its line. */
final class PeerFilesTest {

  private static Peer peer() {
    Peer.Builder b =
        Peer.builder()
            .assessed(new Quarter(2026, 2))
            .modelVersion(5)
            .sizeBand(SizeBand.FROM_1_000_TO_4_999)
            .sector(Sector.FINANCE_AND_INSURANCE)
            .addRegions("North America")
            .regulated(true)
            .businessUnits(2)
            .stage(Stage.PRESENCE)
            .possibleStage(Stage.FORMALIZED)
            .overall(new Span(0.25, 0.5))
            .completeness(0.5)
            .coe(
                new Staffing(
                    ImmutableMap.of(Role.COMMUNITY_MANAGER, 2),
                    ImmutableMap.of(Role.COMMUNITY_MANAGER, 1.5)))
            .accounts(4)
            .idleShare(0.25);
    for (Dimension d : Dimension.values()) {
      b.putScore(d, Span.of(0.5));
    }
    return b.build();
  }

  private static final String LINE =
      "{\"formatVersion\":7,\"modelVersion\":5,\"assessed\":\"2026-Q2\",\"sizeBand\":\"FROM_1_000_TO_4_999\","
          + "\"sector\":\"FINANCE_AND_INSURANCE\",\"regions\":[\"North America\"],\"regulated\":true,"
          + "\"businessUnits\":2,\"stage\":\"PRESENCE\",\"possibleStage\":\"FORMALIZED\",\"scores\":{"
          + "\"STRATEGY\":{\"low\":0.5,\"high\":0.5},\"GOVERNANCE\":{\"low\":0.5,\"high\":0.5},"
          + "\"ORGANIZATION\":{\"low\":0.5,\"high\":0.5},\"PROCESS\":{\"low\":0.5,\"high\":0.5},"
          + "\"EDUCATION\":{\"low\":0.5,\"high\":0.5},\"ENGAGEMENT\":{\"low\":0.5,\"high\":0.5},"
          + "\"MEASUREMENT\":{\"low\":0.5,\"high\":0.5}},\"overall\":{\"low\":0.25,\"high\":0.5},"
          + "\"completeness\":0.5,\"coe\":{\"headcount\":{\"COMMUNITY_MANAGER\":2},\"fte\":"
          + "{\"COMMUNITY_MANAGER\":1.5}},\"accounts\":4,\"idleShare\":0.25}";

  @Test
  void regulated_beforeFormat6_falseIsNotStated() throws IOException {
    String stated = LINE.replace("\"regulated\":true", "\"regulated\":false");
    assertEquals(Optional.of(false), SocialBusinessJson.readPeers(stated).get(0).regulated());
    String older = stated.replace("\"formatVersion\":7", "\"formatVersion\":5");
    assertEquals(Optional.empty(), SocialBusinessJson.readPeers(older).get(0).regulated());
    assertEquals(
        Optional.of(true),
        SocialBusinessJson.readPeers(LINE.replace("\"formatVersion\":7", "\"formatVersion\":5"))
            .get(0)
            .regulated());
    String unstated = LINE.replace("\"regulated\":true,", "");
    assertEquals(Optional.empty(), SocialBusinessJson.readPeers(unstated).get(0).regulated());
    // written only when stated
    assertEquals(
        unstated + "\n", SocialBusinessJson.writePeers(SocialBusinessJson.readPeers(unstated)));
  }

  @Test
  void aPeerIsOneLine_andReadsBackEqual() throws IOException {
    String file = SocialBusinessJson.writePeers(List.of(peer(), peer()));
    assertEquals(LINE + "\n" + LINE + "\n", file);
    assertEquals(List.of(peer(), peer()), SocialBusinessJson.readPeers(file));
    // the last line may end without a line feed, and a line with \r\n
    assertEquals(List.of(peer(), peer()), SocialBusinessJson.readPeers(LINE + "\r\n" + LINE));
    assertEquals(List.of(), SocialBusinessJson.readPeers(""));
  }

  @Test
  void files_roundTrip_andPoolByConcatenation(@TempDir Path dir) throws IOException {
    Path ours = dir.resolve("ours.jsonl");
    Path theirs = dir.resolve("theirs.jsonl");
    SocialBusinessJson.writePeers(List.of(peer()), ours);
    SocialBusinessJson.writePeers(List.of(peer(), peer()), theirs);
    Path pooled = dir.resolve("pooled.jsonl");
    Files.writeString(
        pooled, Files.readString(ours) + Files.readString(theirs), StandardCharsets.UTF_8);
    assertEquals(3, SocialBusinessJson.readPeers(pooled).size());
  }

  private static SocialBusinessJsonException refused(String text) {
    return assertThrows(
        SocialBusinessJsonException.class, () -> SocialBusinessJson.readPeers(text));
  }

  @Test
  void everyProblem_namesItsLineAndPath() {
    SocialBusinessJsonException wrongType =
        refused(
            LINE + "\n" + LINE.replace("\"sizeBand\":\"FROM_1_000_TO_4_999\"", "\"sizeBand\":5"));
    assertEquals(
        "line 2, $.sizeBand: expected a text, but found 5", wrongType.getOriginalMessage());
    assertEquals(2, wrongType.line().getAsInt());
    assertEquals("$.sizeBand", wrongType.jsonPath());
    assertEquals(
        "line 1, $.name: unknown field 'name' in a peer; allowed: formatVersion, modelVersion, assessed,"
            + " sizeBand, sector, regions, regulated, businessUnits, stage, possibleStage, level,"
            + " possibleLevel, scores, overall, completeness, coe, accounts, idleShare",
        refused(
                LINE.replace(
                    "{\"formatVersion\":7,", "{\"name\":\"Acme Bank\",\"formatVersion\":7,"))
            .getOriginalMessage());
    assertEquals(
        "line 1, $.modelVersion: the document was written with model version 7, newer than this"
            + " library's 6 (it reads 1 to 6); read it with a newer socialbiz",
        refused(LINE.replace("\"modelVersion\":5", "\"modelVersion\":7")).getOriginalMessage());
    assertEquals(
        "line 2, $: a blank line; a peer file holds one peer on every line",
        refused(LINE + "\n\n" + LINE).getOriginalMessage());
    assertEquals(
        "line 1, $: a line of more than 100000 characters; a peer needs under 2000 and at most 100000"
            + " are allowed",
        refused(" ".repeat(100_001)).getOriginalMessage());
    assertEquals(
        "line 1, $.assessed: invalid quarter: A quarter is a year, '-Q' and 1 to 4, such as 2026-Q2,"
            + " but was '2026-06-30'",
        refused(LINE.replace("2026-Q2", "2026-06-30")).getOriginalMessage());
    assertEquals(
        "line 1, $: invalid peer: Peer.accounts and idleShare must be both given or both absent, but"
            + " were Optional[4] and Optional.empty",
        refused(LINE.replace(",\"idleShare\":0.25", "")).getOriginalMessage());
    assertEquals(
        "line 1, $.sector: 'BANKING' is not a Sector; allowed: AGRICULTURE, MINING, UTILITIES,"
            + " CONSTRUCTION, MANUFACTURING, WHOLESALE_TRADE, RETAIL_TRADE, TRANSPORTATION, INFORMATION,"
            + " FINANCE_AND_INSURANCE, REAL_ESTATE, PROFESSIONAL_SERVICES, MANAGEMENT_OF_COMPANIES,"
            + " ADMINISTRATIVE_SERVICES, EDUCATION, HEALTH_CARE, ARTS_AND_RECREATION,"
            + " ACCOMMODATION_AND_FOOD, OTHER_SERVICES, PUBLIC_ADMINISTRATION",
        refused(LINE.replace("FINANCE_AND_INSURANCE", "BANKING")).getOriginalMessage());
    assertEquals(
        "line 1, $: malformed JSON: Unexpected end-of-input in field name",
        refused(LINE.substring(0, 40)).getOriginalMessage().replaceAll(" \\(start marker.*", ""));
  }

  @Test
  void aLineIsMeasuredWithoutItsEnd_andAnEmptyFirstLineIsBlank() throws IOException {
    // a line of exactly the most characters allowed, ended by \r\n, then a second line
    String longest =
        LINE.substring(0, LINE.length() - 1) + " ".repeat(100_000 - LINE.length()) + "}";
    assertEquals(100_000, longest.length());
    assertEquals(
        List.of(peer(), peer()), SocialBusinessJson.readPeers(longest + "\r\n" + LINE + "\n"));
    assertEquals(
        List.of(peer(), peer()), SocialBusinessJson.readPeers(LINE + "\n" + longest + "\n"));
    assertEquals(
        "line 2, $: a line of more than 100000 characters; a peer needs under 2000 and at most 100000"
            + " are allowed",
        refused(LINE + "\n" + longest + " \n").getOriginalMessage());
    assertEquals(
        "line 1, $: a blank line; a peer file holds one peer on every line",
        refused("\n" + LINE).getOriginalMessage());
    assertEquals(
        "line 1, $: a blank line; a peer file holds one peer on every line",
        refused("\n").getOriginalMessage());
  }

  @Test
  void numbersAndNulls_readAsTheirTypesAllow() throws IOException {
    // whole numbers: the int range is read, and a library rule refuses what it must
    Peer most =
        SocialBusinessJson.readPeers(LINE.replace("\"accounts\":4", "\"accounts\":2147483647"))
            .get(0);
    assertEquals(2_147_483_647, most.accounts().orElseThrow());
    assertEquals(
        "line 1, $.accounts: expected a whole number from -2147483648 to 2147483647, but found"
            + " 2147483648",
        refused(LINE.replace("\"accounts\":4", "\"accounts\":2147483648")).getOriginalMessage());
    assertEquals(
        "line 1, $: invalid peer: Peer.accounts must be at least 1 when given, but was -2147483648",
        refused(LINE.replace("\"accounts\":4", "\"accounts\":-2147483648")).getOriginalMessage());
    // a number may be written whole
    assertEquals(
        1.0,
        SocialBusinessJson.readPeers(LINE.replace("\"completeness\":0.5", "\"completeness\":1"))
            .get(0)
            .completeness());
    // an optional field given null is absent
    assertEquals(
        Optional.empty(),
        SocialBusinessJson.readPeers(
                LINE.replace("\"sector\":\"FINANCE_AND_INSURANCE\"", "\"sector\":null"))
            .get(0)
            .sector());
    // a map by enum constant is an object
    assertEquals(
        "line 1, $.scores: expected an object, but found an array",
        refused(LINE.replaceAll("\"scores\":\\{.*?\\}\\}", "\"scores\":[]")).getOriginalMessage());
  }

  @Test
  void withAPlainMapper_duplicatesAreRefusedInsideAPeer_andTheCallersParserIsLeftAsItWas()
      throws IOException {
    ObjectMapper plain = new ObjectMapper().registerModule(new SocialBusinessModule());
    // inside a peer, a key of an enum map given twice is refused, though this mapper detects none
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class,
            () ->
                plain.readValue(
                    LINE.replace(
                        "\"scores\":{", "\"scores\":{\"STRATEGY\":{\"low\":0,\"high\":0},"),
                    Peer.class));
    assertEquals("$.scores.STRATEGY: duplicate field 'STRATEGY'", e.getOriginalMessage());
    // around the peers, the mapper's own rule holds again: the later key wins
    Map<String, Peer> byName =
        plain.readValue(
            "{\"a\":" + LINE + ",\"a\":" + LINE.replace("\"accounts\":4", "\"accounts\":5") + "}",
            new TypeReference<Map<String, Peer>>() {});
    assertEquals(Optional.of(5), requireNonNull(byName.get("a")).accounts());
  }

  @Test
  void theLineIsOnlyAPeerFilesAndTheCauseIsKept() {
    SocialBusinessJsonException json =
        assertThrows(
            SocialBusinessJsonException.class,
            () -> SocialBusinessJson.readOrganization("{\"name\":\"A\",\"employees\":0}"));
    assertEquals("OptionalInt.empty", json.line().toString());
    SocialBusinessJsonException rule = refused(LINE.replace(",\"idleShare\":0.25", ""));
    assertEquals(
        "Peer.accounts and idleShare must be both given or both absent, but were Optional[4] and"
            + " Optional.empty",
        String.valueOf(requireNonNull(rule.getCause()).getMessage()));
    SocialBusinessJsonException malformed = refused("{");
    assertEquals(
        "com.fasterxml.jackson.core.io.JsonEOFException",
        requireNonNull(malformed.getCause()).getClass().getName());
    assertEquals("$", malformed.jsonPath());
  }

  @Test
  void aFileNamesItselfInTheMessage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("peers.jsonl");
    Files.writeString(file, LINE + "\n" + "{}\n", StandardCharsets.UTF_8);
    SocialBusinessJsonException e =
        assertThrows(SocialBusinessJsonException.class, () -> SocialBusinessJson.readPeers(file));
    assertEquals("line 2, $: missing required field 'assessed'", e.getOriginalMessage());
    assertEquals(file, e.file().orElseThrow());
  }
}
