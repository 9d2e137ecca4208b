package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.source.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionPlanTest {

  private static ActionPlan planOf(Organization o) {
    return ActionPlan.of(SocialBusiness.assess(o, SampleOrganizations.AS_OF));
  }

  @Test
  void headerNamesTheElevenColumnsInOrder() {
    assertEquals(
        List.of(
            "Phase",
            "Action",
            "Practice or fact",
            "Grade now",
            "Target",
            "Owner",
            "Reason",
            "Citation",
            "Assignee",
            "Due date",
            "Status"),
        ActionPlan.HEADER);
    assertEquals(List.of("Not started", "In progress", "Done"), ActionPlan.STATUSES);
  }

  @Test
  void aRaiseActionGivesTheGradeNowTheTargetAndEmptyTeamColumns() {
    ActionPlan plan = planOf(SocialBusiness.listeningPilot());
    assertEquals(2, plan.items().size());
    assertEquals(
        List.of(
            "1: open Presence",
            "Raise readiness and competitive audits to some of the organization",
            "Readiness and competitive audits",
            "None",
            "Some",
            "Corporate social strategist",
            "Readiness and competitive audits must reach some of the organization to reach Presence",
            "Li et al. 2013, \"reads Stage 1, Planning: readiness and competitive audits\" [inferred]",
            "",
            "",
            ""),
        plan.items().get(0).cells());
    assertFalse(plan.items().get(0).assessFirst());
  }

  @Test
  void aFactActionSaysNotEstablishedAndEstablished() {
    ActionPlan.Item last = planOf(SocialBusiness.presenceWithoutResponse()).items().get(2);
    assertEquals(
        List.of(
            "1: open Engagement",
            "Establish a corporate social strategist",
            "A corporate social strategist",
            "Not established",
            "Established",
            "Corporate social strategist"),
        last.cells().subList(0, 6));
  }

  @Test
  void aPracticeNobodyAssessedIsAnAssessRowSayingNotAssessed() {
    ActionPlan.Item first =
        planOf(Organization.builder().name("Acme").employees(4000).build()).items().get(0);
    assertTrue(first.assessFirst());
    assertEquals(
        "Assess listening and monitoring first: find out whether it reaches about half",
        first.action());
    assertEquals(ActionPlan.NOT_ASSESSED, first.gradeNow());
    assertEquals("About half", first.target());
    assertEquals("Social analyst", first.owner());
  }

  @Test
  void everyRowHasOneCellPerColumnAndTheRoadmapsOrder() {
    for (Organization o : SampleOrganizations.all()) {
      Assessment a = SocialBusiness.assess(o, SampleOrganizations.AS_OF);
      ActionPlan plan = ActionPlan.of(a);
      assertEquals(a.roadmap().actions().size(), plan.items().size(), o.name());
      for (ActionPlan.Item item : plan.items()) {
        assertEquals(ActionPlan.HEADER.size(), item.cells().size());
      }
    }
  }

  @Test
  void plansAreValuesAndPrintOneLinePerItem() {
    Organization globex = SampleOrganizations.all().get(2);
    assertEquals(planOf(globex), planOf(globex));
    assertEquals(planOf(globex).hashCode(), planOf(globex).hashCode());
    assertFalse(planOf(globex).equals(planOf(SocialBusiness.listeningPilot())));
    List<String> lines = planOf(SocialBusiness.listeningPilot()).toString().lines().toList();
    assertEquals(4, lines.size());
    assertEquals("ActionPlan[", lines.get(0));
    assertTrue(
        lines.get(1).startsWith("  Item[phase=1: open Presence, action=Raise readiness"),
        lines.get(1));
    assertEquals("]", lines.get(3));
  }

  @Test
  void nullsAreRejectedByName() {
    new NullPointerTester().testAllPublicStaticMethods(ActionPlan.class);
    new NullPointerTester()
        .setDefault(Citation.class, Fact.EXECUTIVE_SPONSOR_NAMED.citation())
        .testAllPublicConstructors(ActionPlan.Item.class);
  }

  @Test
  void anActionsGrade_isItsPracticesMinimum_andEmptyForAFact() {
    List<Action> actions = Roadmap.toNextStage(SocialBusiness.presenceWithoutResponse()).actions();
    assertEquals(
        List.of(
            "stage.engagement.account-governance: Optional[SOME]",
            "stage.engagement.triage-process: Optional[SOME]",
            "stage.engagement.social-strategist-appointed: Optional.empty"),
        actions.stream().map(a -> a.criterionId() + ": " + a.grade()).toList());
  }

  @Test
  void onlyAPracticeCanBeAssessedFirst() {
    Action fact = Roadmap.toNextStage(SocialBusiness.presenceWithoutResponse()).actions().get(2);
    assertEquals(
        "Action.assessFirst is only for a criterion over a practice, but"
            + " stage.engagement.social-strategist-appointed is a fact",
        assertThrows(SocialBusinessException.class, () -> fact.toAssessFirst("Ask who leads"))
            .getMessage());
  }
}
