package io.github.socialbiz.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

final class ResponsesTest {

  private static final Questionnaire STANDARD = Questionnaire.standard();
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
  private static final String LISTENING = Question.idOf(Practice.LISTENING);
  private static final String CRISIS = Question.idOf(Practice.CRISIS_PLAN);
  private static final String ADVOCACY = Question.idOf(Practice.EMPLOYEE_PARTICIPATION);
  private static final String FUNDING = Question.idOf(Practice.FUNDING);
  private static final String SPONSOR = Question.idOf(Fact.EXECUTIVE_SPONSOR_NAMED);

  private static final Organization ACME =
      Organization.builder()
          .name("Acme")
          .employees(4_000)
          .addBusinessUnits(BusinessUnit.of("Cloud"), BusinessUnit.of("Retail"))
          .evidence(Practice.BUSINESS_GOALS, Adoption.MOST)
          .build();

  private static final Respondent ANA = Respondent.of("Ana Ruiz", "strategist");
  private static final Respondent LI = Respondent.of("Li Wei", "liaison", "Cloud");
  private static final Respondent SAM = Respondent.of("Sam Roe", "analyst");

  private static final Response ANA_SAYS =
      Response.of(
          ANA,
          DAY,
          List.of(
              Answer.of(LISTENING, "half", "Weekly listening report", Basis.ARTIFACT_CHECKED),
              Answer.of(CRISIS, "most"),
              Answer.notApplicable(ADVOCACY, "No public-facing staff"),
              Answer.of(FUNDING, "dont-know"),
              Answer.of(SPONSOR, "yes")));
  private static final Response LI_SAYS =
      Response.of(
          LI,
          DAY,
          List.of(
              Answer.of(LISTENING, "some", "Cloud listens during launches", Basis.INTERVIEW),
              Answer.of(CRISIS, "dont-know"),
              Answer.of(ADVOCACY, "half")));
  private static final Response SAM_SAYS =
      Response.of(
          SAM,
          DAY,
          List.of(
              Answer.of(LISTENING, "half"),
              Answer.of(CRISIS, "some", "A plan exists", Basis.INTERVIEW),
              Answer.notApplicable(ADVOCACY, "Regulated: staff may not post"),
              Answer.of(FUNDING, "dont-know"),
              Answer.of(SPONSOR, "no")));
  private static final List<Response> THREE = List.of(SAM_SAYS, ANA_SAYS, LI_SAYS);

  private static Merge merge(MergePolicy policy) {
    return Responses.merge(STANDARD, THREE, policy, ACME);
  }

  @Test
  void median_mergesThreeRespondents() {
    Merge m = Responses.merge(STANDARD, THREE, ACME);
    Organization o = m.organization();
    assertEquals(
        "LISTENING=HALF (ARTIFACT_CHECKED: \"Ana Ruiz (strategist): half (\"Weekly listening"
            + " report\"); Li Wei (liaison): some (\"Cloud listens during launches\"); Sam Roe"
            + " (analyst): half\")",
        o.evidence(Practice.LISTENING).orElseThrow().toString());
    // two grades, some and most: the lower middle
    assertEquals(
        "CRISIS_PLAN=SOME (INTERVIEW: \"Ana Ruiz (strategist): most; Li Wei (liaison): dont-know;"
            + " Sam Roe (analyst): some (\"A plan exists\")\")",
        o.evidence(Practice.CRISIS_PLAN).orElseThrow().toString());
    assertEquals(List.of(ANA, LI, SAM), m.respondents());
    assertEquals(MergePolicy.MEDIAN, m.policy());
    assertEquals("Merge{median, respondents=3, evidence=2, disagreements=1}", m.toString());
  }

  @Test
  void structureIsKept_evidenceReplaced() {
    Organization o = Responses.merge(STANDARD, THREE, ACME).organization();
    assertEquals("Acme", o.name());
    assertEquals(4_000, o.employees());
    assertFalse(o.isAssessed(Practice.BUSINESS_GOALS)); // the file's evidence is replaced
    assertEquals(2, o.evidence().size());
  }

  @Test
  void dontKnowKeepsNotAssessed() {
    Organization o = Responses.merge(STANDARD, THREE, ACME).organization();
    assertTrue(o.isInScope(Practice.FUNDING));
    assertFalse(o.isAssessed(Practice.FUNDING));
    assertTrue(o.notAssessed().contains(Practice.FUNDING));
  }

