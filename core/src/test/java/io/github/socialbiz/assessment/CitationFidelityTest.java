package io.github.socialbiz.assessment;

import static io.github.socialbiz.source.Provenance.INFERRED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import org.junit.jupiter.api.Test;

/** The standard rules cite the text that says what they check, graded as the library knows it. */
final class CitationFidelityTest {

  private static Reference citation(RuleBook<Snapshot> book, String id) {
    return book.rule(id).orElseThrow().citation();
  }

  @Test
  void centralizedAtScale_citesOwyang2013_withTheThresholdsAsTheLibrarys() {
    assertEquals(
        Source.SOCIAL_BUSINESS_SPREADS_2013.at(
            "Centralized: a short-term fix that cannot scale (10,000 employees and 2 units are the"
                + " library's thresholds)",
            INFERRED),
        citation(StandardRules.modelFit(), "model.centralized-at-scale"));
  }

  @Test
  void decentralizedProliferation_citesOwyang2013_withTheThresholdAsTheLibrarys() {
    assertEquals(
        Source.SOCIAL_BUSINESS_SPREADS_2013.at(
            "Decentralized: unchecked proliferation (the 10-account threshold is the library's)",
            INFERRED),
        citation(StandardRules.modelFit(), "model.decentralized-proliferation"));
  }

  @Test
  void honeycombSustainable_readsACutOffCell() {
    assertEquals(
        Source.FIVE_WAYS_TO_ORGANIZE_2010.at(
            "Holistic (honeycomb): drawbacks, cut off in every copy (education and monitoring are the"
                + " library's reading)",
            INFERRED),
        citation(StandardRules.modelFit(), "model.honeycomb-sustainable"));
  }

  @Test
  void engagementBeforeResponse_isGradedLikeTheEngagementGate() {
    Citation gate = Rung.criterion("stage.engagement.triage-process").citation();
    Citation crisis =
        (Citation) citation(StandardRules.crisisReadiness(), "crisis.engagement-before-response");
    assertEquals(gate.provenance(), crisis.provenance());
    assertEquals(
        Source.SIX_STAGES_2013.at(
            "Stage 2, Presence: best practice 2, on response expectations (the library's reading)",
            INFERRED),
        crisis);
  }

  @Test
  void accountGovernance_citesItsThresholdAsTheLibrarys() {
    assertEquals(
        Source.PROLIFERATION_2012.at(
            "Recommended steps (the 10-account threshold is the library's)", INFERRED),
        citation(StandardRules.accountHygiene(), "accounts.governance"));
  }

  @Test
  void idleShare_comparesIdleWithSemiIdleAsTheLibrarysReading() {
    RuleBook<Snapshot> book = StandardRules.accountHygiene(30);
    assertEquals(
        Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at(
            "Nearly a quarter of accounts semi-idle (comparing accounts idle over 30 days with it is"
                + " the library's reading)",
            INFERRED),
        citation(book, "accounts.idle-share"));
    assertEquals(
        "Fewer accounts idle over 30 days than the 'nearly a quarter' reported semi-idle",
        book.rule("accounts.idle-share").orElseThrow().title());
    assertEquals(
        "Retire or revive the accounts nobody runs: accounts idle over 30 days are at least"
            + " semi-idle, and one summary reports nearly a quarter semi-idle",
        book.rule("accounts.idle-share").orElseThrow().recommendation());
  }

  @Test
  void headcountBenchmark_citesTheHalfFactorAsTheLibrarys() {
    assertEquals(
        Source.STATE_OF_SOCIAL_BUSINESS_2013.at(
            "Team size by company size (the share expected at each stage, from a quarter at"
                + " Engagement to the whole published size from Strategic on, is the library's"
                + " threshold; each band's figure carries its own grade)",
            INFERRED),
        citation(StandardRules.coeCoverage(), "coe.headcount-benchmark"));
  }

  @Test
  void charterAndIdleThresholds_stayInferred() {
    assertEquals(
        INFERRED, ((Citation) citation(StandardRules.charter(), "charter.current")).provenance());
    assertEquals(
        INFERRED,
        ((Citation) citation(StandardRules.accountHygiene(), "accounts.idle")).provenance());
  }
}
