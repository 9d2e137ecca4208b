package io.github.socialbiz.source;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import org.immutables.value.Value;

/**
 * One cited piece of advice from the research, such as a stage's goal or a pitfall to avoid.
 *
 * <p>The text is the library's own paraphrase; the citation says where the idea comes from.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Guidance {

  /**
   * What kind of advice a {@link Guidance} item gives.
   *
   * @implSpec This is an immutable and thread-safe enum.
   */
  public enum Kind {
    /** An aim typical at a stage. */
    GOAL,
    /** A key initiative or activity. */
    INITIATIVE,
    /** A practice that successful companies follow. */
    BEST_PRACTICE,
    /** A trap that the research warns of. */
    PITFALL,
    /** A way to measure progress. */
    METRIC,
    /** People, money or technology typically needed. */
    RESOURCE
  }

  Guidance() {}

  /**
   * Obtains a guidance item.
   *
   * @param kind  the kind of advice
   * @param text  the advice in the library's words, not blank
   * @param citation  where the idea comes from
   * @return the guidance, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code text} is blank
   */
  public static Guidance of(Kind kind, String text, Citation citation) {
    return ImmutableGuidance.of(kind, text, citation);
  }

  /**
   * Gets the kind of advice.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Gets the advice, in the library's words.
   *
   * @return the text, not blank
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Gets where the idea comes from.
   *
   * @return the citation, not null
   */
  @Value.Parameter
  public abstract Citation citation();

  @Value.Check
  void check() {
    Checks.notBlank(text(), "Guidance", "text");
  }

  /**
   * Returns the guidance as text, such as {@code PITFALL: Staying in pilots too long}.
   *
   * @return the guidance as text, not null
   */
  @Override
  public String toString() {
    return kind() + ": " + text();
  }
}
