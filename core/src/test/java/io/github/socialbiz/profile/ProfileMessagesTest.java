package io.github.socialbiz.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The exact message of every profile rule, and the unit and account summaries. */
final class ProfileMessagesTest {

  private static String message(Executable build) {
    return String.valueOf(assertThrows(SocialBusinessException.class, build).getMessage());
  }

  private static SocialAccount.Builder account() {
    return SocialAccount.builder()
        .platform(Platform.TWITTER)
        .handle("acme")
        .created(LocalDate.of(2020, 1, 1))
        .lastActivity(LocalDate.of(2026, 6, 1));
  }

  private static Organization.Builder org() {
    return Organization.builder().name("Acme").employees(10);
  }

  @Test
  void organizationRules() {
    assertEquals(
        "Organization.industry must not be blank when given, but was ' '",
        message(() -> org().industry(" ").build()));
    assertEquals(
        "Organization.regions must not hold a blank name, but held ''",
        message(() -> org().addRegions("").build()));
    assertEquals(
        "Organization.businessUnits must have unique names, but 'A' appears twice",
        message(() -> org().addBusinessUnits(BusinessUnit.of("A"), BusinessUnit.of("A")).build()));
    assertEquals(
        "Organization.evidence must grade each practice at most once, but LISTENING is graded twice",
        message(
            () ->
                org()
                    .evidence(Practice.LISTENING, Adoption.SOME)
                    .evidence(Practice.LISTENING, Adoption.HALF)
                    .build()));
    assertEquals(
        "Organization.outOfScope must not hold a graded practice, but LISTENING is both graded (SOME) and out of scope",
        message(
            () ->
                org()
                    .evidence(Practice.LISTENING, Adoption.SOME)
                    .addOutOfScope(Practice.LISTENING)
                    .build()));
  }

  @Test
  void unitRules_andText() {
    assertEquals(
        "BusinessUnit.region must not be blank when given, but was ' ' for unit 'North'",
        message(() -> BusinessUnit.builder().name("North").region(" ").build()));
    assertEquals(
        "BusinessUnit.liaison must not be blank when given, but was '' for unit 'North'",
        message(() -> BusinessUnit.builder().name("North").liaison("").build()));
    assertEquals(
        "BusinessUnit{North, region=EMEA, liaison=Li, overrides=[LISTENING=MOST (SELF_REPORTED)]}",
        BusinessUnit.builder()
            .name("North")
            .region("EMEA")
            .liaison("Li")
            .build()
            .withOverride(Practice.LISTENING, Adoption.MOST)
            .toString());
    assertEquals("BusinessUnit{South, overrides=[]}", BusinessUnit.of("South").toString());
  }

  @Test
  void optionalTexts_mustNotBeBlankWhenGiven() {
    assertEquals(
        "SocialAccount.businessUnit must not be blank when given, but was ' ' for TWITTER acme",
        message(() -> account().businessUnit(" ").build()));
    assertEquals(
        "SocialAccount.owner must not be blank when given, but was '' for TWITTER acme",
        message(() -> account().owner("").build()));
    assertEquals(
        "Member.businessUnit must not be blank when given, but was ' ' for 'Ana'",
        message(() -> Member.of("Ana", Role.SOCIAL_ANALYST, 1.0).withBusinessUnit(" ")));
    assertEquals(
        "Charter.owner must not be blank when given, but was ''",
        message(() -> Charter.builder().versionDate(LocalDate.of(2024, 2, 1)).owner("").build()));
    assertEquals(
        "CenterOfExcellence.sponsor must not be blank when given, but was ' '",
        message(() -> CenterOfExcellence.builder().sponsor(" ").build()));
  }

  @Test
  void membersAndCharters_asText() {
    assertEquals(
        "Ana Ruiz (SOCIAL_ANALYST, 0.5 FTE, Retail)",
        Member.of("Ana Ruiz", Role.SOCIAL_ANALYST, 0.5).withBusinessUnit("Retail").toString());
    assertEquals(
        "Ana Ruiz (SOCIAL_ANALYST, 1.0 FTE)",
        Member.of("Ana Ruiz", Role.SOCIAL_ANALYST, 1.0).toString());
    assertEquals(
        "Charter{version=2024-02-01, sections=[VISION], functions=[MARKETING], owner=Maria}",
        Charter.builder()
            .versionDate(LocalDate.of(2024, 2, 1))
            .putSection(CharterElement.VISION, "Closer to customers")
            .addFunctions(BusinessFunction.MARKETING)
            .owner("Maria")
            .build()
            .toString());
  }

  @Test
  void accountsByUnit_countsUnitsWithAccountsAndTheCentralAccounts() {
    Organization o =
        org()
            .addBusinessUnits(BusinessUnit.of("North"), BusinessUnit.of("South"))
            .addAccounts(
                SocialAccount.builder()
                    .platform(Platform.TWITTER)
                    .handle("n1")
                    .created(LocalDate.of(2020, 1, 1))
                    .businessUnit("North")
                    .build())
            .addAccounts(
                SocialAccount.builder()
                    .platform(Platform.BLOG)
                    .handle("n2")
                    .created(LocalDate.of(2020, 1, 1))
                    .businessUnit("North")
                    .build())
            .addAccounts(SocialAccount.of(Platform.BLOG, "corp", LocalDate.of(2020, 1, 1)))
            .build();
    Map<String, Integer> counts = o.accountsByUnit();
    // units in the order given, then the central accounts; South has none and is left out, as
    // documented
    assertEquals("{North=2, " + Organization.CENTRAL + "=1}", counts.toString());
  }
}
