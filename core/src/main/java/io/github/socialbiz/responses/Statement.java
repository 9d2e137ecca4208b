package io.github.socialbiz.responses;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.Meaning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one respondent said to one question, as a merge reports it: who, which question, which option and
 * what it means, with the answer's note, basis and reason, such as {@code Ana Ruiz (strategist): half}.
 * The notes of merged evidence, {@link Disagreement disagreements} and {@link Merge#factAnswers() fact
 * answers} are made of statements.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Statement {

  Statement() {}

  static Statement of(Respondent respondent, Answer answer, Meaning meaning) {
    return ImmutableStatement.builder()
        .respondent(respondent)
        .questionId(answer.questionId())
        .optionId(answer.optionId())
        .meaning(meaning)
        .basis(answer.basis())
        .note(answer.note())
        .reason(answer.reason())
        .build();
  }

  /**
   * Gets who said it.
   *
   * @return the respondent, not null
   */
  public abstract Respondent respondent();

  /**
   * Gets the id of the question answered.
   *
   * @return the question's id, not null
   */
  public abstract String questionId();

  /**
   * Gets the id of the option chosen, such as {@code half}.
   *
   * @return the option's id, not null
   */
  public abstract String optionId();

  /**
   * Gets what the chosen option means.
   *
   * @return the meaning, not null
   */
  public abstract Meaning meaning();

  /**
   * Gets what the answer rests on.
   *
   * @return the basis, not null
   */
  public abstract Basis basis();

  /**
   * Gets the respondent's note.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Gets the respondent's reason for "not applicable".
   *
   * @return the reason, or empty
   */
  public abstract Optional<String> reason();

  /**
   * Returns the statement as text a client can read: name, role, the answer (the standard options in
   * words: none, some, about half, most or all, don't know, not applicable, yes, no; any other option by
   * its id), then the note and reason if given, such as {@code Ana Ruiz (strategist): about half ("Two
   * pilots")} or {@code Li Wei (liaison): not applicable (reason: "No public-facing staff")}.
   *
   * @return the statement as text, not null
   */
  @Override
  public String toString() {
    List<String> details = new ArrayList<>(2);
    note().ifPresent(n -> details.add("\"" + n + "\""));
    reason().ifPresent(r -> details.add("reason: \"" + r + "\""));
    return respondent().name()
        + " ("
        + respondent().role()
        + "): "
        + words(optionId())
        + (details.isEmpty() ? "" : " (" + String.join("; ", details) + ")");
  }

  /** The standard options' ids in words; any other id as it is. */
  private static String words(String optionId) {
    return switch (optionId) {
      case "half" -> "about half";
      case "most" -> "most or all";
      case "dont-know" -> "don't know";
      case "not-applicable" -> "not applicable";
      default -> optionId;
    };
  }
}
