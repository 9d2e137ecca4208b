package io.github.socialbiz.profile;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.practice.Adoption.MOST;
import static io.github.socialbiz.practice.Adoption.NONE;
import static io.github.socialbiz.practice.Adoption.SOME;
import static io.github.socialbiz.practice.Practice.CRISIS_PLAN;
import static io.github.socialbiz.practice.Practice.LISTENING;
import static io.github.socialbiz.practice.Practice.REAL_TIME_RESPONSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.rules.Truth;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

final class OrganizationTest {

  private static final LocalDate D2020 = LocalDate.of(2020, 1, 1);

  private static Organization.Builder acme() {
    return Organization.builder().name("Acme").employees(4_000);
  }

  private static void assertRejected(String message, Executable build) {
    SocialBusinessException e = assertThrows(SocialBusinessException.class, build);
    assertEquals(message, e.getMessage());
  }

  @Test
  void withers_replaceOnePart_andLeaveTheRest() {
    Organization globex = SampleOrganizations.multinational();
    Organization plain = Organization.builder().name("Plain").employees(10).build();
    List<SocialAccount> one =
        List.of(
            SocialAccount.builder()
                .platform(Platform.LINKEDIN)
                .handle("plain")
                .created(LocalDate.of(2020, 1, 1))
                .lastActivity(LocalDate.of(2026, 6, 1))
                .build());
    Organization accounts = plain.withAccounts(one);
    assertEquals(one, accounts.accounts());
    assertEquals("Plain", accounts.name());
    List<BusinessUnit> retail = List.of(BusinessUnit.builder().name("Retail").build());
    assertEquals(retail, plain.withBusinessUnits(retail).businessUnits());
    Charter charter = globex.charter().orElseThrow();
    assertEquals(Optional.of(charter), plain.withCharter(charter).charter());
    CenterOfExcellence coe =
        CenterOfExcellence.builder().sponsor("Chief Marketing Officer").build();
    assertEquals(coe, plain.withCoe(coe).coe());
    List<Responder> team = List.of(Responder.of("Sam Roe", "Communications lead"));
    assertEquals(team, plain.withCrisisTeam(team).crisisTeam());
    List<FactEvidence> stated = List.of(FactEvidence.of(Fact.CHARTER_WRITTEN, Truth.TRUE));
    assertEquals(stated, plain.withFactEvidence(stated).factEvidence());
    assertEquals(List.of(), plain.factEvidence(), "the original is unaffected");
  }

  @Test
  void builder_readsWellAndGradesPractices() {
    Organization o =
        acme()
            .addRegion("North America")
            .evidence(LISTENING, HALF)
            .evidence(Practice.PILOT_PROJECTS, SOME, "Two pilots", Basis.INTERVIEW)
            .addOutOfScope(REAL_TIME_RESPONSE)
            .build();
    assertEquals(Grade.of(HALF), o.grade(LISTENING));
    assertEquals(Grade.notAssessed(), o.grade(CRISIS_PLAN));
    assertEquals(Truth.UNKNOWN, o.grade(CRISIS_PLAN).atLeast(SOME));
    assertEquals("NOT_ASSESSED", o.grade(CRISIS_PLAN).toString());
    assertEquals(Optional.empty(), o.evidence(CRISIS_PLAN));
    assertTrue(o.isInScope(CRISIS_PLAN));
    assertFalse(o.isInScope(REAL_TIME_RESPONSE));
    assertEquals(Grade.outOfScope(), o.grade(REAL_TIME_RESPONSE));
    assertEquals(Truth.FALSE, o.grade(REAL_TIME_RESPONSE).atLeast(SOME));
    assertEquals(
        "PILOT_PROJECTS=SOME (INTERVIEW: \"Two pilots\")",
        o.evidence(Practice.PILOT_PROJECTS).orElseThrow().toString());
    assertEquals(
        "Organization{Acme, 4000 employees, units=0, evidence=2, outOfScope=1, coe=0, accounts=0}",
        o.toString());
  }

