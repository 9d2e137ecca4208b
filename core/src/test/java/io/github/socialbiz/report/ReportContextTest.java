package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.Lists;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.responses.Disagreement;
import io.github.socialbiz.testing.ReportFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ReportContextTest {

  private static final Organization BLUEFIN = SampleOrganizations.presenceWithoutResponse();
  private static final Organization GLOBEX = SampleOrganizations.multinational();

  @Test
  void of_holdsTheAssessmentAlone() {
    Assessment a = ReportFixtures.assess(BLUEFIN);
    ReportContext c = ReportContext.of(a);
    assertEquals(a, c.assessment());
    assertEquals(List.of(), c.disagreements());
    assertEquals(Optional.empty(), c.previous());
    assertEquals("ReportContext{Bluefin Foods as of 2026-06-30}", c.toString());
  }

  @Test
  void with_addsDisagreementsInTheOrderGivenAndThePrevious() {
    List<Disagreement> d = ReportFixtures.disagreements(BLUEFIN);
    assertEquals(2, d.size());
    Assessment earlier = Assessor.standard().assess(BLUEFIN, ReportFixtures.PREVIOUS_AS_OF);
    ReportContext c =
        ReportContext.of(ReportFixtures.assess(BLUEFIN))
            .withDisagreements(Lists.reverse(d))
            .withPrevious(earlier);
    assertEquals(List.of(d.get(1), d.get(0)), c.disagreements());
    assertEquals(Optional.of(earlier), c.previous());
    assertEquals(
        "ReportContext{Bluefin Foods as of 2026-06-30, 2 disagreements, previous 2026-03-31}",
        c.toString());
    assertEquals(
        "ReportContext{Bluefin Foods as of 2026-06-30, 1 disagreement}",
        ReportContext.of(ReportFixtures.assess(BLUEFIN))
            .withDisagreements(d.subList(0, 1))
            .toString());
    // an empty list removes them; the previous assessment stays
    assertEquals(
        ReportContext.of(ReportFixtures.assess(BLUEFIN)).withPrevious(earlier),
        c.withDisagreements(List.of()));
  }

  @Test
  void withDisagreements_ofAUnitTheOrganizationLacks_throwsNamingUnitAndUnits() {
    Disagreement ofGlobexUnit =
        ReportFixtures.disagreements(GLOBEX).stream()
            .filter(x -> x.unit().isPresent())
            .findFirst()
            .orElseThrow();
    ReportContext bluefin = ReportContext.of(ReportFixtures.assess(BLUEFIN));
    var e =
        assertThrows(
            SocialBusinessException.class, () -> bluefin.withDisagreements(List.of(ofGlobexUnit)));
    assertEquals(
        "ReportContext.disagreements must name business units of 'Bluefin Foods', but LISTENING names"
            + " 'Consumer Electronics' (units: [])",
        e.getMessage());
  }

  @Test
  void withPrevious_ofAnotherOrganization_throws() {
    ReportContext bluefin = ReportContext.of(ReportFixtures.assess(BLUEFIN));
    var e =
        assertThrows(
            SocialBusinessException.class,
            () -> bluefin.withPrevious(ReportFixtures.assess(GLOBEX)));
    assertEquals(
        "ReportContext.previous must be an assessment of 'Bluefin Foods', but was of 'Globex"
            + " Industries'",
        e.getMessage());
  }

  @Test
  void withPrevious_later_throws() {
    ReportContext bluefin =
        ReportContext.of(Assessor.standard().assess(BLUEFIN, ReportFixtures.PREVIOUS_AS_OF));
    Assessment later = ReportFixtures.assess(BLUEFIN);
    var e = assertThrows(SocialBusinessException.class, () -> bluefin.withPrevious(later));
    assertEquals(
        "ReportContext.previous must be as of 2026-03-31 or earlier, but was as of 2026-06-30",
        e.getMessage());
    // the same day is allowed: a re-assessment after the consensus meeting
    Assessment sameDay =
        ReportFixtures.assess(BLUEFIN.withEvidence(Practice.LISTENING, Adoption.NONE));
    assertEquals(Optional.of(sameDay), ReportContext.of(later).withPrevious(sameDay).previous());
  }

  @Test
  void withHistory_sortsByDate_andRefusesWhatCannotBeAHistory() {
    Assessment now = ReportFixtures.assess(BLUEFIN);
    Assessment march = Assessor.standard().assess(BLUEFIN, ReportFixtures.PREVIOUS_AS_OF);
    Assessment january = Assessor.standard().assess(BLUEFIN, LocalDate.of(2026, 1, 31));
    ReportContext c = ReportContext.of(now).withHistory(List.of(march, january));
    assertEquals(List.of(january, march), c.history());
    assertEquals("ReportContext{Bluefin Foods as of 2026-06-30, history of 2}", c.toString());
    assertEquals(ReportContext.of(now), c.withHistory(List.of()));

    var e =
        assertThrows(
            SocialBusinessException.class,
            () -> ReportContext.of(now).withHistory(List.of(ReportFixtures.assess(GLOBEX))));
    assertEquals(
        "ReportContext.history must hold assessments of 'Bluefin Foods', but one is of 'Globex"
            + " Industries'",
        e.getMessage());
    e =
        assertThrows(
            SocialBusinessException.class,
            () -> ReportContext.of(march).withHistory(List.of(january, now)));
    assertEquals(
        "ReportContext.history must hold assessments before 2026-03-31, but one is as of 2026-06-30",
        e.getMessage());
    // the same day as the assessment reported is no history: it is that assessment again
    e =
        assertThrows(
            SocialBusinessException.class,
            () -> ReportContext.of(now).withHistory(List.of(ReportFixtures.assess(BLUEFIN))));
    assertEquals(
        "ReportContext.history must hold assessments before 2026-06-30, but one is as of 2026-06-30",
        e.getMessage());
    e =
        assertThrows(
            SocialBusinessException.class,
            () -> ReportContext.of(now).withHistory(List.of(march, january, march)));
    assertEquals(
        "ReportContext.history must hold one assessment per date, but has two as of 2026-03-31",
        e.getMessage());
  }

  @Test
  void aHistory_givesTheOverTimeSection_changeAndKnowledgeApart() {
    Assessment january =
        Assessor.standard()
            .assess(
                BLUEFIN.withEvidence(
                    BLUEFIN.evidence().stream()
                        .filter(e -> e.practice() != Practice.LISTENING)
                        .toList(),
                    BLUEFIN.outOfScope()),
                LocalDate.of(2026, 1, 31));
    Assessment march = Assessor.standard().assess(BLUEFIN, ReportFixtures.PREVIOUS_AS_OF);
    Assessment now =
        ReportFixtures.assess(BLUEFIN.withEvidence(Practice.BUSINESS_GOALS, Adoption.MOST));
    String md =
        Reports.markdown(
            ReportContext.of(now).withPrevious(march).withHistory(List.of(january, march)));
    List<String> lines = md.lines().toList();
    int at = lines.indexOf("## Over time");
    assertEquals(
        List.of(
            "## Over time",
            "",
            "3 assessments from 2026-01-31 to 2026-06-30. In the chart, the solid line is the overall"
                + " score the evidence proves; the dashed line is what was still possible while"
                + " practices were not assessed. A practice assessed for the first time is something"
                + " learned, not progress: the last column of the table tells the two apart.",
            "",
            "| Date | Stage | Maturity level | Overall score | Practices assessed | Since the one"
                + " before |",
            "|---|---|---|---|---|---|"),
        lines.subList(at, at + 6));
    assertEquals(
        List.of(
            "| 2026-01-31 | Planning, possibly Presence | Foundation | 0.12 to 0.15 | 35 of 36 | the first"
                + " assessment |",
            "| 2026-03-31 | Presence | Foundation | 0.14 | 36 of 36 | stage Planning to Presence (from"
                + " what was learned, not progress); no grade changed; 1 practice assessed for the"
                + " first time (learned, not progress) |",
            "| 2026-06-30 | Presence | Foundation | 0.15 | 36 of 36 | 1 grade changed |"),
        lines.subList(at + 6, at + 9));
    // the section follows "Since last time", and the HTML draws the chart
    assertEquals(true, lines.indexOf("## Since last time: 2026-03-31 to 2026-06-30") < at);
    String html =
        Reports.html(
            ReportContext.of(now).withPrevious(march).withHistory(List.of(january, march)));
    assertEquals(true, html.contains("aria-label=\"Overall score over time\""), "the chart");
    // without a history, no such section
    assertEquals(
        false,
        Reports.markdown(ReportContext.of(now).withPrevious(march)).contains("## Over time"));
  }

  @Test
  void equals_byAssessmentDisagreementsAndPrevious() {
    Assessment a = ReportFixtures.assess(BLUEFIN);
    Assessment earlier = Assessor.standard().assess(BLUEFIN, ReportFixtures.PREVIOUS_AS_OF);
    List<Disagreement> d = ReportFixtures.disagreements(BLUEFIN);
    new EqualsTester()
        .addEqualityGroup(ReportContext.of(a), ReportContext.of(ReportFixtures.assess(BLUEFIN)))
        .addEqualityGroup(ReportContext.of(a).withDisagreements(d))
        .addEqualityGroup(ReportContext.of(a).withDisagreements(Lists.reverse(d)))
        .addEqualityGroup(
            ReportContext.of(a).withPrevious(earlier),
            ReportContext.of(a)
                .withDisagreements(d)
                .withPrevious(earlier)
                .withDisagreements(List.of()))
        .addEqualityGroup(ReportContext.of(a).withHistory(List.of(earlier)))
        .addEqualityGroup(ReportContext.of(ReportFixtures.assess(GLOBEX)))
        .testEquals();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nulls_areRejectedNamingTheParameter() {
    new NullPointerTester().testAllPublicStaticMethods(ReportContext.class);
    new NullPointerTester()
        .testAllPublicInstanceMethods(ReportContext.of(ReportFixtures.assess(BLUEFIN)));
    var e =
        assertThrows(
            NullPointerException.class,
            () -> ReportContext.of(ReportFixtures.assess(BLUEFIN)).withPrevious(null));
    assertEquals("previous", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Reports.html((ReportContext) null));
    assertEquals("context", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Reports.markdown((ReportContext) null));
    assertEquals("context", e.getMessage());
  }
}
