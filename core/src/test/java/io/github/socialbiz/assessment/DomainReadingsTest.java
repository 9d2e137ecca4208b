package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.SuccessFactor;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Responder;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.RuleBook;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The library's readings of contested passages (issue #14), each stated as exact values. */
final class DomainReadingsTest {

  private static final Organization GLOBEX = SampleOrganizations.multinational();

  private static List<String> findings(RuleBook<Snapshot> book, Organization o, String prefix) {
    return book.evaluate(Snapshot.of(o, SampleOrganizations.AS_OF)).findings().stream()
        .map(Finding::toString)
        .filter(f -> f.contains(prefix))
        .collect(Collectors.toList());
  }

  private static String minimum(MaturityLevel level, Practice practice) {
    return level.entryCriteria().stream()
        .filter(c -> c instanceof PracticeCriterion p && p.practice() == practice)
        .map(c -> ((PracticeCriterion) c).minimum().name())
        .findFirst()
        .orElse("absent");
  }

  private static String minimum(Stage stage, Practice practice) {
    return stage.entryCriteria().stream()
        .filter(c -> c instanceof PracticeCriterion p && p.practice() == practice)
        .map(c -> ((PracticeCriterion) c).minimum().name())
        .findFirst()
        .orElse("absent");
  }

  @Test
  void educationGoesWithParticipation() {
    assertEquals("HALF", minimum(Stage.CONVERGED, Practice.EMPLOYEE_PARTICIPATION));
    assertEquals("HALF", minimum(Stage.CONVERGED, Practice.EMPLOYEE_EDUCATION));
    // "the entire corporation is involved": most or all
    assertEquals("MOST", minimum(MaturityLevel.ENLIGHTENMENT, Practice.EMPLOYEE_PARTICIPATION));
    // Enlightenment is reached only over Enablement, which asks for education at most of the
    // company
    assertEquals("MOST", minimum(MaturityLevel.ENABLEMENT, Practice.EMPLOYEE_EDUCATION));
  }

  @Test
  void crisisTeam_isNamedNotInferredFromTheRoster() {
    Organization withoutTeam = GLOBEX.withCrisisTeam(List.of());
    assertEquals(
        List.of("MEDIUM crisis.team: Nobody is named to respond in a crisis"),
        findings(StandardRules.crisisReadiness(), withoutTeam, "crisis.team"));
    assertEquals(List.of(), findings(StandardRules.crisisReadiness(), GLOBEX, "crisis.team"));
    assertEquals("Maria Gonzalez (Incident lead)", GLOBEX.crisisTeam().get(0).toString());
    assertEquals(
        "Responder.role must not be blank, but was ' '",
        assertThrows(SocialBusinessException.class, () -> Responder.of("Ana", " ")).getMessage());
  }

  @Test
  void strategistOwnsTheCharter() {
    Charter charter = GLOBEX.charter().orElseThrow();
    Organization ownedByAnalyst =
        GLOBEX.withCharter(
            Charter.builder()
                .putAllSections(charter.sections())
                .versionDate(charter.versionDate())
                .addAllFunctions(charter.functions())
                .owner("Tom Becker")
                .build());
    assertEquals(
        List.of(
            "LOW coe.strategist-owns-charter: The charter is owned by Tom Becker, who is not a"
                + " corporate social strategist on the roster"),
        findings(StandardRules.coeCoverage(), ownedByAnalyst, "strategist-owns-charter"));
    assertEquals(
        List.of(), findings(StandardRules.coeCoverage(), GLOBEX, "strategist-owns-charter"));
  }

  @Test
  void contentStrategist_isAnEmergingRoleExpectedFromFormalizedAtLowSeverity() {
    Organization noContentStrategist =
        GLOBEX.withCoe(
            CenterOfExcellence.builder()
                .addAllMembers(
                    GLOBEX.coe().members().stream()
                        .filter(m -> m.role() != Role.CONTENT_STRATEGIST)
                        .collect(Collectors.toList()))
                .policyAuthority(true)
                .sponsor(GLOBEX.coe().sponsor().orElseThrow())
                .build());
    assertEquals(
        List.of("LOW coe.emerging-roles-for-stage: The team has no content strategist yet"),
        findings(StandardRules.coeCoverage(), noContentStrategist, "roles-for-stage"));
    assertEquals(Stage.FORMALIZED, Role.CONTENT_STRATEGIST.expectedFrom());
    assertEquals(Stage.FORMALIZED, Role.CAMPAIGN_MANAGER.expectedFrom());
    assertEquals(Stage.ENGAGEMENT, Role.CORPORATE_SOCIAL_STRATEGIST.expectedFrom());
  }

  @Test
  void headcount_isExpectedToGrowWithTheStage() {
    assertEquals(0.0, CoeBook.expectedShare(Stage.PRESENCE));
    assertEquals(0.25, CoeBook.expectedShare(Stage.ENGAGEMENT));
    assertEquals(0.5, CoeBook.expectedShare(Stage.FORMALIZED));
    assertEquals(1.0, CoeBook.expectedShare(Stage.STRATEGIC));
  }

  @Test
  void companySize_shapesTheModelAdvice() {
    assertEquals(
        "A large company: silos slow social down, but the company can put people and money behind"
            + " the program",
        ModelFit.recommend(GLOBEX).reasons().get(3));
    assertEquals(
        "A small company: social is often someone's second or third job, and employees and"
            + " customers can carry more of it",
        ModelFit.sizeNote(999));
    assertEquals("", ModelFit.sizeNote(1_000));
    assertEquals("", ModelFit.sizeNote(4_999));
  }

  @Test
  void technologyThatMapsToStrategy_isAPracticeOfItsOwn() {
    assertEquals(List.of(Practice.TECHNOLOGY_PLATFORMS), SuccessFactor.TECHNOLOGY.evidence());
    assertEquals(Dimension.ORGANIZATION, Practice.TECHNOLOGY_PLATFORMS.dimension());
    assertEquals(Dimension.EDUCATION, Practice.INTERNAL_COLLABORATION.dimension());
    assertEquals(
        List.of(
            "MEDIUM success.technology: Success factor 7 is not covered: invest in technology"
                + " platforms that map to strategy"),
        findings(StandardRules.successFactors(), GLOBEX, "success.technology"));
  }

  @Test
  void secondCriterionOfAGoodStrategy_readsSupportCoordinationAndFunding() {
    Organization unfunded = GLOBEX.withEvidence(Practice.FUNDING, Adoption.SOME);
    assertEquals(
        List.of(
            "HIGH success.organization-aligned: The organization is not aligned behind the strategy"
                + " (only half of companies say their top executives are)"),
        findings(StandardRules.successFactors(), unfunded, "organization-aligned"));
    assertEquals(
        List.of(), findings(StandardRules.successFactors(), GLOBEX, "organization-aligned"));
    Optional<Criterion> any = Rung.findCriterion("stage.formalized.coordination-begun");
    assertEquals("stage.formalized.coordination-begun", any.orElseThrow().id());
  }
}
