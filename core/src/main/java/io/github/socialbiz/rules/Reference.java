package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;

/**
 * Where a rule comes from: a citation of a source, or any text a custom rule gives, such as "ACME
 * policy 4.2". The library's own citations implement this interface.
 *
 * @implSpec Implementations must be immutable and thread-safe, with value equality.
 */
@Immutable
@SuppressWarnings("exports")
public interface Reference {

  /**
   * Obtains a reference from free text.
   *
   * @param text  the reference, not blank
   * @return the reference, not null
   * @throws SocialBusinessException if {@code text} is blank
   */
  static Reference of(String text) {
    requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new SocialBusinessException("Reference.text must not be blank, but was '" + text + "'");
    }
    return new TextReference(text);
  }

  /**
   * Checks if the referenced statement is the rule author's own reading rather than a source's.
   *
   * @return true for a reading, false for a stated fact; free-text references return false
   */
  default boolean isLibraryReading() {
    return false;
  }

  /**
   * Returns the reference as it should be printed in a report.
   *
   * @return the reference as text, not null
   */
  @Override
  String toString();
}