  @Test
  void notApplicableByMajority_isOutOfScope() {
    Organization o = Responses.merge(STANDARD, THREE, ACME).organization();
    assertEquals(Set.of(Practice.EMPLOYEE_PARTICIPATION), o.outOfScope()); // two of three
    assertEquals(
        Optional.empty(),
        o.businessUnit("Cloud").orElseThrow().override(Practice.EMPLOYEE_PARTICIPATION));
  }

  @Test
  void notApplicableByHalf_isNotOutOfScope() {
    Response ana = Response.of(ANA, DAY, List.of(Answer.notApplicable(ADVOCACY, "No staff")));
    Response sam = Response.of(SAM, DAY, List.of(Answer.of(ADVOCACY, "some")));
    Organization o = Responses.merge(STANDARD, List.of(ana, sam), ACME).organization();
    assertTrue(o.isInScope(Practice.EMPLOYEE_PARTICIPATION));
    assertEquals(Grade.of(Adoption.SOME), o.grade(Practice.EMPLOYEE_PARTICIPATION));
  }

  @Test
  void conservative_takesTheLowest() {
    Organization o = merge(MergePolicy.CONSERVATIVE).organization();
    // the strongest basis among the answers that gave SOME
    assertEquals(
        "Some (interview: \"Ana Ruiz (strategist): half (\"Weekly listening report\"); Li Wei"
            + " (liaison): some (\"Cloud listens during launches\"); Sam Roe (analyst): half\")",
        o.evidence(Practice.LISTENING).orElseThrow().describe());
    assertEquals(Grade.of(Adoption.SOME), o.grade(Practice.CRISIS_PLAN));
  }

  @Test
  void decidedBy_takesThatRespondentsGrade_elseTheMedianOfTheOthers() {
    Organization byAna = merge(MergePolicy.decidedBy("Ana Ruiz")).organization();
    assertEquals(Grade.of(Adoption.HALF), byAna.grade(Practice.LISTENING));
    assertEquals(Grade.of(Adoption.MOST), byAna.grade(Practice.CRISIS_PLAN));
    assertEquals(Basis.SELF_REPORTED, byAna.evidence(Practice.CRISIS_PLAN).orElseThrow().basis());
    Organization byLi = merge(MergePolicy.decidedBy("Li Wei")).organization();
    assertEquals(Grade.of(Adoption.SOME), byLi.grade(Practice.LISTENING));
    // Li does not know: the median of Ana's most and Sam's some
    assertEquals(Grade.of(Adoption.SOME), byLi.grade(Practice.CRISIS_PLAN));
    assertEquals("decided by Li Wei", MergePolicy.decidedBy("Li Wei").toString());
  }

  @Test
  void unitOverride_onlyWhereTheUnitDiffers() {
    Organization o = Responses.merge(STANDARD, THREE, ACME).organization();
    BusinessUnit cloud = o.businessUnit("Cloud").orElseThrow();
    assertEquals(
        "[LISTENING=SOME (INTERVIEW: \"Li Wei (liaison): some (\"Cloud listens during"
            + " launches\")\")]",
        cloud.overrides().toString());
    assertEquals(Grade.of(Adoption.SOME), o.grade("Cloud", Practice.LISTENING));
    assertEquals(List.of(), o.businessUnit("Retail").orElseThrow().overrides());
    // conservative: Cloud's some is the organization's grade too, so no override
    Organization conservative = merge(MergePolicy.CONSERVATIVE).organization();
    assertEquals(List.of(), conservative.businessUnit("Cloud").orElseThrow().overrides());
  }

  @Test
  void disagreements_listEachRespondentsAnswer() {
    Merge m = Responses.merge(STANDARD, THREE, ACME);
    assertEquals(1, m.disagreements().size());
    Disagreement d = m.disagreements().get(0);
    assertEquals(Practice.CRISIS_PLAN, d.practice());
    assertEquals(Optional.empty(), d.unit());
    assertEquals(
        "CRISIS_PLAN: Ana Ruiz (strategist): most; Li Wei (liaison): dont-know; Sam Roe (analyst):"
            + " some (\"A plan exists\")",
        d.toString());
  }

