package io.github.socialbiz.jackson;

import static io.github.socialbiz.jackson.ResponsesFixtures.MARCH_1;
import static io.github.socialbiz.jackson.ResponsesFixtures.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Respondent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class AnswerCheckTest {

  private static final Respondent ANA = Respondent.of("Ana Ruiz", "strategist");

  @Test
  void ofAGoodAnswer_isEmpty() {
    assertEquals(
        Optional.empty(), AnswerCheck.of(ANA, MARCH_1, Answer.of("q.listening", "half"), SMALL));
  }

  @Test
  void aMissingReason_isTheReason() {
    AnswerCheck c =
        AnswerCheck.of(ANA, MARCH_1, Answer.of("q.listening", "not-applicable"), SMALL)
            .orElseThrow();
    assertEquals(AnswerCheck.Part.REASON, c.part());
    assertEquals(
        "'not-applicable' to q.listening means OUT_OF_SCOPE and needs a reason", c.problem());
  }

  @Test
  void anyOtherObjectionOfTheCore_isPassedThroughAtTheAnswer() {
    SocialBusinessException core = new SocialBusinessException("Answer.note must be polite");
    AnswerCheck c = AnswerCheck.of(Answer.of("q.listening", "half"), SMALL, core);
    assertEquals(AnswerCheck.Part.ANSWER, c.part());
    assertEquals("Answer.note must be polite", c.problem());
    assertSame(core, c.cause());
    // an option that needs a reason and has one is not a missing reason
    AnswerCheck given =
        AnswerCheck.of(Answer.notApplicable("q.listening", "no channels"), SMALL, core);
    assertEquals(AnswerCheck.Part.ANSWER, given.part());
  }
}
