package io.github.socialbiz.questionnaire;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.source.Citation;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A {@link Question} that grades a {@link Practice}, such as {@code q.listening: LISTENING (none, some,
 * half, most, dont-know, not-applicable)}. Its options give each of the four grades at least once and may
 * add "not assessed" and "out of scope"; no option may mean anything else. Obtain one with {@link
 * Question#practice(String, Practice, String, Iterable)}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract sealed class PracticeQuestion extends Question permits ImmutablePracticeQuestion {

  private static final Set<Meaning> ALLOWED =
      Sets.immutableEnumSet(
          Meaning.NONE,
          Meaning.SOME,
          Meaning.HALF,
          Meaning.MOST,
          Meaning.NOT_ASSESSED,
          Meaning.OUT_OF_SCOPE);
  private static final Set<Meaning> GRADES =
      Sets.immutableEnumSet(Meaning.NONE, Meaning.SOME, Meaning.HALF, Meaning.MOST);

  PracticeQuestion() {}

  @Override
  public abstract String id();

  @Override
  public abstract String text();

  /**
   * Gets the practice this question grades.
   *
   * @return the practice, not null
   */
  public abstract Practice practice();

  @Override
  public abstract ImmutableList<AnswerOption> options();

  /**
   * Gets the practice's dimension.
   *
   * @return the dimension, not null
   */
  @Override
  public Dimension dimension() {
    return practice().dimension();
  }

  /**
   * Gets the practice's first citation.
   *
   * @return the citation, not null
   */
  @Override
  public Citation citation() {
    return practice().citations().get(0);
  }

  /**
   * Gets the practice's display name, such as "Listening and monitoring".
   *
   * @return the name, not null
   */
  @Override
  public String subject() {
    return practice().displayName();
  }

  @Override
  public abstract PracticeQuestion withText(String text);

  @Override
  String subjectConstant() {
    return practice().name();
  }

  @Value.Check
  void check() {
    checkCommon();
    checkMeanings(ALLOWED, GRADES, "graded");
  }

  /**
   * Returns the question as text, such as {@code q.listening: LISTENING (none, some, half, most, dont-know,
   * not-applicable)}.
   *
   * @return the question as text, not null
   */
  @Override
  public String toString() {
    return super.toString();
  }
}
