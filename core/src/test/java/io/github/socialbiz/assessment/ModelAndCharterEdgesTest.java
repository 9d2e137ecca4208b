package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.RuleBook;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Boundaries of the model choice and of the charter's tool scan, case by case. */
final class ModelAndCharterEdgesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static Organization.Builder org(int employees) {
    return Organization.builder().name("Edge").employees(employees);
  }

  private static List<BusinessUnit> units(int n, int regions) {
    return IntStream.range(0, n)
        .mapToObj(i -> BusinessUnit.builder().name("U" + i).region("R" + (i % regions)).build())
        .toList();
  }

  @Test
  void modelChoice_boundaries() {
    // dandelion needs three units and either two regions or 50,000 employees
    assertEquals(
        OrganizationalModel.DANDELION,
        ModelFit.recommend(org(5_000).addAllBusinessUnits(units(3, 2)).build()).model());
    assertEquals(
        OrganizationalModel.HUB_AND_SPOKE,
        ModelFit.recommend(org(5_000).addAllBusinessUnits(units(2, 2)).build()).model());
    assertEquals(
        OrganizationalModel.HUB_AND_SPOKE,
        ModelFit.recommend(org(49_999).addAllBusinessUnits(units(3, 1)).build()).model());
    assertEquals(
        OrganizationalModel.DANDELION,
        ModelFit.recommend(org(50_000).addAllBusinessUnits(units(3, 1)).build()).model());
    assertEquals(
        OrganizationalModel.DANDELION,
        ModelFit.recommend(
                org(5_000)
                    .addRegions("A", "B")
                    .addAllBusinessUnits(
                        List.of(BusinessUnit.of("X"), BusinessUnit.of("Y"), BusinessUnit.of("Z")))
                    .build())
            .model());
    // fewer than 1,000 employees: centralized; 1,000 is not fewer
    assertEquals(OrganizationalModel.CENTRALIZED, ModelFit.recommend(org(999).build()).model());
    assertEquals(OrganizationalModel.HUB_AND_SPOKE, ModelFit.recommend(org(1_000).build()).model());
    // regulated with at most one unit: centralized; with two: hub and spoke, naming the units
    assertEquals(
        OrganizationalModel.CENTRALIZED,
        ModelFit.recommend(org(5_000).regulated(true).addAllBusinessUnits(units(1, 1)).build())
            .model());
    ModelRecommendation two =
        ModelFit.recommend(org(5_000).regulated(true).addAllBusinessUnits(units(2, 1)).build());
    assertEquals(OrganizationalModel.HUB_AND_SPOKE, two.model());
    assertEquals("2 business units that need autonomy within shared rules", two.reasons().get(0));
  }

  @Test
  void regulationNotStated_isNeverReadAsNotRegulated() {
    String note =
        "Not stated whether a regulator oversees the company: if one does, a single central team is"
            + " the better fit";
    // stated not regulated, one unit: hub and spoke, nothing to ask
    ModelRecommendation stated =
        ModelFit.recommend(org(5_000).regulated(false).addAllBusinessUnits(units(1, 1)).build());
    assertEquals(OrganizationalModel.HUB_AND_SPOKE, stated.model());
    assertEquals(
        List.of(
            "Functions and regions that need to act with autonomy within shared rules",
            "Strength: " + OrganizationalModel.HUB_AND_SPOKE.advantages().get(0)),
        stated.reasons().subList(0, 2));
    assertEquals(false, stated.reasons().contains(note));
    // not stated, at most one unit: hub and spoke, saying what the answer would change
    for (int n : new int[] {0, 1}) {
      ModelRecommendation unstated =
          ModelFit.recommend(org(5_000).addAllBusinessUnits(units(n, 1)).build());
      assertEquals(OrganizationalModel.HUB_AND_SPOKE, unstated.model());
      assertEquals(note, unstated.reasons().get(1));
    }
    // not stated, two units: regulation would change nothing, so nothing is said
    assertEquals(
        false,
        ModelFit.recommend(org(5_000).addAllBusinessUnits(units(2, 1)).build())
            .reasons()
            .contains(note));
    // below 1,000 employees the answer changes nothing either
    assertEquals(false, ModelFit.recommend(org(999).build()).reasons().contains(note));
  }

  @Test
  void honeycomb_needsEveryCondition() {
    Organization.Builder all =
        org(5_000)
            .participationStance(ParticipationStance.ENCOURAGED)
            .evidence(Practice.EMPLOYEE_PARTICIPATION, Adoption.HALF)
            .evidence(Practice.EMPLOYEE_EDUCATION, Adoption.MOST)
            .evidence(Practice.MODERATION_REVIEW, Adoption.HALF);
    assertEquals(OrganizationalModel.HONEYCOMB, ModelFit.recommend(all.build()).model());
    assertEquals(
        OrganizationalModel.HONEYCOMB,
        ModelFit.recommend(
                org(5_000)
                    .participationStance(ParticipationStance.ENCOURAGED)
                    .evidence(Practice.EMPLOYEE_PARTICIPATION, Adoption.HALF)
                    .evidence(Practice.EMPLOYEE_EDUCATION, Adoption.MOST)
                    .evidence(Practice.LISTENING, Adoption.HALF)
                    .build())
            .model());
    assertEquals(
        OrganizationalModel.HUB_AND_SPOKE,
        ModelFit.recommend(
                org(5_000)
                    .participationStance(ParticipationStance.WITHIN_GUIDELINES)
                    .evidence(Practice.EMPLOYEE_PARTICIPATION, Adoption.HALF)
                    .evidence(Practice.EMPLOYEE_EDUCATION, Adoption.MOST)
                    .evidence(Practice.MODERATION_REVIEW, Adoption.HALF)
                    .build())
            .model());
    assertEquals(
        OrganizationalModel.HUB_AND_SPOKE,
        ModelFit.recommend(
                org(5_000)
                    .participationStance(ParticipationStance.ENCOURAGED)
                    .evidence(Practice.EMPLOYEE_PARTICIPATION, Adoption.SOME)
                    .evidence(Practice.EMPLOYEE_EDUCATION, Adoption.MOST)
                    .evidence(Practice.MODERATION_REVIEW, Adoption.HALF)
                    .build())
            .model());
    assertEquals(
        OrganizationalModel.HUB_AND_SPOKE,
        ModelFit.recommend(
                org(5_000)
                    .participationStance(ParticipationStance.ENCOURAGED)
                    .evidence(Practice.EMPLOYEE_PARTICIPATION, Adoption.HALF)
                    .evidence(Practice.EMPLOYEE_EDUCATION, Adoption.HALF)
                    .evidence(Practice.MODERATION_REVIEW, Adoption.HALF)
                    .build())
            .model());
    assertEquals(
        OrganizationalModel.HUB_AND_SPOKE,
        ModelFit.recommend(
                org(5_000)
                    .participationStance(ParticipationStance.ENCOURAGED)
                    .evidence(Practice.EMPLOYEE_PARTICIPATION, Adoption.HALF)
                    .evidence(Practice.EMPLOYEE_EDUCATION, Adoption.MOST)
                    .evidence(Practice.MODERATION_REVIEW, Adoption.SOME)
                    .evidence(Practice.LISTENING, Adoption.SOME)
                    .build())
            .model());
  }

  private static List<String> tools(String approach) {
    return tools(StandardRules.charter(), approach);
  }

  private static List<String> tools(RuleBook<Snapshot> book, String approach) {
    Organization o =
        org(50)
            .charter(
                Charter.builder()
                    .versionDate(AS_OF)
                    .putSection(CharterElement.APPROACH, approach)
                    .build())
            .build();
    return book.evaluate(Snapshot.of(o, AS_OF)).findings().stream()
        .filter(f -> f.ruleId().equals("charter.no-tools"))
        .map(Finding::involved)
        .findFirst()
        .orElse(ImmutableList.of());
  }

  @Test
  void toolScan_wholeWordsAnyCaseInOrder() {
    assertEquals(
        List.of(
            "'facebook' in Approach",
            "'TWITTER' in Approach",
            "'Sprout Social' in Approach",
            "'Google+' in Approach",
            "'Google Plus' in Approach",
            "'hootsuite' in Approach"),
        tools(
            "We post on facebook, TWITTER and Sprout Social; Google+ and Google Plus pages;"
                + " platforms/hootsuite-wide"));
    assertEquals(
        List.of(),
        tools("A toolbox of apps2 and xtool, with subplatforms, on every platform and tool"));
    assertEquals(List.of(), tools("We will use social media technology to reach our goals"));
    assertEquals(List.of("'Yammer' in Approach"), tools("Yammer"));
    assertEquals(List.of("'Hootsuite' in Approach"), tools("İstanbul Hootsuite"));
    assertEquals(List.of(), tools("İstanbul Hootsuites"));
    assertEquals(List.of("'Jive' in Approach"), tools("ÉquipeJive Jive"));
    assertEquals(List.of(), tools(StandardRules.charter(List.of(), 365), "Hootsuite and Twitter"));
    assertEquals(
        List.of("'acme suite' in Approach"),
        tools(StandardRules.charter(List.of("Acme Suite", "Zed"), 365), "We use acme suite daily"));
    assertEquals(
        List.of("'tool' in Approach", "'Tools' in Approach"),
        tools(
            StandardRules.charter(List.of("tool", "tools"), 365), "tool, İstanbul Tools, toolbox"));
  }
}
