package io.github.socialbiz.practice;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.source.Citation;
import java.util.regex.Pattern;

/**
 * One entry criterion of a stage or maturity-level gate, as data: either a {@link PracticeCriterion} (a
 * practice adopted to at least a grade, such as {@code stage.presence.listening: LISTENING >= HALF}) or a
 * {@link FactCriterion} (a structural {@link Fact}, such as a named executive sponsor). The type is
 * sealed, so code that needs the kind tests it with {@code instanceof}:
 *
 * <pre>{@code
 * Criterion c = Rung.criterion("stage.presence.listening");
 * if (c instanceof PracticeCriterion p) {
 *   p.practice();   // LISTENING
 *   p.minimum();    // HALF
 * }
 * }</pre>
 *
 * <p>Obtain one with {@link #practice(String, Practice, Adoption, Citation)} or {@link #fact(String,
 * Fact, Citation)}; look up a gate's criterion by id with {@link
 * io.github.socialbiz.maturity.Rung#criterion(String)}. A citation whose provenance is {@code INFERRED} marks a criterion that is the
 * library's own reading of the research.
 *
 * @implSpec Implementations are immutable and thread-safe. The type cannot be subclassed outside this
 *     package.
 */
@Immutable
public abstract sealed class Criterion permits PracticeCriterion, FactCriterion {

  private static final Pattern ID =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  Criterion() {}

  /**
   * Obtains a criterion over a practice.
   *
   * @param id  the stable dotted id, such as {@code stage.presence.listening}
   * @param practice  the practice
   * @param minimum  the lowest grade that meets the criterion, above {@link Adoption#NONE}
   * @param citation  where the criterion comes from
   * @return the criterion, not null
   * @throws io.github.socialbiz.SocialBusinessException if the id is malformed or {@code minimum} is
   *     {@code NONE}
   */
  public static PracticeCriterion practice(
      String id, Practice practice, Adoption minimum, Citation citation) {
    return ImmutablePracticeCriterion.builder()
        .id(id)
        .practice(practice)
        .minimum(minimum)
        .citation(citation)
        .build();
  }

  /**
   * Obtains a criterion over a structural fact.
   *
   * @param id  the stable dotted id, such as {@code stage.formalized.executive-sponsor-named}
   * @param fact  the fact that must hold
   * @param citation  where the criterion comes from
   * @return the criterion, not null
   * @throws io.github.socialbiz.SocialBusinessException if the id is malformed
   */
  public static FactCriterion fact(String id, Fact fact, Citation citation) {
    return ImmutableFactCriterion.builder().id(id).fact(fact).citation(citation).build();
  }

  /**
   * Gets the stable dotted id.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Gets where the criterion comes from.
   *
   * @return the citation, not null
   */
  public abstract Citation citation();

  /**
   * Checks if this criterion is the library's own reading rather than a requirement the sources state.
   *
   * @return true if the citation's provenance is {@code INFERRED}
   */
  public boolean isLibraryReading() {
    return citation().isLibraryReading();
  }

  /**
   * Gets what the criterion requires, in words a client reads, such as "Listening and monitoring: at
   * least about half" or "Named executive sponsor".
   *
   * @return the description, not null
   */
  public abstract String description();

  void checkId() {
    Checks.check(
        ID.matcher(id()).matches(),
        "Criterion.id must be lower-case words joined by '-' with at least one '.', such as 'stage.presence.listening', but was '%s'",
        id());
  }
}
