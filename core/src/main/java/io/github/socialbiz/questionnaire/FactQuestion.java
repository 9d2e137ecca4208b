package io.github.socialbiz.questionnaire;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.source.Citation;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A {@link Question} that establishes whether a structural {@link Fact} holds, such as {@code
 * q.fact.executive-sponsor-named: EXECUTIVE_SPONSOR_NAMED (yes, no, dont-know)}. Its options say yes
 * ({@link Meaning#HOLDS}) and no ({@link Meaning#DOES_NOT_HOLD}) at least once each and may add "not
 * assessed"; no option may mean anything else. Obtain one with {@link Question#fact(String, Fact, String,
 * Iterable)}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract sealed class FactQuestion extends Question permits ImmutableFactQuestion {

  private static final Set<Meaning> ALLOWED =
      Sets.immutableEnumSet(Meaning.HOLDS, Meaning.DOES_NOT_HOLD, Meaning.NOT_ASSESSED);
  private static final Set<Meaning> YES_AND_NO =
      Sets.immutableEnumSet(Meaning.HOLDS, Meaning.DOES_NOT_HOLD);

  FactQuestion() {}

  /**
   * Gets the dimension the library assigns a structural fact, so that its question is asked with the
   * practices it belongs with: {@code ORGANIZATION} for the sponsor, the staffed hub, the strategist, the
   * coordination begun and the business-unit liaisons; {@code GOVERNANCE} for the hub's authority over
   * policy and for the account inventory (asked with the practice of keeping it); {@code STRATEGY} for the
   * written charter, whose required section states the business goals; {@code PROCESS} for the named
   * crisis team (asked with the crisis plan).
   *
   * @param fact  the fact
   * @return the dimension, not null
   */
  public static Dimension dimensionOf(Fact fact) {
    return switch (fact) {
      case EXECUTIVE_SPONSOR_NAMED,
          CENTER_OF_EXCELLENCE_STAFFED,
          SOCIAL_STRATEGIST_APPOINTED,
          COORDINATION_BEGUN,
          BUSINESS_UNIT_LIAISONS ->
          Dimension.ORGANIZATION;
      case POLICY_AUTHORITY, ACCOUNTS_INVENTORIED -> Dimension.GOVERNANCE;
      case CHARTER_WRITTEN -> Dimension.STRATEGY;
      case CRISIS_TEAM_NAMED -> Dimension.PROCESS;
    };
  }

  @Override
  public abstract String id();

  @Override
  public abstract String text();

  /**
   * Gets the structural fact this question establishes.
   *
   * @return the fact, not null
   */
  public abstract Fact fact();

  @Override
  public abstract ImmutableList<AnswerOption> options();

  /**
   * Gets the dimension the library assigns the fact ({@link #dimensionOf(Fact)}).
   *
   * @return the dimension, not null
   */
  @Override
  public Dimension dimension() {
    return dimensionOf(fact());
  }

  /**
   * Gets the fact's citation.
   *
   * @return the citation, not null
   */
  @Override
  public Citation citation() {
    return fact().citation();
  }

  /**
   * Gets the fact's display name, such as "A named executive sponsor".
   *
   * @return the name, not null
   */
  @Override
  public String subject() {
    return fact().displayName();
  }

  @Override
  public abstract FactQuestion withText(String text);

  @Override
  String subjectConstant() {
    return fact().name();
  }

  @Value.Check
  void check() {
    checkCommon();
    checkMeanings(ALLOWED, YES_AND_NO, "fact");
  }

  /**
   * Returns the question as text, such as {@code q.fact.policy-authority: POLICY_AUTHORITY (yes, no,
   * dont-know)}.
   *
   * @return the question as text, not null
   */
  @Override
  public String toString() {
    return super.toString();
  }
}
