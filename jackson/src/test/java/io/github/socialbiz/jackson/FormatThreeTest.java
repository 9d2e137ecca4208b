package io.github.socialbiz.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Benchmark;
import io.github.socialbiz.assessment.BookResult;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.assessment.UnitStanding;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.rules.Unverified;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Documents of format 3, committed as that format's writer wrote them, are read. They were written by
 * the library at commit 545e423 (the last of format 3): Bluefin Foods with seven practices removed from
 * its evidence (strategy road map, social media policy, account inventory, triage, crisis plan, employee
 * education, business-outcome metrics) and a unit, Retail, assessed as of 2026-06-30. Format 3 read those
 * seven practices as graded none, so the assessment fails rules, misses benchmarks and leaves gate criteria
 * unmet on them; reading it now takes them as the unknowns they were.
 */
final class FormatThreeTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static String resource(String name) throws IOException {
    try (InputStream in = FormatThreeTest.class.getResourceAsStream("format-3/" + name)) {
      if (in == null) {
        throw new IOException("no resource format-3/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Assessment assessment() throws IOException {
    return SocialBusinessJson.readAssessment(resource("bluefin-assessment.json"));
  }

  private static List<String> ids(List<Criterion> criteria) {
    return criteria.stream().map(Criterion::id).collect(Collectors.toList());
  }

  @Test
  void committedDocuments_areOfFormatThree() throws Exception {
    assertEquals(
        3, PLAIN.readTree(resource("bluefin-assessment.json")).get("formatVersion").intValue());
    assertEquals(
        3, PLAIN.readTree(resource("bluefin-organization.json")).get("formatVersion").intValue());
  }

  @Test
  void organization_isReadWithNoFactEvidence() throws Exception {
    Organization o = SocialBusinessJson.readOrganization(resource("bluefin-organization.json"));
    assertEquals("Bluefin Foods", o.name());
    assertEquals(
        EnumSet.of(
            Practice.STRATEGY_ROADMAP,
            Practice.SOCIAL_MEDIA_POLICY,
            Practice.ACCOUNT_INVENTORY,
            Practice.TRIAGE_PROCESS,
            Practice.CRISIS_PLAN,
            Practice.EMPLOYEE_EDUCATION,
            Practice.BUSINESS_OUTCOME_METRICS),
        EnumSet.copyOf(o.notAssessed()));
    assertEquals("Not assessed", o.grade(Practice.SOCIAL_MEDIA_POLICY).displayName());
    assertEquals(List.of(), o.factEvidence());
    assertEquals(o, assessment().organization());
  }

  @Test
  void gateCriteriaOnPracticesNotAssessed_areUnknownNotUnmet() throws Exception {
    Assessment a = assessment();
    assertEquals(2, a.modelVersion());
    GateSummary stage = a.stageGate().orElseThrow();
    assertEquals("ENGAGEMENT", stage.rung().name());
    assertEquals(
        List.of(
            "stage.engagement.account-governance", "stage.engagement.social-strategist-appointed"),
        ids(stage.unmet()));
    assertEquals(List.of("stage.engagement.triage-process"), ids(stage.unknown()));
    assertEquals(4, stage.met().size());
    GateSummary level = a.levelGate().orElseThrow();
    assertEquals("FOUNDATION", level.rung().name());
    assertEquals(List.of(), ids(level.unmet()));
    assertEquals(
        List.of("level.foundation.social-media-policy", "level.foundation.employee-education"),
        ids(level.unknown()));
  }

  @Test
  void aUnitStanding_keepsItsResults_andGainsWhatItDidNotRecord() throws Exception {
    UnitStanding retail = assessment().units().get(0);
    assertEquals("Retail", retail.unit());
    assertEquals("PLANNING", retail.stage().name());
    assertEquals(0.10106292517006803, retail.overall()); // as recorded
    // the seven practices nobody assessed are not assessed in the unit's view either: not "none"
    assertEquals(7, retail.notAssessed());
    assertFalse(retail.isOverallExact());
    assertTrue(retail.overallPossible() > retail.overall());
    // nobody named the unit in a merge: none answered for it, on the organization's record
    assertEquals(0, retail.respondents());
    assertTrue(retail.isHoldingBack());
  }

  @Test
  void scores_keepTheirLowEndsAndGainTheHighEnds() throws Exception {
    Assessment a = assessment();
    DimensionScore governance = a.score(Dimension.GOVERNANCE);
    // seven practices: employee access MOST (1), five graded NONE, two not assessed
    assertEquals(1.0 / 7, governance.mean(), 1e-12);
    assertEquals(3.0 / 7, governance.meanPossible(), 1e-12);
    assertEquals(0.0, governance.weakest());
    assertEquals(0.0, governance.weakestPossible()); // account governance is graded none
    assertEquals(2, governance.notAssessed());
    DimensionScore education = a.score(Dimension.EDUCATION);
    assertEquals(0.0, education.mean());
    assertEquals(1.0 / 3, education.meanPossible(), 1e-12);
    assertEquals(1, education.notAssessed());
    DimensionScore engagement = a.score(Dimension.ENGAGEMENT);
    assertEquals(0, engagement.notAssessed());
    assertEquals(0.3, engagement.mean(), 1e-12);
    assertEquals(0.3, engagement.meanPossible(), 1e-12);
    assertTrue(engagement.isExact());
  }

  @Test
  void failuresOnPracticesNotAssessed_becomeItemsToVerify() throws Exception {
    Assessment a = assessment();
    BookResult crisis = a.book("crisis").orElseThrow();
    assertEquals(List.of("crisis.team"), crisis.failed());
    assertEquals(
        List.of(
            "crisis.policy",
            "crisis.education",
            "crisis.triage",
            "crisis.plan",
            "crisis.engagement-before-response"),
        crisis.unknown());
    assertEquals(
        List.of("crisis.team"),
        crisis.findings().stream().map(Finding::ruleId).collect(Collectors.toList()));
    Unverified policy = crisis.unverified().get(0);
    assertEquals("crisis.policy", policy.ruleId());
    assertEquals(Severity.HIGH, policy.severity());
    assertEquals(1, policy.ask().size());
    assertTrue(policy.ask().get(0).endsWith("(q.social-media-policy)"), policy.ask()::toString);
    BookResult accounts = a.book("accounts").orElseThrow();
    assertEquals(
        List.of("accounts.idle", "accounts.orphaned", "accounts.governance"), accounts.failed());
    assertEquals(List.of("accounts.inventory"), accounts.unknown());
    // the document's 30 findings less the 11 that rested on a practice nobody assessed
    assertEquals(19, a.findings().size());
    assertTrue(
        a.findings().stream().noneMatch(f -> f.message().contains(" is not in place")),
        () -> a.findings().toString());
    // a book with nothing unknown is kept as recorded
    assertEquals(List.of("charter.written"), a.book("charter").orElseThrow().failed());
  }

  @Test
  void benchmarksOnPracticesNotAssessed_sayWhatToAsk() throws Exception {
    Assessment a = assessment();
    Benchmark inventory =
        a.benchmarks().stream()
            .filter(b -> b.statistic().key().equals("accounts.inventory-taken"))
            .findFirst()
            .orElseThrow();
    assertEquals(Truth.UNKNOWN, inventory.favourable());
    assertTrue(
        inventory.position().startsWith("Not assessed: account inventory decides whether"),
        inventory::position);
    assertEquals(
        List.of(
            "UNKNOWN strategy.connected-to-outcomes",
            "FALSE strategy.holistic.2012",
            "UNKNOWN strategy.plan-beyond-one-year",
            "FALSE executives.aligned.2013",
            "UNKNOWN strategy.formal-roadmap",
            "UNKNOWN accounts.inventory-taken",
            "UNKNOWN education.offered",
            "UNKNOWN policy.in-place",
            "FALSE team.dedicated-share.2013",
            "FALSE team.size.1000-5000",
            "TRUE accounts.per-enterprise"),
        a.benchmarks().stream()
            .map(b -> b.favourable() + " " + b.statistic().key())
            .collect(Collectors.toList()));
    // a line known to be unfavourable keeps its recorded words
    assertEquals(
        "No, not among the 28% whose business lines and functions work together under one social"
            + " vision",
        a.benchmarks().get(1).position());
  }

  @Test
  void formatVersionAfterTheParts_readsTheSame() throws Exception {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(resource("bluefin-assessment.json"));
    doc.set("formatVersion", doc.remove("formatVersion"));
    assertEquals(assessment(), SocialBusinessJson.readAssessment(PLAIN.writeValueAsString(doc)));
  }

  @Test
  void currentFieldsInAFormatThreeDocument_areRefused() throws Exception {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(resource("bluefin-assessment.json"));
    ((ObjectNode) doc.get("scores").get(0)).put("notAssessed", 1);
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class,
            () -> SocialBusinessJson.readAssessment(PLAIN.writeValueAsString(doc)));
    assertEquals(
        "$.scores[0].notAssessed: unknown field 'notAssessed' in a dimension score; allowed:"
            + " dimension, mean, weakest, targetMean, targetWeakest, outOfScope",
        e.getOriginalMessage());
  }

  @Test
  void readDocument_isWrittenInTheCurrentFormatAndReadBackEqual() throws Exception {
    Assessment a = assessment();
    String json = SocialBusinessJson.write(a);
    assertEquals(DocumentVersions.FORMAT, PLAIN.readTree(json).get("formatVersion").intValue());
    assertEquals(a, SocialBusinessJson.readAssessment(json));
  }
}
