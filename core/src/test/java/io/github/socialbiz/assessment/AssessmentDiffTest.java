package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.report.Reports;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Comparison over time separates knowledge from change: practices assessed for the first time (or no
 * longer assessed) are told from grades that changed, and stage, level, scores, findings and actions say
 * which part comes from each, in {@link AssessmentDiff} and in the report's "Since last time".
 */
final class AssessmentDiffTest {

  private static final LocalDate THEN = LocalDate.of(2026, 3, 31);
  private static final Organization GLOBEX = SampleOrganizations.multinational();
  private static final Assessment TODAY =
      Assessor.standard().assess(GLOBEX, SampleOrganizations.AS_OF);

  /** The 16 of Globex's 36 practices nobody had assessed a quarter earlier: 20 of 36 (56%) assessed. */
  private static final Set<Practice> NOT_ASSESSED_THEN =
      EnumSet.of(
          Practice.SOCIAL_MEDIA_POLICY,
          Practice.EMPLOYEE_ACCESS,
          Practice.ACCOUNT_GOVERNANCE,
          Practice.RISK_MANAGEMENT,
          Practice.LISTENING,
          Practice.OFFICIAL_PRESENCE,
          Practice.TRIAGE_PROCESS,
          Practice.CRISIS_PLAN,
          Practice.REAL_TIME_RESPONSE,
          Practice.COMMUNITY_ENGAGEMENT,
          Practice.SOCIAL_CUSTOMER_SUPPORT,
          Practice.EMPLOYEE_PARTICIPATION,
          Practice.EMPLOYEE_EDUCATION,
          Practice.BEST_PRACTICE_SHARING,
          Practice.INTERNAL_COLLABORATION,
          Practice.BUSINESS_OUTCOME_METRICS);

  private static Organization without(Organization o, Set<Practice> practices) {
    List<Evidence> kept = new ArrayList<>();
    for (Evidence e : o.evidence()) {
      if (!practices.contains(e.practice())) {
        kept.add(e);
      }
    }
    return o.withEvidence(kept, o.outOfScope());
  }

  /**
   * The earlier assessment as a store written under model version 1 keeps it: its organization without
   * the practices nobody assessed, and its results as that model read them, every such practice as
   * "none".
   */
  private static Assessment storedUnderModelOne() {
    Organization then = without(GLOBEX, NOT_ASSESSED_THEN);
    Organization readAsNone = then;
    for (Practice p : NOT_ASSESSED_THEN) {
      readAsNone = readAsNone.withEvidence(p, Adoption.NONE);
    }
    return ((ImmutableAssessment) Assessor.standard().assess(readAsNone, THEN))
        .withOrganization(then)
        .withModelVersion(1);
  }

