package io.github.socialbiz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import java.util.Optional;
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
    assertEquals("Owyang 2010", Source.FIVE_WAYS_TO_ORGANIZE_2010.shortReference());
    assertEquals("Owyang & Li 2011", Source.SOCIAL_BUDGETS_2011.shortReference());
    assertEquals("Owyang 2011", Source.KMWORLD_2011.shortReference());
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
