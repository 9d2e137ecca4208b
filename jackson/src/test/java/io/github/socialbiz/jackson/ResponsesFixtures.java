package io.github.socialbiz.jackson;

import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import java.time.LocalDate;
import java.util.List;

/** A small questionnaire and two responses to it, shared by the JSON and CSV tests of responses. */
final class ResponsesFixtures {

  private ResponsesFixtures() {}

  /** Three standard questions, reworded short: a practice, another practice, a fact. */
  static final Questionnaire SMALL =
      Questionnaire.of(
          List.of(
              question("q.listening", "Who listens, and how often?"),
              question("q.employee-participation", "Do employees speak for us?"),
              question("q.fact.executive-sponsor-named", "Is a sponsor named?")));

  static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

  /** A strategist with a note (quotes and a line break in it) and a "not applicable" with its reason. */
  static final Response ANA =
      Response.of(
          Respondent.of("Ana Ruiz", "strategist"),
          MARCH_1,
          List.of(
              Answer.of(
                  "q.listening", "half", "Weekly, \"mostly\"\nby the care team", Basis.INTERVIEW),
              Answer.notApplicable("q.employee-participation", "No public-facing staff")));

  /** A liaison of one unit. */
  static final Response LI =
      Response.of(
          Respondent.of("Li Wei", "liaison", "Cloud"),
          LocalDate.of(2024, 3, 4),
          List.of(
              Answer.of("q.listening", "some"),
              Answer.of("q.fact.executive-sponsor-named", "yes")));

  private static Question question(String id, String text) {
    return Questionnaire.standard().question(id).orElseThrow().withText(text);
  }
}
