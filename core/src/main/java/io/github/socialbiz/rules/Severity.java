package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

/**
 * How much a finding matters, from {@link #INFO} to {@link #CRITICAL}, such as {@code HIGH}.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Severity {
  /** Worth knowing; nothing to fix. */
  INFO,
  /** A small gap or an improvement. */
  LOW,
  /** A gap that holds the organization back. */
  MEDIUM,
  /** A gap that exposes the organization to risk. */
  HIGH,
  /** A gap that needs action now. */
  CRITICAL;

  /**
   * Checks if this severity is the same as or worse than another.
   *
   * @param other  the severity to compare with
   * @return true if this is at least {@code other}
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(requireNonNull(other, "other")) >= 0;
  }
}
