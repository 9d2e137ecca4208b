package io.github.socialbiz.questionnaire;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.profile.Basis;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One answer a respondent may choose, such as {@code some -> SOME: One team watches mentions during
 * campaigns}: its stable id, the text the respondent reads, what it {@link Meaning means} to the
 * evidence, and, for the consultant, what to look for to confirm it and the strongest {@link Basis} that
 * evidence supports.
 *
 * <pre>{@code
 * AnswerOption some = AnswerOption.graded(Adoption.SOME, "One team watches mentions during campaigns",
 *     "The campaign team's monitoring reports", Basis.ARTIFACT_CHECKED);
 * some.id();        // "some"
 * some.meaning();   // SOME
 * }</pre>
 *
 * <p>The standard ids are {@code none}, {@code some}, {@code half}, {@code most}, {@code dont-know} and
 * {@code not-applicable} for graded questions, and {@code yes}, {@code no} and {@code dont-know} for fact
 * questions; a client's own options may use other ids.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class AnswerOption {

  /** The id of the option that leaves a question not assessed. */
  public static final String DONT_KNOW = "dont-know";

  /** The id of the option that puts a practice out of scope. */
  public static final String NOT_APPLICABLE = "not-applicable";

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  AnswerOption() {}

  // -----------------------------------------------------------------------

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains an option without evidence to look for.
   *
   * @param id  the id, lower-case words joined by '-', such as {@code partly}
   * @param text  what the respondent reads, not blank
   * @param meaning  what choosing it means
   * @return the option, not null
   * @throws io.github.socialbiz.SocialBusinessException if the id is malformed or the text blank
   */
  public static AnswerOption of(String id, String text, Meaning meaning) {
    return builder().id(id).text(text).meaning(meaning).build();
  }

  /**
   * Obtains an option with the evidence that confirms it.
   *
   * @param id  the id, lower-case words joined by '-'
   * @param text  what the respondent reads, not blank
   * @param meaning  what choosing it means
   * @param lookFor  the observable evidence a consultant checks, not blank
   * @param basis  the strongest basis that evidence supports
   * @return the option, not null
   * @throws io.github.socialbiz.SocialBusinessException if the id is malformed or a text blank
   */
  public static AnswerOption of(
      String id, String text, Meaning meaning, String lookFor, Basis basis) {
    return builder().id(id).text(text).meaning(meaning).lookFor(lookFor).basis(basis).build();
  }

  /**
   * Obtains a graded option with the standard id of its grade ({@code none}, {@code some}, {@code half}
   * or {@code most}).
   *
   * @param grade  the grade it gives
   * @param text  what the respondent reads, not blank
   * @param lookFor  the observable evidence a consultant checks, not blank
   * @param basis  the strongest basis that evidence supports
   * @return the option, not null
   * @throws io.github.socialbiz.SocialBusinessException if a text is blank
   */
  public static AnswerOption graded(Adoption grade, String text, String lookFor, Basis basis) {
    return of(idOf(grade), text, Meaning.of(grade), lookFor, basis);
  }

  /**
   * Obtains the standard "don't know" option: the question stays not assessed.
   *
   * @return the option {@code dont-know}, not null
   */
  public static AnswerOption dontKnow() {
    return of(DONT_KNOW, "Don't know", Meaning.NOT_ASSESSED);
  }

  /**
   * Obtains the standard "not applicable" option: the practice is out of scope, and the respondent says
   * why.
   *
   * @return the option {@code not-applicable}, not null
   */
  public static AnswerOption notApplicable() {
    return of(
        NOT_APPLICABLE,
        "This does not apply to us (say why)",
        Meaning.OUT_OF_SCOPE,
        "The reason, in the respondent's words, and whether others present agree with it",
        Basis.INTERVIEW);
  }

  /**
   * Gets the standard id of a grade's option, such as {@code half}.
   *
   * @param grade  the grade
   * @return the id, not null
   */
  public static String idOf(Adoption grade) {
    return Ascii.toLowerCase(requireNonNull(grade, "grade").name());
  }

  // -----------------------------------------------------------------------

  /**
   * Gets the stable id, unique within its question.
   *
   * @return the id, lower-case words joined by '-'
   */
  public abstract String id();

  /**
   * Gets the text the respondent reads.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Gets what choosing this option means to the evidence.
   *
   * @return the meaning, not null
   */
  public abstract Meaning meaning();

  /**
   * Gets the observable evidence a consultant checks to confirm this answer.
   *
   * @return what to look for, or empty if there is nothing to check (as for "don't know")
   */
  public abstract Optional<String> lookFor();

  /**
   * Gets the strongest basis the evidence of {@link #lookFor()} supports.
   *
   * @return the basis, present exactly when {@link #lookFor()} is
   */
  public abstract Optional<Basis> basis();

  /**
   * Returns a copy of this option with other text for the respondent. This instance is immutable and
   * unaffected.
   *
   * @param text  the new text, not blank
   * @return the changed copy, not null
   */
  public abstract AnswerOption withText(String text);

  // -----------------------------------------------------------------------

  @Value.Check
  void check() {
    Checks.check(
        ID.matcher(id()).matches(),
        "AnswerOption.id must be lower-case words joined by '-', such as 'dont-know', but was '%s'",
        id());
    Checks.check(
        !text().isBlank(),
        "AnswerOption.text must not be blank, but was '%s' for option '%s'",
        text(),
        id());
    lookFor()
        .ifPresent(
            l ->
                Checks.check(
                    !l.isBlank(),
                    "AnswerOption.lookFor must not be blank when given, but was '%s' for option '%s'",
                    l,
                    id()));
    Checks.check(
        lookFor().isPresent() == basis().isPresent(),
        "AnswerOption.basis must be given together with lookFor, but option '%s' has %s",
        id(),
        lookFor().isPresent() ? "lookFor and no basis" : "a basis and no lookFor");
  }

  /**
   * Returns the option as text, such as {@code some -> SOME: One team watches mentions during campaigns}.
   *
   * @return the option as text, not null
   */
  @Override
  public String toString() {
    return id() + " -> " + meaning() + ": " + text();
  }

  /** Builder of {@link AnswerOption}; every method is inherited from the generated builder. */
  public static final class Builder extends ImmutableAnswerOption.Builder {
    Builder() {}
  }
}
