package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.coe.Role;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Responder;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Explanation;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Status;
import io.github.socialbiz.rules.Truth;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A fact the organization file does not record yet ({@link Organization#notRecorded}) is not known while
 * the file is silent and nobody has said: a fresh engagement, whose file nobody has filled in, reports
 * no finding about a crisis team or a roster nobody was asked about.
 */
final class NotRecordedFactsTest {

  private static final String CRISIS_QUESTION =
      "\u201cIf a post about the organization went badly wrong tonight, are the people who would"
          + " respond named in advance, each with a role?\u201d (q.fact.crisis-team-named)";
  private static final String STAFFED_QUESTION =
      "\u201cDoes the hub or Center of Excellence have a roster with a corporate social strategist on"
          + " it, or with members adding up to at least one full-time person?\u201d"
          + " (q.fact.center-of-excellence-staffed)";

  /** What {@code socialbiz init} writes: a name, a size, and every fact marked not recorded yet. */
  private static Organization fresh() {
    return Organization.builder()
        .name("Fresh")
        .employees(1_000)
        .addNotRecorded(
            Fact.EXECUTIVE_SPONSOR_NAMED,
            Fact.CENTER_OF_EXCELLENCE_STAFFED,
            Fact.POLICY_AUTHORITY,
            Fact.SOCIAL_STRATEGIST_APPOINTED,
            Fact.CHARTER_WRITTEN,
            Fact.BUSINESS_UNIT_LIAISONS,
            Fact.CRISIS_TEAM_NAMED,
            Fact.ACCOUNTS_INVENTORIED)
        .build();
  }

  private static Organization recorded() {
    return Organization.builder().name("Fresh").employees(1_000).build();
  }

  private static Assessment assess(Organization o) {
    return Assessor.standard().assess(o, SampleOrganizations.AS_OF);
  }

  @Test
  void aSilentFileThatDoesNotRecordAFact_leavesItUnknown_aSilentRecordedOneReadsNo() {
    for (Fact f : EnumSet.complementOf(EnumSet.of(Fact.BUSINESS_UNIT_LIAISONS))) {
      assertEquals(Truth.UNKNOWN, FactReading.truth(fresh(), f), f.name());
      assertEquals(Truth.UNKNOWN, FactReading.onFile(fresh(), f), f.name());
      assertEquals(Truth.FALSE, FactReading.truth(recorded(), f), f.name());
      assertEquals(Truth.FALSE, FactReading.onFile(recorded(), f), f.name());
    }
    // no business units: every unit has a liaison, on any record
    assertEquals(Truth.TRUE, FactReading.truth(fresh(), Fact.BUSINESS_UNIT_LIAISONS));
    assertEquals(
        "not recorded in the organization file yet",
        FactReading.describeFile(fresh(), Fact.CRISIS_TEAM_NAMED));
    assertEquals(
        "no crisis team named", FactReading.describeFile(recorded(), Fact.CRISIS_TEAM_NAMED));
  }

  @Test
  void whatTheFileShows_andWhatTheRespondentsSay_stillDecide() {
    Organization team = fresh().withCrisisTeam(List.of(Responder.of("Dana Lee", "lead")));
    assertEquals(Truth.TRUE, FactReading.truth(team, Fact.CRISIS_TEAM_NAMED));
    assertEquals("crisis team: 1 person", FactReading.describeFile(team, Fact.CRISIS_TEAM_NAMED));
    for (Truth stated : Truth.values()) {
      Organization said =
          fresh().withFactEvidence(List.of(FactEvidence.of(Fact.CRISIS_TEAM_NAMED, stated)));
      assertEquals(stated, FactReading.truth(said, Fact.CRISIS_TEAM_NAMED), stated.name());
    }
    // coordination is begun by a sponsor on file, whatever else the file does not record
    Organization sponsored =
        fresh().withCoe(CenterOfExcellence.builder().sponsor("Maria Chen").build());
    assertEquals(Truth.TRUE, FactReading.truth(sponsored, Fact.COORDINATION_BEGUN));
    assertEquals(Truth.UNKNOWN, FactReading.truth(fresh(), Fact.COORDINATION_BEGUN));
  }

  @Test
  void aFreshEngagement_hasNoFindingNobodyWasAskedAbout() {
    // the file as it was before this reading: the same silence gave a finding
    assertEquals(
        List.of("Nobody is named to respond in a crisis"),
        assess(recorded()).findings().stream().map(Finding::message).collect(Collectors.toList()));
    Assessment a = assess(fresh());
    assertEquals(List.of(), a.findings());
    Explanation crisis = a.explain("crisis.team");
    assertEquals(Status.UNKNOWN, crisis.status());
    assertEquals(
        "Not verified: people are named to respond in a crisis; the organization file does not"
            + " record it yet, nor has anyone said",
        crisis.unverified().get(0).message());
    assertEquals(List.of(CRISIS_QUESTION), crisis.unverified().get(0).ask());
    assertEquals("not recorded in the organization file yet", crisis.unknown().get(0).evidence());
  }

  @Test
  void anEmptyRosterNotRecordedYet_isNoTeamOfZero() {
    Assessment a = assess(fresh());
    Benchmark size =
        a.benchmarks().stream()
            .filter(b -> b.statistic().key().equals("team.size.1000-5000"))
            .findFirst()
            .orElseThrow();
    assertEquals(Truth.UNKNOWN, size.favourable());
    assertEquals(
        "Not compared: the roster lists nobody, and the organization file does not record yet"
            + " whether a hub is staffed, nor has anyone said; ask "
            + STAFFED_QUESTION,
        size.position());
    // once the roster is recorded, even as empty, it is read as it stands
    Organization empty =
        fresh().withNotRecorded(List.of(Fact.EXECUTIVE_SPONSOR_NAMED, Fact.CRISIS_TEAM_NAMED));
    assertEquals(Truth.FALSE, FactReading.truth(empty, Fact.CENTER_OF_EXCELLENCE_STAFFED));
    Organization staffed =
        fresh()
            .withCoe(
                CenterOfExcellence.builder()
                    .addMembers(Member.of("Ana Ruiz", Role.CORPORATE_SOCIAL_STRATEGIST, 1.0))
                    .build());
    assertEquals(Truth.TRUE, FactReading.truth(staffed, Fact.CENTER_OF_EXCELLENCE_STAFFED));
  }

  @Test
  void theTeamSizeRule_asksWhenTheRosterIsNotRecordedYet() {
    // a sponsor on file and a strategist the respondents confirm; the roster is not recorded yet
    Organization g =
        SampleOrganizations.multinational()
            .withCoe(CenterOfExcellence.builder().sponsor("Chief Marketing Officer").build())
            .withFactEvidence(
                List.of(FactEvidence.of(Fact.SOCIAL_STRATEGIST_APPOINTED, Truth.TRUE)))
            .withNotRecorded(List.of(Fact.CENTER_OF_EXCELLENCE_STAFFED));
    Explanation x = assess(g).explain("coe.headcount-benchmark");
    assertEquals(Status.UNKNOWN, x.status());
    assertEquals(
        "Not verified: the roster lists nobody, and the organization file does not record yet"
            + " whether a hub is staffed, nor has anyone said",
        x.unverified().get(0).message());
    assertEquals(List.of(STAFFED_QUESTION), x.unverified().get(0).ask());
    assertEquals("roster not recorded in the organization file yet", x.unknown().get(0).evidence());
    // recorded, the same empty roster is a team of none
    assertEquals(
        Status.FAILED,
        assess(g.withNotRecorded(List.of())).explain("coe.headcount-benchmark").status());
  }

  @Test
  void theSummaryNamesTheMark() {
    assertEquals(
        "Organization{Fresh, 1000 employees, units=0, evidence=0, notRecorded=8, coe=0,"
            + " accounts=0}",
        fresh().toString());
  }
}
