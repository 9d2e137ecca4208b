package io.github.socialbiz.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.FactReading;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Responder;
import io.github.socialbiz.questionnaire.Meaning;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.rules.Truth;
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
  void median_mergesTheOrganizationsRespondents() {
    Merge m = Responses.merge(STANDARD, THREE, ACME);
    Organization o = m.organization();
    // Li Wei names Cloud: his "some" is Cloud's, not the organization's
    assertEquals(
        "LISTENING=HALF (ARTIFACT_CHECKED: \"Ana Ruiz (strategist): about half (\"Weekly listening"
            + " report\"); Sam Roe (analyst): about half\")",
        o.evidence(Practice.LISTENING).orElseThrow().toString());
    // two grades, some and most: the lower middle
    assertEquals(
        "CRISIS_PLAN=SOME (INTERVIEW: \"Ana Ruiz (strategist): most or all; Sam Roe (analyst): some (\"A"
            + " plan exists\")\")",
        o.evidence(Practice.CRISIS_PLAN).orElseThrow().toString());
    assertEquals(List.of(ANA, LI, SAM), m.respondents());
    assertEquals(MergePolicy.MEDIAN, m.policy());
    assertEquals(
        "Merge{median, respondents=3, evidence=2, facts=1, disagreements=2}", m.toString());
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
    assertEquals(Set.of(Practice.EMPLOYEE_PARTICIPATION), o.outOfScope()); // both of Ana and Sam
    // Li Wei graded it for Cloud, but it is out of scope for the organization
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
    assertEquals(Grade.of(Adoption.HALF), o.grade(Practice.LISTENING));
    // the strongest basis among the answers that gave SOME: Sam's interview
    assertEquals(
        "Some (interview: \"Ana Ruiz (strategist): most or all; Sam Roe (analyst): some (\"A plan"
            + " exists\")\")",
        o.evidence(Practice.CRISIS_PLAN).orElseThrow().describe());
  }

  @Test
  void decidedBy_takesThatRespondentsGrade_elseTheMedianOfTheOthers() {
    Organization byAna = merge(MergePolicy.decidedBy("Ana Ruiz")).organization();
    assertEquals(Grade.of(Adoption.HALF), byAna.grade(Practice.LISTENING));
    assertEquals(Grade.of(Adoption.MOST), byAna.grade(Practice.CRISIS_PLAN));
    assertEquals(Basis.SELF_REPORTED, byAna.evidence(Practice.CRISIS_PLAN).orElseThrow().basis());
    Organization bySam = merge(MergePolicy.decidedBy("Sam Roe")).organization();
    assertEquals(Grade.of(Adoption.SOME), bySam.grade(Practice.CRISIS_PLAN));
    assertEquals("decided by Li Wei", MergePolicy.decidedBy("Li Wei").toString());
  }

  @Test
  void decidedBy_aUnitRespondent_decidesForTheUnitOnly() {
    Respondent kim = Respondent.of("Kim Park", "analyst", "Cloud");
    Merge m =
        Responses.merge(
            STANDARD,
            List.of(
                Response.of(ANA, DAY, List.of(Answer.of(LISTENING, "most"))),
                Response.of(SAM, DAY, List.of(Answer.of(LISTENING, "some"))),
                Response.of(LI, DAY, List.of(Answer.of(LISTENING, "none"))),
                Response.of(kim, DAY, List.of(Answer.of(LISTENING, "half")))),
            MergePolicy.decidedBy("Li Wei"),
            ACME);
    // the organization: the median of Ana's most and Sam's some, the lower middle
    assertEquals(Grade.of(Adoption.SOME), m.organization().grade(Practice.LISTENING));
    // Cloud: Li Wei decides between his none and Kim's half
    assertEquals(Grade.of(Adoption.NONE), m.organization().grade("Cloud", Practice.LISTENING));
  }

  @Test
  void unitRespondent_answersBecomeTheUnitsOverridesOnly() {
    Organization o = Responses.merge(STANDARD, THREE, ACME).organization();
    BusinessUnit cloud = o.businessUnit("Cloud").orElseThrow();
    assertEquals(
        "[LISTENING=SOME (INTERVIEW: \"Li Wei (liaison): some (\"Cloud listens during"
            + " launches\")\")]",
        cloud.overrides().toString());
    assertEquals(1, cloud.respondents());
    assertEquals(Grade.of(Adoption.SOME), o.grade("Cloud", Practice.LISTENING));
    assertEquals(Grade.of(Adoption.HALF), o.grade(Practice.LISTENING));
    assertEquals(
        "BusinessUnit{Retail, overrides=[]}", o.businessUnit("Retail").orElseThrow().toString());
    // the organization's evidence is what Ana and Sam alone give
    Organization without =
        Responses.merge(STANDARD, List.of(ANA_SAYS, SAM_SAYS), ACME).organization();
    assertEquals(without.evidence(), o.evidence());
    assertEquals(without.outOfScope(), o.outOfScope());
    assertEquals(without.factEvidence(), o.factEvidence());
  }

  @Test
  void unitRespondent_overridesAlsoWhereTheUnitAgrees() {
    Response li = Response.of(LI, DAY, List.of(Answer.of(LISTENING, "half")));
    Response ana = Response.of(ANA, DAY, List.of(Answer.of(LISTENING, "half")));
    Organization o = Responses.merge(STANDARD, List.of(li, ana), ACME).organization();
    assertEquals(
        "BusinessUnit{Cloud, overrides=[LISTENING=HALF (SELF_REPORTED: \"Li Wei (liaison):"
            + " about half\")], respondents=1}",
        o.businessUnit("Cloud").orElseThrow().toString());
    assertEquals(
        "LISTENING=HALF (SELF_REPORTED: \"Ana Ruiz (strategist): about half\")",
        o.evidence(Practice.LISTENING).orElseThrow().toString());
  }

  @Test
  void onlyUnitRespondentsAnswered_theOrganizationsGradeStaysNotAssessed() {
    Respondent kim = Respondent.of("Kim Park", "analyst", "Retail");
    Merge m =
        Responses.merge(
            STANDARD,
            List.of(
                Response.of(LI, DAY, List.of(Answer.of(FUNDING, "most"))),
                Response.of(kim, DAY, List.of(Answer.of(FUNDING, "some")))),
            ACME);
    Organization o = m.organization();
    assertEquals(Grade.notAssessed(), o.grade(Practice.FUNDING));
    assertEquals(Grade.of(Adoption.MOST), o.grade("Cloud", Practice.FUNDING));
    assertEquals(Grade.of(Adoption.SOME), o.grade("Retail", Practice.FUNDING));
    assertEquals(List.of(), o.evidence());
    // two units apart is no disagreement: each answers for its own unit
    assertEquals(List.of(), m.disagreements());
  }

  @Test
  void disagreements_listEachRespondentsAnswer() {
    Merge m = Responses.merge(STANDARD, THREE, ACME);
    assertEquals(
        List.of(
            "CRISIS_PLAN: Ana Ruiz (strategist): most or all; Sam Roe (analyst): some (\"A plan exists\")",
            "EXECUTIVE_SPONSOR_NAMED: Ana Ruiz (strategist): yes; Sam Roe (analyst): no"),
        m.disagreements().stream().map(Disagreement::toString).toList());
    Disagreement d = m.disagreements().get(0);
    assertEquals(Practice.CRISIS_PLAN, d.practice());
    assertEquals(Optional.empty(), d.fact());
    assertFalse(d.isAboutFact());
    assertFalse(d.isAgainstFile());
    assertEquals("Crisis plan and team", d.subject());
    assertEquals(Optional.empty(), d.unit());
  }

  @Test
  void disagreements_knownVersusDontKnow_andWithinAUnit() {
    Respondent kim = Respondent.of("Kim Park", "analyst", "Cloud");
    Response li = Response.of(LI, DAY, List.of(Answer.of(LISTENING, "some")));
    Response k = Response.of(kim, DAY, List.of(Answer.of(LISTENING, "dont-know")));
    Response ana = Response.of(ANA, DAY, List.of(Answer.of(LISTENING, "most")));
    Response sam = Response.of(SAM, DAY, List.of(Answer.of(LISTENING, "dont-know")));
    Merge m = Responses.merge(STANDARD, List.of(li, k, ana, sam), ACME);
    assertEquals(
        List.of(
            "LISTENING: Ana Ruiz (strategist): most or all; Sam Roe (analyst): don't know",
            "LISTENING in Cloud: Kim Park (analyst): don't know; Li Wei (liaison): some"),
        m.disagreements().stream().map(Disagreement::toString).toList());
    // one grade apart is no disagreement
    Response bo = Response.of(BO, DAY, List.of(Answer.of(LISTENING, "half")));
    Response ana2 = Response.of(ANA, DAY, List.of(Answer.of(LISTENING, "some")));
    assertEquals(List.of(), Responses.merge(STANDARD, List.of(bo, ana2), ACME).disagreements());
  }

  // ----------------------------------------------------------------------- facts

  private static final String TEAM = Question.idOf(Fact.CRISIS_TEAM_NAMED);
  private static final Respondent BO = Respondent.of("Bo Diaz", "community manager");

  @Test
  void story_crisisTeamYesAndNo_isAConsensusItemNamingBoth() {
    assertEquals("q.fact.crisis-team-named", TEAM);
    Merge m =
        Responses.merge(
            STANDARD,
            List.of(
                Response.of(SAM, DAY, List.of(Answer.of(TEAM, "no"))),
                Response.of(ANA, DAY, List.of(Answer.of(TEAM, "yes")))),
            ACME);
    assertEquals(1, m.disagreements().size());
    Disagreement d = m.disagreements().get(0);
    assertEquals(
        "CRISIS_TEAM_NAMED: Ana Ruiz (strategist): yes; Sam Roe (analyst): no", d.toString());
    assertEquals(Optional.of(Fact.CRISIS_TEAM_NAMED), d.fact());
    assertTrue(d.isAboutFact());
    assertFalse(d.isAgainstFile());
    assertEquals("A named crisis team", d.subject());
    assertEquals(Optional.empty(), d.unit());
    assertEquals(Optional.empty(), d.file());
    assertEquals(
        List.of("Ana Ruiz", "Sam Roe"),
        d.answers().stream().map(s -> s.respondent().name()).toList());
    assertEquals(
        "Disagreement.practice: the item is about the fact CRISIS_TEAM_NAMED, not a practice; read"
            + " fact()",
        assertThrows(IllegalStateException.class, d::practice).getMessage());
    // one yes, one no: nobody can say, never a "no"
    assertEquals(
        "Optional[CRISIS_TEAM_NAMED=UNKNOWN (SELF_REPORTED: \"Ana Ruiz (strategist): yes; Sam Roe"
            + " (analyst): no\")]",
        m.organization().factEvidence(Fact.CRISIS_TEAM_NAMED).toString());
    assertEquals(Optional.empty(), m.holds(Fact.CRISIS_TEAM_NAMED));
  }

  /** Ana yes (artifact checked), Bo yes (interview), Sam no (interview), Li (Cloud) no. */
  private static List<Response> teamAnswers() {
    return List.of(
        Response.of(
            ANA,
            DAY,
            List.of(Answer.of(TEAM, "yes", "Listed on the intranet", Basis.ARTIFACT_CHECKED))),
        Response.of(BO, DAY, List.of(Answer.of(TEAM, "yes", "Met them", Basis.INTERVIEW))),
        Response.of(SAM, DAY, List.of(Answer.of(TEAM, "no", "Never heard of it", Basis.INTERVIEW))),
        Response.of(LI, DAY, List.of(Answer.of(TEAM, "no"))));
  }

  @Test
  void factAnswers_becomeFactEvidence_withExactNotes_byEachPolicy() {
    String note =
        "Ana Ruiz (strategist): yes (\"Listed on the intranet\"); Bo Diaz (community manager): yes"
            + " (\"Met them\"); Sam Roe (analyst): no (\"Never heard of it\")";
    // median: two yes against one no (Li Wei answers for Cloud); the strongest basis among the yes
    assertEquals(
        List.of("CRISIS_TEAM_NAMED=TRUE (ARTIFACT_CHECKED: \"" + note + "\")"),
        Responses.merge(STANDARD, teamAnswers(), ACME).organization().factEvidence().stream()
            .map(Object::toString)
            .toList());
    // conservative: anyone's no
    assertEquals(
        "CRISIS_TEAM_NAMED=FALSE (INTERVIEW: \"" + note + "\")",
        Responses.merge(STANDARD, teamAnswers(), MergePolicy.CONSERVATIVE, ACME)
            .organization()
            .factEvidence(Fact.CRISIS_TEAM_NAMED)
            .orElseThrow()
            .toString());
    // decided by Sam Roe: his no
    assertEquals(
        "CRISIS_TEAM_NAMED=FALSE (INTERVIEW: \"" + note + "\")",
        Responses.merge(STANDARD, teamAnswers(), MergePolicy.decidedBy("Sam Roe"), ACME)
            .organization()
            .factEvidence(Fact.CRISIS_TEAM_NAMED)
            .orElseThrow()
            .toString());
    // decided by Li Wei, who answers for Cloud: the organization's majority
    Merge byLi = Responses.merge(STANDARD, teamAnswers(), MergePolicy.decidedBy("Li Wei"), ACME);
    assertEquals(Optional.of(true), byLi.holds(Fact.CRISIS_TEAM_NAMED));
    assertEquals(
        "stated: yes (artifact checked: \"" + note + "\")",
        byLi.organization().factEvidence(Fact.CRISIS_TEAM_NAMED).orElseThrow().describe());
  }

  @Test
  void factPolicies_conservativeYesOnlyWhenNobodySaysNo_decidedByFallsBackToTheMajority() {
    List<Response> yesYesDontKnow =
        List.of(
            Response.of(ANA, DAY, List.of(Answer.of(TEAM, "yes"))),
            Response.of(BO, DAY, List.of(Answer.of(TEAM, "yes"))),
            Response.of(SAM, DAY, List.of(Answer.of(TEAM, "dont-know"))));
    assertEquals(
        Optional.of(true),
        Responses.merge(STANDARD, yesYesDontKnow, MergePolicy.CONSERVATIVE, ACME)
            .holds(Fact.CRISIS_TEAM_NAMED));
    // Sam Roe decides but does not know: the others' majority
    assertEquals(
        Optional.of(true),
        Responses.merge(STANDARD, yesYesDontKnow, MergePolicy.decidedBy("Sam Roe"), ACME)
            .holds(Fact.CRISIS_TEAM_NAMED));
    // Ana Ruiz decides against a majority of no
    List<Response> yesNoNo =
        List.of(
            Response.of(ANA, DAY, List.of(Answer.of(TEAM, "yes"))),
            Response.of(BO, DAY, List.of(Answer.of(TEAM, "no"))),
            Response.of(SAM, DAY, List.of(Answer.of(TEAM, "no"))));
    assertEquals(
        Optional.of(false), Responses.merge(STANDARD, yesNoNo, ACME).holds(Fact.CRISIS_TEAM_NAMED));
    assertEquals(
        Optional.of(true),
        Responses.merge(STANDARD, yesNoNo, MergePolicy.decidedBy("Ana Ruiz"), ACME)
            .holds(Fact.CRISIS_TEAM_NAMED));
    // decided by a respondent who did not answer the fact, on a tie: unknown
    List<Response> tie =
        List.of(
            Response.of(ANA, DAY, List.of(Answer.of(TEAM, "yes"))),
            Response.of(BO, DAY, List.of(Answer.of(LISTENING, "half"))),
            Response.of(SAM, DAY, List.of(Answer.of(TEAM, "no"))));
    assertEquals(
        "CRISIS_TEAM_NAMED=UNKNOWN (SELF_REPORTED: \"Ana Ruiz (strategist): yes; Sam Roe (analyst):"
            + " no\")",
        Responses.merge(STANDARD, tie, MergePolicy.decidedBy("Bo Diaz"), ACME)
            .organization()
            .factEvidence(Fact.CRISIS_TEAM_NAMED)
            .orElseThrow()
            .toString());
  }

  @Test
  void factReading_ofTheFileAlone_ignoresTheStatements() {
    Organization listed = ACME.withCrisisTeam(List.of(Responder.of("Dana Lee", "lead")));
    assertEquals(Truth.TRUE, FactReading.onFile(listed, Fact.CRISIS_TEAM_NAMED));
    assertEquals("crisis team: 1 person", FactReading.describeFile(listed, Fact.CRISIS_TEAM_NAMED));
    Organization saidNo =
        listed.withFactEvidence(List.of(FactEvidence.of(Fact.CRISIS_TEAM_NAMED, Truth.FALSE)));
    assertEquals(Truth.TRUE, FactReading.onFile(saidNo, Fact.CRISIS_TEAM_NAMED));
    assertEquals(Truth.TRUE, FactReading.truth(saidNo, Fact.CRISIS_TEAM_NAMED));
    Organization saidYes =
        ACME.withFactEvidence(List.of(FactEvidence.of(Fact.CRISIS_TEAM_NAMED, Truth.TRUE)));
    assertEquals(Truth.FALSE, FactReading.onFile(saidYes, Fact.CRISIS_TEAM_NAMED));
    assertEquals(Truth.TRUE, FactReading.truth(saidYes, Fact.CRISIS_TEAM_NAMED));
    assertEquals(Truth.FALSE, FactReading.truth(ACME, Fact.CRISIS_TEAM_NAMED));
    // coordination reads the sponsor and the hub; the file shows neither
    assertEquals(Truth.FALSE, FactReading.onFile(ACME, Fact.COORDINATION_BEGUN));
  }

  @Test
  void factAnswers_onlyDontKnow_isUnknown_neverNo() {
    Merge m =
        Responses.merge(
            STANDARD,
            List.of(
                Response.of(ANA, DAY, List.of(Answer.of(TEAM, "dont-know"))),
                Response.of(
                    SAM, DAY, List.of(Answer.of(TEAM, "dont-know", "Ask HR", Basis.INTERVIEW)))),
            ACME);
    assertEquals(
        "CRISIS_TEAM_NAMED=UNKNOWN (INTERVIEW: \"Ana Ruiz (strategist): don't know; Sam Roe"
            + " (analyst): don't know (\"Ask HR\")\")",
        m.organization().factEvidence(Fact.CRISIS_TEAM_NAMED).orElseThrow().toString());
    assertEquals(Truth.UNKNOWN, FactReading.truth(m.organization(), Fact.CRISIS_TEAM_NAMED));
    assertEquals(List.of(), m.disagreements());
    // nobody answered: no statement, and the file's silence reads as not in place
    assertEquals(Optional.empty(), m.organization().factEvidence(Fact.EXECUTIVE_SPONSOR_NAMED));
  }

  @Test
  void factAnsweredYes_whileTheFileIsSilent_holdsOnTheRespondentsWord() {
    Merge m =
        Responses.merge(
            STANDARD, List.of(Response.of(ANA, DAY, List.of(Answer.of(TEAM, "yes")))), ACME);
    Organization o = m.organization();
    assertEquals(List.of(), o.crisisTeam()); // the structure is not changed
    assertEquals(Truth.FALSE, FactReading.onFile(o, Fact.CRISIS_TEAM_NAMED));
    assertEquals("no crisis team named", FactReading.describeFile(o, Fact.CRISIS_TEAM_NAMED));
    assertEquals(Truth.TRUE, FactReading.truth(o, Fact.CRISIS_TEAM_NAMED));
    assertEquals(List.of(), m.disagreements()); // silence is no contradiction
  }

  @Test
  void fileShowsTheFact_whileTheRespondentsSayNo_isAConsensusItem() {
    Organization listed = ACME.withCrisisTeam(List.of(Responder.of("Dana Lee", "lead")));
    Merge m =
        Responses.merge(
            STANDARD,
            List.of(
                Response.of(SAM, DAY, List.of(Answer.of(TEAM, "no"))),
                Response.of(
                    ANA, DAY, List.of(Answer.of(TEAM, "no", "None named", Basis.INTERVIEW))),
                Response.of(BO, DAY, List.of(Answer.of(TEAM, "yes")))),
            listed);
    assertEquals(
        List.of(
            "CRISIS_TEAM_NAMED: Ana Ruiz (strategist): no (\"None named\"); Bo Diaz (community"
                + " manager): yes; Sam Roe (analyst): no",
            "CRISIS_TEAM_NAMED against the file (crisis team: 1 person): Ana Ruiz (strategist): no"
                + " (\"None named\"); Bo Diaz (community manager): yes; Sam Roe (analyst): no"),
        m.disagreements().stream().map(Disagreement::toString).toList());
    Disagreement file = m.disagreements().get(1);
    assertTrue(file.isAgainstFile());
    assertEquals(Optional.of("crisis team: 1 person"), file.file());
    assertEquals(Optional.empty(), file.unit());
    // the merged answer is no; the file's record wins for the assessment
    assertEquals(Optional.of(false), m.holds(Fact.CRISIS_TEAM_NAMED));
    assertEquals(Truth.TRUE, FactReading.truth(m.organization(), Fact.CRISIS_TEAM_NAMED));
    // the file and a merged yes agree: no item
    Merge agree =
        Responses.merge(
            STANDARD, List.of(Response.of(ANA, DAY, List.of(Answer.of(TEAM, "yes")))), listed);
    assertEquals(List.of(), agree.disagreements());
    // a file that is silent and a merged no agree as well
    Merge silent =
        Responses.merge(
            STANDARD, List.of(Response.of(ANA, DAY, List.of(Answer.of(TEAM, "no")))), ACME);
    assertEquals(List.of(), silent.disagreements());
  }

  @Test
  void unitRespondentsFactAnswers_areKept_butSettleNoFactOfTheOrganization() {
    Respondent kim = Respondent.of("Kim Park", "analyst", "Cloud");
    Merge m =
        Responses.merge(
            STANDARD,
            List.of(
                Response.of(LI, DAY, List.of(Answer.of(TEAM, "yes"))),
                Response.of(kim, DAY, List.of(Answer.of(TEAM, "no")))),
            ACME);
    assertEquals(List.of(), m.organization().factEvidence());
    assertEquals(Optional.empty(), m.holds(Fact.CRISIS_TEAM_NAMED));
    assertEquals(
        "{CRISIS_TEAM_NAMED=[Kim Park (analyst): no, Li Wei (liaison): yes]}",
        m.factAnswers().toString());
    assertEquals(
        List.of("CRISIS_TEAM_NAMED in Cloud: Kim Park (analyst): no; Li Wei (liaison): yes"),
        m.disagreements().stream().map(Disagreement::toString).toList());
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
                        Answer.of(TEAM, "yes"),
                        Answer.of(accounts, "no"),
                        Answer.of(liaisons, "dont-know"))),
                Response.of(
                    BO,
                    DAY,
                    List.of(
                        Answer.of(TEAM, "yes"),
                        Answer.of(accounts, "no"),
                        Answer.of(SPONSOR, "dont-know"))),
                Response.of(
                    SAM,
                    DAY,
                    List.of(
                        Answer.of(TEAM, "no"),
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
    // one yes and one no: a tie
    assertEquals(
        Optional.empty(),
        Responses.merge(STANDARD, THREE, ACME).holds(Fact.EXECUTIVE_SPONSOR_NAMED));
  }

  @Test
  void disagreement_isAboutOnePracticeOrOneFact_withEnoughAnswers() {
    Statement ana = Statement.of(ANA, Answer.of(TEAM, "yes"), Meaning.HOLDS);
    assertRejected(
        "Disagreement.answers must hold at least two answers, but held 1 for CRISIS_TEAM_NAMED",
        () -> Disagreement.of(Fact.CRISIS_TEAM_NAMED, Optional.empty(), ImmutableList.of(ana)));
    assertEquals(
        "CRISIS_TEAM_NAMED against the file (crisis team: 1 person): Ana Ruiz (strategist): yes",
        Disagreement.againstFile(
                Fact.CRISIS_TEAM_NAMED, "crisis team: 1 person", ImmutableList.of(ana))
            .toString());
    assertRejected(
        "Disagreement.answers must hold at least one answer, but held 0 for CRISIS_TEAM_NAMED",
        () -> Disagreement.againstFile(Fact.CRISIS_TEAM_NAMED, "x", ImmutableList.of()));
    assertRejected(
        "Disagreement must be about one practice or one fact, but was about Optional.empty and"
            + " Optional.empty",
        () -> ImmutableDisagreement.builder().addAnswers(ana, ana).build());
    assertRejected(
        "Disagreement.file must be given only for a fact of the whole organization, but was given"
            + " for LISTENING",
        () ->
            ImmutableDisagreement.builder()
                .aboutPractice(Practice.LISTENING)
                .file("x")
                .addAnswers(ana, ana)
                .build());
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
