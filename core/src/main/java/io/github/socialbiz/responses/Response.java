package io.github.socialbiz.responses;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One respondent's answers to a questionnaire, given on one day, such as {@code
 * Response.of(Respondent.of("Ana Ruiz", "strategist"), LocalDate.of(2024, 3, 1),
 * List.of(Answer.of("q.listening", "half")))}. A response answers each question at most once; questions
 * it leaves out stay unanswered.
 *
 * <p>A response is checked against a questionnaire by {@link #validate(Questionnaire)}, which {@link
 * Responses#merge Responses.merge} calls for every response.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Response {

  Response() {}

  /**
   * Obtains a response.
   *
   * @param respondent  who answered
   * @param answered  the day the answers were given
   * @param answers  the answers, at most one per question
   * @return the response, not null
   * @throws io.github.socialbiz.SocialBusinessException if a question is answered twice
   */
  public static Response of(
      Respondent respondent, LocalDate answered, Iterable<? extends Answer> answers) {
    return ImmutableResponse.builder()
        .respondent(respondent)
        .answered(answered)
        .addAllAnswers(answers)
        .build();
  }

  /**
   * Gets who answered.
   *
   * @return the respondent, not null
   */
  public abstract Respondent respondent();

  /**
   * Gets the day the answers were given.
   *
   * @return the date, not null
   */
  public abstract LocalDate answered();

  /**
   * Gets the answers, at most one per question, in the order given.
   *
   * @return the answers, possibly empty
   */
  public abstract ImmutableList<Answer> answers();

  /**
   * Gets the answer to one question.
   *
   * @param questionId  the question's id
   * @return the answer, or empty if the question was not answered
   */
  public Optional<Answer> answer(String questionId) {
    requireNonNull(questionId, "questionId");
    return answers().stream().filter(a -> a.questionId().equals(questionId)).findFirst();
  }

  /**
   * Checks this response against a questionnaire: every answer must answer one of its questions with one
   * of that question's options, and an answer that means out of scope must give its reason.
   *
   * @param questionnaire  the questionnaire answered
   * @return this response, not null
   * @throws SocialBusinessException naming the respondent, the question and, for a bad option, the
   *     options allowed
   */
  @CanIgnoreReturnValue
  public Response validate(Questionnaire questionnaire) {
    requireNonNull(questionnaire, "questionnaire");
    for (Answer a : answers()) {
      Question q =
          questionnaire
              .question(a.questionId())
              .orElseThrow(
                  () ->
                      new SocialBusinessException(
                          "Response.answers must answer questions of the questionnaire, but "
                              + respondent().name()
                              + " answered '"
                              + a.questionId()
                              + "', which it does not ask"));
      AnswerOption option =
          q.option(a.optionId())
              .orElseThrow(
                  () ->
                      new SocialBusinessException(
                          "Response.answers must choose one of the options of "
                              + q.id()
                              + " ("
                              + q.options().stream()
                                  .map(AnswerOption::id)
                                  .collect(Collectors.joining(", "))
                              + "), but "
                              + respondent().name()
                              + " chose '"
                              + a.optionId()
                              + "'"));
      Checks.check(
          !option.meaning().needsReason() || a.reason().isPresent(),
          "Answer.reason must be given for an answer that means %s, but %s chose '%s' for %s"
              + " without one",
          option.meaning(),
          respondent().name(),
          a.optionId(),
          q.id());
    }
    return this;
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (Answer a : answers()) {
      Checks.check(
          seen.add(a.questionId()),
          "Response.answers must answer each question at most once, but %s answered %s twice",
          respondent().name(),
          a.questionId());
    }
  }

  /**
   * Returns the response as text, such as {@code Response{Ana Ruiz (strategist), 2024-03-01, answers=34}}.
   *
   * @return the response as text, not null
   */
  @Override
  public String toString() {
    return "Response{" + respondent() + ", " + answered() + ", answers=" + answers().size() + "}";
  }
}
