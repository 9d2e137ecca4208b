package io.github.socialbiz.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ActionPlanCsvTest {

  @Test
  void actionPlan_ofTheListeningPilot_isItsRowsUnderTheHeader() {
    Assessment a =
        Assessor.standard().assess(SampleOrganizations.listeningPilot(), SampleOrganizations.AS_OF);
    assertEquals(
        """
        Phase,Action,"Practice or fact","Grade now",Target,Owner,Reason,Citation,Assignee,"Due date",Status
        "1: open Presence","Raise readiness and competitive audits to some of the organization","Readiness and competitive \
        audits",None,Some,"Corporate social strategist","Readiness and competitive audits must reach some \
        of the organization to reach Presence","Li et al. 2013, ""reads Stage 1, Planning: readiness and \
        competitive audits"" [inferred]",,,
        "1: open Presence","Raise official presence to some of the organization","Official presence",None,Some,"Campaign or \
        product manager","Official presence must reach some of the organization to reach \
        Presence","Li et al. 2013, ""reads Stage 2, Presence: a formal presence (the stage begun)"" \
        [inferred]",,,
        """,
        SocialBusinessCsv.actionPlan(a));
    assertEquals(SocialBusinessCsv.actionPlan(a), SocialBusinessCsv.actionPlan(ActionPlan.of(a)));
  }

  @Test
  void actionPlan_ofAPracticeNotAssessed_saysNotAssessedNeverNone() {
    // listening, pilots, audits and goals graded; official presence, which Presence needs, not
    // assessed
    Organization o =
        Organization.builder()
            .name("Fresh Start")
            .employees(300)
            .evidence(Practice.LISTENING, Adoption.HALF)
            .evidence(Practice.PILOT_PROJECTS, Adoption.SOME)
            .evidence(Practice.READINESS_AUDIT, Adoption.SOME)
            .evidence(Practice.BUSINESS_GOALS, Adoption.SOME)
            .build();
    assertEquals(
        """
        Phase,Action,"Practice or fact","Grade now",Target,Owner,Reason,Citation,Assignee,"Due date",Status
        "1: open Presence","Assess official presence first: find out whether it reaches some",\
        "Official presence","Not assessed",Some,"Campaign or product manager","Nobody has assessed \
        official presence yet; ask “How many of your official social channels have a written \
        objective set in planning?” and find out whether it reaches some of the organization before \
        planning to raise it for Presence","Li et al. 2013, ""reads Stage 2, \
        Presence: a formal presence (the stage begun)"" [inferred]",,,
        """,
        SocialBusinessCsv.actionPlan(Assessor.standard().assess(o, SampleOrganizations.AS_OF)));
  }

  @Test
  void actionPlan_readBackAsCsv_isTheHeaderAndEachItemsCells() throws IOException {
    ActionPlan plan =
        ActionPlan.of(
            Assessor.standard()
                .assess(SampleOrganizations.presenceWithoutResponse(), SampleOrganizations.AS_OF));
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .readerForListOf(String.class)
            .readValues(SocialBusinessCsv.actionPlan(plan))) {
      it.forEachRemaining(rows::add);
    }
    List<List<String>> expected = new ArrayList<>();
    expected.add(ActionPlan.HEADER);
    plan.items().forEach(i -> expected.add(i.cells()));
    assertEquals(expected, rows);
  }
}
