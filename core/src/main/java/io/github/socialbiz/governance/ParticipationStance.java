package io.github.socialbiz.governance;

import static java.util.Objects.requireNonNull;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Statistics;
import java.util.List;

/**
 * An organization's stance on employees taking part in social media for work, such as {@code
 * WITHIN_GUIDELINES}, ordered from most to least restrictive.
 *
 * <p>Among the 18 advanced companies of the 2011 readiness survey, 5 required approval, 7 allowed
 * participation within guidelines, 6 actively encouraged it and none discouraged it.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum ParticipationStance {
  /** Employees are discouraged from taking part: no advanced company did this. */
  DISCOURAGED("Discouraged", Statistics.STANCE_DISCOURAGED),
  /** Employees need approval before taking part. */
  APPROVAL_REQUIRED("Approval required", Statistics.STANCE_APPROVAL),
  /** Employees may take part within published guidelines. */
  WITHIN_GUIDELINES("Allowed within guidelines", Statistics.STANCE_GUIDELINES),
  /** Employees are actively encouraged to take part. */
  ENCOURAGED("Actively encouraged", Statistics.STANCE_ENCOURAGED);

  private static final Lookup<ParticipationStance> LOOKUP =
      Lookup.of(ParticipationStance.class, s -> List.of(s.displayName));

  private final String displayName;
  private final Statistic advancedCompanies;

  ParticipationStance(String displayName, Statistic advancedCompanies) {
    this.displayName = displayName;
    this.advancedCompanies = advancedCompanies;
  }

  /**
   * Obtains a stance from its name, number or display name, in any case.
   *
   * @param text  the text
   * @return the stance, not null
   * @throws SocialBusinessException if the text names no stance
   */
  public static ParticipationStance parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the human-readable name, such as "Allowed within guidelines".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets how many of the 18 advanced companies of 2011 took this stance.
   *
   * @return the statistic, not null
   */
  public Statistic advancedCompanies() {
    return advancedCompanies;
  }
}
