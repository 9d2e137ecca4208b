package io.github.socialbiz.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.assessment.Gates;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.stage.Stage;
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

  @Property(tries = 300)
  void arbitraryOrganizations_sameStageInBoth(@ForAll Organization o) {
    assertEquals(Gates.stages().reached(o).orElseThrow(), easyRules.reached(o));
  }

  @Test
  void fixtures_haveTheRequestedSizes() {
    assertEquals(1_000, Fixtures.withAccounts(1_000).accounts().size());
    assertEquals(100, Fixtures.withUnits(100).businessUnits().size());
    assertEquals(17, Fixtures.withEvidence(17).evidence().size());
    assertEquals(300, Fixtures.portfolio(300).size());
  }
}
