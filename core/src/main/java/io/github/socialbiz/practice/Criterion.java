package io.github.socialbiz.practice;

import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.source.Citation;
import java.util.Optional;
import java.util.regex.Pattern;
import com.google.errorprone.annotations.Immutable;
import org.immutables.value.Value;

/**
 * One entry criterion of a stage or maturity-level gate, as data: either a practice adopted to at least a
 * grade, such as {@code stage.presence.listening: Listening and monitoring >= HALF}, or a structural
 * {@link Fact}, such as a named executive sponsor.
 *
 * <p>Obtain one with {@link #practice(String, Practice, Adoption, Citation)} or {@link #fact(String,
 * Fact, Citation)}. A citation whose provenance is {@code INFERRED} marks a criterion that is the
 * library's own reading of the research.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Criterion {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

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
  public static Criterion practice(String id, Practice practice, Adoption minimum, Citation citation) {
    return ImmutableCriterion.builder()
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
  public static Criterion fact(String id, Fact fact, Citation citation) {
    return ImmutableCriterion.builder().id(id).fact(fact).citation(citation).build();
  }

  /**
   * Gets the stable dotted id.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Gets the practice this criterion grades, if it is a practice criterion.
   *
   * @return the practice, or empty for a fact criterion
   */
  public abstract Optional<Practice> practice();

  /**
   * Gets the lowest grade that meets this criterion, if it is a practice criterion.
   *
   * @return the minimum grade, or empty for a fact criterion
   */
  public abstract Optional<Adoption> minimum();

  /**
   * Gets the structural fact this criterion requires, if it is a fact criterion.
   *
   * @return the fact, or empty for a practice criterion
   */
  public abstract Optional<Fact> fact();

  /**
   * Gets where the criterion comes from.
   *
   * @return the citation, not null
   */
  public abstract Citation citation();

  /**
   * Checks if a grade of this criterion's practice meets it.
   *
   * @param grade  the grade of {@link #practice()}
   * @return true if this is a practice criterion and {@code grade} is at least {@link #minimum()}
   */
  public boolean isMetBy(Adoption grade) {
    return minimum().map(grade::isAtLeast).orElse(false);
  }

  /**
   * Checks if this criterion is the library's own reading rather than a requirement the sources state.
   *
   * @return true if the citation's provenance is {@code INFERRED}
   */
  public boolean isLibraryReading() {
    return citation().isLibraryReading();
  }

  /**
   * Gets what the criterion requires, such as "Listening and monitoring: at least About half".
   *
   * @return the description, not null
   */
  public String description() {
    if (practice().isPresent() && minimum().isPresent()) {
      return practice().get().displayName() + ": at least " + minimum().get().displayName();
    }
    return fact().map(Fact::displayName).orElse(id());
  }

  @Value.Check
  void check() {
    Checks.check(
        ID.matcher(id()).matches(),
        "Criterion.id must be lower-case words joined by '-' with at least one '.', such as 'stage.presence.listening', but was '%s'",
        id());
    Checks.check(
        practice().isPresent() != fact().isPresent(),
        "Criterion must name exactly one of practice and fact, but %s had practice=%s and fact=%s",
        id(),
        practice(),
        fact());
    Checks.check(
        practice().isPresent() == minimum().isPresent(),
        "Criterion.minimum must be given exactly when a practice is, but %s had minimum=%s",
        id(),
        minimum());
    Checks.check(
        minimum().map(m -> m != Adoption.NONE).orElse(true),
        "Criterion.minimum must be SOME, HALF or MOST, but was NONE for %s",
        id());
  }

  /**
   * Returns the criterion as text, such as {@code stage.presence.listening: LISTENING >= HALF} or {@code
   * stage.formalized.executive-sponsor-named: EXECUTIVE_SPONSOR_NAMED}.
   *
   * @return the criterion as text, not null
   */
  @Override
  public String toString() {
    if (practice().isPresent() && minimum().isPresent()) {
      return id() + ": " + practice().get() + " >= " + minimum().get();
    }
    return id() + ": " + fact().map(Fact::name).orElse("?");
  }
}
