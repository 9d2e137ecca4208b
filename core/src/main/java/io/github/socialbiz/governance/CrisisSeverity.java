package io.github.socialbiz.governance;

import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static java.util.Objects.requireNonNull;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.internal.Lookup;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The severity of a social media crisis, on the 2011 readiness report's three levels, such as {@code
 * LEVEL_2}.
 *
 * <p>{@link #classify(Set)} turns the outcomes of an issue into its severity:
 *
 * <pre>{@code
 * CrisisSeverity.classify(EnumSet.of(MAINSTREAM_COVERAGE, BUSINESS_CHANGE));  // Optional[LEVEL_2]
 * CrisisSeverity.classify(EnumSet.noneOf(CrisisOutcome.class));               // Optional.empty: no crisis
 * }</pre>
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum CrisisSeverity {
  /** Level 1: negative mainstream media coverage. */
  LEVEL_1("Mainstream coverage", "The issue draws negative coverage in the mainstream media"),
  /** Level 2: negative mainstream coverage and a significant response or change by the company. */
  LEVEL_2(
      "Coverage and company change",
      "Negative mainstream coverage and the company has to respond significantly or change how it works"),
  /** Level 3: a short-term financial impact. */
  LEVEL_3("Financial impact", "The issue costs the company money in the short term");

  private static final CrisisSeverity[] VALUES = values();
  private static final Lookup<CrisisSeverity> LOOKUP =
      Lookup.of(CrisisSeverity.class, s -> List.of(s.displayName));

  private final String displayName;
  private final String description;

  CrisisSeverity(String displayName, String description) {
    this.displayName = displayName;
    this.description = description;
  }

  /**
   * Obtains a severity from its level number.
   *
   * @param level  the level, from 1 to 3
   * @return the severity, not null
   * @throws SocialBusinessException if the level is outside 1 to 3
   */
  public static CrisisSeverity of(int level) {
    Checks.inRange(level, 1, VALUES.length, "CrisisSeverity", "level");
    return VALUES[level - 1];
  }

  /**
   * Obtains a severity from its name, number or display name, in any case.
   *
   * @param text  the text
   * @return the severity, not null
   * @throws SocialBusinessException if the text names no severity
   */
  public static CrisisSeverity parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Classifies an issue by its outcomes.
   *
   * <p>Financial loss makes level 3. Mainstream coverage with a business change makes level 2. Mainstream
   * coverage alone makes level 1. A business change without coverage still meets the crisis definition;
   * the report does not place it on a level, and the library reads it as level 1 (its own reading).
   *
   * @param outcomes  what the issue led to
   * @return the severity, or empty if the outcomes do not make the issue a crisis
   */
  public static Optional<CrisisSeverity> classify(Set<CrisisOutcome> outcomes) {
    requireNonNull(outcomes, "outcomes");
    if (outcomes.contains(CrisisOutcome.FINANCIAL_LOSS)) {
      return Optional.of(LEVEL_3);
    }
    if (outcomes.contains(CrisisOutcome.MAINSTREAM_COVERAGE)
        && outcomes.contains(CrisisOutcome.BUSINESS_CHANGE)) {
      return Optional.of(LEVEL_2);
    }
    if (outcomes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(LEVEL_1);
  }

  /**
   * Gets the definition of a social media crisis, in the library's words.
   *
   * @return the definition, not null
   */
  public static String definition() {
    return "An issue that starts in social media or is amplified by it, and that leads to negative mainstream "
        + "media coverage, a change in business process, or financial loss";
  }

  /**
   * Gets where the levels and the definition are given.
   *
   * @return the citation, not null
   */
  public static Citation citation() {
    return Source.SOCIAL_READINESS_2011.at(
        "Crisis analysis: definition and severity levels", CORROBORATED);
  }

  /**
   * Gets the level number, from 1 to 3.
   *
   * @return the level
   */
  public int level() {
    return ordinal() + 1;
  }

  /**
   * Gets the human-readable name, such as "Financial impact".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets what qualifies an issue for this level, in the library's words.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }
}