  @Test
  void disagreements_knownVersusDontKnow_andWithinAUnit() {
    Respondent kim = Respondent.of("Kim Park", "analyst", "Cloud");
    Response li = Response.of(LI, DAY, List.of(Answer.of(LISTENING, "some")));
    Response k = Response.of(kim, DAY, List.of(Answer.of(LISTENING, "dont-know")));
    Merge m = Responses.merge(STANDARD, List.of(li, k), ACME);
    assertEquals(
        List.of(
            "LISTENING: Kim Park (analyst): dont-know; Li Wei (liaison): some",
            "LISTENING in Cloud: Kim Park (analyst): dont-know; Li Wei (liaison): some"),
        m.disagreements().stream().map(Disagreement::toString).toList());
    // one grade apart is no disagreement
    Response li2 = Response.of(LI, DAY, List.of(Answer.of(LISTENING, "half")));
    Response ana = Response.of(ANA, DAY, List.of(Answer.of(LISTENING, "some")));
    assertEquals(List.of(), Responses.merge(STANDARD, List.of(li2, ana), ACME).disagreements());
  }

  @Test
  void factAnswers_areRecorded_structureUnchanged() {
    Merge m = Responses.merge(STANDARD, THREE, ACME);
    assertEquals(
        "{EXECUTIVE_SPONSOR_NAMED=[Ana Ruiz (strategist): yes, Sam Roe (analyst): no]}",
        m.factAnswers().toString());
    assertEquals(
        "HOLDS",
        m.factAnswers()
            .getOrDefault(Fact.EXECUTIVE_SPONSOR_NAMED, ImmutableList.of())
            .get(0)
            .meaning()
            .name());
    assertEquals(ACME.coe(), m.organization().coe());
    assertEquals(ACME.charter(), m.organization().charter());
  }

  @Test
  void holds_isTheMajorityOfYesAndNo_emptyOnATieOrWithoutEither() {
    String crisis = Question.idOf(Fact.CRISIS_TEAM_NAMED);
    String accounts = Question.idOf(Fact.ACCOUNTS_INVENTORIED);
    String liaisons = Question.idOf(Fact.BUSINESS_UNIT_LIAISONS);
    Merge m =
        Responses.merge(
            STANDARD,
            List.of(
                Response.of(
                    ANA,
                    DAY,
                    List.of(
                        Answer.of(crisis, "yes"),
                        Answer.of(accounts, "no"),
                        Answer.of(liaisons, "dont-know"))),
                Response.of(
                    LI,
                    DAY,
                    List.of(
                        Answer.of(crisis, "yes"),
                        Answer.of(accounts, "no"),
                        Answer.of(SPONSOR, "dont-know"))),
                Response.of(
                    SAM,
                    DAY,
                    List.of(
                        Answer.of(crisis, "no"),
                        Answer.of(accounts, "dont-know"),
                        Answer.of(SPONSOR, "yes"),
                        Answer.of(liaisons, "dont-know")))),
            ACME);
    // two yes against one no
    assertEquals(Optional.of(true), m.holds(Fact.CRISIS_TEAM_NAMED));
    // two no against none; "don't know" counts for neither side
    assertEquals(Optional.of(false), m.holds(Fact.ACCOUNTS_INVENTORIED));
    // one yes, one "don't know"
    assertEquals(Optional.of(true), m.holds(Fact.EXECUTIVE_SPONSOR_NAMED));
    // only "don't know"
    assertEquals(Optional.empty(), m.holds(Fact.BUSINESS_UNIT_LIAISONS));
    // nobody answered
    assertEquals(Optional.empty(), m.holds(Fact.POLICY_AUTHORITY));
    // the answers do not change the structure the assessment reads
    assertEquals(List.of(), m.organization().crisisTeam());
    assertEquals(List.of(), m.organization().accounts());
    // one yes and one no (Li's "don't know" aside): a tie
    assertEquals(
        Optional.empty(),
        Responses.merge(STANDARD, THREE, ACME).holds(Fact.EXECUTIVE_SPONSOR_NAMED));
  }

  @Test
  void valuesAsText() {
    assertEquals("Li Wei (liaison, Cloud)", LI.toString());
    assertEquals(
        "q.listening=some (INTERVIEW: \"Cloud listens during launches\")",
        LI_SAYS.answers().get(0).toString());
    assertEquals(
        "q.employee-participation=not-applicable (SELF_REPORTED, reason: \"No public-facing staff\")",
        ANA_SAYS.answers().get(2).toString());
    assertEquals("Response{Ana Ruiz (strategist), 2024-03-01, answers=5}", ANA_SAYS.toString());
    assertEquals(Optional.of("Li Wei"), MergePolicy.decidedBy("Li Wei").decider());
    assertEquals(Optional.empty(), MergePolicy.MEDIAN.decider());
    assertEquals(MergePolicy.decidedBy("Li Wei"), MergePolicy.decidedBy("Li Wei"));
    assertEquals(
        MergePolicy.decidedBy("Li Wei").hashCode(), MergePolicy.decidedBy("Li Wei").hashCode());
    assertFalse(MergePolicy.MEDIAN.equals(MergePolicy.CONSERVATIVE));
    assertEquals("conservative", MergePolicy.CONSERVATIVE.toString());
    assertEquals(Optional.empty(), ANA_SAYS.answer("q.nope"));
  }

