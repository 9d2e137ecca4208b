package io.github.socialbiz.governance;

/**
 * A consequence that makes a social media issue a crisis, such as {@code MAINSTREAM_COVERAGE}.
 *
 * <p>In the 2011 readiness report, a social media crisis is an issue that starts in or is amplified by
 * social media and leads to at least one of these outcomes.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum CrisisOutcome {
  /** Negative coverage in the mainstream media. */
  MAINSTREAM_COVERAGE("Negative mainstream media coverage"),
  /** A change in business process, or a significant response by the company. */
  BUSINESS_CHANGE("A change in business process or a significant company response"),
  /** Financial loss, at least in the short term. */
  FINANCIAL_LOSS("Financial loss");

  private final String displayName;

  CrisisOutcome(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Gets the human-readable outcome.
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }
}
