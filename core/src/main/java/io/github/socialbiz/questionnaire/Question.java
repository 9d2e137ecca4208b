package io.github.socialbiz.questionnaire;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.source.Citation;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One question of a {@link Questionnaire}, such as {@code q.listening: LISTENING (none, some, half, most,
 * dont-know, not-applicable)}: a stable id, the text read to the respondent, its answer options, and what
 * it establishes, either a graded {@link PracticeQuestion} (a {@link Practice}) or a {@link FactQuestion}
 * (a structural {@link Fact}). The type is sealed, so code that needs the kind tests it with {@code
 * instanceof}:
 *
 * <pre>{@code
 * Question q = Questionnaire.standard().question("q.listening").orElseThrow();
 * if (q instanceof PracticeQuestion p) {
 *   p.practice();   // LISTENING
 * }
 * }</pre>
 *
 * <p>Obtain one with {@link #practice(String, Practice, String, Iterable)} or {@link #fact(String, Fact,
 * String, Iterable)}. Its dimension and citation follow from what it establishes. A graded question's
 * options must give each of the four grades and may add "don't know" and "not applicable"; a fact
 * question's options must say yes and no and may add "don't know".
 *
 * @implSpec Implementations are immutable and thread-safe. The type cannot be subclassed outside this
 *     package.
 */
@Immutable
public abstract sealed class Question permits PracticeQuestion, FactQuestion {

  private static final Pattern ID =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  Question() {}

  // -----------------------------------------------------------------------

  /**
   * Obtains a graded question over a practice.
   *
   * @param id  the stable dotted id, such as {@code q.acme.listening}
   * @param practice  the practice it grades
   * @param text  the question read to the respondent, not blank
   * @param options  the answer options, in the order they are read
   * @return the question, not null
   * @throws io.github.socialbiz.SocialBusinessException if the id is malformed, the text blank, two options
   *     share an id, an option maps to no grade, or a grade has no option
   */
  public static PracticeQuestion practice(
      String id, Practice practice, String text, Iterable<AnswerOption> options) {
    return ImmutablePracticeQuestion.builder()
        .id(id)
        .practice(practice)
        .text(text)
        .addAllOptions(options)
        .build();
  }

  /**
   * Obtains a yes-or-no question over a structural fact.
   *
   * @param id  the stable dotted id, such as {@code q.fact.executive-sponsor-named}
   * @param fact  the fact it establishes
   * @param text  the question read to the respondent, not blank
   * @param options  the answer options, in the order they are read
   * @return the question, not null
   * @throws io.github.socialbiz.SocialBusinessException if the id is malformed, the text blank, two options
   *     share an id, an option maps to something other than yes, no or not assessed, or yes or no has no
   *     option
   */
  public static FactQuestion fact(
      String id, Fact fact, String text, Iterable<AnswerOption> options) {
    return ImmutableFactQuestion.builder()
        .id(id)
        .fact(fact)
        .text(text)
        .addAllOptions(options)
        .build();
  }

  /**
   * Gets the id of the standard question over a practice: {@code q.} and the practice's slug, such as
   * {@code q.crisis-plan}.
   *
   * @param practice  the practice
   * @return the id, not null
   */
  public static String idOf(Practice practice) {
    return "q." + practice.slug();
  }

  /**
   * Gets the id of the standard question over a fact: {@code q.fact.} and the fact's slug, such as {@code
   * q.fact.executive-sponsor-named}.
   *
   * @param fact  the fact
   * @return the id, not null
   */
  public static String idOf(Fact fact) {
    return "q.fact." + fact.slug();
  }

  // -----------------------------------------------------------------------

  /**
   * Gets the stable dotted id, unique within its questionnaire.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Gets the question read to the respondent.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Gets the answer options, in the order they are read.
   *
   * @return the options, not empty
   */
  public abstract ImmutableList<AnswerOption> options();

  /**
   * Gets the dimension the question belongs to: its practice's, or the one the library assigns its fact
   * (see {@link FactQuestion#dimensionOf(Fact)}).
   *
   * @return the dimension, not null
   */
  public abstract Dimension dimension();

  /**
   * Gets where the research names what the question establishes: the practice's first citation, or the
   * fact's citation.
   *
   * @return the citation, not null
   */
  public abstract Citation citation();

  /**
   * Gets the name of what the question establishes, such as "Listening and monitoring".
   *
   * @return the practice's or fact's display name, not null
   */
  public abstract String subject();

  /**
   * Finds an option by its id.
   *
   * @param optionId  the option's id, such as {@code half}
   * @return the option, or empty if the question has none with that id
   */
  public Optional<AnswerOption> option(String optionId) {
    requireNonNull(optionId, "optionId");
    return options().stream().filter(o -> o.id().equals(optionId)).findFirst();
  }

  /**
   * Returns a copy of this question with other wording. This instance is immutable and unaffected.
   *
   * @param text  the new text, not blank
   * @return the changed copy, not null
   * @throws io.github.socialbiz.SocialBusinessException if the text is blank
   */
  public abstract Question withText(String text);

  // -----------------------------------------------------------------------

  void checkCommon() {
    Checks.check(
        ID.matcher(id()).matches(),
        "Question.id must be lower-case words joined by '-' with at least one '.', such as"
            + " 'q.listening', but was '%s'",
        id());
    Checks.check(
        !text().isBlank(), "Question.text must not be blank, but was '%s' for %s", text(), id());
    Checks.check(!options().isEmpty(), "Question.options must not be empty, but %s has none", id());
    Set<String> seen = new HashSet<>();
    for (AnswerOption o : options()) {
      Checks.check(
          seen.add(o.id()),
          "Question.options must have distinct ids, but %s has two options '%s'",
          id(),
          o.id());
    }
  }

  void checkMeanings(Set<Meaning> allowed, Set<Meaning> required, String kind) {
    for (AnswerOption o : options()) {
      Checks.check(
          allowed.contains(o.meaning()),
          "Question.options of a %s question must map to %s, but option '%s' of %s maps to %s",
          kind,
          names(allowed),
          o.id(),
          id(),
          o.meaning());
    }
    for (Meaning m : required) {
      Checks.check(
          options().stream().anyMatch(o -> o.meaning() == m),
          "Question.options of a %s question must cover %s, but %s has no option for %s",
          kind,
          names(required),
          id(),
          m);
    }
  }

  private static String names(Set<Meaning> meanings) {
    ImmutableList<String> n =
        meanings.stream().map(Meaning::name).collect(ImmutableList.toImmutableList());
    return n.size() == 1
        ? n.get(0)
        : n.subList(0, n.size() - 1).stream().collect(Collectors.joining(", "))
            + " or "
            + n.get(n.size() - 1);
  }

  /**
   * Returns the question as text: its id, what it establishes and its option ids, such as {@code
   * q.listening: LISTENING (none, some, half, most, dont-know, not-applicable)}.
   *
   * @return the question as text, not null
   */
  @Override
  public String toString() {
    return id()
        + ": "
        + subjectConstant()
        + " ("
        + options().stream().map(AnswerOption::id).collect(Collectors.joining(", "))
        + ")";
  }

  abstract String subjectConstant();
}
