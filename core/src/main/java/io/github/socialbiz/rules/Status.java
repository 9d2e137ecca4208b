package io.github.socialbiz.rules;

/**
 * The result of checking one rule against a subject.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Status {
  /** The rule held. */
  PASSED,
  /** The rule did not hold; the outcome carries findings. */
  FAILED,
  /** The rule does not apply to this subject; the outcome says why. */
  NOT_APPLICABLE,
  /**
   * The rule cannot tell: what it reads is not assessed or not answered. The outcome names what would
   * decide it and what to ask, and carries no finding: an unknown is never a failure.
   */
  UNKNOWN
}