  /** The lines of a Markdown section after its heading, blank lines left out, up to the next heading. */
  private static List<String> section(String markdown, String heading) {
    List<String> lines = List.of(markdown.split("\n", -1));
    int start =
        lines.stream()
            .filter(l -> l.startsWith(heading))
            .findFirst()
            .map(lines::indexOf)
            .orElseThrow(() -> new AssertionError("no heading " + heading));
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("#")) {
        break;
      }
      if (!line.isBlank()) {
        body.add(line);
      }
    }
    return body;
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).collect(Collectors.toList());
  }

  // -----------------------------------------------------------------------
  @Test
  void answersGrownFrom56To100PercentAssessed_areKnowledge_notProgress() {
    Assessment before = storedUnderModelOne();
    AssessmentDiff d = AssessmentDiff.between(before, TODAY);

    assertEquals(16, d.newlyAssessed().size());
    assertEquals(
        GradeChange.of(Practice.SOCIAL_MEDIA_POLICY, Grade.notAssessed(), Grade.of(Adoption.MOST)),
        d.newlyAssessed().get(0));
    assertEquals(List.of(), d.noLongerAssessed());
    assertEquals(List.of(), d.gradeChanges());
    assertEquals(Stage.PLANNING, d.stageBefore());
    assertEquals(Stage.FORMALIZED, d.stageWithTodaysKnowledge());
    assertEquals(Stage.FORMALIZED, d.stageAfter());
    assertEquals("PLANNING -> FORMALIZED (all from knowledge)", d.stageChange());
    assertEquals(Optional.empty(), d.levelBefore());
    assertEquals(Optional.of(MaturityLevel.FORMATION), d.levelWithTodaysKnowledge());
    // Governance: policy and access (1 each), account governance and risk (0.25 each) of 7
    // practices
    assertEquals(
        2.5 / 7,
        Objects.requireNonNull(d.scoreDeltasFromKnowledge().get(Dimension.GOVERNANCE)),
        1e-9);
    assertEquals(
        0.0, Objects.requireNonNull(d.scoreDeltasFromChange().get(Dimension.GOVERNANCE)), 1e-9);
    d.scoreDeltasFromChange().values().forEach(v -> assertEquals(0.0, v, 1e-9));
    assertEquals(0.0, d.overallDeltaFromChange(), 1e-9);

    // the stored findings that read "none" for a practice nobody had assessed are not resolved
    assertEquals(List.of(), d.resolved());
    assertTrue(
        d.withdrawn().stream()
            .anyMatch(
                f ->
                    f.message()
                        .equals(
                            "Social media policy is not in place; 76% of analysed crises could have been"
                                + " averted or reduced with preparation")),
        d.withdrawn()::toString);
    assertEquals(11, d.withdrawn().size());
    assertEquals(List.of(), d.added());
    assertEquals(List.of(), d.completedActions());
    assertEquals(
        List.of("stage.presence.listening", "stage.presence.official-presence"),
        d.answeredActions().stream().map(Action::criterionId).collect(Collectors.toList()));
    assertTrue(d.isKnowledgeChanged());
    assertFalse(d.isEmpty());
    assertEquals(
        "AssessmentDiff{Globex Industries 2026-03-31..2026-06-30: PLANNING -> FORMALIZED (all from"
            + " knowledge), 0 resolved, 0 new, 0 actions completed, 16 newly assessed, 11 withdrawn, 3"
            + " discovered, 2 actions answered, model 1 -> "
            + ModelVersion.CURRENT
            + " (0 criteria changed)}",
        d.toString());
  }

  @Test
  void sinceLastTime_namesThePracticesAssessedForTheFirstTime_andShowsNoArrowForThem() {
    String md = Reports.markdown(ReportContext.of(TODAY).withPrevious(storedUnderModelOne()));
    List<String> since = section(md, "## Since last time");
    assertEquals(
        List.of(
            "- **Stage:** 1. Planning then, 4. Formalized now: all from 16 practices assessed for the"
                + " first time, not a change",
            "- **Maturity level:** no level then, 3. Formation now: all from 16 practices assessed for"
                + " the first time, not a change",
            "- **Overall score:** 0.32 then, 0.60 now: 0.28 higher (all from 16 practices assessed for"
                + " the first time)",
            "- **Model:** version 1 then, "
                + ModelVersion.CURRENT
                + " now; 0 criteria changed meaning, and their findings and actions are not compared",
            "| Dimension | Then | Now | Trend |",
            "|---|---|---|---|",
            "| Strategy | 0.70 | 0.70 | → unchanged |",
            "| Governance | 0.21 | 0.57 | 0.36 higher (all from 4 practices assessed for the first"
                + " time) |",
            "| Organization | 0.59 | 0.59 | → unchanged |",
            "| Process | 0.30 | 0.55 | 0.25 higher (all from 3 practices assessed for the first time) |",
            "| Education | 0.00 | 0.50 | 0.50 higher (all from 3 practices assessed for the first time)"
                + " |",
            "| Engagement | 0.00 | 0.75 | 0.75 higher (all from 5 practices assessed for the first"
                + " time) |",
            "| Measurement | 0.42 | 0.50 | 0.08 higher (all from 1 practice assessed for the first time)"
                + " |",
            "**Practices assessed for the first time:** 16, new knowledge, not a change.",
            "- Social media policy: Most or all",
            "- Employee access: Most or all",
            "- Account governance: Some",
            "- Risk management: Some",
            "- Triage and escalation: About half",
            "- Crisis plan and team: About half",
            "- Real-time response: Some",
            "- Employee education: About half",
            "- Best-practice sharing: About half",
            "- Internal collaboration: About half",
            "- Listening and monitoring: Most or all",
            "- Official presence: Most or all",
            "- Community engagement: Most or all",
            "- Social customer support: About half",
            "- Employee participation: Some",
            "- Business-outcome metrics: Some",
            "**Criteria newly met:** none.",
            "**Criteria now known to be met:** 15, from 16 practices assessed for the first time, not a"
                + " change."),
        since.subList(0, 32));
    assertTrue(since.contains("**Findings resolved:** none."), since::toString);
    assertTrue(
        since.contains(
            "**Findings no longer reported:** 11, not resolved: each rested on what was not assessed"
                + " then, and today's knowledge does not bear it out."),
        since::toString);
    assertTrue(
        since.contains(
            "- High: Social media policy is not in place; 76% of analysed crises could have been averted or"
                + " reduced with preparation"),
        since::toString);
    assertTrue(since.contains("**Roadmap actions completed:** none."), since::toString);
    assertTrue(
        since.contains(
            "**Roadmap actions answered by assessing:** 2, not completed: their criteria are shown met"
                + " by 16 practices assessed for the first time."),
        since::toString);
    // what the issue reported, and any other arrow over knowledge, is gone
    assertFalse(md.contains("Stage:** ↑ up from 1. Planning to 4. Formalized"), md);
    assertFalse(md.contains("↑ up 0.36"), md);
    assertFalse(String.join("\n", since).contains("↑"), md);
    // the summary's trends say the same
    List<String> summary = section(md, "## Executive summary");
    assertTrue(
        summary.contains(
            "- **Overall score:** 0.60 of 1.00 (weakest link 0.25), 0.28 higher (all from 16 practices"
                + " assessed for the first time) since 2026-03-31"),
        summary::toString);
    assertTrue(
        summary.contains(
            "| Governance | 0.57 | 0.25 | 0.36 higher (all from 4 practices assessed for the first"
                + " time) |"),
        summary::toString);
  }

  @Test
  void knowledgeAndChangeTogether_eachSaysItsPart() {
    // a quarter ago policy, access and listening were not assessed; community engagement was at
    // some
    // and the account inventory at some, since raised
    Organization then =
        without(
                GLOBEX,
                EnumSet.of(
                    Practice.SOCIAL_MEDIA_POLICY, Practice.EMPLOYEE_ACCESS, Practice.LISTENING))
            .withEvidence(Practice.COMMUNITY_ENGAGEMENT, Adoption.SOME)
            .withEvidence(Practice.ACCOUNT_INVENTORY, Adoption.SOME);
    Assessment before = Assessor.standard().assess(then, THEN);
    AssessmentDiff d = AssessmentDiff.between(before, TODAY);

    assertEquals(
        List.of(
            "SOCIAL_MEDIA_POLICY: NOT_ASSESSED -> MOST",
            "EMPLOYEE_ACCESS: NOT_ASSESSED -> MOST",
            "LISTENING: NOT_ASSESSED -> MOST"),
        d.newlyAssessed().stream().map(GradeChange::toString).collect(Collectors.toList()));
    assertEquals(
        List.of("ACCOUNT_INVENTORY: SOME -> HALF", "COMMUNITY_ENGAGEMENT: SOME -> MOST"),
        d.gradeChanges().stream().map(GradeChange::toString).collect(Collectors.toList()));
    // listening opens Presence and Engagement; community engagement raised opens Formalized
    assertEquals(Stage.PLANNING, d.stageBefore());
    assertEquals(Stage.ENGAGEMENT, d.stageWithTodaysKnowledge());
    assertEquals(Stage.FORMALIZED, d.stageAfter());
    assertEquals("PLANNING -> ENGAGEMENT (knowledge) -> FORMALIZED (change)", d.stageChange());
    // Governance: policy and access (1 each) of 7 known now; the inventory from 0.25 to 0.5 is
    // change
    assertEquals(
        2.0 / 7,
        Objects.requireNonNull(d.scoreDeltasFromKnowledge().get(Dimension.GOVERNANCE)),
        1e-9);
    assertEquals(
        0.25 / 7,
        Objects.requireNonNull(d.scoreDeltasFromChange().get(Dimension.GOVERNANCE)),
        1e-9);
    // Engagement: listening (1) of 5 known now; community engagement from 0.25 to 1 is change
    assertEquals(
        0.2, Objects.requireNonNull(d.scoreDeltasFromKnowledge().get(Dimension.ENGAGEMENT)), 1e-9);
    assertEquals(
        0.15, Objects.requireNonNull(d.scoreDeltasFromChange().get(Dimension.ENGAGEMENT)), 1e-9);
    assertEquals((2.0 / 7 + 0.2) / 7, d.overallDeltaFromKnowledge(), 1e-9);
    assertEquals((0.25 / 7 + 0.15) / 7, d.overallDeltaFromChange(), 1e-9);
    assertEquals(List.of("accounts.inventory"), ids(d.resolved()));
    // the earlier roadmap led to Presence: assess listening first, which today's grade answers
    assertEquals(List.of(), d.completedActions());
    assertEquals(
        List.of("stage.presence.listening"),
        d.answeredActions().stream().map(Action::criterionId).collect(Collectors.toList()));

    List<String> since =
        section(
            Reports.markdown(ReportContext.of(TODAY).withPrevious(before)), "## Since last time");
    assertEquals(
        List.of(
            "- **Stage:** 1. Planning then, 4. Formalized now: 3. Engagement from 3 practices assessed"
                + " for the first time, then ↑ up to 4. Formalized",
            "- **Maturity level:** no level then, 3. Formation now: all from 3 practices assessed for"
                + " the first time, not a change",
            "- **Overall score:** 0.50 to 0.57 then, 0.60 now: ↑ up 0.03 (and 0.07 higher from 3 practices"
                + " assessed for the first time)",
            "| Dimension | Then | Now | Trend |",
            "|---|---|---|---|",
            "| Strategy | 0.70 | 0.70 | → unchanged |",
            "| Governance | 0.25 to 0.54 | 0.57 | ↑ up 0.04 (and 0.29 higher from 2 practices assessed for the"
                + " first time) |",
            "| Organization | 0.59 | 0.59 | → unchanged |",
            "| Process | 0.55 | 0.55 | → unchanged |",
            "| Education | 0.50 | 0.50 | → unchanged |",
            "| Engagement | 0.40 to 0.60 | 0.75 | ↑ up 0.15 (and 0.20 higher from 1 practice assessed for the"
                + " first time) |",
            "| Measurement | 0.50 | 0.50 | → unchanged |",
            "**Practices assessed for the first time:** 3, new knowledge, not a change.",
            "- Social media policy: Most or all",
            "- Employee access: Most or all",
            "- Listening and monitoring: Most or all",
            "**Criteria newly met:** 1.",
            "- Formalized: Community engagement: at least about half",
            "**Criteria now known to be met:** 4, from 3 practices assessed for the first time, not a"
                + " change.",
            "- Presence: Listening and monitoring: at least about half",
            "- Strategic: Social media policy: at least most or all",
            "- Foundation: Social media policy: at least about half",
            "- Foundation: Employee access: at least some",
            "**Criteria no longer met:** none.",
            "**Findings resolved:** 1.",
            "- Low: The account inventory is not maintained across the organization",
            "**New findings:** none."),
        since.subList(0, 27));
  }

  @Test
  void practicesNoLongerAssessed_areKnowledgeLost_notDecline() {
    Assessment before = Assessor.standard().assess(GLOBEX, THEN);
    Assessment after =
        Assessor.standard()
            .assess(
                without(
                    GLOBEX,
                    EnumSet.of(Practice.EMPLOYEE_EDUCATION, Practice.BUSINESS_OUTCOME_METRICS)),
                SampleOrganizations.AS_OF);
    AssessmentDiff d = AssessmentDiff.between(before, after);

    assertEquals(
        List.of(
            "EMPLOYEE_EDUCATION: HALF -> NOT_ASSESSED",
            "BUSINESS_OUTCOME_METRICS: SOME -> NOT_ASSESSED"),
        d.noLongerAssessed().stream().map(GradeChange::toString).collect(Collectors.toList()));
    assertEquals(List.of(), d.newlyAssessed());
    assertEquals(Stage.FORMALIZED, d.stageWithTodaysKnowledge());
    assertEquals(Optional.empty(), d.levelWithTodaysKnowledge());
    assertEquals(Optional.empty(), d.levelAfter());
    // education's only other practices are at half: 1 of 3 known now; metrics' some is 0.25 of 3
    assertEquals(
        -0.5 / 3,
        Objects.requireNonNull(d.scoreDeltasFromKnowledge().get(Dimension.EDUCATION)),
        1e-9);
    assertEquals(
        -0.25 / 3,
        Objects.requireNonNull(d.scoreDeltasFromKnowledge().get(Dimension.MEASUREMENT)),
        1e-9);
    d.scoreDeltasFromChange().values().forEach(v -> assertEquals(0.0, v, 1e-9));
    // the two gate findings over them now cannot tell: not resolved
    assertEquals(List.of(), d.resolved());
    assertEquals(List.of(), d.withdrawn());
    assertEquals(
        List.of("stage.strategic.business-outcome-metrics", "level.enablement.employee-education"),
        ids(d.nowUnverified()));

    List<String> since =
        section(
            Reports.markdown(ReportContext.of(after).withPrevious(before)), "## Since last time");
    assertEquals(
        List.of(
            "- **Stage:** unchanged at 4. Formalized",
            "- **Maturity level:** 3. Formation then, no level now: all from 2 practices no longer"
                + " assessed, not a change",
            "- **Overall score:** 0.60 then, 0.56 to 0.65 now: 0.04 lower (all from 2 practices no longer"
                + " assessed)"),
        since.subList(0, 3));
    assertTrue(
        since.contains(
            "| Education | 0.50 | 0.33 to 0.67 | 0.17 lower (all from 1 practice no longer assessed) |"),
        since::toString);
    assertTrue(
        since.contains("**Practices no longer assessed:** 2, knowledge lost, not a change."),
        since::toString);
    assertTrue(since.contains("- Employee education: About half then"), since::toString);
    assertTrue(
        since.contains(
            "**Criteria no longer verified:** 2, from 2 practices no longer assessed, not a change."),
        since::toString);
    assertTrue(since.contains("**Criteria no longer met:** none."), since::toString);
    assertTrue(
        since.contains(
            "**Findings now to verify:** 2, not resolved: what their rules read is not assessed now."),
        since::toString);
    assertFalse(String.join("\n", since).contains("↓"), since::toString);
  }

  @Test
  void aFactKnownForTheFirstTime_isKnowledge() {
    Organization.Builder acme =
        Organization.builder()
            .name("Acme")
            .employees(2_000)
            .evidence(Practice.LISTENING, Adoption.HALF)
            .evidence(Practice.PILOT_PROJECTS, Adoption.SOME)
            .evidence(Practice.READINESS_AUDIT, Adoption.SOME)
            .evidence(Practice.BUSINESS_GOALS, Adoption.SOME)
            .evidence(Practice.OFFICIAL_PRESENCE, Adoption.HALF)
            .evidence(Practice.OBJECTIVE_ALIGNED_METRICS, Adoption.SOME)
            .evidence(Practice.CONTENT_STRATEGY, Adoption.SOME)
            .evidence(Practice.ACCOUNT_GOVERNANCE, Adoption.SOME)
            .evidence(Practice.TRIAGE_PROCESS, Adoption.SOME)
            .evidence(Practice.COMMUNITY_ENGAGEMENT, Adoption.SOME);
    Organization then =
        acme.build()
            .withFactEvidence(
                List.of(FactEvidence.of(Fact.SOCIAL_STRATEGIST_APPOINTED, Truth.UNKNOWN)));
    Organization now =
        then.withFactEvidence(
            List.of(
                FactEvidence.of(
                    Fact.SOCIAL_STRATEGIST_APPOINTED,
                    Truth.TRUE,
                    "Ana Ruiz (strategist): yes",
                    Basis.SELF_REPORTED)));
    Assessment before = Assessor.standard().assess(then, THEN);
    Assessment after = Assessor.standard().assess(now, SampleOrganizations.AS_OF);
    AssessmentDiff d = AssessmentDiff.between(before, after);

    assertEquals(
        List.of(FactChange.of(Fact.SOCIAL_STRATEGIST_APPOINTED, Truth.UNKNOWN, Truth.TRUE)),
        d.newlyKnownFacts());
    assertEquals(List.of(), d.newlyAssessed());
    assertEquals(Stage.PRESENCE, d.stageBefore());
    assertEquals(Stage.ENGAGEMENT, d.stageWithTodaysKnowledge());
    assertEquals(Stage.ENGAGEMENT, d.stageAfter());
    assertEquals(List.of(), d.completedActions());
    List<String> since =
        section(
            Reports.markdown(ReportContext.of(after).withPrevious(before)), "## Since last time");
    assertEquals(
        "- **Stage:** 2. Presence then, 3. Engagement now: all from 1 fact known for the first time,"
            + " not a change",
        since.get(0));
    assertTrue(
        since.contains("**Facts known for the first time:** 1, new knowledge, not a change."),
        since::toString);
    assertTrue(since.contains("- A corporate social strategist: in place now"), since::toString);
  }

  @Test
  void changeAlone_hasNoPartFromKnowledge() {
    Organization then = GLOBEX.withEvidence(Practice.COMMUNITY_ENGAGEMENT, Adoption.SOME);
    AssessmentDiff d = AssessmentDiff.between(Assessor.standard().assess(then, THEN), TODAY);
    assertFalse(d.isKnowledgeChanged());
    assertEquals(
        List.of(
            GradeChange.of(
                Practice.COMMUNITY_ENGAGEMENT, Grade.of(Adoption.SOME), Grade.of(Adoption.MOST))),
        d.gradeChanges());
    assertEquals(Stage.ENGAGEMENT, d.stageWithTodaysKnowledge());
    assertEquals("ENGAGEMENT -> FORMALIZED", d.stageChange());
    d.scoreDeltasFromKnowledge().values().forEach(v -> assertEquals(0.0, v, 0.0));
    assertEquals(
        0.15, Objects.requireNonNull(d.scoreDeltasFromChange().get(Dimension.ENGAGEMENT)), 1e-9);
    assertEquals(
        GLOBEX.withEvidence(Practice.COMMUNITY_ENGAGEMENT, Adoption.SOME),
        d.previousWithTodaysKnowledge());
    assertEquals(
        List.of("stage.formalized.community-engagement"),
        d.completedActions().stream().map(Action::criterionId).collect(Collectors.toList()));
    assertEquals(List.of(), d.answeredActions());
  }

  /** A custom rule that always fails, in a book of its own. */
  private static final RuleBook<Organization> ACME =
      RuleBook.of(
          "acme",
          Rule.<Organization>builder("acme.always")
              .title("Acme's own check")
              .check(
                  o -> Verdict.fail("Acme's own check fails", Reason.notHeld("Acme", "always"))));

  @Test
  void aCustomRuleRunOnlyOnce_isNeitherResolvedNorNew() {
    Assessment withAcme = Assessor.standard().withRules(ACME).assess(GLOBEX, THEN);
    Assessment without = Assessor.standard().assess(GLOBEX, SampleOrganizations.AS_OF);
    // run then, not now: nobody checked it again, so it is to verify, never resolved
    AssessmentDiff dropped = AssessmentDiff.between(withAcme, without);
    assertEquals(List.of("acme.always"), ids(dropped.nowUnverified()));
    assertEquals(List.of(), ids(dropped.resolved()));
    // run now, not then: nobody checked it before, so it is found, never new
    AssessmentDiff addedLater =
        AssessmentDiff.between(
            Assessor.standard().assess(GLOBEX, THEN),
            Assessor.standard().withRules(ACME).assess(GLOBEX, SampleOrganizations.AS_OF));
    assertEquals(List.of("acme.always"), ids(addedLater.discovered()));
    assertEquals(List.of(), ids(addedLater.added()));
    // run both times and failing both times: neither
    AssessmentDiff both =
        AssessmentDiff.between(
            withAcme,
            Assessor.standard().withRules(ACME).assess(GLOBEX, SampleOrganizations.AS_OF));
    assertEquals(List.of(), ids(both.nowUnverified()));
    assertEquals(List.of(), ids(both.discovered()));
  }

  @Test
  void recordingAFact_isKnowledge_soItsFindingIsDiscovered_notNew() {
    Organization fresh =
        Organization.builder()
            .name("Fresh")
            .employees(1_000)
            .addNotRecorded(Fact.CRISIS_TEAM_NAMED)
            .build();
    // the consultant takes the mark off: the file records that nobody is named
    Organization recorded = fresh.withNotRecorded(List.of());
    AssessmentDiff d =
        AssessmentDiff.between(
            Assessor.standard().assess(fresh, THEN),
            Assessor.standard().assess(recorded, SampleOrganizations.AS_OF));
    assertEquals(
        List.of(FactChange.of(Fact.CRISIS_TEAM_NAMED, Truth.UNKNOWN, Truth.FALSE)),
        d.newlyKnownFacts());
    assertEquals(List.of("crisis.team"), ids(d.discovered()));
    assertEquals(List.of(), ids(d.added()));
    assertEquals(List.of(), d.previousWithTodaysKnowledge().notRecorded().asList());
  }

  @Test
  void changesAreValues_ofTheirKind() {
    GradeChange newly =
        GradeChange.of(Practice.LISTENING, Grade.notAssessed(), Grade.of(Adoption.NONE));
    assertTrue(newly.isNewlyAssessed());
    assertFalse(newly.isGradeChange());
    assertEquals("LISTENING: NOT_ASSESSED -> NONE", newly.toString());
    GradeChange lost =
        GradeChange.of(Practice.LISTENING, Grade.of(Adoption.NONE), Grade.notAssessed());
    assertTrue(lost.isNoLongerAssessed());
    GradeChange scope = GradeChange.of(Practice.LISTENING, Grade.notAssessed(), Grade.outOfScope());
    assertTrue(scope.isGradeChange());
    assertFalse(scope.isNewlyAssessed() || scope.isNoLongerAssessed());
    assertEquals(
        "GradeChange needs two different grades, but LISTENING was HALF both times",
        assertThrows(
                SocialBusinessException.class,
                () ->
                    GradeChange.of(
                        Practice.LISTENING, Grade.of(Adoption.HALF), Grade.of(Adoption.HALF)))
            .getMessage());
    FactChange known = FactChange.of(Fact.CRISIS_TEAM_NAMED, Truth.UNKNOWN, Truth.FALSE);
    assertTrue(known.isNewlyKnown());
    assertFalse(known.isNoLongerKnown());
    assertEquals("CRISIS_TEAM_NAMED: UNKNOWN -> FALSE", known.toString());
    assertTrue(FactChange.of(Fact.CRISIS_TEAM_NAMED, Truth.TRUE, Truth.UNKNOWN).isNoLongerKnown());
    assertEquals(
        "FactChange needs two different readings, but CRISIS_TEAM_NAMED was TRUE both times",
        assertThrows(
                SocialBusinessException.class,
                () -> FactChange.of(Fact.CRISIS_TEAM_NAMED, Truth.TRUE, Truth.TRUE))
            .getMessage());
  }
}
