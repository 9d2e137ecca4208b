package io.github.socialbiz.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

final class QuestionnaireTest {

  private static final Questionnaire STANDARD = Questionnaire.standard();

  /** A client's own question about listening, with options of its own. */
  private static PracticeQuestion acmeListening(AnswerOption... extra) {
    List<AnswerOption> options =
        new ArrayList<>(
            List.of(
                AnswerOption.of("nobody", "Nobody reads what customers post", Meaning.NONE),
                AnswerOption.of("one-team", "The web team reads it", Meaning.SOME),
                AnswerOption.of("two-teams", "Web and support read it", Meaning.HALF),
                AnswerOption.of("everyone", "Every team that needs it reads it", Meaning.MOST)));
    options.addAll(List.of(extra));
    return Question.practice(
        "q.acme.listening",
        Practice.LISTENING,
        "Who at Acme reads what customers post about us?",
        options);
  }

  private static String message(Executable e) {
    return String.valueOf(assertThrows(SocialBusinessException.class, e).getMessage());
  }

  // standard ------------------------------------------------------------------------------------

  @Test
  void standard_hasOneQuestionPerPracticeAndPerFact() {
    assertEquals(36, Practice.values().length);
    assertEquals(9, Fact.values().length);
    assertEquals(45, STANDARD.questions().size());
    for (Practice p : Practice.values()) {
      assertEquals(1, STANDARD.questionsFor(p).size(), p.name());
    }
    for (Fact f : Fact.values()) {
      assertEquals(1, STANDARD.questionsFor(f).size(), f.name());
    }
    assertEquals("Questionnaire{45 questions over 36 practices and 9 facts}", STANDARD.toString());
  }

  @Test
  void standard_asksThePracticesInPracticeOrderThenTheFacts() {
    for (Practice p : Practice.values()) {
      PracticeQuestion q = (PracticeQuestion) STANDARD.questions().get(p.ordinal());
      assertEquals(p, q.practice());
    }
    assertEquals(
        List.of(
            "q.fact.executive-sponsor-named",
            "q.fact.center-of-excellence-staffed",
            "q.fact.policy-authority",
            "q.fact.social-strategist-appointed",
            "q.fact.charter-written",
            "q.fact.coordination-begun",
            "q.fact.business-unit-liaisons",
            "q.fact.crisis-team-named",
            "q.fact.accounts-inventoried"),
        STANDARD.ids().subList(36, 45));
  }

  @Test
  void standard_idsAreStableAndUnique() {
    assertEquals(List.of("q.business-goals", "q.long-term-vision"), STANDARD.ids().subList(0, 2));
    assertEquals("q.listening", STANDARD.ids().get(28));
    assertEquals("q.customer-insight-integration", STANDARD.ids().get(35));
    assertEquals("q.crisis-plan", Question.idOf(Practice.CRISIS_PLAN));
    assertEquals("q.fact.executive-sponsor-named", Question.idOf(Fact.EXECUTIVE_SPONSOR_NAMED));
    assertEquals("q.fact.crisis-team-named", Question.idOf(Fact.CRISIS_TEAM_NAMED));
    assertEquals("q.fact.accounts-inventoried", Question.idOf(Fact.ACCOUNTS_INVENTORIED));
    assertEquals(45, new HashSet<>(STANDARD.ids()).size());
  }

  @Test
  void standard_practiceQuestionsHaveTheFourGradesInOrderThenDontKnowAndNotApplicable() {
    for (Practice p : Practice.values()) {
      PracticeQuestion q = STANDARD.questionsFor(p).get(0);
      assertEquals(
          List.of("none", "some", "half", "most", "dont-know", "not-applicable"),
          q.options().stream().map(AnswerOption::id).toList(),
          q.id());
      assertEquals(
          List.of(
              Meaning.NONE,
              Meaning.SOME,
              Meaning.HALF,
              Meaning.MOST,
              Meaning.NOT_ASSESSED,
              Meaning.OUT_OF_SCOPE),
          q.options().stream().map(AnswerOption::meaning).toList(),
          q.id());
      for (AnswerOption o : q.options().subList(0, 4)) {
        assertTrue(o.lookFor().isPresent() && o.basis().isPresent(), q.id() + " " + o.id());
      }
    }
  }