  // ----------------------------------------------------------------------- errors

  private static void assertRejected(String message, Executable e) {
    assertEquals(message, assertThrows(SocialBusinessException.class, e).getMessage());
  }

  private static void merging(Response... responses) {
    Responses.merge(STANDARD, List.of(responses), ACME);
  }

  @Test
  void unknownQuestion() {
    assertRejected(
        "Response.answers must answer questions of the questionnaire, but Ana Ruiz answered"
            + " 'q.nope', which it does not ask",
        () -> merging(Response.of(ANA, DAY, List.of(Answer.of("q.nope", "half")))));
  }

  @Test
  void badOption_listsTheAllowedOptions() {
    assertRejected(
        "Response.answers must choose one of the options of q.listening (none, some, half, most,"
            + " dont-know, not-applicable), but Ana Ruiz chose 'lots'",
        () -> Response.of(ANA, DAY, List.of(Answer.of(LISTENING, "lots"))).validate(STANDARD));
  }

  @Test
  void duplicateAnswer() {
    assertRejected(
        "Response.answers must answer each question at most once, but Ana Ruiz answered"
            + " q.listening twice",
        () ->
            Response.of(
                ANA, DAY, List.of(Answer.of(LISTENING, "half"), Answer.of(LISTENING, "some"))));
  }

  @Test
  void notApplicableWithoutReason() {
    assertRejected(
        "Answer.reason must be given for an answer that means OUT_OF_SCOPE, but Ana Ruiz chose"
            + " 'not-applicable' for q.listening without one",
        () -> merging(Response.of(ANA, DAY, List.of(Answer.of(LISTENING, "not-applicable")))));
  }

  @Test
  void blankTexts() {
    assertRejected(
        "Respondent.name must not be blank, but was ' '", () -> Respondent.of(" ", "strategist"));
    assertRejected(
        "Respondent.role must not be blank, but was '' for 'Ana Ruiz'",
        () -> Respondent.of("Ana Ruiz", ""));
    assertRejected(
        "Respondent.businessUnit must not be blank when given, but was ' ' for 'Ana Ruiz'",
        () -> Respondent.of("Ana Ruiz", "strategist", " "));
    assertRejected("Answer.questionId must not be blank, but was ''", () -> Answer.of("", "half"));
    assertRejected(
        "Answer.optionId must not be blank, but was ' ' for q.listening",
        () -> Answer.of(LISTENING, " "));
    assertRejected(
        "Answer.note must not be blank when given, but was '' for q.listening",
        () -> Answer.of(LISTENING, "half", "", Basis.INTERVIEW));
    assertRejected(
        "Answer.reason must not be blank when given, but was ' ' for q.listening",
        () -> Answer.notApplicable(LISTENING, " "));
    assertRejected(
        "MergePolicy.decidedBy must not be blank, but was ''", () -> MergePolicy.decidedBy(""));
  }

  @Test
  void respondentTwice() {
    assertRejected(
        "Responses.merge needs one response per respondent, but 'Ana Ruiz' answered twice",
        () -> merging(ANA_SAYS, Response.of(ANA, DAY.plusDays(1), List.of())));
  }

  @Test
  void unknownUnit() {
    assertRejected(
        "Respondent.businessUnit must name a unit of the organization (one of [Cloud, Retail]), but"
            + " was 'Moon' for 'Bo Diaz'",
        () -> merging(Response.of(Respondent.of("Bo Diaz", "lead", "Moon"), DAY, List.of())));
  }

  @Test
  void unknownDecider() {
    assertRejected(
        "MergePolicy.decidedBy must name one of the respondents [Ana Ruiz, Li Wei, Sam Roe], but"
            + " was 'Bo Diaz'",
        () -> merge(MergePolicy.decidedBy("Bo Diaz")));
  }
}
