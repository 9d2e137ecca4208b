package io.github.socialbiz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.ModelFit;
import io.github.socialbiz.assessment.StandardRules;
import io.github.socialbiz.coe.Responsibility;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seed S1 ({@code 001_67d3c79ff38e2803}): TechTarget's interview with Owyang after his KMWorld 2011
 * keynote. The expected values are written by hand from the seed.
 *
 * <p>Listed in {@code docs/frameworks.md} as left out: that the strategist is most often a woman
 * (consciously); that a cross-functional team and a flexible charter are the key to success.
 *
 * <p>Not encoded yet: the keynote's audience (1,000 people) and place (Washington, D.C.); Owyang's title
 * at Altimeter; the "managers" in the list of the strategist's team (which managers is not said); that
 * the charter starts small.
 */
final class Seed001Test {

  @Test
  void companySize_smallOnesHarnessTheCrowd_largeOnesAreSiloedButResourced() {
    List<String> small =
        ModelFit.recommend(Organization.builder().name("Small").employees(300).build()).reasons();
    assertTrue(
        small.stream().anyMatch(r -> r.contains("second or third job") && r.contains("customers")),
        small::toString);
    List<String> large = ModelFit.recommend(SampleOrganizations.multinational()).reasons();
    assertTrue(
        large.stream().anyMatch(r -> r.contains("silos") && r.contains("people and money")),
        large::toString);
    // and team size grows with maturity: the share of the published size expected rises by stage
    assertTrue(
        StandardRules.coeCoverage()
            .rule("coe.headcount-benchmark")
            .orElseThrow()
            .recommendation()
            .contains("grow as programs mature"));
  }

  @Test
  void theSource_isTheArticleOfTheSeed() {
    Source s = Source.KMWORLD_2011;
    assertTrue(
        s.title()
            .startsWith("Prepare a formal enterprise social media strategy for business success"),
        s::title);
    assertTrue(s.authors().contains("Jeremiah Owyang"), s::authors);
    // the seed gives no date beyond "the recent KMWorld 2011 conference"
    assertEquals("2011", s.date());
    assertEquals(Source.Kind.ARTICLE, s.kind());
  }

  @Test
  void theAddress_isNotTheNewsStorys_whichIsASourceOfItsOwn() {
    // the seed does not give its own address, so none is recorded; the news story it was once
    // confused with is another text
    assertEquals(Optional.empty(), Source.KMWORLD_2011.url());
    assertTrue(
        Source.KMWORLD_NEWS_2011.url().orElseThrow().contains("2240111036"),
        () -> Source.KMWORLD_NEWS_2011.url().toString());
  }

  @Test
  void seventyFivePercentOfCrises_couldHaveBeenAverted() {
    Statistic s = Statistics.get("crises.avoidable.kmworld");
    assertEquals(75.0, s.value());
    assertEquals(Unit.PERCENT, s.unit());
    assertEquals(Source.KMWORLD_2011, s.citation().source());
  }

  @Test
  void fiveLevels_inTheLibrarysNamesAndOrder() {
    assertEquals(
        List.of("Foundation", "Safety", "Formation", "Enablement", "Enlightenment"),
        Arrays.stream(MaturityLevel.values())
            .map(MaturityLevel::displayName)
            .collect(Collectors.toList()));
  }

  @Test
  void theSeedsLevelOneFormation_isAnAliasOfFoundation() {
    assertEquals(MaturityLevel.FOUNDATION, MaturityLevel.parse("Formation (level 1)"));
    assertEquals(MaturityLevel.FORMATION, MaturityLevel.parse("formation"));
  }

  @Test
  void levelOne_governancePoliciesEducationAndAccessToTools() {
    assertTrue(
        practices(MaturityLevel.FOUNDATION)
            .containsAll(
                EnumSet.of(
                    Practice.SOCIAL_MEDIA_POLICY,
                    Practice.EMPLOYEE_EDUCATION,
                    Practice.EMPLOYEE_ACCESS)));
  }

  @Test
  void levelTwo_processesWorkflowAndACrisisPlan() {
    assertTrue(
        practices(MaturityLevel.SAFETY)
            .containsAll(EnumSet.of(Practice.TRIAGE_PROCESS, Practice.CRISIS_PLAN)));
  }

  @Test
  void levelThree_aCharterAndACenterOfExcellence_citedToTheSeed() {
    assertEquals(
        EnumSet.of(Fact.CHARTER_WRITTEN, Fact.CENTER_OF_EXCELLENCE_STAFFED),
        facts(MaturityLevel.FORMATION));
    for (Criterion c : MaturityLevel.FORMATION.entryCriteria()) {
      if (c instanceof FactCriterion) {
        assertEquals(Source.KMWORLD_2011, c.citation().source(), c::id);
      }
    }
  }

  @Test
  void levelFour_enablesBusinessUnits() {
    assertTrue(practices(MaturityLevel.ENABLEMENT).contains(Practice.BUSINESS_UNIT_ENABLEMENT));
  }

  @Test
  void levelFive_realTimeTheWholeCompanyAndPredictingCustomers() {
    assertTrue(
        practices(MaturityLevel.ENLIGHTENMENT)
            .containsAll(
                EnumSet.of(
                    Practice.REAL_TIME_RESPONSE,
                    Practice.EMPLOYEE_PARTICIPATION,
                    Practice.CUSTOMER_INSIGHT_INTEGRATION)));
  }

  @Test
  void teamSize_growsWithMaturity() {
    assertTrue(Statistics.TEAM_NOVICE.value() < Statistics.TEAM_INTERMEDIATE.value());
    assertTrue(Statistics.TEAM_INTERMEDIATE.value() < Statistics.TEAM_ADVANCED.value());
  }

