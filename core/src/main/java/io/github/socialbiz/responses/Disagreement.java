package io.github.socialbiz.responses;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An item for the consensus meeting, about one practice or one structural fact:
 *
 * <ul>
 *   <li>answers about a practice that do not agree: two grades two or more steps apart (such as {@code
 *       some} and {@code most}), or a grade against "don't know", such as {@code LISTENING: Ana Ruiz
 *       (strategist): most; Li Wei (liaison): some; Sam Roe (analyst): none};
 *   <li>answers about a fact that contradict each other, someone yes and someone no, such as {@code
 *       CRISIS_TEAM_NAMED: Ana Ruiz (strategist): yes; Sam Roe (analyst): no};
 *   <li>the organization's file against the respondents: the file shows a fact in place while the merged
 *       answer says no, such as {@code CRISIS_TEAM_NAMED against the file (crisis team: 2 people): Sam Roe
 *       (analyst): no}. Until it is settled the file's record wins (see {@code assessment.FactReading}).
 * </ul>
 *
 * <p>Each lists every answer it is about. A disagreement among the respondents of one business unit is
 * listed with that unit; the respondents of a unit answer for it alone, so a unit's answers and the
 * organization's are never an item together.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Disagreement {

  Disagreement() {}

  static Disagreement of(
      Practice practice, Optional<String> unit, ImmutableList<Statement> answers) {
    return ImmutableDisagreement.builder()
        .aboutPractice(practice)
        .unit(unit)
        .addAllAnswers(answers)
        .build();
  }

  static Disagreement of(Fact fact, Optional<String> unit, ImmutableList<Statement> answers) {
    return ImmutableDisagreement.builder().fact(fact).unit(unit).addAllAnswers(answers).build();
  }

  static Disagreement againstFile(Fact fact, String file, ImmutableList<Statement> answers) {
    return ImmutableDisagreement.builder().fact(fact).file(file).addAllAnswers(answers).build();
  }

  /** The practice, for a disagreement about a practice. */
  abstract Optional<Practice> aboutPractice();

  /**
   * Gets the structural fact the item is about.
   *
   * @return the fact, or empty for a disagreement about a practice
   */
  public abstract Optional<Fact> fact();

  /**
   * Gets the practice the answers are about.
   *
   * @return the practice, not null
   * @throws IllegalStateException if the item is about a fact ({@link #isAboutFact()}): read {@link
   *     #fact()}
   */
  public Practice practice() {
    return aboutPractice()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Disagreement.practice: the item is about the fact "
                        + name()
                        + ", not a practice; read fact()"));
  }

  /**
   * Checks if the item is about a structural fact rather than a practice.
   *
   * @return true if {@link #fact()} is present
   */
  public boolean isAboutFact() {
    return fact().isPresent();
  }

  /**
   * Gets what the item is about, in words: the practice's or the fact's display name, such as {@code
   * Listening} or {@code A named crisis team}.
   *
   * @return the subject, not null
   */
  public String subject() {
    return aboutPractice()
        .map(Practice::displayName)
        .orElseGet(() -> fact().orElseThrow().displayName());
  }

  /**
   * Gets the business unit whose respondents disagree.
   *
   * @return the unit's name, or empty for the whole organization (always for an item against the file)
   */
  public abstract Optional<String> unit();

  /**
   * Gets what the organization's file shows, for an item where the file shows a fact in place while the
   * respondents' merged answer says no, such as {@code crisis team: 2 people}.
   *
   * @return the file's reading, or empty for an item among respondents
   */
  public abstract Optional<String> file();

  /**
   * Checks if the item sets the organization's file against the respondents' merged answer.
   *
   * @return true if {@link #file()} is present
   */
  public boolean isAgainstFile() {
    return file().isPresent();
  }

  /**
   * Gets every answer the item is about, in respondent name order: about the practice or the fact, of the
   * unit's respondents for a unit's item, and of the organization's respondents (those who name no unit)
   * otherwise.
   *
   * @return the answers, at least two for an item among respondents, at least one against the file
   */
  public abstract ImmutableList<Statement> answers();

  @Value.Check
  void check() {
    Checks.check(
        aboutPractice().isPresent() != fact().isPresent(),
        "Disagreement must be about one practice or one fact, but was about %s and %s",
        aboutPractice(),
        fact());
    Checks.check(
        file().isEmpty() || (fact().isPresent() && unit().isEmpty()),
        "Disagreement.file must be given only for a fact of the whole organization, but was given for"
            + " %s",
        name());
    int least = file().isPresent() ? 1 : 2;
    Checks.check(
        answers().size() >= least,
        "Disagreement.answers must hold at least %s, but held %s for %s",
        least == 1 ? "one answer" : "two answers",
        answers().size(),
        name());
  }

  /** The constant name of the practice or fact, such as {@code LISTENING}. */
  private String name() {
    return aboutPractice().map(Practice::name).orElseGet(() -> fact().map(Fact::name).orElse("?"));
  }

  /**
   * Returns the disagreement as text, such as {@code LISTENING in Cloud: Li Wei (liaison): some; Kim Park
   * (analyst): dont-know} or {@code CRISIS_TEAM_NAMED against the file (crisis team: 2 people): Sam Roe
   * (analyst): no}.
   *
   * @return the disagreement as text, not null
   */
  @Override
  public String toString() {
    return name()
        + unit().map(u -> " in " + u).orElse("")
        + file().map(f -> " against the file (" + f + ")").orElse("")
        + ": "
        + answers().stream().map(Statement::toString).collect(Collectors.joining("; "));
  }
}
