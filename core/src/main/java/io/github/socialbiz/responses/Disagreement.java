package io.github.socialbiz.responses;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Practice;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Answers about one practice that do not agree, an item for the consensus meeting: two grades two or more
 * steps apart (such as {@code some} and {@code most}), or a grade against "don't know". It lists every
 * respondent's answer about the practice, such as {@code LISTENING: Ana Ruiz (strategist): most; Li Wei
 * (liaison): some; Sam Roe (analyst): none}.
 *
 * <p>A disagreement among the respondents of one business unit is listed once more with that unit.
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
        .practice(practice)
        .unit(unit)
        .addAllAnswers(answers)
        .build();
  }

  /**
   * Gets the practice the answers are about.
   *
   * @return the practice, not null
   */
  public abstract Practice practice();

  /**
   * Gets the business unit whose respondents disagree.
   *
   * @return the unit's name, or empty for the whole organization
   */
  public abstract Optional<String> unit();

  /**
   * Gets every answer about the practice, in respondent name order.
   *
   * @return the answers, at least two
   */
  public abstract ImmutableList<Statement> answers();

  @Value.Check
  void check() {
    Checks.check(
        answers().size() >= 2,
        "Disagreement.answers must hold at least two answers, but held %s for %s",
        answers().size(),
        practice());
  }

  /**
   * Returns the disagreement as text, such as {@code LISTENING in Cloud: Li Wei (liaison): some; Kim Park
   * (analyst): dont-know}.
   *
   * @return the disagreement as text, not null
   */
  @Override
  public String toString() {
    return practice()
        + unit().map(u -> " in " + u).orElse("")
        + ": "
        + answers().stream().map(Statement::toString).collect(Collectors.joining("; "));
  }
}
