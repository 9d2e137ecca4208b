package io.github.socialbiz.responses;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.AnswerOption;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One respondent's answer to one question: the question's id, the id of the chosen {@link AnswerOption},
 * and optionally a note, the {@link Basis} it rests on ({@link Basis#SELF_REPORTED} unless given) and a
 * reason. Such as {@code Answer.of("q.listening", "half")} or {@code Answer.notApplicable("q.employee-advocacy",
 * "We have no public-facing staff")}.
 *
 * <p>An answer whose option means {@link io.github.socialbiz.questionnaire.Meaning#OUT_OF_SCOPE} ("not
 * applicable") must give its reason; since only the questionnaire knows what an option means, that is
 * checked by {@link Response#validate}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Answer {

  Answer() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a self-reported answer with no note.
   *
   * @param questionId  the question's id, such as {@code q.listening}
   * @param optionId  the chosen option's id, such as {@code half}
   * @return the answer, not null
   * @throws io.github.socialbiz.SocialBusinessException if an id is blank
   */
  public static Answer of(String questionId, String optionId) {
    return builder().questionId(questionId).optionId(optionId).build();
  }

  /**
   * Obtains an answer with a note and its basis.
   *
   * @param questionId  the question's id
   * @param optionId  the chosen option's id
   * @param note  what the respondent added, not blank
   * @param basis  what the answer rests on
   * @return the answer, not null
   * @throws io.github.socialbiz.SocialBusinessException if an id or the note is blank
   */
  public static Answer of(String questionId, String optionId, String note, Basis basis) {
    return builder().questionId(questionId).optionId(optionId).note(note).basis(basis).build();
  }

  /**
   * Obtains the standard "not applicable" answer ({@link AnswerOption#NOT_APPLICABLE}) with its reason.
   *
   * @param questionId  the question's id
   * @param reason  why the practice does not apply, not blank
   * @return the answer, not null
   * @throws io.github.socialbiz.SocialBusinessException if the id or the reason is blank
   */
  public static Answer notApplicable(String questionId, String reason) {
    return builder()
        .questionId(questionId)
        .optionId(AnswerOption.NOT_APPLICABLE)
        .reason(reason)
        .build();
  }

  /**
   * Gets the id of the question answered.
   *
   * @return the question's id, not blank
   */
  public abstract String questionId();

  /**
   * Gets the id of the option chosen.
   *
   * @return the option's id, not blank
   */
  public abstract String optionId();

  /**
   * Gets what the respondent added to the answer.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Gets what the answer rests on; {@link Basis#SELF_REPORTED} unless given.
   *
   * @return the basis, not null
   */
  @Value.Default
  public Basis basis() {
    return Basis.SELF_REPORTED;
  }

  /**
   * Gets why the question does not apply, for an answer that means out of scope.
   *
   * @return the reason, or empty
   */
  public abstract Optional<String> reason();

  @Value.Check
  void check() {
    Checks.notBlank(questionId(), "Answer", "questionId");
    Checks.check(
        !optionId().isBlank(),
        "Answer.optionId must not be blank, but was '%s' for %s",
        optionId(),
        questionId());
    note()
        .ifPresent(
            n ->
                Checks.check(
                    !n.isBlank(),
                    "Answer.note must not be blank when given, but was '%s' for %s",
                    n,
                    questionId()));
    reason()
        .ifPresent(
            r ->
                Checks.check(
                    !r.isBlank(),
                    "Answer.reason must not be blank when given, but was '%s' for %s",
                    r,
                    questionId()));
  }

  /**
   * Returns the answer as text, such as {@code q.listening=half (SELF_REPORTED)}.
   *
   * @return the answer as text, not null
   */
  @Override
  public String toString() {
    return questionId()
        + "="
        + optionId()
        + " ("
        + basis()
        + note().map(n -> ": \"" + n + "\"").orElse("")
        + reason().map(r -> ", reason: \"" + r + "\"").orElse("")
        + ")";
  }

  /** Builder of {@link Answer}; every method is inherited from the generated builder. */
  public static final class Builder extends ImmutableAnswer.Builder {
    Builder() {}
  }
}