  @Test
  void practicesAtLeast_countsPracticesInScopeAtTheGradeOrAbove() {
    Organization o =
        acme()
            .evidence(LISTENING, HALF)
            .evidence(Practice.PILOT_PROJECTS, SOME)
            .evidence(CRISIS_PLAN, MOST)
            .addOutOfScope(REAL_TIME_RESPONSE)
            .build();
    assertEquals(Set.of(LISTENING, CRISIS_PLAN), o.practicesAtLeast(HALF));
    assertEquals(Set.of(CRISIS_PLAN), o.practicesAtLeast(MOST));
    assertEquals(Set.of(LISTENING, CRISIS_PLAN, Practice.PILOT_PROJECTS), o.practicesAtLeast(SOME));
    assertEquals(Practice.values().length - 1, o.practicesAtLeast(NONE).size());
    assertFalse(o.practicesAtLeast(NONE).contains(REAL_TIME_RESPONSE));
    assertEquals(Set.of(), acme().build().practicesAtLeast(SOME));
  }

  @Test
  void coeRoles_areReadFromTheRoster() {
    CenterOfExcellence coe =
        CenterOfExcellence.builder()
            .addMember(Member.of("Ana", Role.COMMUNITY_MANAGER, 1.0))
            .addMember(Member.of("Bo", Role.SOCIAL_ANALYST, 0.5))
            .build();
    assertTrue(coe.hasRole(Role.COMMUNITY_MANAGER));
    assertTrue(coe.hasRole(Role.SOCIAL_ANALYST));
    assertFalse(coe.hasRole(Role.CORPORATE_SOCIAL_STRATEGIST));
    assertFalse(CenterOfExcellence.none().hasRole(Role.COMMUNITY_MANAGER));
  }

  @Test
  void withEvidence_replacesTheGradeAndBringsAPracticeIntoScope() {
    Organization o = acme().evidence(LISTENING, SOME).addOutOfScope(REAL_TIME_RESPONSE).build();
    Organization raised = o.withEvidence(LISTENING, MOST).withEvidence(REAL_TIME_RESPONSE, SOME);
    assertEquals(Grade.of(MOST), raised.grade(LISTENING));
    assertEquals(Grade.of(SOME), raised.grade(REAL_TIME_RESPONSE));
    assertTrue(raised.isInScope(REAL_TIME_RESPONSE));
    assertEquals(Grade.of(SOME), o.grade(LISTENING));
    assertEquals(2, raised.evidence().size());
  }

  @Test
  void unitOverrides_winOverTheOrganizationsGrade() {
    Organization o =
        acme()
            .evidence(CRISIS_PLAN, HALF)
            .addBusinessUnit(
                BusinessUnit.builder()
                    .name("Cloud")
                    .addOverride(Evidence.of(CRISIS_PLAN, NONE))
                    .build())
            .addBusinessUnit(BusinessUnit.of("Retail"))
            .build();
    assertEquals(Grade.of(NONE), o.grade("Cloud", CRISIS_PLAN));
    assertEquals(Grade.of(HALF), o.grade("Retail", CRISIS_PLAN));
    assertRejected(
        "Organization.businessUnits has no unit 'Moon' (units: [Cloud, Retail])",
        () -> o.grade("Moon", CRISIS_PLAN));
  }

  @Test
  void accountHelpers_countByPlatformAndUnit() {
    Organization o =
        acme()
            .addBusinessUnit(BusinessUnit.of("Retail"))
            .addAccount(
                SocialAccount.builder()
                    .platform(Platform.TWITTER)
                    .handle("@a")
                    .businessUnit("Retail")
                    .owner("x")
                    .created(D2020)
                    .build())
            .addAccount(SocialAccount.of(Platform.TWITTER, "@b", D2020))
            .addAccount(SocialAccount.of(Platform.BLOG, "news", D2020))
            .build();
    assertEquals(ImmutableMap.of(Platform.BLOG, 1, Platform.TWITTER, 2), o.accountsByPlatform());
    assertEquals(
        List.of(Platform.BLOG, Platform.TWITTER), o.accountsByPlatform().keySet().asList());
    assertEquals(ImmutableMap.of("Retail", 1, Organization.CENTRAL, 2), o.accountsByUnit());
    assertEquals(List.of(o.accounts().get(0)), o.accountsOf("Retail"));
  }