  @Test
  void standard_factQuestionsAreYesNoDontKnow() {
    for (Fact f : Fact.values()) {
      FactQuestion q = STANDARD.questionsFor(f).get(0);
      assertEquals(
          "[yes, no, dont-know]", q.options().stream().map(AnswerOption::id).toList().toString());
      assertEquals(Optional.of(true), q.options().get(0).meaning().holds());
      assertEquals(Optional.of(false), q.options().get(1).meaning().holds());
      assertEquals(Meaning.NOT_ASSESSED, q.options().get(2).meaning());
    }
  }

  @Test
  void standard_wordingIsNeverRepeated() {
    Set<String> texts = new HashSet<>();
    Set<String> lookFors = new HashSet<>();
    int graded = 0;
    for (Question q : STANDARD.questions()) {
      assertTrue(texts.add(q.text()), q.text());
      for (AnswerOption o : q.options()) {
        if (o.meaning().isGrade() || o.meaning().holds().isPresent()) {
          graded++;
          assertTrue(texts.add(o.text()), o.text());
          assertTrue(lookFors.add(o.lookFor().orElseThrow()), o.lookFor().orElseThrow());
        }
      }
    }
    assertEquals(36 * 4 + 9 * 2, graded);
  }

  @Test
  void standard_listeningAsWritten() {
    Question q = STANDARD.question("q.listening").orElseThrow();
    assertEquals(
        "How many of your brands and products are monitored continuously on social channels?",
        q.text());
    assertEquals(Dimension.ENGAGEMENT, q.dimension());
    assertEquals("Listening and monitoring", q.subject());
    assertEquals(
        "Li et al. 2013, \"Stage 1, Planning: listen to learn\" [CORROBORATED]",
        q.citation().toString());
    assertEquals(
        "q.listening: LISTENING (none, some, half, most, dont-know, not-applicable)", q.toString());
    AnswerOption none = q.option("none").orElseThrow();
    assertEquals("none -> NONE: None: nobody monitors mentions of the brand", none.toString());
    assertEquals(Optional.of(Basis.INTERVIEW), none.basis());
    AnswerOption most = q.option("most").orElseThrow();
    assertEquals(Optional.of(Basis.ARTIFACT_CHECKED), most.basis());
    assertEquals(Optional.empty(), q.option("partly"));
  }

  @Test
  void standard_factQuestionsHaveTheLibrarysDimensionAndTheFactsCitation() {
    Question sponsor = STANDARD.question("q.fact.executive-sponsor-named").orElseThrow();
    assertEquals(Dimension.ORGANIZATION, sponsor.dimension());
    assertEquals(
        "Li et al. 2013, \"Stage 4, Formalized: executive sponsor\" [CORROBORATED]",
        sponsor.citation().toString());
    assertEquals(
        "q.fact.executive-sponsor-named: EXECUTIVE_SPONSOR_NAMED (yes, no, dont-know)",
        sponsor.toString());
    assertEquals(Dimension.STRATEGY, FactQuestion.dimensionOf(Fact.CHARTER_WRITTEN));
    assertEquals(Dimension.GOVERNANCE, FactQuestion.dimensionOf(Fact.POLICY_AUTHORITY));
    assertEquals(Dimension.ORGANIZATION, FactQuestion.dimensionOf(Fact.BUSINESS_UNIT_LIAISONS));
    assertEquals(Dimension.ORGANIZATION, FactQuestion.dimensionOf(Fact.COORDINATION_BEGUN));
    assertEquals(Dimension.PROCESS, FactQuestion.dimensionOf(Fact.CRISIS_TEAM_NAMED));
    assertEquals(Dimension.GOVERNANCE, FactQuestion.dimensionOf(Fact.ACCOUNTS_INVENTORIED));
  }

