package io.github.socialbiz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.StandardRules;
import io.github.socialbiz.coe.Responsibility;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seed S3 ({@code 003_4970ff10dd0b5ce8}): Oracle's blog post on setting up an enterprise social
 * organization, drawing on an interview with Owyang. The expected values are written by hand from the
 * seed.
 *
 * <p>Not encoded yet: that a CoE is a sign of a mature social enterprise; the
 * post's address (the library knows none) and its repost byline; the HBR blog and the technology-partner
 * argument.
 */
final class Seed003Test {

  @Test
  void theStrategist_comesFromMarketingOrCommunications_andTheTeamReportsToThem() {
    Role s = Role.CORPORATE_SOCIAL_STRATEGIST;
    assertTrue(s.description().contains("marketing or corporate communications"), s::description);
    assertTrue(s.description().contains("the team reports to them"), s::description);
    assertEquals(Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012, s.citations().get(1).source());
  }

  @Test
  void theSource_isStilesPostOfDecember2012() {
    Source s = Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012;
    assertEquals("How to Set Up Your Enterprise Social Organization?", s.title());
    assertEquals("2012-12-04", s.date());
    assertEquals("Mike Stiles", s.authors());
    assertEquals(s, Source.parse("How to Set Up Your Enterprise Social Organization?"));
  }

  @Test
  void theCoe_strategyTrainingResearchMeasurementAndVendorSelection() {
    assertEquals(Responsibility.STRATEGY, Responsibility.parse("strategy"));
    assertEquals(Responsibility.EDUCATION, Responsibility.parse("training and education"));
    assertEquals(Responsibility.RESEARCH, Responsibility.parse("research"));
    assertEquals(
        Responsibility.MEASUREMENT, Responsibility.parse("measurement and accountability"));
    assertEquals(Responsibility.VENDOR_SELECTION, Responsibility.parse("vendor selection"));
    for (Responsibility r :
        List.of(
            Responsibility.STRATEGY,
            Responsibility.RESEARCH,
            Responsibility.MEASUREMENT,
            Responsibility.VENDOR_SELECTION)) {
      assertEquals(Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012, r.citation().source(), r::name);
    }
  }

  @Test
  void theCoe_isLedByTheCorporateSocialStrategist() {
    String d = Role.CORPORATE_SOCIAL_STRATEGIST.description();
    assertTrue(d.startsWith("Leads the program and the CoE"), d);
  }

  @Test
  void reportingToTheStrategist_theRolesOfTheSeed() {
    assertEquals(Role.COMMUNITY_MANAGER, Role.parse("community manager"));
    assertEquals(Role.BUSINESS_UNIT_LIAISON, Role.parse("business unit liaison"));
    assertEquals(Role.CAMPAIGN_MANAGER, Role.parse("social media campaign manager"));
    assertEquals(Role.CAMPAIGN_MANAGER, Role.parse("product manager"));
    assertEquals(Role.SOCIAL_ANALYST, Role.parse("social analyst"));
    assertEquals(Role.DEVELOPER, Role.parse("developer"));
    assertTrue(Role.COMMUNITY_MANAGER.description().contains("front line"));
  }

  @Test
  void theContentStrategist_isEmerging() {
    Role r = Role.parse("content strategist");
    assertEquals(Role.CONTENT_STRATEGIST, r);
    assertTrue(r.description().contains("emerging"), r::description);
    Citation c = r.citations().get(0);
    assertEquals(Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012, c.source());
    assertTrue(c.locator().contains("emerging"), c::locator);
  }

  @Test
  void fiveOrganizationalModels_inOrder() {
    assertEquals(
        List.of("Decentralized", "Centralized", "Hub and Spoke", "Dandelion", "Honeycomb"),
        Arrays.stream(OrganizationalModel.values())
            .map(OrganizationalModel::displayName)
            .collect(Collectors.toList()));
    for (OrganizationalModel m : OrganizationalModel.values()) {
      assertTrue(
          m.citations().stream()
              .anyMatch(c -> c.source() == Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012),
          m::name);
    }
  }

  @Test
  void theModels_meaningsInOneLine() {
    contains(OrganizationalModel.DECENTRALIZED, "anyone may use any channel");
    contains(OrganizationalModel.CENTRALIZED, "One department", "every social channel");
    contains(
        OrganizationalModel.HUB_AND_SPOKE, "central", "business units", "run their own social");
    contains(OrganizationalModel.DANDELION, "Each business unit", "own social strategy, staff");
    contains(OrganizationalModel.DANDELION, "policies set by a central Center of Excellence");
    contains(
        OrganizationalModel.HONEYCOMB, "Any employee", "coordinated and monitored on one platform");
  }

  @Test
  void hubAndSpoke_isTheMostUsedModel() {
    for (int year : List.of(2010, 2012)) {
      OrganizationalModel most =
          Arrays.stream(OrganizationalModel.values())
              .filter(m -> m.adoption(year).isPresent())
              .max(Comparator.comparingDouble(m -> m.adoption(year).orElseThrow().value()))
              .orElseThrow();
      assertEquals(OrganizationalModel.HUB_AND_SPOKE, most, () -> "in " + year);
    }
  }

  @Test
  void theAverageEnterprise_has178Accounts() {
    Statistic s = Statistics.get("accounts.per-enterprise");
    assertEquals(178.0, s.value());
    assertEquals(Unit.COUNT, s.unit());
  }

  @Test
  void nearlyAQuarter_areSemiIdle_andShouldBeShutDown() {
    Statistic s = Statistics.get("accounts.semi-idle");
    assertEquals(25.0, s.value());
    assertEquals(Unit.PERCENT, s.unit());
    assertTrue(s.description().contains("nearly a quarter"), s::description);
    assertEquals(Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012, s.citation().source());
    Citation rule =
        (Citation) StandardRules.accountHygiene().rule("accounts.idle").orElseThrow().citation();
    assertEquals(Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012, rule.source());
  }

  private static void contains(OrganizationalModel m, String... words) {
    for (String w : words) {
      assertTrue(m.description().contains(w), () -> m + ": " + m.description());
    }
  }

  @Test
  void sephora_citesTheSimmonsDeck() {
    Guidance g =
        Stage.STRATEGIC.guidance(Guidance.Kind.BEST_PRACTICE).stream()
            .filter(x -> x.citation().locator().contains("Sephora"))
            .findFirst()
            .orElseThrow();
    assertEquals(Source.SIMMONS_DECK_2013, g.citation().source());
    assertEquals("2013-04-02", Source.SIMMONS_DECK_2013.date());
  }
}
