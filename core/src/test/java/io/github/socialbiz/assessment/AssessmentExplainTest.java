package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Assessment#explain}: why and why not for any standard rule, not only on an Evaluation. */
class AssessmentExplainTest {

  private static final Assessment BLUEFIN =
      SocialBusiness.assess(SocialBusiness.presenceWithoutResponse(), SampleOrganizations.AS_OF);

  @Test
  void aFailedCriterionOfTheNextGateSaysWhyNotWhatToDoAndTheSource() {
    assertEquals(
        String.join(
            "\n",
            "stage.engagement.triage-process FAILED: Triage and escalation: at least some",
            "  why not: Triage and escalation: at least some (read: Triage and escalation: None"
                + " (interview: \"No routing of complaints; replies are ad hoc\"))",
            "  to do: Raise triage and escalation to some of the organization: incoming issues are"
                + " sorted and routed to the right responder instead of being answered ad hoc",
            "  source: Li et al. 2013, \"reads Stage 2, Presence: hold off engagement until response"
                + " is possible\" [INFERRED]"),
        BLUEFIN.explain("stage.engagement.triage-process").toString().replace("\r\n", "\n"));
  }

  @Test
  void aCriterionOfAGateAlreadyPassedOrFarAheadIsExplainedToo() {
    assertEquals(
        String.join(
            "\n",
            "stage.presence.listening PASSED: Listening and monitoring: at least about half",
            "  why: Listening and monitoring: at least about half (read: Listening and monitoring:"
                + " About half (self-reported))",
            "  source: Li et al. 2013, \"reads Stage 1, Planning: listen to learn\" [INFERRED]"),
        BLUEFIN.explain("stage.presence.listening").toString().replace("\r\n", "\n"));
    assertEquals(Status.FAILED, BLUEFIN.explain("stage.converged.employee-participation").status());
    assertEquals(Status.FAILED, BLUEFIN.explain("level.safety.triage-process").status());
  }

  @Test
  void aRuleOfTheStandardBooksIsExplainedAsOfTheAssessmentsDate() {
    assertEquals(
        List.of("HIGH accounts.orphaned: 1 account has no owner"),
        BLUEFIN.explain("accounts.orphaned").findings().stream().map(Object::toString).toList());
    assertEquals(Status.NOT_APPLICABLE, BLUEFIN.explain("coe.strategist-owns-charter").status());
  }

  @Test
  void explanationsAgreeWithTheBooksResultsOfEverySample() {
    for (Organization o : SampleOrganizations.all()) {
      Assessment a = SocialBusiness.assess(o, SampleOrganizations.AS_OF);
      for (BookResult book : a.books()) {
        for (String id : book.failed()) {
          assertEquals(Status.FAILED, a.explain(id).status(), o.name() + " " + id);
        }
        for (String id : book.passed()) {
          assertEquals(Status.PASSED, a.explain(id).status(), o.name() + " " + id);
        }
        for (String id : book.notApplicable()) {
          assertEquals(Status.NOT_APPLICABLE, a.explain(id).status(), o.name() + " " + id);
        }
      }
    }
  }

  @Test
  void anUnknownIdSaysWhereTheStandardRulesAreListed() {
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> BLUEFIN.explain("acme.policy-signed"));
    assertEquals(
        "Assessment.explain: no standard rule has the id 'acme.policy-signed' (see docs/rules.md for"
            + " the standard rules; a custom rule is explained on its own Evaluation)",
        e.getMessage());
  }

  @Test
  void anAssessmentOfAnotherModelVersionIsNotExplainedWithTodaysRules() {
    Assessment old =
        ((ImmutableAssessment) ImmutableAssessment.copyOf(BLUEFIN)).withModelVersion(1);
    SocialBusinessException e =
        assertThrows(
            SocialBusinessException.class, () -> old.explain("stage.engagement.triage-process"));
    assertEquals(
        "Assessment.explain needs an assessment made under model version 6, the library's rules,"
            + " but this one was made under version 1; assess the organization again",
        e.getMessage());
  }
}