  @Test
  void standard_crisisTeamQuestion_asWritten() {
    FactQuestion q = STANDARD.questionsFor(Fact.CRISIS_TEAM_NAMED).get(0);
    assertEquals("q.fact.crisis-team-named: CRISIS_TEAM_NAMED (yes, no, dont-know)", q.toString());
    assertEquals(
        "If a post about the organization went badly wrong tonight, are the people who would"
            + " respond named in advance, each with a role?",
        q.text());
    assertEquals("A named crisis team", q.subject());
    assertEquals(Dimension.PROCESS, q.dimension());
    assertEquals(
        "Owyang et al. 2011, \"Hierarchy level 2, Safety: a crisis-response team and plan (reads the"
            + " team as people named to respond)\" [INFERRED]",
        q.citation().toString());
    assertEquals(
        List.of(
            "yes -> HOLDS: Yes, a crisis team is named, with a role for each member",
            "no -> DOES_NOT_HOLD: No, it would be worked out at the time",
            "dont-know -> NOT_ASSESSED: Don't know"),
        q.options().stream().map(AnswerOption::toString).toList());
    assertEquals(
        Optional.of("The list of crisis team members with their roles and how to reach them"),
        q.option("yes").orElseThrow().lookFor());
    assertEquals(Optional.of(Basis.ARTIFACT_CHECKED), q.option("yes").orElseThrow().basis());
    assertEquals(
        Optional.of("Asked who would take charge of a crisis, people name different colleagues"),
        q.option("no").orElseThrow().lookFor());
    assertEquals(Optional.of(Basis.INTERVIEW), q.option("no").orElseThrow().basis());
  }

  @Test
  void standard_accountsQuestion_asWritten() {
    FactQuestion q = STANDARD.questionsFor(Fact.ACCOUNTS_INVENTORIED).get(0);
    assertEquals(
        "q.fact.accounts-inventoried: ACCOUNTS_INVENTORIED (yes, no, dont-know)", q.toString());
    assertEquals(
        "Is there a list of the organization's official social accounts, whoever in the"
            + " organization opened them?",
        q.text());
    assertEquals("An inventory of the official social accounts", q.subject());
    assertEquals(Dimension.GOVERNANCE, q.dimension());
    assertEquals(
        "Owyang 2012, \"Recommended steps, step 1: inventory accounts and assets (reads it as an"
            + " inventory that exists)\" [INFERRED]",
        q.citation().toString());
    assertEquals(
        List.of(
            "yes -> HOLDS: Yes, the official accounts are listed in one inventory",
            "no -> DOES_NOT_HOLD: No, nobody has listed the accounts in one place",
            "dont-know -> NOT_ASSESSED: Don't know"),
        q.options().stream().map(AnswerOption::toString).toList());
    assertEquals(
        Optional.of("The inventory, with each account's platform, handle and owner"),
        q.option("yes").orElseThrow().lookFor());
    assertEquals(Optional.of(Basis.ARTIFACT_CHECKED), q.option("yes").orElseThrow().basis());
    assertEquals(
        Optional.of(
            "Asked how many official accounts the organization runs, nobody can give a number"),
        q.option("no").orElseThrow().lookFor());
    assertEquals(Optional.of(Basis.INTERVIEW), q.option("no").orElseThrow().basis());
  }

  // tailoring -----------------------------------------------------------------------------------

  @Test
  void forDimensions_keepsTheirQuestionsInOrder() {
    assertEquals(
        List.of(
            "q.business-goals",
            "q.long-term-vision",
            "q.strategy-roadmap",
            "q.pilot-projects",
            "q.readiness-audit",
            "q.fact.charter-written"),
        STANDARD.forDimensions(EnumSet.of(Dimension.STRATEGY)).ids());
    assertEquals(
        List.of(
            "q.social-media-policy",
            "q.policy-reinforcement",
            "q.employee-access",
            "q.moderation-review",
            "q.account-governance",
            "q.account-inventory",
            "q.risk-management",
            "q.objective-aligned-metrics",
            "q.business-outcome-metrics",
            "q.customer-insight-integration",
            "q.fact.policy-authority",
            "q.fact.accounts-inventoried"),
        STANDARD.forDimensions(EnumSet.of(Dimension.MEASUREMENT, Dimension.GOVERNANCE)).ids());
    assertEquals(List.of(), STANDARD.forDimensions(Set.of()).ids());
  }

