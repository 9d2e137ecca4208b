package io.github.socialbiz.jackson;

import static io.github.socialbiz.jackson.JsonTypes.TEXT;
import static io.github.socialbiz.jackson.JsonTypes.enumType;

import io.github.socialbiz.assessment.ModelVersion;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.FactQuestion;
import io.github.socialbiz.questionnaire.Meaning;
import io.github.socialbiz.questionnaire.PracticeQuestion;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.source.Citation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The JSON shape of a {@link Questionnaire}, its questions and their options, one field table per type;
 * see {@code docs/json.md}. Questions are built through the core factories, so a tailoring the library
 * refuses is reported at the question's path with the library's message.
 */
final class QuestionnaireJson {

  private QuestionnaireJson() {}

  /** What a question establishes: a practice's grade or a structural fact. */
  private static final JsonType<String> KIND =
      JsonTypes.converted(
          "`practice` or `fact`",
          "question kind",
          TEXT,
          k -> k,
          k -> {
            if (!k.equals("practice") && !k.equals("fact")) {
              throw new IllegalArgumentException(
                  "'" + In.abbreviate(k) + "' is not a kind of question; allowed: practice, fact");
            }
            return k;
          });

  // -----------------------------------------------------------------------
  private static final Field<AnswerOption, String> OPTION_ID =
      Field.required("id", TEXT, AnswerOption::id)
          .notes("lower-case words joined by `-`, such as `dont-know`; unique within the question");
  private static final Field<AnswerOption, String> OPTION_TEXT =
      Field.required("text", TEXT, AnswerOption::text).notes("what the respondent reads");
  private static final Field<AnswerOption, Meaning> MEANING =
      Field.required("meaning", enumType(Meaning.class), AnswerOption::meaning);
  private static final Field<AnswerOption, String> LOOK_FOR =
      Field.optional("lookFor", TEXT, AnswerOption::lookFor)
          .notes("the evidence a consultant checks; with `basis`");
  private static final Field<AnswerOption, Basis> OPTION_BASIS =
      Field.optional("basis", enumType(Basis.class), AnswerOption::basis)
          .notes("the strongest basis that evidence supports; with `lookFor`");

  static final ObjectType<AnswerOption> OPTION =
      ObjectType.of(
          "an answer option",
          List.of(OPTION_ID, OPTION_TEXT, MEANING, LOOK_FOR, OPTION_BASIS),
          v ->
              AnswerOption.builder()
                  .id(v.get(OPTION_ID))
                  .text(v.get(OPTION_TEXT))
                  .meaning(v.get(MEANING))
                  .lookFor(v.find(LOOK_FOR))
                  .basis(v.find(OPTION_BASIS))
                  .build());

  // -----------------------------------------------------------------------
  private static final Field<Question, String> QUESTION_ID =
      Field.required("id", TEXT, Question::id)
          .notes("dotted, such as `q.listening`; unique within the questionnaire");
  private static final Field<Question, String> QUESTION_KIND =
      Field.required("kind", KIND, q -> q instanceof PracticeQuestion ? "practice" : "fact");
  private static final Field<Question, String> SUBJECT =
      Field.<Question, String>required(
              "subject",
              TEXT,
              q ->
                  q instanceof PracticeQuestion p
                      ? p.practice().name()
                      : ((FactQuestion) q).fact().name())
          .notes("a `Practice` name for kind `practice`, a `Fact` name for kind `fact`");
  private static final Field<Question, Dimension> DIMENSION =
      Field.defaulted("dimension", enumType(Dimension.class), Question::dimension)
          .notes("follows from the subject; checked when given");
  private static final Field<Question, String> QUESTION_TEXT =
      Field.required("text", TEXT, Question::text).notes("the question read to the respondent");
  private static final Field<Question, List<AnswerOption>> OPTIONS =
      Field.list("options", OPTION, Question::options).notes("in the order they are read");
  private static final Field<Question, Citation> CITATION =
      Field.defaulted("citation", AssessmentJson.CITATION, Question::citation)
          .notes("follows from the subject; checked when given");

  static final ObjectType<Question> QUESTION =
      ObjectType.of(
          "a question",
          List.of(QUESTION_ID, QUESTION_KIND, SUBJECT, DIMENSION, QUESTION_TEXT, OPTIONS, CITATION),
          v -> {
            String subject = v.get(SUBJECT);
            Question q;
            if (v.get(QUESTION_KIND).equals("practice")) {
              Practice practice =
                  named(Practice.class, subject)
                      .orElseThrow(() -> v.error(SUBJECT, notA(Practice.class, subject)));
              q =
                  Question.practice(
                      v.get(QUESTION_ID), practice, v.get(QUESTION_TEXT), v.list(OPTIONS));
            } else {
              Fact fact =
                  named(Fact.class, subject)
                      .orElseThrow(() -> v.error(SUBJECT, notA(Fact.class, subject)));
              q = Question.fact(v.get(QUESTION_ID), fact, v.get(QUESTION_TEXT), v.list(OPTIONS));
            }
            Optional<Dimension> dimension = v.find(DIMENSION);
            if (dimension.isPresent() && dimension.get() != q.dimension()) {
              throw v.error(
                  DIMENSION,
                  dimension.get()
                      + " is not the dimension of "
                      + subject
                      + "; it is "
                      + q.dimension());
            }
            Optional<Citation> citation = v.find(CITATION);
            if (citation.isPresent() && !citation.get().equals(q.citation())) {
              throw v.error(
                  CITATION,
                  "'"
                      + citation.get()
                      + "' is not the citation of "
                      + subject
                      + "; it is '"
                      + q.citation()
                      + "'");
            }
            return q;
          });

  private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
  }

  private static String notA(Class<? extends Enum<?>> type, String name) {
    return "'"
        + In.abbreviate(name)
        + "' is not a "
        + type.getSimpleName()
        + "; allowed: "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  // -----------------------------------------------------------------------
  private static final Field<Questionnaire, Integer> FORMAT_VERSION = DocumentVersions.format();
  private static final Field<Questionnaire, Integer> MODEL_VERSION =
      DocumentVersions.model(q -> ModelVersion.CURRENT);
  private static final Field<Questionnaire, List<Question>> QUESTIONS =
      Field.<Questionnaire, Question>list("questions", QUESTION, Questionnaire::questions)
          .notes("in the order they are asked");

  /** A questionnaire as a document of its own, versions first. */
  static final ObjectType<Questionnaire> QUESTIONNAIRE =
      ObjectType.of(
          "a questionnaire",
          List.of(FORMAT_VERSION, MODEL_VERSION, QUESTIONS),
          v -> Questionnaire.of(v.list(QUESTIONS)));
}
