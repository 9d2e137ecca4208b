package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Guidance;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 27, section 2: grades that said more than their source. Each expected value is written by hand
 * from the seeds and {@code FRAMEWORKS.md}.
 */
final class ProvenanceGradesTest {

  private static Citation ruleCitation(String id) {
    for (RuleBook<Snapshot> book : StandardRules.all()) {
      for (Rule<Snapshot> rule : book.rules()) {
        if (rule.id().equals(id)) {
          return (Citation) rule.citation();
        }
      }
    }
    throw new AssertionError("no rule " + id);
  }

  @Test
  void theCrisisRules_areInferred_forTheAtLeastHalfThresholdIsTheLibrarys() {
    for (String id : List.of("crisis.policy", "crisis.education", "crisis.triage", "crisis.plan")) {
      Citation c = ruleCitation(id);
      assertEquals(Provenance.INFERRED, c.provenance(), id);
      assertEquals(Source.SOCIAL_READINESS_2011, c.source(), id);
      assertTrue(c.locator().contains("'at least half' threshold is the library's reading"), id);
    }
    assertEquals(
        "Owyang et al. 2011, \"Hierarchy level 2, Safety: a crisis-response team and plan (not in the"
            + " crisis analysis's list; the 'at least half' threshold is the library's reading)\""
            + " [INFERRED]",
        ruleCitation("crisis.plan").toString());
    assertTrue(ruleCitation("crisis.triage").locator().contains("a triage system"));
  }

  @Test
  void theCrisisTeam_oneInferenceOneGrade() {
    Citation c = ruleCitation("crisis.team");
    assertEquals(Provenance.INFERRED, c.provenance());
    assertEquals(
        "Hierarchy level 2, Safety: a crisis-response team and plan (a named team is the library's"
            + " reading)",
        c.locator());
  }

  @Test
  void unitLiaisons_areInferred_fromTheTwoFteAverage() {
    Citation c = ruleCitation("coe.unit-liaisons");
    assertEquals(Provenance.INFERRED, c.provenance());
    assertEquals(Source.TEAM_COMPOSITION_2011, c.source());
    assertEquals(
        "Business-unit facing group: two FTEs on average (a liaison for every unit is the library's"
            + " reading)",
        c.locator());
  }

  @Test
  void levelEducationAndTriage_areInferred_withThePassageRead() {
    Citation education = Rung.criterion("level.enablement.employee-education").citation();
    assertEquals(Provenance.INFERRED, education.provenance());
    assertTrue(education.locator().contains("training first, then process, then technology"));
    Citation triage = Rung.criterion("level.safety.triage-process").citation();
    assertEquals(Provenance.INFERRED, triage.provenance());
    assertTrue(triage.locator().startsWith("Hierarchy level 2, Safety: processes and workflow"));
  }

  @Test
  void presenceBestPractice2_isTheLibrarysGloss() {
    Guidance g =
        Stage.PRESENCE.guidance(Guidance.Kind.BEST_PRACTICE).stream()
            .filter(x -> x.text().contains("until a response process exists"))
            .findFirst()
            .orElseThrow();
    assertEquals(Provenance.INFERRED, g.citation().provenance());
    assertEquals("Stage 2: best practice 2", g.citation().locator());
  }

  @Test
  void organizationalModels_citeSeed003OnlyForNamesAndDefinitions() {
    for (OrganizationalModel m : OrganizationalModel.values()) {
      Citation stiles = m.citations().get(1);
      assertEquals(Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012, stiles.source());
      assertEquals(
          "The five patterns: names and one-line definitions (pros and cons left to the video)",
          stiles.locator());
    }
  }

  @Test
  void the2013Judgements_citeThe2013Reading() {
    for (OrganizationalModel m :
        List.of(OrganizationalModel.DECENTRALIZED, OrganizationalModel.CENTRALIZED)) {
      assertEquals(Source.SOCIAL_BUSINESS_SPREADS_2013, m.citations().get(2).source(), m.name());
    }
    assertEquals(
        Source.SOCIAL_BUSINESS_SPREADS_2013,
        OrganizationalModel.HONEYCOMB.citations().get(3).source());
    assertEquals(2, OrganizationalModel.HUB_AND_SPOKE.citations().size());
  }

  @Test
  void theHoneycomb_isMonitoredOnOnePlatform() {
    assertEquals(
        "Any employee who wants to take part is enabled to, in a consistent, organized pattern,"
            + " coordinated and monitored on one platform: everyone serves customers.",
        OrganizationalModel.HONEYCOMB.description());
  }
}
