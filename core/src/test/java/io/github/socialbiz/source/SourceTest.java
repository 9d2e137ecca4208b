package io.github.socialbiz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class SourceTest {

  @Test
  void sixStages_usesTheAltimeterPageTitleAndDate() {
    assertEquals(
        "The Evolution of Social Business: Six Stages of Social Business Transformation",
        Source.SIX_STAGES_2013.title());
    assertEquals("2013-03-06", Source.SIX_STAGES_2013.date());
    assertEquals(2013, Source.SIX_STAGES_2013.year());
    assertEquals("Li et al. 2013", Source.SIX_STAGES_2013.shortReference());
    assertEquals(Source.Kind.REPORT, Source.SIX_STAGES_2013.kind());
  }

  @Test
  void shortReference_handlesOneTwoAndManyAuthors() {
    // a shared lead author and year takes a letter, in declaration order
    assertEquals("Owyang 2010a", Source.FIVE_WAYS_TO_ORGANIZE_2010.shortReference());
    assertEquals("Owyang 2010b", Source.HUB_AND_SPOKE_FORMATION_2010.shortReference());
    assertEquals("Owyang & Li 2011", Source.SOCIAL_BUDGETS_2011.shortReference());
    assertEquals("Owyang 2011b", Source.KMWORLD_2011.shortReference());
    assertEquals("Owyang 2012", Source.PROLIFERATION_2012.shortReference());
  }

  @Test
  void noTwoSources_shareAShortReference() {
    Set<String> seen = new HashSet<>();
    for (Source s : Source.values()) {
      assertTrue(seen.add(s.shortReference()), s::shortReference);
    }
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void everySource_isDatedAndParsesBack(Source source) {
    assertTrue(source.date().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), source::date);
    assertSame(source, Source.parse(source.name()));
    assertSame(source, Source.parse(source.title()));
    assertTrue(source.url().map(u -> u.startsWith("http")).orElse(true));
  }

  @Test
  void url_isEmptyWhereUnknown() {
    assertEquals(Optional.empty(), Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.url());
    assertEquals(Optional.empty(), Source.KMWORLD_2011.url());
  }

  @Test
  void kmworld_isSeedOne_theTechTargetInterview() {
    assertEquals(
        "Prepare a formal enterprise social media strategy for business success",
        Source.KMWORLD_2011.title());
    assertEquals("2011", Source.KMWORLD_2011.date());
    assertEquals("Jeremiah Owyang (reported by TechTarget)", Source.KMWORLD_2011.authors());
    assertEquals(Source.Kind.ARTICLE, Source.KMWORLD_2011.kind());
  }

  @Test
  void kmworldNews_isTheOtherTechTargetStory_withTheReadinessRequirements() {
    assertEquals(
        "Effective social media strategy: A must for success in a social world",
        Source.KMWORLD_NEWS_2011.title());
    assertEquals("2011-11", Source.KMWORLD_NEWS_2011.date());
    assertEquals(
        Optional.of(
            "https://searchcontentmanagement.techtarget.com/news/2240111036/Effective-social-media-strategy-A-must-for-success-in-a-social-world"),
        Source.KMWORLD_NEWS_2011.url());
  }

  @Test
  void owyang2013_isTheMayPostOnWhereTheModelsAreHeading() {
    assertEquals(
        "Altimeter Research: Social Business Spreads Across The Enterprise",
        Source.SOCIAL_BUSINESS_SPREADS_2013.title());
    assertEquals("2013-05-08", Source.SOCIAL_BUSINESS_SPREADS_2013.date());
    assertEquals("Owyang 2013", Source.SOCIAL_BUSINESS_SPREADS_2013.shortReference());
    assertEquals(Source.Kind.BLOG_POST, Source.SOCIAL_BUSINESS_SPREADS_2013.kind());
    assertEquals(
        Optional.of(
            "https://web-strategist.com/blog/2013/05/08/altimeter-research-social-business-spreads-across-the-enterprise/"),
        Source.SOCIAL_BUSINESS_SPREADS_2013.url());
  }

  @Test
  void hubAndSpokeFormation_isTheNovember2010SurveyPost() {
    assertEquals(
        "Research: Most Companies Organize in \"Hub and Spoke\" Formation for Social Business",
        Source.HUB_AND_SPOKE_FORMATION_2010.title());
    assertEquals("2010-11-09", Source.HUB_AND_SPOKE_FORMATION_2010.date());
    assertEquals(
        Optional.of(
            "https://web-strategist.com/blog/2010/11/09/research-most-companies-organize-in-hub-and-spoke-formation/"),
        Source.HUB_AND_SPOKE_FORMATION_2010.url());
  }

  @Test
  void everySource_isOneText_noTitleOrAddressShared() {
    Set<String> titles = new HashSet<>();
    Set<String> urls = new HashSet<>();
    for (Source s : Source.values()) {
      assertTrue(titles.add(s.title()), s::name);
      s.url().ifPresent(u -> assertTrue(urls.add(u), s::name));
    }
  }

  @Test
  void parse_acceptsTheSixStagesReportsSocialMediaTitle() {
    assertSame(
        Source.SIX_STAGES_2013,
        Source.parse("The Evolution of Social Business Six Stages of Social Media Transformation"));
    assertSame(
        Source.SIX_STAGES_2013,
        Source.parse(
            "The Evolution of Social Business: Six Stages of Social Media Transformation"));
    assertEquals(
        List.of("The Evolution of Social Business: Six Stages of Social Media Transformation"),
        Source.SIX_STAGES_2013.titleVariants());
    assertEquals(List.of(), Source.KMWORLD_2011.titleVariants());
  }

  @Test
  void parse_unknown_throws() {
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> Source.parse("Groundswell"));
    assertTrue(
        String.valueOf(e.getMessage())
            .startsWith(
                "Unknown Source: 'Groundswell' (accepted, in any case: FIVE_WAYS_TO_ORGANIZE_2010 (1, "),
        e::getMessage);
  }
}
