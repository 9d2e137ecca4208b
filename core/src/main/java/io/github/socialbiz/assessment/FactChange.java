package io.github.socialbiz.assessment;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.rules.Truth;
import org.immutables.value.Value;

/**
 * How what is known of one structural {@link Fact} differs between two assessments, as the assessment
 * reads the fact (the organization's file, else the respondents' statement; see {@link
 * io.github.socialbiz.profile.FactEvidence}), such as {@code CRISIS_TEAM_NAMED: UNKNOWN -> TRUE}: known
 * for the first time.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class FactChange {

  FactChange() {}

  /**
   * Obtains a change of a fact's reading.
   *
   * @param fact  the fact
   * @param before  whether it held in the earlier assessment
   * @param after  whether it holds in the later assessment
   * @return the change, not null
   * @throws io.github.socialbiz.SocialBusinessException if the two readings are equal
   */
  public static FactChange of(Fact fact, Truth before, Truth after) {
    return ImmutableFactChange.of(fact, before, after);
  }

  /**
   * Gets the fact.
   *
   * @return the fact, not null
   */
  @Value.Parameter
  public abstract Fact fact();

  /**
   * Gets whether the fact held in the earlier assessment.
   *
   * @return the reading, possibly unknown
   */
  @Value.Parameter
  public abstract Truth before();

  /**
   * Gets whether the fact holds in the later assessment.
   *
   * @return the reading, possibly unknown
   */
  @Value.Parameter
  public abstract Truth after();

  /**
   * Checks if the fact is known for the first time: unknown before, known now.
   *
   * @return true if unknown before and true or false now
   */
  public boolean isNewlyKnown() {
    return before().isUnknown() && !after().isUnknown();
  }

  /**
   * Checks if the fact was known before and is unknown now.
   *
   * @return true if true or false before and unknown now
   */
  public boolean isNoLongerKnown() {
    return !before().isUnknown() && after().isUnknown();
  }

  @Value.Check
  void check() {
    Checks.check(
        before() != after(),
        "FactChange needs two different readings, but %s was %s both times",
        fact(),
        before());
  }

  /**
   * Returns the change as text, such as {@code CRISIS_TEAM_NAMED: UNKNOWN -> TRUE}.
   *
   * @return the change as text, not null
   */
  @Override
  public String toString() {
    return fact() + ": " + before() + " -> " + after();
  }
}
