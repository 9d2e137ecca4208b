package io.github.socialbiz.jackson;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One answer checked against a questionnaire by the core ({@link Response#validate(Questionnaire)} of a
 * response of that answer alone), so that a reader can report the problem where the answer is: which part
 * of the answer is wrong, and what is allowed there.
 */
record AnswerCheck(AnswerCheck.Part part, String problem, SocialBusinessException cause) {

  /** The part of an answer a problem is in. */
  enum Part {
    /** The question's id: not a question of the questionnaire. */
    QUESTION,
    /** The option's id: not an option of the question. */
    OPTION,
    /** The reason: missing where the option needs one. */
    REASON,
    /** The answer as a whole: any other objection of the core, in its words. */
    ANSWER
  }

  /** Checks one answer; empty when the core accepts it. */
  static Optional<AnswerCheck> of(
      Respondent respondent, LocalDate answered, Answer answer, Questionnaire questionnaire) {
    try {
      Response.of(respondent, answered, List.of(answer)).validate(questionnaire);
      return Optional.empty();
    } catch (SocialBusinessException e) {
      return Optional.of(of(answer, questionnaire, e));
    }
  }

  /**
   * Says where the core's objection to one answer is: the question, the option or a missing reason, each
   * with what is allowed; any other objection, which this reader does not know, with the core's message,
   * at the whole answer.
   */
  static AnswerCheck of(Answer answer, Questionnaire questionnaire, SocialBusinessException e) {
    Optional<Question> q = questionnaire.question(answer.questionId());
    if (q.isEmpty()) {
      return new AnswerCheck(
          Part.QUESTION,
          "'"
              + In.abbreviate(answer.questionId())
              + "' is not a question of the questionnaire; allowed: "
              + ids(questionnaire),
          e);
    }
    Optional<AnswerOption> option = q.get().option(answer.optionId());
    if (option.isEmpty()) {
      return new AnswerCheck(
          Part.OPTION,
          "'"
              + In.abbreviate(answer.optionId())
              + "' is not an answer to "
              + q.get().id()
              + "; allowed: "
              + q.get().options().stream().map(AnswerOption::id).collect(Collectors.joining(", ")),
          e);
    }
    if (option.get().meaning().needsReason() && answer.reason().isEmpty()) {
      return new AnswerCheck(
          Part.REASON,
          "'"
              + answer.optionId()
              + "' to "
              + q.get().id()
              + " means "
              + option.get().meaning()
              + " and needs a reason",
          e);
    }
    return new AnswerCheck(Part.ANSWER, String.valueOf(e.getMessage()), e);
  }

  /** The ids a questionnaire asks, all of them when few, else the first few and how many. */
  static String ids(Questionnaire questionnaire) {
    List<String> ids = questionnaire.ids();
    if (ids.isEmpty()) {
      return "none, the questionnaire has no questions";
    }
    if (ids.size() <= 8) {
      return String.join(", ", ids);
    }
    return "the ids of its "
        + ids.size()
        + " questions, such as "
        + String.join(", ", ids.subList(0, 3));
  }
}
