package io.github.socialbiz.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
  private static final List<String> NAMES =
      List.of("Ana Ruiz", "Li Wei", "Sam Roe", "Kim Park", "Bo Diaz", "Eve Lund");

  /** An answer's option id, or "-" for no answer. */
  private static final List<String> CHOICES =
      List.of(
          "-", "none", "some", "half", "most", AnswerOption.DONT_KNOW, AnswerOption.NOT_APPLICABLE);

  private static final Organization ACME =
      Organization.builder()
          .name("Acme")
          .employees(4_000)
          .addBusinessUnits(BusinessUnit.of("Cloud"))
          .build();

  /** One respondent's choices (one per practice of {@link #PRACTICES}) and whether they are in Cloud. */
  private record Sheet(List<String> choices, boolean inCloud) {}

  @Provide
  Arbitrary<List<Response>> responses() {
    Arbitrary<Sheet> sheets =
        Combinators.combine(
                Arbitraries.of(CHOICES).list().ofSize(PRACTICES.size()),
                Arbitraries.of(true, false))
            .as(Sheet::new);
    return sheets.list().ofMinSize(1).ofMaxSize(NAMES.size()).map(ResponsesProperties::toResponses);
  }

  private static List<Response> toResponses(List<Sheet> sheets) {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      Sheet sheet = sheets.get(i);
      String name = NAMES.get(i);
      Respondent who =
          sheet.inCloud() ? Respondent.of(name, "role", "Cloud") : Respondent.of(name, "role");
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
      responses.add(Response.of(who, DAY, answers));
    }
    return responses;
  }

  @Property
  void merge_doesNotDependOnTheOrderOfResponses(
      @ForAll("responses") List<Response> responses, @ForAll long seed) {
    List<Response> shuffled = new ArrayList<>(responses);
    Collections.shuffle(shuffled, new Random(seed));
    for (MergePolicy policy :
        List.of(MergePolicy.MEDIAN, MergePolicy.CONSERVATIVE, MergePolicy.decidedBy("Ana Ruiz"))) {
      assertEquals(
          Responses.merge(STANDARD, responses, policy, ACME),
          Responses.merge(STANDARD, shuffled, policy, ACME));
    }
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
  void assessed_iffSomeoneGaveAGrade_andNotApplicableIsNoMajority(
      @ForAll("responses") List<Response> responses) {
    Organization o = Responses.merge(STANDARD, responses, ACME).organization();
    for (Practice p : PRACTICES) {
      String question = Question.idOf(p);
      List<String> options =
          responses.stream()
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