  @Test
  void theStrategist_ownsTheCharterWorksWithUnitsDeploysAndMeasures() {
    Role r = Role.parse("corporate social strategist");
    assertEquals(Role.CORPORATE_SOCIAL_STRATEGIST, r);
    String d = r.description();
    assertTrue(d.contains("charter"), d);
    assertTrue(d.contains("business units"), d);
    assertTrue(d.contains("rolls out programs"), d);
    assertTrue(d.contains("measuring success"), d);
    assertTrue(r.accountableFor().contains(Responsibility.MEASUREMENT));
  }

  @Test
  void theStrategistsTeam_communityManagersLiaisonsAnalystsAndDevelopers() {
    assertEquals(Role.COMMUNITY_MANAGER, Role.parse("community manager"));
    assertEquals(Role.BUSINESS_UNIT_LIAISON, Role.parse("business unit liaison"));
    assertEquals(Role.SOCIAL_ANALYST, Role.parse("analyst"));
    assertEquals(Role.DEVELOPER, Role.parse("development team"));
  }

  @Test
  void theCharter_goalsHowToAchieveMeasurementRelationshipsAndVision() {
    assertTrue(CharterElement.BUSINESS_GOALS.description().contains("business goals"));
    assertTrue(CharterElement.APPROACH.description().contains("How the program will reach"));
    assertTrue(CharterElement.MEASUREMENT.description().contains("measured"));
    assertTrue(CharterElement.VISION.description().startsWith("A vision"));
    String relationships = CharterElement.RELATIONSHIP_CHANGE.description();
    for (String who : List.of("employees", "customers", "prospects", "partners")) {
      assertTrue(relationships.contains(who), relationships);
    }
    for (CharterElement e : CharterElement.values()) {
      assertEquals(Source.KMWORLD_2011, e.citation().source(), e::name);
    }
  }

  @Test
  void theCharter_thinksBeyondSupportAndMarketing() {
    String breadth = CharterElement.BREADTH.description();
    for (String function : List.of("HR", "supply chain", "partners", "product innovation")) {
      assertTrue(breadth.contains(function), breadth);
    }
  }

  @Test
  void theCharter_saysNothingOfToolsOrTechnology() {
    String p = CharterElement.prohibition().toLowerCase(Locale.ROOT);
    assertTrue(p.contains("tool"), p);
    assertTrue(p.contains("technology"), p);
    assertEquals(Source.KMWORLD_2011, CharterElement.prohibitionCitation().source());
    // the lint reads the passage as named products only: the same source, graded as our reading
    Citation lint =
        (Citation) StandardRules.charter().rule("charter.no-tools").orElseThrow().citation();
    assertEquals(Source.KMWORLD_2011, lint.source());
    assertEquals(Provenance.INFERRED, lint.provenance());
  }

  @Test
  void theCharter_isWrittenInPencil() {
    Reference r = StandardRules.charter().rule("charter.current").orElseThrow().citation();
    Citation c = (Citation) r;
    assertEquals(Source.KMWORLD_2011, c.source());
    assertTrue(c.locator().contains("pencil"), c::locator);
  }

  private static Set<Practice> practices(MaturityLevel level) {
    Set<Practice> practices = EnumSet.noneOf(Practice.class);
    for (Criterion c : level.entryCriteria()) {
      if (c instanceof PracticeCriterion p) {
        practices.add(p.practice());
      }
    }
    return practices;
  }

  private static Set<Fact> facts(MaturityLevel level) {
    Set<Fact> facts = EnumSet.noneOf(Fact.class);
    for (Criterion c : level.entryCriteria()) {
      if (c instanceof FactCriterion f) {
        facts.add(f.fact());
      }
    }
    return facts;
  }

  @Test
  void seventyFivePercent_keepsTheSeedsWording_andNamesNoSample() {
    Statistic s = Statistics.CRISES_AVOIDABLE_ROUNDED;
    assertEquals(
        "Social media crises that could have been averted or successfully dealt with had the companies"
            + " prepared properly, as Owyang gave it after the KMWorld 2011 keynote",
        s.description());
    assertEquals("social media crises (the source names no sample)", s.population());
    assertEquals("2011", s.wave());
    // the 76% keeps its own source, sample and wording
    assertEquals(Source.SOCIAL_READINESS_2011, Statistics.CRISES_AVOIDABLE.citation().source());
    assertEquals("50 analysed social media crises", Statistics.CRISES_AVOIDABLE.population());
  }

  @Test
  void theCharter_mayStateThatSocialMediaTechnologyWillBeUsed() {
    assertEquals(
        "A charter does not discuss tools or technology, which are irrelevant to what the program is"
            + " for; it may state that the organization will use social media technology to reach its"
            + " business goals",
        CharterElement.prohibition());
  }

  @Test
  void theKeyToSuccess_andTheStrategistsGender_areListedAsLeftOut() throws IOException {
    String page = frameworksPage();
    assertTrue(
        page.contains(
            "- The key to success is a cross-functional team and a flexible charter (seed 001, the"
                + " KMWorld 2011 interview): "));
    assertTrue(
        page.contains(
            "- The corporate social strategist is most often a woman (seed 001, the KMWorld 2011"
                + " interview): consciously left out"));
  }

  @Test
  void threeOwyang2011Sources_readApart() {
    assertEquals("Owyang 2011a", Source.TEAM_COMPOSITION_2011.shortReference());
    assertEquals("Owyang 2011b", Source.KMWORLD_2011.shortReference());
    assertEquals("Owyang 2011c", Source.KMWORLD_NEWS_2011.shortReference());
  }

  private static String frameworksPage() throws IOException {
    return Files.readString(Path.of("..", "docs", "frameworks.md"));
  }
}