  @Test
  void invalidOrganizations_areRejectedWithHouseMessages() {
    assertRejected(
        "Organization.employees must be at least 1, but was 0",
        () -> Organization.builder().name("A").employees(0).build());
    assertRejected(
        "Organization.employees must be at least 1, but was -5",
        () -> Organization.builder().name("A").employees(-5).build());
    assertRejected(
        "Organization.name must not be blank, but was ' '",
        () -> Organization.builder().name(" ").employees(1).build());
    assertRejected(
        "Organization.evidence must grade each practice at most once, but LISTENING is graded twice",
        () -> acme().evidence(LISTENING, SOME).evidence(LISTENING, MOST).build());
    assertRejected(
        "Organization.outOfScope must not hold a graded practice, but LISTENING is both graded (SOME) and out of scope",
        () -> acme().evidence(LISTENING, SOME).addOutOfScope(LISTENING).build());
    assertRejected(
        "Organization.businessUnits must have unique names, but 'Retail' appears twice",
        () ->
            acme()
                .addBusinessUnit(BusinessUnit.of("Retail"))
                .addBusinessUnit(BusinessUnit.of("Retail"))
                .build());
    assertRejected(
        "SocialAccount.businessUnit must name a unit of the organization (one of [Retail]), but was 'Cloud' for TWITTER @a",
        () ->
            acme()
                .addBusinessUnit(BusinessUnit.of("Retail"))
                .addAccount(
                    SocialAccount.builder()
                        .platform(Platform.TWITTER)
                        .handle("@a")
                        .businessUnit("Cloud")
                        .created(D2020)
                        .build())
                .build());
    assertRejected(
        "Member.businessUnit must name a unit of the organization (one of []), but was 'Cloud' for 'Ana'",
        () ->
            acme()
                .coe(
                    CenterOfExcellence.builder()
                        .addMember(
                            Member.of("Ana", Role.SOCIAL_ANALYST, 1).withBusinessUnit("Cloud"))
                        .build())
                .build());
    assertRejected(
        "Organization.accounts must not hold the same handle twice on one platform, but TWITTER @ACME appears twice",
        () ->
            acme()
                .addAccount(SocialAccount.of(Platform.TWITTER, "@acme", D2020))
                .addAccount(SocialAccount.of(Platform.TWITTER, "@ACME", D2020))
                .build());
    assertRejected(
        "Cannot build Organization, some of required attributes are not set [employees]",
        () -> Organization.builder().name("A").build());
  }

  @Test
  void withAccounts_replacesTheInventory_andChecksIt() {
    Organization o = acme().addAccount(SocialAccount.of(Platform.BLOG, "news", D2020)).build();
    Organization replaced =
        o.withAccounts(
            List.of(
                SocialAccount.of(Platform.TWITTER, "@acme", D2020),
                SocialAccount.of(Platform.YOUTUBE, "acme", D2020)));
    assertEquals("[TWITTER @acme, YOUTUBE acme]", replaced.accounts().toString());
    assertEquals("[BLOG news]", o.accounts().toString());
    assertEquals(List.of(), o.withAccounts(List.of()).accounts());
    assertRejected(
        "Organization.accounts must not hold the same handle twice on one platform, but TWITTER @ACME appears twice",
        () ->
            o.withAccounts(
                List.of(
                    SocialAccount.of(Platform.TWITTER, "@acme", D2020),
                    SocialAccount.of(Platform.TWITTER, "@ACME", D2020))));
  }

  @Test
  void sameHandleOnTwoPlatforms_isFine() {
    Organization o =
        acme()
            .addAccount(SocialAccount.of(Platform.TWITTER, "acme", D2020))
            .addAccount(SocialAccount.of(Platform.FACEBOOK, "acme", D2020))
            .build();
    assertEquals(2, o.accounts().size());
  }

