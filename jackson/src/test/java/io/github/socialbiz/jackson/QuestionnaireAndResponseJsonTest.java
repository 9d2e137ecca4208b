package io.github.socialbiz.jackson;

import static io.github.socialbiz.jackson.ResponsesFixtures.ANA;
import static io.github.socialbiz.jackson.ResponsesFixtures.LI;
import static io.github.socialbiz.jackson.ResponsesFixtures.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Meaning;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class QuestionnaireAndResponseJsonTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new SocialBusinessModule());

  private static final String GRADES =
      "{\"id\":\"none\",\"text\":\"N\",\"meaning\":\"NONE\"},{\"id\":\"some\",\"text\":\"S\",\"meaning\":\"SOME\"},"
          + "{\"id\":\"half\",\"text\":\"H\",\"meaning\":\"HALF\"},{\"id\":\"most\",\"text\":\"M\",\"meaning\":\"MOST\"}";

  private static String questionnaireError(String json) {
    return assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readQuestionnaire(json))
        .getOriginalMessage();
  }

  private static String responsesError(String json) {
    return assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readResponses(json, SMALL))
        .getOriginalMessage();
  }

  private static String question(String fields) {
    return "{\"questions\":[{\"id\":\"q.x\",\"text\":\"T\"," + fields + "}]}";
  }

  private static String response(String answers) {
    return "{\"respondent\":{\"name\":\"Bo\",\"role\":\"clerk\"},\"answered\":\"2024-03-01\","
        + "\"answers\":["
        + answers
        + "]}";
  }

  // -----------------------------------------------------------------------
  @Test
  void questionnaire_hasTheDocumentedShape() throws IOException {
    Questionnaire one =
        Questionnaire.of(
            List.of(
                Question.fact(
                    "q.acme.sponsor",
                    Fact.EXECUTIVE_SPONSOR_NAMED,
                    "Who sponsors social media at Acme?",
                    List.of(
                        AnswerOption.of(
                            "yes", "Someone", Meaning.HOLDS, "The memo", Basis.ARTIFACT_CHECKED),
                        AnswerOption.of("no", "Nobody", Meaning.DOES_NOT_HOLD)))));
    assertEquals(
        "{\"formatVersion\":7,\"modelVersion\":6,\"questions\":[{\"id\":\"q.acme.sponsor\","
            + "\"kind\":\"fact\",\"subject\":\"EXECUTIVE_SPONSOR_NAMED\",\"dimension\":\"ORGANIZATION\","
            + "\"text\":\"Who sponsors social media at Acme?\",\"options\":["
            + "{\"id\":\"yes\",\"text\":\"Someone\",\"meaning\":\"HOLDS\",\"lookFor\":\"The memo\","
            + "\"basis\":\"ARTIFACT_CHECKED\"},"
            + "{\"id\":\"no\",\"text\":\"Nobody\",\"meaning\":\"DOES_NOT_HOLD\"}],"
            + "\"citation\":{\"source\":\"SIX_STAGES_2013\",\"locator\":\"Stage 4, Formalized: executive"
            + " sponsor\",\"provenance\":\"CORROBORATED\"}}]}",
        MAPPER.writeValueAsString(one));
  }

  @Test
  void questionnaires_roundTrip_standardAndTailored() throws IOException {
    for (Questionnaire q :
        List.of(
            Questionnaire.standard(),
            Questionnaire.standard().forGate(Stage.FORMALIZED),
            Questionnaire.standard().forDimensions(EnumSet.of(Dimension.GOVERNANCE)),
            SMALL,
            Questionnaire.of(List.of()))) {
      String json = SocialBusinessJson.write(q);
      Questionnaire back = SocialBusinessJson.readQuestionnaire(json);
      assertEquals(q, back);
      assertEquals(json, SocialBusinessJson.write(back));
    }
  }

  @Test
  void questionnaire_minimal_needsNoDimensionOrCitation() throws IOException {
    Questionnaire q =
        SocialBusinessJson.readQuestionnaire(
            question(
                "\"kind\":\"practice\",\"subject\":\"LISTENING\",\"options\":[" + GRADES + "]"));
    assertEquals("[q.x: LISTENING (none, some, half, most)]", q.questions().toString());
    assertEquals(Dimension.ENGAGEMENT, q.questions().get(0).dimension());
  }

  @Test
  void questionnaire_invalidTailoring_isTheLibrarysMessageAtTheQuestion() {
    assertEquals(
        "$.questions[0]: invalid question: Question.options of a graded question must map to NONE,"
            + " SOME, HALF, MOST, NOT_ASSESSED or OUT_OF_SCOPE, but option 'yes' of q.x maps to HOLDS",
        questionnaireError(
            question(
                "\"kind\":\"practice\",\"subject\":\"LISTENING\",\"options\":[{\"id\":\"yes\",\"text\":\"Y\",\"meaning\":\"HOLDS\"}]")));
    assertEquals(
        "$.questions[0]: invalid question: Question.options of a graded question must cover NONE,"
            + " SOME, HALF or MOST, but q.x has no option for NONE",
        questionnaireError(
            question(
                "\"kind\":\"practice\",\"subject\":\"LISTENING\",\"options\":[{\"id\":\"some\",\"text\":\"S\",\"meaning\":\"SOME\"}]")));
    String twice =
        "{\"questions\":["
            + "{\"id\":\"q.x\",\"kind\":\"practice\",\"subject\":\"LISTENING\",\"text\":\"T\",\"options\":["
            + GRADES
            + "]},"
            + "{\"id\":\"q.x\",\"kind\":\"practice\",\"subject\":\"FUNDING\",\"text\":\"T\",\"options\":["
            + GRADES
            + "]}]}";
    assertEquals(
        "$: invalid questionnaire: Questionnaire.questions must have distinct ids, but q.x is used"
            + " twice",
        questionnaireError(twice));
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readQuestionnaire(twice));
    assertInstanceOf(SocialBusinessException.class, e.getCause());
  }

  @Test
  void questionnaire_optionWithoutMeaning_isNamedAtTheOption() {
    // the one place a client builds an option from parts: the missing meaning is named with its
    // path
    assertEquals(
        "$.questions[0].options[1]: missing required field 'meaning'",
        questionnaireError(
            question(
                "\"kind\":\"fact\",\"subject\":\"CRISIS_TEAM_NAMED\",\"options\":["
                    + "{\"id\":\"yes\",\"text\":\"Y\",\"meaning\":\"HOLDS\"},"
                    + "{\"id\":\"no\",\"text\":\"N\"}]")));
  }

  @Test
  void questionnaire_badKindSubjectDimensionOrCitation_isNamed() {
    assertEquals(
        "$.questions[0].kind: invalid question kind: 'grade' is not a kind of question; allowed:"
            + " practice, fact",
        questionnaireError(question("\"kind\":\"grade\",\"subject\":\"LISTENING\"")));
    assertEquals(
        "$.questions[0].subject: 'LISTENING' is not a Fact; allowed: EXECUTIVE_SPONSOR_NAMED,"
            + " CENTER_OF_EXCELLENCE_STAFFED, POLICY_AUTHORITY, SOCIAL_STRATEGIST_APPOINTED,"
            + " CHARTER_WRITTEN, COORDINATION_BEGUN, BUSINESS_UNIT_LIAISONS, CRISIS_TEAM_NAMED,"
            + " ACCOUNTS_INVENTORIED",
        questionnaireError(question("\"kind\":\"fact\",\"subject\":\"LISTENING\"")));
    assertEquals(
        "$.questions[0].dimension: STRATEGY is not the dimension of LISTENING; it is ENGAGEMENT",
        questionnaireError(
            question(
                "\"kind\":\"practice\",\"subject\":\"LISTENING\",\"dimension\":\"STRATEGY\",\"options\":["
                    + GRADES
                    + "]")));
    assertEquals(
        "$.questions[0].citation: '"
            + Citation.of(Source.SIX_STAGES_2013, "p. 1", Provenance.INFERRED)
            + "' is not the citation of"
            + " LISTENING; it is '"
            + Questionnaire.standard().question("q.listening").orElseThrow().citation()
            + "'",
        questionnaireError(
            question(
                "\"kind\":\"practice\",\"subject\":\"LISTENING\",\"options\":["
                    + GRADES
                    + "],\"citation\":{\"source\":\"SIX_STAGES_2013\",\"locator\":\"p. 1\",\"provenance\":\"INFERRED\"}")));
    assertEquals(
        "$.questions[0]: missing required field 'subject'",
        questionnaireError(question("\"kind\":\"fact\"")));
  }

  // -----------------------------------------------------------------------
  @Test
  void response_hasTheDocumentedShape() throws IOException {
    assertEquals(
        "{\"formatVersion\":7,\"modelVersion\":6,"
            + "\"respondent\":{\"name\":\"Li Wei\",\"role\":\"liaison\",\"businessUnit\":\"Cloud\"},"
            + "\"answered\":\"2024-03-04\",\"answers\":["
            + "{\"questionId\":\"q.listening\",\"optionId\":\"some\",\"basis\":\"SELF_REPORTED\"},"
            + "{\"questionId\":\"q.fact.executive-sponsor-named\",\"optionId\":\"yes\",\"basis\":\"SELF_REPORTED\"}]}",
        MAPPER.writeValueAsString(LI));
  }

  @Test
  void responses_roundTrip_oneOrMany() throws IOException {
    assertEquals(
        List.of(ANA), SocialBusinessJson.readResponses(SocialBusinessJson.write(ANA), SMALL));
    assertEquals(
        List.of(ANA, LI),
        SocialBusinessJson.readResponses(SocialBusinessJson.write(List.of(ANA, LI)), SMALL));
    // as every reader: an input without a response is refused, not read as no answers
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readResponses("[]", SMALL));
    assertEquals(
        "$: no response: a document of responses holds one response, or a list of at least one",
        e.getOriginalMessage());
    assertEquals(ANA, MAPPER.readValue(MAPPER.writeValueAsString(ANA), Response.class));
  }

  @Test
  void responses_minimalAnswer_isSelfReported() throws IOException {
    assertEquals(
        "[q.listening=half (SELF_REPORTED)]",
        SocialBusinessJson.readResponses(
                response("{\"questionId\":\"q.listening\",\"optionId\":\"half\"}"), SMALL)
            .get(0)
            .answers()
            .toString());
  }

  @Test
  void responses_notAnswersToTheQuestionnaire_failAtTheAnswer() {
    assertEquals(
        "$.answers[1].optionId: 'sometimes' is not an answer to q.listening; allowed: none, some,"
            + " half, most, dont-know, not-applicable"
            + ", or an option's text or grade in words, such as 'None'",
        responsesError(
            response(
                "{\"questionId\":\"q.fact.executive-sponsor-named\",\"optionId\":\"no\"},"
                    + "{\"questionId\":\"q.listening\",\"optionId\":\"sometimes\"}")));
    assertEquals(
        "$[1].answers[0].questionId: 'q.nope' is not a question of the questionnaire; allowed:"
            + " q.listening, q.employee-participation, q.fact.executive-sponsor-named",
        responsesError(
            "["
                + response("")
                + ","
                + response("{\"questionId\":\"q.nope\",\"optionId\":\"half\"}")
                + "]"));
    assertEquals(
        "$.answers[0].reason: 'not-applicable' to q.employee-participation means OUT_OF_SCOPE and"
            + " needs a reason",
        responsesError(
            response(
                "{\"questionId\":\"q.employee-participation\",\"optionId\":\"not-applicable\"}")));
    assertEquals(
        "$.answers[2].questionId: 'q.listening' is answered twice by Bo (answers 0 and 2)",
        responsesError(
            response(
                "{\"questionId\":\"q.listening\",\"optionId\":\"half\"},"
                    + "{\"questionId\":\"q.fact.executive-sponsor-named\",\"optionId\":\"no\"},"
                    + "{\"questionId\":\"q.listening\",\"optionId\":\"most\"}")));
  }

  @Test
  void responses_wrongShape_failWithThePath() {
    assertEquals(
        "$: expected a response (a JSON object) or an array of responses, but found 3",
        responsesError("3"));
    assertEquals(
        "$[0]: expected a response (a JSON object), but found the text 'x'",
        responsesError("[\"x\"]"));
    assertEquals(
        "$.answered: '01/03/2024' is not an ISO-8601 date such as 2026-06-30",
        responsesError(response("").replace("2024-03-01", "01/03/2024")));
    assertEquals(
        "$.answers[0].basis: 'GUESS' is not a basis; allowed: SELF_REPORTED, INTERVIEW, ARTIFACT_CHECKED, or"
            + " their names Self-reported, Interview, Artifact checked",
        responsesError(
            response(
                "{\"questionId\":\"q.listening\",\"optionId\":\"half\",\"basis\":\"GUESS\"}")));
    assertEquals(
        "$.answers[0].grade: unknown field 'grade' in an answer; allowed: questionId, optionId, note,"
            + " basis, reason",
        responsesError(response("{\"questionId\":\"q.listening\",\"grade\":\"half\"}")));
    assertEquals(
        "$.respondent: invalid respondent: Respondent.role must not be blank, but was ' ' for 'Bo'",
        responsesError(response("").replace("\"clerk\"", "\" \"")));
    assertEquals(
        "$.answers[0].note: a text of more than 10000 characters; at most 10000 are allowed",
        responsesError(
            response(
                "{\"questionId\":\"q.listening\",\"optionId\":\"half\",\"note\":\""
                    + "x".repeat(100_000)
                    + "\"}")));
    assertEquals(
        "$: not a single JSON value: No content to map due to end-of-input", responsesError(""));
    assertEquals(
        "$.respondent.name: duplicate field 'name'",
        responsesError(response("").replace("\"name\":\"Bo\"", "\"name\":\"Bo\",\"name\":\"Bo\"")));
  }

  @Test
  void versions_newerAreRefused_absentAreTheFirst() throws IOException {
    assertEquals(
        "$.formatVersion: the document was written with document format version 8, newer than this"
            + " library's 7 (it reads 1 to 7); read it with a newer socialbiz",
        responsesError("{\"formatVersion\":8," + response("").substring(1)));
    assertEquals(
        "$.modelVersion: the document was written with model version 7, newer than this library's 6"
            + " (it reads 1 to 6); read it with a newer socialbiz",
        questionnaireError("{\"modelVersion\":7,\"questions\":[]}"));
    assertEquals(List.of(), SocialBusinessJson.readQuestionnaire("{\"questions\":[]}").questions());
    assertEquals(1, SocialBusinessJson.readResponses(response(""), SMALL).size());
  }

  @Test
  void responseFile_withAByteOrderMark_isRead(@TempDir Path dir) throws IOException {
    Path r = dir.resolve("ana.json");
    Files.writeString(r, "\uFEFF" + SocialBusinessJson.write(ANA));
    assertEquals(List.of(ANA), SocialBusinessJson.readResponses(r, SMALL));
    assertEquals(
        List.of(ANA),
        SocialBusinessJson.readResponses("\uFEFF" + SocialBusinessJson.write(ANA), SMALL));
  }

  @Test
  void questionnaireAndResponseFiles_roundTrip(@TempDir Path dir) throws IOException {
    Path q = dir.resolve("questionnaire.json");
    SocialBusinessJson.write(SMALL, q);
    assertEquals(SMALL, SocialBusinessJson.readQuestionnaire(q));
    Path r = dir.resolve("ana.json");
    SocialBusinessJson.write(ANA, r);
    assertEquals(List.of(ANA), SocialBusinessJson.readResponses(r, SMALL));
    Files.writeString(q, "{\"questions\":{}}");
    SocialBusinessJsonException e =
        assertThrows(
            SocialBusinessJsonException.class, () -> SocialBusinessJson.readQuestionnaire(q));
    assertEquals("$.questions: expected an array, but found an object", e.getOriginalMessage());
    assertEquals(Optional.of(q), e.file());
  }
}
