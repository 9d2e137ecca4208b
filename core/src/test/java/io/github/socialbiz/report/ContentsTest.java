package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.testing.ReportFixtures;
import org.junit.jupiter.api.Test;

/** How the report asks about a criterion that is not verified. */
final class ContentsTest {

  @Test
  void ask_aCriterionTheAssessmentDidNotQuestion_usesTheStandardQuestionnaire() {
    Assessment a = ReportFixtures.assess(SampleOrganizations.multinational());
    Criterion practice = Rung.criterion("stage.presence.listening");
    Criterion fact = Rung.criterion("stage.engagement.social-strategist-appointed");
    assertEquals(
        "\u201cHow many of your brands and products are monitored continuously on social"
            + " channels?\u201d",
        Contents.ask(a, practice));
    assertEquals(
        "\u201cIs a corporate social strategist appointed and named on the hub's roster?\u201d",
        Contents.ask(a, fact));
  }
}
