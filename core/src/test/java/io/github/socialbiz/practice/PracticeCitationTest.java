package io.github.socialbiz.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import org.junit.jupiter.api.Test;

final class PracticeCitationTest {

  @Test
  void readinessRequirements_citeTheNewsStoryThatListsThem() {
    assertEquals(
        Source.KMWORLD_NEWS_2011.at("Readiness requirement 1", Provenance.SINGLE_SOURCE),
        Practice.SOCIAL_MEDIA_POLICY.citations().get(1));
    assertEquals(
        Source.KMWORLD_NEWS_2011.at("Readiness requirement 2", Provenance.SINGLE_SOURCE),
        Practice.EMPLOYEE_EDUCATION.citations().get(1));
    assertEquals(
        Source.KMWORLD_NEWS_2011.at("Readiness requirement 3", Provenance.SINGLE_SOURCE),
        Practice.MODERATION_REVIEW.citations().get(0));
    assertEquals(
        Source.KMWORLD_NEWS_2011.at("Readiness requirement 4", Provenance.SINGLE_SOURCE),
        Practice.LISTENING.citations().get(1));
  }

  @Test
  void seedOne_isCitedOnlyForWhatItSays() {
    for (Practice p : Practice.values()) {
      for (Citation c : p.citations()) {
        if (c.source() == Source.KMWORLD_2011) {
          assertFalse(c.locator().startsWith("Readiness requirement"), p::name);
        }
      }
    }
  }
}