  @Test
  void forGate_keepsTheQuestionsOfThatGateAndTheGatesBelow() {
    Questionnaire presence = STANDARD.forGate(Stage.PRESENCE);
    assertEquals(
        List.of(
            "q.business-goals",
            "q.pilot-projects",
            "q.readiness-audit",
            "q.listening",
            "q.official-presence"),
        presence.ids());
    assertEquals("Questionnaire{5 questions over 5 practices and 0 facts}", presence.toString());
    assertEquals(
        List.of(
            "q.business-goals",
            "q.social-media-policy",
            "q.employee-access",
            "q.dedicated-team",
            "q.business-unit-coordination",
            "q.triage-process",
            "q.crisis-plan",
            "q.employee-education",
            "q.fact.center-of-excellence-staffed",
            "q.fact.charter-written"),
        STANDARD.forGate(MaturityLevel.FORMATION).ids());
    assertEquals(List.of(), STANDARD.forGate(Stage.PLANNING).ids());
  }

  @Test
  void withQuestion_addsAClientQuestionOverAPractice() {
    Questionnaire q = STANDARD.withQuestion(acmeListening());
    assertEquals(46, q.questions().size());
    assertEquals(
        List.of("q.listening", "q.acme.listening"),
        q.questionsFor(Practice.LISTENING).stream().map(Question::id).toList());
    assertEquals("Questionnaire{46 questions over 36 practices and 9 facts}", q.toString());
    // the standard "don't know" means the same in both questions
    Questionnaire same = STANDARD.withQuestion(acmeListening(AnswerOption.dontKnow()));
    assertEquals(46, same.questions().size());
  }

  @Test
  void reworded_changesTheWordingOnly() {
    Questionnaire q =
        STANDARD.reworded(Practice.LISTENING, "Who keeps an eye on what customers say about Acme?");
    Question before = STANDARD.question("q.listening").orElseThrow();
    Question after = q.question("q.listening").orElseThrow();
    assertEquals("Who keeps an eye on what customers say about Acme?", after.text());
    assertEquals(before.options(), after.options());
    assertEquals(STANDARD.ids(), q.ids());
    assertEquals(
        "Is there a sponsor?",
        STANDARD
            .reworded("q.fact.executive-sponsor-named", "Is there a sponsor?")
            .question("q.fact.executive-sponsor-named")
            .orElseThrow()
            .text());
  }

  // invalid tailoring ---------------------------------------------------------------------------

  @Test
  void withQuestion_sameOptionIdWithAnotherGrade_namesBothQuestions() {
    PracticeQuestion conflicting =
        acmeListening(AnswerOption.of("some", "Some teams, now and then", Meaning.HALF));
    assertEquals(
        "Questionnaire.questions must map an option id alike in every question about LISTENING, but"
            + " q.acme.listening maps 'some' to HALF where q.listening maps it to SOME",
        message(() -> STANDARD.withQuestion(conflicting)));
  }

  @Test
  void withQuestion_duplicateId_namesTheQuestion() {
    assertEquals(
        "Questionnaire.questions must have distinct ids, but q.listening is used twice",
        message(
            () ->
                STANDARD.withQuestion(
                    STANDARD.question("q.listening").orElseThrow().withText("Again?"))));
  }

  @Test
  void practiceQuestion_optionMappedToNoGrade_namesTheQuestionAndOption() {
    assertEquals(
        "Question.options of a graded question must map to NONE, SOME, HALF, MOST, NOT_ASSESSED or"
            + " OUT_OF_SCOPE, but option 'partly' of q.acme.listening maps to HOLDS",
        message(() -> acmeListening(AnswerOption.of("partly", "Partly", Meaning.HOLDS))));
  }

  @Test
  void practiceQuestion_missingGrade_namesTheQuestionAndGrade() {
    assertEquals(
        "Question.options of a graded question must cover NONE, SOME, HALF or MOST, but"
            + " q.acme.crisis has no option for HALF",
        message(
            () ->
                Question.practice(
                    "q.acme.crisis",
                    Practice.CRISIS_PLAN,
                    "Could you handle a crisis tonight?",
                    List.of(
                        AnswerOption.of("no", "No", Meaning.NONE),
                        AnswerOption.of("barely", "Barely", Meaning.SOME),
                        AnswerOption.of("yes", "Yes", Meaning.MOST)))));
  }

