package io.github.socialbiz.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Responder;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.rules.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

final class ResponsesProperties {

  private static final Questionnaire STANDARD = Questionnaire.standard();
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
  private static final List<Practice> PRACTICES =
      List.of(Practice.LISTENING, Practice.CRISIS_PLAN, Practice.FUNDING, Practice.TRIAGE_PROCESS);
  private static final List<Fact> FACTS =
      List.of(Fact.CRISIS_TEAM_NAMED, Fact.EXECUTIVE_SPONSOR_NAMED, Fact.ACCOUNTS_INVENTORIED);
  private static final List<String> NAMES =
      List.of("Ana Ruiz", "Li Wei", "Sam Roe", "Kim Park", "Bo Diaz", "Eve Lund");

  /** An answer's option id, or "-" for no answer. */
  private static final List<String> CHOICES =
      List.of(
          "-", "none", "some", "half", "most", AnswerOption.DONT_KNOW, AnswerOption.NOT_APPLICABLE);

  /** A fact answer's option id, or "-" for no answer. */
  private static final List<String> FACT_CHOICES =
      List.of("-", "yes", "no", AnswerOption.DONT_KNOW);

  private static final List<String> UNITS = List.of("Cloud", "Retail");

  private static final Organization ACME =
      Organization.builder()
          .name("Acme")
          .employees(4_000)
          .addBusinessUnits(BusinessUnit.of("Cloud"), BusinessUnit.of("Retail"))
          .build();

  /** Acme with a crisis team on file, so that a merged "no" meets the file. */
  private static final Organization ACME_WITH_TEAM =
      ACME.withCrisisTeam(List.of(Responder.of("Dana Lee", "lead")));

  /**
   * One respondent's choices (one per practice of {@link #PRACTICES}), fact answers (one per fact of
   * {@link #FACTS}) and unit (an index into {@link #UNITS}, or -1 for the whole organization).
   */
  private record Sheet(List<String> choices, List<String> facts, int unit) {}

  @Provide
  Arbitrary<List<Response>> responses() {
    Arbitrary<Sheet> sheets =
        Combinators.combine(
                Arbitraries.of(CHOICES).list().ofSize(PRACTICES.size()),
                Arbitraries.of(FACT_CHOICES).list().ofSize(FACTS.size()),
                Arbitraries.of(-1, -1, 0, 1))
            .as(Sheet::new);
    return sheets.list().ofMinSize(1).ofMaxSize(NAMES.size()).map(ResponsesProperties::toResponses);
  }

  @Provide
  Arbitrary<Organization> structures() {
    return Arbitraries.of(ACME, ACME_WITH_TEAM);
  }

