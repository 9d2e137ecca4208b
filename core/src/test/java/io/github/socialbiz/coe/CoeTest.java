package io.github.socialbiz.coe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

final class CoeTest {

  @ParameterizedTest
  @EnumSource(Responsibility.class)
  void everyResponsibility_hasAnOwnerRole(Responsibility r) {
    assertFalse(r.owners().isEmpty(), r::name);
    for (Role owner : r.owners()) {
      assertFalse(!owner.accountableFor().contains(r));
    }
    assertSame(r, Responsibility.parse(r.displayName()));
  }

  @Test
  void strategist_ownsStrategyAndMeasurement_analystsOnlySupportIt() {
    assertEquals(
        Set.of(
            Responsibility.STRATEGY,
            Responsibility.GOVERNANCE,
            Responsibility.MEASUREMENT,
            Responsibility.VENDOR_SELECTION,
            Responsibility.ALIGNMENT),
        Role.CORPORATE_SOCIAL_STRATEGIST.accountableFor());
    assertEquals(Set.of(Role.CORPORATE_SOCIAL_STRATEGIST), Responsibility.MEASUREMENT.owners());
    assertEquals(Set.of(Responsibility.RESEARCH), Role.SOCIAL_ANALYST.accountableFor());
  }

  @Test
  void expectedAt_growsWithTheStage() {
    assertEquals(Set.of(), Role.expectedAt(Stage.PLANNING));
    assertEquals(Set.of(), Role.expectedAt(Stage.PRESENCE));
    // the strategist comes before the campaign manager; the content strategist, emerging, at
    // Formalized
    assertEquals(
        Set.of(Role.CORPORATE_SOCIAL_STRATEGIST, Role.COMMUNITY_MANAGER),
        Role.expectedAt(Stage.ENGAGEMENT));
    assertEquals(
        Set.of(
            Role.EXECUTIVE_SPONSOR,
            Role.CORPORATE_SOCIAL_STRATEGIST,
            Role.COMMUNITY_MANAGER,
            Role.BUSINESS_UNIT_LIAISON,
            Role.CAMPAIGN_MANAGER,
            Role.SOCIAL_ANALYST,
            Role.CONTENT_STRATEGIST),
        Role.expectedAt(Stage.FORMALIZED));
    assertEquals(List.of(Role.CONTENT_STRATEGIST), emerging());
    assertEquals(Set.of(Role.values()), Role.expectedAt(Stage.CONVERGED));
  }

  @ParameterizedTest
  @CsvSource({
    "liaison, BUSINESS_UNIT_LIAISON",
    "Social strategist, CORPORATE_SOCIAL_STRATEGIST",
    "community manager, COMMUNITY_MANAGER",
    "sponsor, EXECUTIVE_SPONSOR",
    "Development team, DEVELOPER"
  })
  void role_parsesAliases(String text, Role role) {
    assertSame(role, Role.parse(text));
  }

  @ParameterizedTest
  @CsvSource({
    "1, UNDER_1_000",
    "999, UNDER_1_000",
    "1000, FROM_1_000_TO_4_999",
    "4999, FROM_1_000_TO_4_999",
    "5000, FROM_5_000_TO_99_999",
    "99999, FROM_5_000_TO_99_999",
    "100000, FROM_100_000",
    "2147483647, FROM_100_000"
  })
  void sizeBand_coversEveryHeadcount(int employees, SizeBand band) {
    assertSame(band, SizeBand.of(employees));
  }

  @Test
  void sizeBand_benchmarks() {
    assertEquals(Optional.empty(), SizeBand.UNDER_1_000.benchmark());
    assertEquals(3.0, SizeBand.FROM_1_000_TO_4_999.benchmark().orElseThrow().value());
    assertEquals(15.6, SizeBand.FROM_5_000_TO_99_999.benchmark().orElseThrow().value());
    assertEquals(49.0, SizeBand.FROM_100_000.benchmark().orElseThrow().value());
    assertFalse(SizeBand.teamStatistics().isEmpty());
    assertEquals(
        "SizeBand.employees must be at least 1, but was 0",
        assertThrows(SocialBusinessException.class, () -> SizeBand.of(0)).getMessage());
  }

  private static List<Role> emerging() {
    List<Role> roles = new ArrayList<>();
    for (Role r : Role.values()) {
      if (r.isEmerging()) {
        roles.add(r);
      }
    }
    return roles;
  }

  @Test
  void strategist_citesSeedOne_forTheCharterAndMeasurementDuties() {
    assertEquals(
        Source.KMWORLD_2011.at(
            "Who leads the team: the strategist's charter, business units, roll-out and measurement",
            Provenance.SINGLE_SOURCE),
        Role.CORPORATE_SOCIAL_STRATEGIST.citations().get(0));
  }

  @Test
  void sharedServices_citesTheNovember2010SurveyPost() {
    assertEquals(
        Source.HUB_AND_SPOKE_FORMATION_2010.at(
            "Hub and spoke provides centralized resources to business units",
            Provenance.SINGLE_SOURCE),
        Responsibility.SHARED_SERVICES.citation());
  }

  @Test
  void sizeBand_gradesEachBandOnItsOwn() {
    assertEquals(Optional.empty(), SizeBand.UNDER_1_000.citation());
    assertEquals(
        Provenance.SINGLE_SOURCE,
        SizeBand.FROM_1_000_TO_4_999.citation().orElseThrow().provenance());
    assertEquals(
        Source.STATE_OF_SOCIAL_BUSINESS_2013.at(
            "Infographic: average dedicated team of all surveyed companies (applying it to 5,000 to"
                + " 99,999 employees is the library's reading)",
            Provenance.INFERRED),
        SizeBand.FROM_5_000_TO_99_999.citation().orElseThrow());
    assertEquals(
        Provenance.SINGLE_SOURCE, SizeBand.FROM_100_000.citation().orElseThrow().provenance());
  }

  @Test
  void sizeBand_under1000_saysNoFigureIsPublished_notThatNoneWasSurveyed() {
    assertEquals(
        "No team size is published for companies under 1,000 employees (the Q3 2013 wave surveyed"
            + " companies of 500+, the 2010-2012 waves companies of 1,000+)",
        SizeBand.UNDER_1_000.description());
    assertEquals(
        "No figure is published for this band; the library uses the average team of all surveyed"
            + " companies",
        SizeBand.FROM_5_000_TO_99_999.description());
  }

  @Test
  void responsibilities_allInDeclarationOrder() {
    assertEquals(
        List.of(
            Responsibility.STRATEGY,
            Responsibility.EDUCATION,
            Responsibility.RESEARCH,
            Responsibility.MEASUREMENT,
            Responsibility.VENDOR_SELECTION,
            Responsibility.GOVERNANCE,
            Responsibility.SHARED_SERVICES,
            Responsibility.ALIGNMENT),
        Responsibility.all());
  }
}
