package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit's standing: what it rests on (its respondents) and its overall score as a range. */
final class UnitStandingTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

  private static final Organization ACME =
      Organization.builder()
          .name("Acme")
          .employees(4_000)
          .addBusinessUnits(BusinessUnit.of("Cloud"), BusinessUnit.of("Retail"))
          .build();

  @Test
  void aUnitRespondent_isWhatTheUnitsStandingRestsOn() {
    Response li =
        Response.of(
            Respondent.of("Li Wei", "liaison", "Cloud"),
            DAY,
            List.of(Answer.of("q.listening", "most")));
    Organization merged =
        Responses.merge(Questionnaire.standard(), List.of(li), ACME).organization();
    Assessment a = Assessor.standard().assess(merged, DAY);
    UnitStanding cloud = a.units().get(0);
    assertEquals("Cloud", cloud.unit());
    assertEquals(1, cloud.respondents());
    // Cloud's view: Listening most, the 35 other practices not assessed. Engagement has 5
    // practices:
    // its low mean is 1/5, every other dimension's 0, so the overall low end is (1/5) / 7
    // dimensions;
    // the high end counts every practice not assessed at most: 1.
    assertEquals(0.2 / 7, cloud.overall(), 1e-12);
    assertEquals(1.0, cloud.overallPossible(), 1e-12);
    assertEquals(35, cloud.notAssessed());
    assertFalse(cloud.isOverallExact());
    // nothing is known below the top grade: no weakness is known, Strategy only comes first
    assertFalse(cloud.isWeaknessKnown());
    assertEquals(Dimension.STRATEGY, cloud.weakestDimension());
    assertEquals(
        "Cloud: PLANNING, no level, no known weakness, overall 0.03 to 1.00, 1 respondent",
        cloud.toString());
    // Retail: nobody answered for it; its view is the organization's evidence
    UnitStanding retail = a.units().get(1);
    assertEquals(0, retail.respondents());
    assertEquals(36, retail.notAssessed());
    assertEquals(
        "Retail: PLANNING, no level, no known weakness, overall 0.00 to 1.00", retail.toString());
    // and the organization is not assessed on Listening: only Cloud answered it
    assertFalse(merged.isAssessed(Practice.LISTENING));
  }

  @Test
  void theWeakestDimension_isAProvenWeakness_notOneOfUnknowns() {
    // Cloud: Listening none (Engagement's best case 4/5), Funding most; everything else not
    // assessed
    Response li =
        Response.of(
            Respondent.of("Li Wei", "liaison", "Cloud"),
            DAY,
            List.of(Answer.of("q.listening", "none"), Answer.of("q.funding", "most")));
    Organization merged =
        Responses.merge(Questionnaire.standard(), List.of(li), ACME).organization();
    UnitStanding cloud = Assessor.standard().assess(merged, DAY).units().get(0);
    assertTrue(cloud.isWeaknessKnown());
    assertEquals(Dimension.ENGAGEMENT, cloud.weakestDimension());
    assertEquals(
        "Cloud: PLANNING, no level, weakest ENGAGEMENT, overall 0.02 to 0.97, 1 respondent",
        cloud.toString());
  }

  @Test
  void severalRespondents_areCounted() {
    List<Response> responses =
        List.of(
            Response.of(Respondent.of("Li Wei", "liaison", "Cloud"), DAY, List.of()),
            Response.of(Respondent.of("Kim Park", "analyst", "Cloud"), DAY, List.of()),
            Response.of(Respondent.of("Ana Ruiz", "strategist"), DAY, List.of()));
    Organization merged = Responses.merge(Questionnaire.standard(), responses, ACME).organization();
    Assessment a = Assessor.standard().assess(merged, DAY);
    assertEquals(List.of(2, 0), a.units().stream().map(UnitStanding::respondents).toList());
  }

  @Test
  void aUnitDescribedByHand_restsOnNoRespondent_andAnExactScoreHasNoRange() {
    Assessment a = Assessor.standard().assess(SampleOrganizations.multinational(), DAY);
    for (UnitStanding u : a.units()) {
      assertEquals(0, u.respondents(), u.unit());
      assertEquals(u.notAssessed() == 0, u.isOverallExact(), u.unit());
    }
  }

  @Test
  void storedStandings_defaultToNoRangeAndNoRespondent() {
    UnitStanding u =
        UnitStanding.builder()
            .unit("Cloud")
            .stage(Stage.PRESENCE)
            .weakestDimension(Dimension.PROCESS)
            .overall(0.5)
            .holdingBack(false)
            .build();
    assertEquals(0.5, u.overallPossible());
    assertEquals(0, u.notAssessed());
    assertEquals(0, u.respondents());
    assertTrue(u.isOverallExact());
    assertEquals("Cloud: PRESENCE, no level, weakest PROCESS", u.toString());
    assertEquals(
        "UnitStanding.overallPossible must be at least overall (0.5), but was 0.25 for 'Cloud'",
        assertThrows(
                SocialBusinessException.class,
                () ->
                    UnitStanding.builder()
                        .unit("Cloud")
                        .stage(Stage.PRESENCE)
                        .weakestDimension(Dimension.PROCESS)
                        .overall(0.5)
                        .overallPossible(0.25)
                        .holdingBack(false)
                        .build())
            .getMessage());
    assertEquals(
        "UnitStanding.respondents must be at least 0, but was -1 for 'Cloud'",
        assertThrows(
                SocialBusinessException.class,
                () ->
                    UnitStanding.builder()
                        .unit("Cloud")
                        .stage(Stage.PRESENCE)
                        .weakestDimension(Dimension.PROCESS)
                        .overall(0.5)
                        .respondents(-1)
                        .holdingBack(false)
                        .build())
            .getMessage());
    assertEquals(
        "BusinessUnit.respondents must be at least 0, but was -2 for unit 'Cloud'",
        assertThrows(
                SocialBusinessException.class,
                () -> BusinessUnit.builder().name("Cloud").respondents(-2).build())
            .getMessage());
    assertEquals(
        "BusinessUnit{Cloud, overrides=[LISTENING=HALF (SELF_REPORTED)], respondents=2}",
        BusinessUnit.builder()
            .name("Cloud")
            .respondents(2)
            .build()
            .withOverride(Practice.LISTENING, Adoption.HALF)
            .toString());
  }
}