  @Test
  void unwiseButPossible_isAccepted() {
    Organization o = acme().evidence(Practice.CENTER_OF_EXCELLENCE, MOST).build();
    assertFalse(o.coe().isStaffed());
    assertEquals(Grade.of(MOST), o.grade(Practice.CENTER_OF_EXCELLENCE));
  }

  @Test
  void invalidParts_areRejectedWithHouseMessages() {
    assertRejected(
        "Member.fte must be greater than 0 and at most 1, but was 1.5 for 'Ana'",
        () -> Member.of("Ana", Role.DEVELOPER, 1.5));
    assertRejected(
        "Member.fte must be greater than 0 and at most 1, but was 0.0 for 'Ana'",
        () -> Member.of("Ana", Role.DEVELOPER, 0));
    assertRejected(
        "Member.fte must be greater than 0 and at most 1, but was -0.5 for 'Ana'",
        () -> Member.of("Ana", Role.DEVELOPER, -0.5));
    assertRejected(
        "Member.name must not be blank, but was ''", () -> Member.of("", Role.DEVELOPER, 1));
    assertRejected(
        "SocialAccount.lastActivity must not be before created (2020-01-01), but was 2019-12-31 for TWITTER @a",
        () ->
            SocialAccount.builder()
                .platform(Platform.TWITTER)
                .handle("@a")
                .created(D2020)
                .lastActivity(LocalDate.of(2019, 12, 31))
                .build());
    assertRejected(
        "SocialAccount.handle must not be blank, but was ''",
        () -> SocialAccount.of(Platform.BLOG, "", D2020));
    assertRejected(
        "SocialAccount.audience must be zero or more, but was -1 for BLOG b",
        () ->
            SocialAccount.builder()
                .platform(Platform.BLOG)
                .handle("b")
                .created(D2020)
                .audience(-1L)
                .build());
    assertRejected("BusinessUnit.name must not be blank, but was ' '", () -> BusinessUnit.of(" "));
    assertRejected(
        "BusinessUnit.overrides must grade each practice at most once, but LISTENING is graded twice in unit 'Cloud'",
        () -> BusinessUnit.of("Cloud").withOverride(LISTENING, SOME).withOverride(LISTENING, HALF));
    assertRejected(
        "Evidence.note must not be blank when given, but was ' ' for LISTENING",
        () -> Evidence.of(LISTENING, SOME, " ", Basis.INTERVIEW));
    assertRejected(
        "Charter.sections must not hold blank text, but the VISION section was ''",
        () -> Charter.builder().putSection(CharterElement.VISION, "").versionDate(D2020).build());
  }

  @Test
  void account_idlenessAndOrphans() {
    SocialAccount a =
        SocialAccount.builder()
            .platform(Platform.TWITTER)
            .handle("@a")
            .created(D2020)
            .lastActivity(LocalDate.of(2021, 1, 1))
            .build();
    assertEquals(OptionalLong.of(365), a.daysIdle(LocalDate.of(2022, 1, 1)));
    assertEquals(OptionalLong.of(0), a.daysIdle(LocalDate.of(2020, 6, 1)));
    assertEquals(Truth.TRUE, a.idleOver(364, LocalDate.of(2022, 1, 1)));
    assertEquals(Truth.FALSE, a.idleOver(365, LocalDate.of(2022, 1, 1)));
    assertTrue(a.isOrphaned());
    // no activity recorded: how long it has been silent is not known, never "since it was opened"
    SocialAccount b = SocialAccount.of(Platform.BLOG, "b", D2020);
    assertEquals(OptionalLong.empty(), b.daysIdle(LocalDate.of(2020, 1, 11)));
    // opened within the days: it cannot have been idle that long
    assertEquals(Truth.FALSE, b.idleOver(10, LocalDate.of(2020, 1, 11)));
    assertEquals(Truth.UNKNOWN, b.idleOver(9, LocalDate.of(2020, 1, 11)));
    assertEquals("TWITTER @a", a.toString());
  }

