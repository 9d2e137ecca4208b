package io.github.socialbiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.report.Reports;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade gives what the parts give. */
final class SocialBusinessTest {

  @Test
  void facade_delegatesToTheStandardAssessorAndReports() {
    Assessment a = SocialBusiness.assess(SocialBusiness.multinational(), SampleOrganizations.AS_OF);
    assertEquals(
        Assessor.standard().assess(SampleOrganizations.multinational(), SampleOrganizations.AS_OF),
        a);
    assertEquals(Reports.markdown(a), SocialBusiness.markdown(a));
    assertEquals(Reports.html(a), SocialBusiness.html(a));
    assertEquals(
        List.of("Harbor Credit Union", "Bluefin Foods", "Globex Industries"),
        SocialBusiness.samples().stream().map(o -> o.name()).toList());
    assertEquals(SampleOrganizations.listeningPilot(), SocialBusiness.listeningPilot());
    assertEquals(
        SampleOrganizations.presenceWithoutResponse(), SocialBusiness.presenceWithoutResponse());
    assertEquals(Stage.FORMALIZED, a.stage());
  }

  @Test
  void assessWithoutADate_usesToday() {
    LocalDate before = LocalDate.now(ZoneId.systemDefault());
    Assessment a = SocialBusiness.assess(SocialBusiness.listeningPilot());
    LocalDate after = LocalDate.now(ZoneId.systemDefault());
    assertEquals(true, a.asOf().equals(before) || a.asOf().equals(after), a.asOf()::toString);
  }
}