  @Test
  void factQuestion_gradedOption_namesTheQuestionAndOption() {
    assertEquals(
        "Question.options of a fact question must map to HOLDS, DOES_NOT_HOLD or NOT_ASSESSED, but"
            + " option 'some' of q.acme.sponsor maps to SOME",
        message(
            () ->
                Question.fact(
                    "q.acme.sponsor",
                    Fact.EXECUTIVE_SPONSOR_NAMED,
                    "Is there a sponsor?",
                    List.of(
                        AnswerOption.of("yes", "Yes", Meaning.HOLDS),
                        AnswerOption.of("some", "Sort of", Meaning.SOME),
                        AnswerOption.of("no", "No", Meaning.DOES_NOT_HOLD)))));
    assertEquals(
        "Question.options of a fact question must cover HOLDS or DOES_NOT_HOLD, but q.acme.sponsor"
            + " has no option for DOES_NOT_HOLD",
        message(
            () ->
                Question.fact(
                    "q.acme.sponsor",
                    Fact.EXECUTIVE_SPONSOR_NAMED,
                    "Is there a sponsor?",
                    List.of(AnswerOption.of("yes", "Yes", Meaning.HOLDS)))));
  }

  @Test
  void question_duplicateOptionIds_malformedIdAndBlankText_areRejected() {
    assertEquals(
        "Question.options must have distinct ids, but q.acme.listening has two options 'nobody'",
        message(() -> acmeListening(AnswerOption.of("nobody", "Nobody at all", Meaning.NONE))));
    assertEquals(
        "Question.id must be lower-case words joined by '-' with at least one '.', such as"
            + " 'q.listening', but was 'Listening'",
        message(
            () ->
                Question.practice(
                    "Listening",
                    Practice.LISTENING,
                    "Who listens?",
                    STANDARD.question("q.listening").orElseThrow().options())));
    assertEquals(
        "Question.text must not be blank, but was ' ' for q.listening",
        message(() -> STANDARD.reworded("q.listening", " ")));
  }

  @Test
  void reworded_unknownQuestion_namesIt() {
    assertEquals(
        "Questionnaire.reworded needs the id of one of its questions, but there is no question"
            + " 'q.listenin'",
        message(() -> STANDARD.reworded("q.listenin", "Who listens?")));
    assertEquals(
        "Questionnaire.reworded needs the id of one of its questions, but there is no question"
            + " 'q.listening'",
        message(
            () ->
                STANDARD
                    .forDimensions(EnumSet.of(Dimension.STRATEGY))
                    .reworded(Practice.LISTENING, "Who listens?")));
  }

  // options and meanings ------------------------------------------------------------------------

  @Test
  void answerOption_factoriesAndChecks() {
    AnswerOption some =
        AnswerOption.graded(
            Adoption.SOME,
            "One team watches mentions during campaigns",
            "The campaign team's monitoring reports",
            Basis.ARTIFACT_CHECKED);
    assertEquals("some -> SOME: One team watches mentions during campaigns", some.toString());
    assertEquals("dont-know -> NOT_ASSESSED: Don't know", AnswerOption.dontKnow().toString());
    assertEquals(
        "not-applicable -> OUT_OF_SCOPE: This does not apply to us (say why)",
        AnswerOption.notApplicable().toString());
    assertEquals("half", AnswerOption.idOf(Adoption.HALF));
    assertEquals(
        "AnswerOption.id must be lower-case words joined by '-', such as 'dont-know', but was"
            + " 'Dont Know'",
        message(() -> AnswerOption.of("Dont Know", "Don't know", Meaning.NOT_ASSESSED)));
    assertEquals(
        "AnswerOption.text must not be blank, but was '' for option 'none'",
        message(() -> AnswerOption.of("none", "", Meaning.NONE)));
    assertEquals(
        "AnswerOption.basis must be given together with lookFor, but option 'none' has lookFor and"
            + " no basis",
        message(
            () ->
                AnswerOption.builder()
                    .id("none")
                    .text("None")
                    .meaning(Meaning.NONE)
                    .lookFor("Nothing")
                    .build()));
    assertEquals(
        "AnswerOption.basis must be given together with lookFor, but option 'none' has a basis and"
            + " no lookFor",
        message(
            () ->
                AnswerOption.builder()
                    .id("none")
                    .text("None")
                    .meaning(Meaning.NONE)
                    .basis(Basis.INTERVIEW)
                    .build()));
  }

