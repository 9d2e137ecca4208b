package io.github.socialbiz.jackson;

import static io.github.socialbiz.jackson.JsonTypes.DATE;
import static io.github.socialbiz.jackson.JsonTypes.TEXT;

import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import io.github.socialbiz.assessment.ModelVersion;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON shape of a {@link Response}, its respondent and answers, one field table per type; see {@code
 * docs/json.md}. A JSON file of responses holds one response or an array of them ({@link #MANY}).
 */
final class ResponseJson {

  private ResponseJson() {}

  // -----------------------------------------------------------------------
  private static final Field<Respondent, String> NAME =
      Field.required("name", TEXT, Respondent::name).notes("identifies the respondent in a merge");
  private static final Field<Respondent, String> ROLE =
      Field.required("role", TEXT, Respondent::role).notes("such as `strategist`");
  private static final Field<Respondent, String> UNIT =
      Field.optional("businessUnit", TEXT, Respondent::businessUnit)
          .notes("the unit the respondent speaks for; absent for the whole organization");

  static final ObjectType<Respondent> RESPONDENT =
      ObjectType.of(
          "a respondent",
          List.of(NAME, ROLE, UNIT),
          v -> {
            Optional<String> unit = v.find(UNIT);
            return unit.isPresent()
                ? Respondent.of(v.get(NAME), v.get(ROLE), unit.get())
                : Respondent.of(v.get(NAME), v.get(ROLE));
          });

  // -----------------------------------------------------------------------
  static final Field<Answer, String> QUESTION_ID =
      Field.required("questionId", TEXT, Answer::questionId)
          .notes("the id of a question of the questionnaire");
  static final Field<Answer, String> OPTION_ID =
      Field.required("optionId", TEXT, Answer::optionId)
          .notes("the id of one of that question's options");
  private static final Field<Answer, String> NOTE =
      Field.optional("note", TEXT, Answer::note).notes("what the respondent added");
  private static final Field<Answer, Basis> BASIS =
      Field.defaulted("basis", JsonTypes.BASIS, Answer::basis)
          .notes("what the answer rests on; default `SELF_REPORTED`");
  static final Field<Answer, String> REASON =
      Field.optional("reason", TEXT, Answer::reason)
          .notes(
              "why the question does not apply; required for an option that means `OUT_OF_SCOPE`");

  static final ObjectType<Answer> ANSWER =
      ObjectType.of(
          "an answer",
          List.of(QUESTION_ID, OPTION_ID, NOTE, BASIS, REASON),
          v -> {
            Answer.Builder b =
                Answer.builder()
                    .questionId(v.get(QUESTION_ID))
                    .optionId(v.get(OPTION_ID))
                    .note(v.find(NOTE))
                    .reason(v.find(REASON));
            Optional<Basis> basis = v.find(BASIS);
            if (basis.isPresent()) {
              b.basis(basis.get());
            }
            return b.build();
          });

  // -----------------------------------------------------------------------
  private static final Field<Response, Integer> FORMAT_VERSION = DocumentVersions.format();
  private static final Field<Response, Integer> MODEL_VERSION =
      DocumentVersions.model(r -> ModelVersion.CURRENT);
  private static final Field<Response, Respondent> RESPONDENT_FIELD =
      Field.required("respondent", RESPONDENT, Response::respondent);
  private static final Field<Response, LocalDate> ANSWERED =
      Field.required("answered", DATE, Response::answered).notes("the day the answers were given");
  static final Field<Response, List<Answer>> ANSWERS =
      Field.<Response, Answer>list("answers", ANSWER, Response::answers)
          .notes("at most one per question, in the order given");

  /** A response as a document of its own, versions first. */
  static final ObjectType<Response> RESPONSE =
      ObjectType.of(
          "a response",
          List.of(FORMAT_VERSION, MODEL_VERSION, RESPONDENT_FIELD, ANSWERED, ANSWERS),
          v -> {
            List<Answer> answers = v.list(ANSWERS);
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < answers.size(); i++) {
              Integer first = seen.putIfAbsent(answers.get(i).questionId(), i);
              if (first != null) {
                throw v.errorBelow(
                    "." + ANSWERS.name() + "[" + i + "]." + QUESTION_ID.name(),
                    "'"
                        + In.abbreviate(answers.get(i).questionId())
                        + "' is answered twice by "
                        + v.get(RESPONDENT_FIELD).name()
                        + " (answers "
                        + first
                        + " and "
                        + i
                        + ")");
              }
            }
            return Response.of(v.get(RESPONDENT_FIELD), v.get(ANSWERED), answers);
          });

  // -----------------------------------------------------------------------
  /** The responses of one JSON file: one response, or an array of them ({@code array}). */
  record Many(ImmutableList<Response> responses, boolean array) {}

  /** One response (an object) or several (an array of response objects). */
  static final JsonType<Many> MANY =
      JsonTypes.of(
          "a [response](#response) or a list of them",
          (g, many) -> JsonTypes.listOf(RESPONSE).write(many.responses(), g),
          in -> {
            if (in.token() == JsonToken.START_OBJECT) {
              return new Many(ImmutableList.of(RESPONSE.read(in)), false);
            }
            in.expect(JsonToken.START_ARRAY, "a response (a JSON object) or an array of responses");
            ImmutableList.Builder<Response> out = ImmutableList.builder();
            while (in.nextElement()) {
              out.add(RESPONSE.read(in));
            }
            return new Many(out.build(), true);
          });
}
