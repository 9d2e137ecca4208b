package io.github.socialbiz.jackson;

import static io.github.socialbiz.jackson.JsonTypes.BOOLEAN;
import static io.github.socialbiz.jackson.JsonTypes.INT;
import static io.github.socialbiz.jackson.JsonTypes.NUMBER;
import static io.github.socialbiz.jackson.JsonTypes.TEXT;
import static io.github.socialbiz.jackson.JsonTypes.enumType;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.peers.Quarter;
import io.github.socialbiz.peers.Span;
import io.github.socialbiz.peers.Staffing;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.profile.Sector;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a {@link Peer}, one line of a peer file; see {@code docs/peers.md}. A peer holds no
 * name, handle, note or exact date, and the strict reading refuses any field that could carry one.
 */
final class PeerJson {

  private PeerJson() {}

  private static final JsonType<Quarter> QUARTER =
      JsonTypes.converted(
          "quarter, such as `2026-Q2`", "quarter", TEXT, Quarter::toString, Quarter::parse);

  private static final Field<Span, Double> LOW = Field.required("low", NUMBER, Span::low);
  private static final Field<Span, Double> HIGH =
      Field.required("high", NUMBER, Span::high).notes("at least `low`; equal when exact");

  static final ObjectType<Span> SPAN =
      ObjectType.of("a score range", List.of(LOW, HIGH), v -> new Span(v.get(LOW), v.get(HIGH)));

  private static final Field<Staffing, Map<Role, Integer>> HEADCOUNT =
      Field.<Staffing, Map<Role, Integer>>required(
              "headcount", JsonTypes.enumMap(enumType(Role.class), INT), s -> s.headcount())
          .notes("people per role; a role nobody holds is left out");
  private static final Field<Staffing, Map<Role, Double>> FTE =
      Field.<Staffing, Map<Role, Double>>required(
              "fte", JsonTypes.enumMap(enumType(Role.class), NUMBER), s -> s.fte())
          .notes("full-time equivalents per role, for the roles of `headcount`");

  static final ObjectType<Staffing> STAFFING =
      ObjectType.of(
          "a staffing",
          List.of(HEADCOUNT, FTE),
          v ->
              new Staffing(ImmutableMap.copyOf(v.get(HEADCOUNT)), ImmutableMap.copyOf(v.get(FTE))));

  // -----------------------------------------------------------------------
  private static final Field<Peer, Integer> FORMAT_VERSION = DocumentVersions.format();
  private static final Field<Peer, Integer> MODEL_VERSION =
      DocumentVersions.model(Peer::modelVersion);
  private static final Field<Peer, Quarter> ASSESSED =
      Field.required("assessed", QUARTER, Peer::assessed).notes("never a day");
  private static final Field<Peer, SizeBand> SIZE_BAND =
      Field.required("sizeBand", enumType(SizeBand.class), Peer::sizeBand);
  private static final Field<Peer, Sector> SECTOR =
      Field.optional("sector", enumType(Sector.class), Peer::sector);
  private static final Field<Peer, List<String>> REGIONS =
      Field.list("regions", TEXT, p -> p.regions().asList());
  private static final Field<Peer, Boolean> REGULATED =
      Field.optional("regulated", BOOLEAN, Peer::regulated)
          .notes(
              "absent or `null` when not stated; before format 6, `false` is read as not stated");
  private static final Field<Peer, Integer> UNITS =
      Field.defaulted("businessUnits", INT, Peer::businessUnits)
          .notes("the number of units that answered for themselves; default 0");
  private static final Field<Peer, Stage> STAGE =
      Field.required("stage", enumType(Stage.class), Peer::stage).notes("the stage proven");
  private static final Field<Peer, Stage> POSSIBLE_STAGE =
      Field.required("possibleStage", enumType(Stage.class), Peer::possibleStage)
          .notes("the highest stage still possible");
  private static final Field<Peer, MaturityLevel> LEVEL =
      Field.optional("level", enumType(MaturityLevel.class), Peer::level)
          .notes("absent when no level is proven");
  private static final Field<Peer, MaturityLevel> POSSIBLE_LEVEL =
      Field.optional("possibleLevel", enumType(MaturityLevel.class), Peer::possibleLevel);
  private static final Field<Peer, Map<Dimension, Span>> SCORES =
      Field.required("scores", JsonTypes.enumMap(enumType(Dimension.class), SPAN), Peer::scores)
          .notes("every dimension's mean score as a range");
  private static final Field<Peer, Span> OVERALL = Field.required("overall", SPAN, Peer::overall);
  private static final Field<Peer, Double> COMPLETENESS =
      Field.required("completeness", NUMBER, Peer::completeness)
          .notes("the share of practices in scope assessed, 0 to 1");
  private static final Field<Peer, Staffing> COE =
      Field.optional("coe", STAFFING, Peer::coe)
          .notes("absent when the Center of Excellence was not on record; empty maps for none");
  private static final Field<Peer, Integer> ACCOUNTS =
      Field.optional("accounts", INT, Peer::accounts)
          .notes(
              "absent when no inventory was made, or an account opened over 90 days before has no"
                  + " activity recorded; with `idleShare`");
  private static final Field<Peer, Double> IDLE_SHARE =
      Field.optional("idleShare", NUMBER, Peer::idleShare)
          .notes("the share of accounts idle for more than 90 days; with `accounts`");

  static final ObjectType<Peer> PEER =
      ObjectType.of(
          "a peer",
          List.of(
              FORMAT_VERSION,
              MODEL_VERSION,
              ASSESSED,
              SIZE_BAND,
              SECTOR,
              REGIONS,
              REGULATED,
              UNITS,
              STAGE,
              POSSIBLE_STAGE,
              LEVEL,
              POSSIBLE_LEVEL,
              SCORES,
              OVERALL,
              COMPLETENESS,
              COE,
              ACCOUNTS,
              IDLE_SHARE),
          v ->
              Peer.builder()
                  .modelVersion(v.find(MODEL_VERSION).orElse(DocumentVersions.ABSENT))
                  .assessed(v.get(ASSESSED))
                  .sizeBand(v.get(SIZE_BAND))
                  .sector(v.find(SECTOR))
                  .addAllRegions(v.list(REGIONS))
                  .regulated(
                      OlderFormats.regulation(
                          v.find(REGULATED),
                          v.find(FORMAT_VERSION).orElse(DocumentVersions.ABSENT)))
                  .businessUnits(v.find(UNITS).orElse(0))
                  .stage(v.get(STAGE))
                  .possibleStage(v.get(POSSIBLE_STAGE))
                  .level(v.find(LEVEL))
                  .possibleLevel(v.find(POSSIBLE_LEVEL))
                  .putAllScores(v.get(SCORES))
                  .overall(v.get(OVERALL))
                  .completeness(v.get(COMPLETENESS))
                  .coe(v.find(COE))
                  .accounts(v.find(ACCOUNTS))
                  .idleShare(v.find(IDLE_SHARE))
                  .build());
}
