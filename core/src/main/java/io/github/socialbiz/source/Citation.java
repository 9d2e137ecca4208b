package io.github.socialbiz.source;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.rules.Reference;
import org.immutables.value.Value;

/**
 * A pointer into a {@link Source} with a {@link Provenance} grade, such as {@code Li & Solis 2013,
 * "Stage 4" [CORROBORATED]}.
 *
 * <p>Obtain one with {@link Source#at(String, Provenance)} or {@link #of(Source, String, Provenance)}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Citation implements Reference {

  Citation() {}

  /**
   * Obtains a citation.
   *
   * @param source  the cited source
   * @param locator  where in the source, not blank
   * @param provenance  how sure the library is of the cited fact
   * @return the citation, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code locator} is blank
   */
  public static Citation of(Source source, String locator, Provenance provenance) {
    return ImmutableCitation.of(source, locator, provenance);
  }

  /**
   * Gets the cited source.
   *
   * @return the source, not null
   */
  @Value.Parameter
  public abstract Source source();

  /**
   * Gets where in the source the fact is found, such as a section, figure or table.
   *
   * @return the locator, not blank
   */
  @Value.Parameter
  public abstract String locator();

  /**
   * Gets how sure the library is of the cited fact.
   *
   * @return the provenance, not null
   */
  @Value.Parameter
  public abstract Provenance provenance();

  /**
   * Checks if the cited fact is the library's own reading rather than a statement of the source.
   *
   * @return true if the provenance is {@link Provenance#INFERRED}
   */
  @Override
  public boolean isLibraryReading() {
    return provenance().isLibraryReading();
  }

  @Value.Check
  void check() {
    Checks.notBlank(locator(), "Citation", "locator");
  }

  /**
   * Returns the citation as text, such as {@code Li, Solis et al. 2013, "Stage 4" [CORROBORATED]}.
   *
   * @return the citation as text, not null
   */
  @Override
  public String toString() {
    return source().shortReference() + ", \"" + locator() + "\" [" + provenance() + "]";
  }
}
