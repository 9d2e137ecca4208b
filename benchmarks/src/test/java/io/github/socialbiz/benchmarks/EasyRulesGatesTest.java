package io.github.socialbiz.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.assessment.Gates;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.testing.SocialBusinessDomain;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.junit.jupiter.api.Test;

/** Keeps the comparison honest: both implementations find the same stage. */
@Domain(SocialBusinessDomain.class)
final class EasyRulesGatesTest {

  private final EasyRulesGates easyRules = new EasyRulesGates();

  @Test
  void samples_sameStageInBoth() {
    assertEquals(
        List.of(Stage.PLANNING, Stage.PRESENCE, Stage.FORMALIZED),
        SampleOrganizations.all().stream().map(easyRules::reached).toList());
    for (Organization o : SampleOrganizations.all()) {
      assertEquals(Gates.stages().reached(o).orElseThrow(), easyRules.reached(o), o.name());
    }
  }

  @Test
  void criterionNotAssessed_isNotReachedInEither_andAStatedFactIsReachedInBoth() {
    // everything Presence asks but official presence, which nobody has assessed: unknown, not
    // reached
    Organization fresh =
        Organization.builder()
            .name("Fresh Start")
            .employees(300)
            .evidence(Practice.LISTENING, Adoption.HALF)
            .evidence(Practice.PILOT_PROJECTS, Adoption.SOME)
            .evidence(Practice.READINESS_AUDIT, Adoption.SOME)
            .evidence(Practice.BUSINESS_GOALS, Adoption.SOME)
            .build();
    assertEquals(Stage.PLANNING, Gates.stages().reached(fresh).orElseThrow());
    assertEquals(Stage.PLANNING, easyRules.reached(fresh));
    // every practice Engagement asks graded most; no strategist on file
    Organization engaged = fresh;
    for (Practice p :
        List.of(
            Practice.OFFICIAL_PRESENCE,
            Practice.OBJECTIVE_ALIGNED_METRICS,
            Practice.CONTENT_STRATEGY,
            Practice.ACCOUNT_GOVERNANCE,
            Practice.TRIAGE_PROCESS,
            Practice.COMMUNITY_ENGAGEMENT)) {
      engaged = engaged.withEvidence(p, Adoption.MOST);
    }
    assertEquals(Stage.PRESENCE, easyRules.reached(engaged));
    // the respondents say a strategist is appointed: the statement decides where the file is silent
    Organization stated =
        engaged.withFactEvidence(
            List.of(FactEvidence.of(Fact.SOCIAL_STRATEGIST_APPOINTED, Truth.TRUE)));
    assertEquals(Stage.ENGAGEMENT, Gates.stages().reached(stated).orElseThrow());
    assertEquals(Stage.ENGAGEMENT, easyRules.reached(stated));
    // nobody could say: unknown, not reached
    Organization unsure =
        engaged.withFactEvidence(
            List.of(FactEvidence.of(Fact.SOCIAL_STRATEGIST_APPOINTED, Truth.UNKNOWN)));
    assertEquals(Stage.PRESENCE, Gates.stages().reached(unsure).orElseThrow());
    assertEquals(Stage.PRESENCE, easyRules.reached(unsure));
  }

  @Property(tries = 300)
  void arbitraryOrganizations_sameStageInBoth(@ForAll Organization o) {
    assertEquals(Gates.stages().reached(o).orElseThrow(), easyRules.reached(o));
  }

  @Property(tries = 200)
  void arbitraryOrganizationsWithAStatedFact_sameStageInBoth(
      @ForAll Organization o, @ForAll Fact fact, @ForAll Truth stated) {
    Organization withStatement = o.withFactEvidence(List.of(FactEvidence.of(fact, stated)));
    assertEquals(
        Gates.stages().reached(withStatement).orElseThrow(), easyRules.reached(withStatement));
  }

  @Test
  void fixtures_haveTheRequestedSizes() {
    assertEquals(1_000, Fixtures.withAccounts(1_000).accounts().size());
    assertEquals(100, Fixtures.withUnits(100).businessUnits().size());
    assertEquals(17, Fixtures.withEvidence(17).evidence().size());
    assertEquals(300, Fixtures.portfolio(300).size());
  }
}
