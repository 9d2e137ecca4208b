package io.github.socialbiz.governance;

import static io.github.socialbiz.governance.CrisisOutcome.BUSINESS_CHANGE;
import static io.github.socialbiz.governance.CrisisOutcome.FINANCIAL_LOSS;
import static io.github.socialbiz.governance.CrisisOutcome.MAINSTREAM_COVERAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.practice.Practice;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

final class GovernanceTest {

  @Test
  void crisisSeverity_classifiesOutcomes() {
    assertEquals(Optional.empty(), CrisisSeverity.classify(EnumSet.noneOf(CrisisOutcome.class)));
    assertEquals(
        Optional.of(CrisisSeverity.LEVEL_1),
        CrisisSeverity.classify(EnumSet.of(MAINSTREAM_COVERAGE)));
    assertEquals(
        Optional.of(CrisisSeverity.LEVEL_1), CrisisSeverity.classify(EnumSet.of(BUSINESS_CHANGE)));
    assertEquals(
        Optional.of(CrisisSeverity.LEVEL_2),
        CrisisSeverity.classify(EnumSet.of(MAINSTREAM_COVERAGE, BUSINESS_CHANGE)));
    assertEquals(
        Optional.of(CrisisSeverity.LEVEL_3), CrisisSeverity.classify(EnumSet.of(FINANCIAL_LOSS)));
    assertEquals(
        Optional.of(CrisisSeverity.LEVEL_3),
        CrisisSeverity.classify(EnumSet.allOf(CrisisOutcome.class)));
  }

  @Test
  void crisisSeverity_ofAndParse() {
    assertSame(CrisisSeverity.LEVEL_2, CrisisSeverity.of(2));
    assertSame(CrisisSeverity.LEVEL_3, CrisisSeverity.parse("financial impact"));
    assertEquals(
        "CrisisSeverity.level must be between 1 and 3, but was 4",
        assertThrows(SocialBusinessException.class, () -> CrisisSeverity.of(4)).getMessage());
    assertEquals(
        "Unknown CrisisSeverity: 'mild' (accepted, in any case: LEVEL_1 (1, 'Mainstream coverage'); "
            + "LEVEL_2 (2, 'Coverage and company change'); LEVEL_3 (3, 'Financial impact'))",
        assertThrows(SocialBusinessException.class, () -> CrisisSeverity.parse("mild"))
            .getMessage());
  }

  @Test
  void participationStance_countsTheAdvancedCompanies() {
    int sum = 0;
    for (ParticipationStance s : ParticipationStance.values()) {
      sum += (int) s.advancedCompanies().value();
    }
    assertEquals(18, sum);
    assertEquals(0.0, ParticipationStance.DISCOURAGED.advancedCompanies().value());
    assertSame(
        ParticipationStance.WITHIN_GUIDELINES,
        ParticipationStance.parse("allowed within guidelines"));
  }

  @Test
  void proliferationSteps_areFiveInOrder() {
    assertEquals(5, ProliferationStep.values().length);
    assertEquals(ProliferationStep.BUSINESS_NEEDS, ProliferationStep.AUDIT.next().orElseThrow());
    assertEquals(Optional.empty(), ProliferationStep.ROLL_OUT.next());
    assertEquals("SINGLE_SOURCE", ProliferationStep.BUSINESS_NEEDS.citation().provenance().name());
    assertEquals("CORROBORATED", ProliferationStep.AUDIT.citation().provenance().name());
  }

  @Test
  void successFactors_areSevenInTheBooksOrder() {
    assertEquals(7, SuccessFactor.values().length);
    assertSame(SuccessFactor.EXECUTIVE_SUPPORT, SuccessFactor.parse("get executive support"));
    assertSame(SuccessFactor.TECHNOLOGY, SuccessFactor.parse("7"));
    assertEquals(
        List.of(Practice.EXECUTIVE_SPONSORSHIP), SuccessFactor.EXECUTIVE_SUPPORT.evidence());
    assertEquals(2, SuccessFactor.twoCriteria().size());
  }

  @Test
  void charterElements_andTheProhibition() {
    assertEquals(6, CharterElement.values().length);
    assertSame(CharterElement.RELATIONSHIP_CHANGE, CharterElement.parse("relationship change"));
    assertEquals("SINGLE_SOURCE", CharterElement.prohibitionCitation().provenance().name());
  }

  @Test
  void crisisSeverity_levelsNamesAndSource() {
    Assertions.assertEquals(
        List.of(1, 2, 3),
        Arrays.stream(CrisisSeverity.values()).map(CrisisSeverity::level).toList());
    Assertions.assertEquals("Financial impact", CrisisSeverity.LEVEL_3.displayName());
    Assertions.assertEquals(
        "The issue draws negative coverage in the mainstream media",
        CrisisSeverity.LEVEL_1.description());
    Assertions.assertEquals(
        "Owyang et al. 2011, \"Crisis analysis: definition and severity levels\" [CORROBORATED]",
        CrisisSeverity.citation().toString());
    Assertions.assertEquals(
        true,
        CrisisSeverity.definition()
            .startsWith("An issue that starts in social media or is amplified by it"));
  }

  @Test
  void businessFunction_parsesNamesNumbersAndAliases() {
    assertSame(BusinessFunction.HUMAN_RESOURCES, BusinessFunction.parse("hr"));
    assertSame(BusinessFunction.CUSTOMER_SUPPORT, BusinessFunction.parse("Customer service"));
    assertSame(BusinessFunction.LEGAL, BusinessFunction.parse("compliance"));
    assertEquals(
        "Unknown BusinessFunction: 'finance' (accepted, in any case: MARKETING (1);"
            + " CUSTOMER_SUPPORT (2, 'Support', 'Customer service'); COMMUNICATIONS (3, 'PR',"
            + " 'Corporate communications'); SALES (4); HUMAN_RESOURCES (5, 'HR'); SUPPLY_CHAIN (6,"
            + " 'Operations'); PARTNERS (7); PRODUCT_INNOVATION (8, 'R&D', 'Product'); LEGAL (9,"
            + " 'Compliance'))",
        assertThrows(SocialBusinessException.class, () -> BusinessFunction.parse("finance"))
            .getMessage());
  }

  @Test
  void proliferationStep_parsesItsDisplayName() {
    assertSame(
        ProliferationStep.BUSINESS_NEEDS, ProliferationStep.parse("understand business needs"));
    assertSame(ProliferationStep.AUDIT, ProliferationStep.parse("1"));
  }

  @Test
  void crisisOutcome_displayNames() {
    assertEquals("Financial loss", FINANCIAL_LOSS.displayName());
    assertEquals("Negative mainstream media coverage", MAINSTREAM_COVERAGE.displayName());
  }
}