  @Test
  void answerOption_withoutMeaning_cannotBeBuilt_theBuilderNamesTheMissingField() {
    // Question.practice and Question.fact take built options, so an option without a meaning never
    // reaches a question: the builder refuses it first and names the attribute
    assertEquals(
        "Cannot build AnswerOption, some of required attributes are not set [meaning]",
        message(() -> AnswerOption.builder().id("partly").text("Partly").build()));
    assertEquals(
        "Cannot build AnswerOption, some of required attributes are not set [text, meaning]",
        message(() -> AnswerOption.builder().id("partly").build()));
  }

  @Test
  void meaning_saysWhatItGives() {
    assertEquals(Optional.of(Adoption.HALF), Meaning.HALF.grade());
    assertEquals(Optional.empty(), Meaning.NOT_ASSESSED.grade());
    assertEquals(Optional.empty(), Meaning.OUT_OF_SCOPE.holds());
    assertSame(Meaning.MOST, Meaning.of(Adoption.MOST));
    assertSame(Meaning.DOES_NOT_HOLD, Meaning.of(false));
    assertTrue(Meaning.OUT_OF_SCOPE.needsReason());
    assertFalse(Meaning.NOT_ASSESSED.needsReason());
    assertFalse(Meaning.HOLDS.isGrade());
    assertEquals("About half", Meaning.HALF.displayName());
  }

  @Test
  void valuesAreEqualByContentAndRejectNulls() {
    new EqualsTester()
        .addEqualityGroup(Questionnaire.standard(), Questionnaire.of(STANDARD.questions()))
        .addEqualityGroup(STANDARD.forGate(Stage.PRESENCE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(acmeListening(), acmeListening())
        .addEqualityGroup(acmeListening().withText("Who reads it?"))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(STANDARD);
    new NullPointerTester().testAllPublicStaticMethods(Question.class);
    new NullPointerTester().testAllPublicStaticMethods(AnswerOption.class);
  }

  // the guide -----------------------------------------------------------------------------------

  @Test
  void markdownGuide_ofOneClientQuestion_exactly() {
    PracticeQuestion q =
        Question.practice(
            "q.acme.listening",
            Practice.LISTENING,
            "Who at Acme reads what customers post | tweet about us?",
            List.of(
                AnswerOption.of(
                    "nobody",
                    "Nobody *reads* it",
                    Meaning.NONE,
                    "No saved searches",
                    Basis.INTERVIEW),
                AnswerOption.of("one-team", "The web team", Meaning.SOME),
                AnswerOption.of("two-teams", "Web and support", Meaning.HALF),
                AnswerOption.of("everyone", "Every team that needs it", Meaning.MOST),
                AnswerOption.notApplicable()));
    assertEquals(
        """
        # Interview guide

        1 question in 1 dimension. Read each question to the respondents, then the answers in \
        order. For each answer the guide says what to look for to confirm it and the strongest basis \
        that evidence supports: artifact checked (you saw it), interview (you heard it from people \
        who do the work) or self-reported (you were told). "Don't know" leaves a question not \
        assessed, which is not the same as none; "not applicable" puts a practice out of scope and \
        needs the respondent's reason.

        ## Engagement

        How the organization listens and talks with people.

        ### Listening and monitoring (`q.acme.listening`)

        > Who at Acme reads what customers post \\| tweet about us?

        Grades the practice Listening and monitoring; source: Li et al. 2013, "Stage 1, Planning: \
        listen to learn" \\[CORROBORATED\\].

        | Answer | Means | Look for | Supports |
        |---|---|---|---|
        | Nobody \\*reads\\* it (`nobody`) | None | No saved searches | Interview |
        | The web team (`one-team`) | Some | - | - |
        | Web and support (`two-teams`) | About half | - | - |
        | Every team that needs it (`everyone`) | Most or all | - | - |
        | This does not apply to us (say why) (`not-applicable`) | Out of scope | The reason, in \
        the respondent's words, and whether others present agree with it | Interview |
        """,
        Questionnaire.of(List.of(q)).markdownGuide());
  }
}