  @Test
  void coe_sponsorRolesAndFte() {
    CenterOfExcellence coe =
        CenterOfExcellence.builder()
            .addMember(Member.of("Ana", Role.CORPORATE_SOCIAL_STRATEGIST, 0.5))
            .addMember(Member.of("Ben", Role.EXECUTIVE_SPONSOR, 0.1))
            .build();
    assertTrue(coe.hasSponsor());
    assertTrue(coe.isStaffed());
    assertEquals(0.6, coe.totalFte(), 1e-9);
    assertFalse(CenterOfExcellence.none().hasSponsor());
    assertFalse(CenterOfExcellence.none().isStaffed());
    assertEquals(
        "CenterOfExcellence{members=[], fte=0.0, policyAuthority=false, sponsor=none}",
        CenterOfExcellence.none().toString());
    assertEquals("Ana (CORPORATE_SOCIAL_STRATEGIST, 0.5 FTE)", coe.members().get(0).toString());
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            acme().evidence(LISTENING, SOME).build(), acme().evidence(LISTENING, SOME).build())
        .addEqualityGroup(acme().evidence(LISTENING, HALF).build())
        .addEqualityGroup(acme().build())
        .addEqualityGroup(acme().regulated(true).build())
        .testEquals();
    NullPointerTester npt = new NullPointerTester().setDefault(LocalDate.class, D2020);
    npt.testAllPublicInstanceMethods(SampleOrganizations.multinational());
    npt.testAllPublicStaticMethods(Evidence.class);
    npt.testAllPublicStaticMethods(Member.class);
    npt.testAllPublicStaticMethods(SocialAccount.class);
    npt.testAllPublicInstanceMethods(Evidence.of(LISTENING, SOME));
  }

  @Test
  void reservedUnitName_repeatedFactAndRepeatedResponder_areRefused() {
    assertRejected(
        "Organization.businessUnits must not use the reserved name '(central)'",
        () -> acme().addBusinessUnit(BusinessUnit.of(Organization.CENTRAL)).build());
    assertRejected(
        "Organization.factEvidence must state each fact at most once, but EXECUTIVE_SPONSOR_NAMED is"
            + " stated twice",
        () ->
            acme()
                .addFactEvidence(FactEvidence.of(Fact.EXECUTIVE_SPONSOR_NAMED, Truth.TRUE))
                .addFactEvidence(FactEvidence.of(Fact.EXECUTIVE_SPONSOR_NAMED, Truth.FALSE))
                .build());
    assertRejected(
        "Organization.crisisTeam must name each person once, but 'Maria' appears twice",
        () ->
            acme()
                .addCrisisTeam(Responder.of("Maria", "Incident lead"))
                .addCrisisTeam(Responder.of("Maria", "Spokesperson"))
                .build());
  }

  @Test
  void accountsByUnit_keepsUnitsWithoutAccountsOut_inTheUnitsOrder_thenCentral() {
    Organization o =
        acme()
            .addBusinessUnit(BusinessUnit.of("Retail"))
            .addBusinessUnit(BusinessUnit.of("Cloud"))
            .addBusinessUnit(BusinessUnit.of("Labs"))
            .addAccount(SocialAccount.of(Platform.BLOG, "news", D2020))
            .addAccount(account("@labs", "Labs"))
            .addAccount(account("@cloud", "Cloud"))
            .addAccount(account("@labs2", "Labs"))
            .build();
    assertEquals(
        List.of("Cloud=1", "Labs=2", Organization.CENTRAL + "=1"),
        o.accountsByUnit().entrySet().stream().map(Object::toString).toList());
  }

  private static SocialAccount account(String handle, String unit) {
    return SocialAccount.builder()
        .platform(Platform.TWITTER)
        .handle(handle)
        .businessUnit(unit)
        .created(D2020)
        .build();
  }
}
