package io.github.socialbiz.profile;

/**
 * What a piece of evidence rests on, such as {@code ARTIFACT_CHECKED}, from weakest to strongest.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Basis {
  /** The organization said so in a survey or questionnaire. */
  SELF_REPORTED("Self-reported"),
  /** An assessor heard it in an interview. */
  INTERVIEW("Interview"),
  /** An assessor saw the artifact: the policy, the plan, the dashboard. */
  ARTIFACT_CHECKED("Artifact checked");

  private final String displayName;

  Basis(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Gets the human-readable name, such as "Artifact checked".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }
}
