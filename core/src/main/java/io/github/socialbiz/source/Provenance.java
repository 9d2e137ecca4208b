package io.github.socialbiz.source;

/**
 * How sure the library is of a cited fact, such as {@code CORROBORATED}.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Provenance {
  /** Stated by the source report itself, or by a faithful summary of it. */
  REPORTED,
  /** Stated by two or more independent sources that agree. */
  CORROBORATED,
  /** Found in one secondary source only, or in a truncated excerpt: provisional. */
  SINGLE_SOURCE,
  /** Not stated by any source: the library's own reading of the research, open to override. */
  INFERRED;

  /**
   * Checks if this grade marks a choice made by the library rather than a fact stated by a source.
   *
   * @return true for {@link #INFERRED}
   */
  public boolean isLibraryReading() {
    return this == INFERRED;
  }
}