  private static List<Response> toResponses(List<Sheet> sheets) {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      Sheet sheet = sheets.get(i);
      String name = NAMES.get(i);
      Respondent who =
          sheet.unit() < 0
              ? Respondent.of(name, "role")
              : Respondent.of(name, "role", UNITS.get(sheet.unit()));
      List<Answer> answers = new ArrayList<>();
      for (int j = 0; j < PRACTICES.size(); j++) {
        String choice = sheet.choices().get(j);
        String question = Question.idOf(PRACTICES.get(j));
        if (choice.equals(AnswerOption.NOT_APPLICABLE)) {
          answers.add(Answer.notApplicable(question, "Reason " + i));
        } else if (!choice.equals("-")) {
          answers.add(
              Answer.of(
                  question, choice, "Note " + i, Basis.values()[(i + j) % Basis.values().length]));
        }
      }
      for (int j = 0; j < FACTS.size(); j++) {
        String choice = sheet.facts().get(j);
        if (!choice.equals("-")) {
          answers.add(
              Answer.of(
                  Question.idOf(FACTS.get(j)),
                  choice,
                  "Fact note " + i,
                  Basis.values()[(i + j + 1) % Basis.values().length]));
        }
      }
      responses.add(Response.of(who, DAY, answers));
    }
    return responses;
  }

  private static boolean namesNoUnit(Response r) {
    return r.respondent().businessUnit().isEmpty();
  }

  @Property
  void merge_doesNotDependOnTheOrderOfResponses(
      @ForAll("responses") List<Response> responses,
      @ForAll("structures") Organization structure,
      @ForAll long seed) {
    List<Response> shuffled = new ArrayList<>(responses);
    Collections.shuffle(shuffled, new Random(seed));
    for (MergePolicy policy :
        List.of(MergePolicy.MEDIAN, MergePolicy.CONSERVATIVE, MergePolicy.decidedBy("Ana Ruiz"))) {
      Merge merge = Responses.merge(STANDARD, responses, policy, structure);
      assertEquals(merge, Responses.merge(STANDARD, shuffled, policy, structure));
      assertEquals(
          merge.disagreements(),
          Responses.merge(STANDARD, shuffled, policy, structure).disagreements());
    }
  }

  @Property
  void unitRespondents_neverChangeTheOrganizationsEvidence(
      @ForAll("responses") List<Response> responses, @ForAll("structures") Organization structure) {
    List<Response> own = responses.stream().filter(ResponsesProperties::namesNoUnit).toList();
    boolean anaAnswersForTheWhole =
        own.stream().anyMatch(r -> r.respondent().name().equals("Ana Ruiz"));
    for (MergePolicy policy :
        List.of(MergePolicy.MEDIAN, MergePolicy.CONSERVATIVE, MergePolicy.decidedBy("Ana Ruiz"))) {
      Organization all = Responses.merge(STANDARD, responses, policy, structure).organization();
      // a deciding respondent who names a unit decides for that unit only: the whole is the median
      MergePolicy whole =
          policy.decider().isPresent() && !anaAnswersForTheWhole ? MergePolicy.MEDIAN : policy;
      Organization alone = Responses.merge(STANDARD, own, whole, structure).organization();
      assertEquals(alone.evidence(), all.evidence());
      assertEquals(alone.outOfScope(), all.outOfScope());
      assertEquals(alone.factEvidence(), all.factEvidence());
      // and each unit's overrides are its own respondents' answers alone
      for (BusinessUnit u : all.businessUnits()) {
        long named =
            responses.stream()
                .filter(r -> r.respondent().businessUnit().equals(Optional.of(u.name())))
                .count();
        assertEquals(named, u.respondents(), u.name());
        for (var e : u.overrides()) {
          for (Response r : responses) {
            if (!r.respondent().businessUnit().equals(Optional.of(u.name()))) {
              assertFalse(
                  e.note().orElseThrow().contains(r.respondent().name() + " ("), e.toString());
            }
          }
        }
      }
    }
  }

  @Property
  void factEvidence_isTheMajorityOfTheOrganizationsYesAndNo_unknownOnATie(
      @ForAll("responses") List<Response> responses) {
    Organization o = Responses.merge(STANDARD, responses, ACME).organization();
    for (Fact f : FACTS) {
      List<String> options =
          responses.stream()
              .filter(ResponsesProperties::namesNoUnit)
              .flatMap(r -> r.answer(Question.idOf(f)).stream())
              .map(Answer::optionId)
              .toList();
      long yes = options.stream().filter("yes"::equals).count();
      long no = options.stream().filter("no"::equals).count();
      Optional<Truth> stated = o.factEvidence(f).map(FactEvidence::stated);
      if (options.isEmpty()) {
        assertEquals(Optional.empty(), stated, f.name());
      } else {
        assertEquals(
            Optional.of(yes > no ? Truth.TRUE : yes < no ? Truth.FALSE : Truth.UNKNOWN),
            stated,
            f.name());
      }
    }
  }

  @Property
  void factDisagreements_nameEveryoneWhoSaidYesOrNo(
      @ForAll("responses") List<Response> responses, @ForAll("structures") Organization structure) {
    Merge m = Responses.merge(STANDARD, responses, structure);
    for (Fact f : FACTS) {
      List<Response> whole = responses.stream().filter(ResponsesProperties::namesNoUnit).toList();
      boolean yes = whole.stream().anyMatch(r -> said(r, f, "yes"));
      boolean no = whole.stream().anyMatch(r -> said(r, f, "no"));
      List<Disagreement> items =
          m.disagreements().stream()
              .filter(
                  d -> d.fact().equals(Optional.of(f)) && d.unit().isEmpty() && !d.isAgainstFile())
              .toList();
      assertEquals(yes && no ? 1 : 0, items.size(), f.name());
      boolean againstFile =
          m.organization().factEvidence(f).map(e -> e.stated() == Truth.FALSE).orElse(false)
              && f == Fact.CRISIS_TEAM_NAMED
              && structure == ACME_WITH_TEAM;
      assertEquals(
          againstFile,
          m.disagreements().stream()
              .anyMatch(d -> d.fact().equals(Optional.of(f)) && d.isAgainstFile()),
          f.name());
    }
  }

  private static boolean said(Response r, Fact f, String option) {
    return r.answer(Question.idOf(f)).map(a -> a.optionId().equals(option)).orElse(false);
  }

  @Property
  void median_ofIdenticalAnswers_isThatAnswer(
      @ForAll Adoption grade, @ForAll @IntRange(min = 1, max = 6) int count) {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      responses.add(
          Response.of(
              Respondent.of(NAMES.get(i), "role"),
              DAY,
              List.of(Answer.of(Question.idOf(Practice.LISTENING), AnswerOption.idOf(grade)))));
    }
    Organization o = Responses.merge(STANDARD, responses, ACME).organization();
    assertEquals(grade, o.evidence(Practice.LISTENING).orElseThrow().adoption());
  }

  @Property
  void conservative_isNeverAboveMedian(@ForAll("responses") List<Response> responses) {
    Organization median =
        Responses.merge(STANDARD, responses, MergePolicy.MEDIAN, ACME).organization();
    Organization low =
        Responses.merge(STANDARD, responses, MergePolicy.CONSERVATIVE, ACME).organization();
    for (Practice p : PRACTICES) {
      assertEquals(median.isAssessed(p), low.isAssessed(p), p.name());
      assertTrue(median.grade(p).lowest().isAtLeast(low.grade(p).lowest()), p.name());
    }
  }

  @Property
  void assessed_iffSomeoneForTheWholeGaveAGrade_andNotApplicableIsNoMajority(
      @ForAll("responses") List<Response> responses) {
    Organization o = Responses.merge(STANDARD, responses, ACME).organization();
    for (Practice p : PRACTICES) {
      String question = Question.idOf(p);
      List<String> options =
          responses.stream()
              .filter(ResponsesProperties::namesNoUnit)
              .flatMap(r -> r.answer(question).stream())
              .map(Answer::optionId)
              .toList();
      boolean graded =
          options.stream()
              .anyMatch(
                  id ->
                      !id.equals(AnswerOption.DONT_KNOW)
                          && !id.equals(AnswerOption.NOT_APPLICABLE));
      long notApplicable = options.stream().filter(AnswerOption.NOT_APPLICABLE::equals).count();
      boolean outOfScope = notApplicable * 2 > options.size();
      assertEquals(!outOfScope, o.isInScope(p), p.name());
      assertEquals(graded && !outOfScope, o.isAssessed(p), p.name());
    }
  }
}
