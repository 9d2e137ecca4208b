package io.github.socialbiz.practice;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.source.Citation;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry criterion of a stage or maturity-level gate, as data: either a {@link PracticeCriterion} (a
 * practice adopted to at least a grade, such as {@code stage.presence.listening: LISTENING >= HALF}) or a
 * {@link FactCriterion} (a structural {@link Fact}, such as a named executive sponsor). The type is
 * sealed, so code that needs the kind tests it with {@code instanceof}:
 *
 * <pre>{@code
 * Criterion c = Criterion.byId("stage.presence.listening").orElseThrow();
 * if (c instanceof PracticeCriterion p) {
 *   p.practice();   // LISTENING
 *   p.minimum();    // HALF
 * }
 * }</pre>
 *
 * <p>Obtain one with {@link #practice(String, Practice, Adoption, Citation)} or {@link #fact(String,
 * Fact, Citation)}. A citation whose provenance is {@code INFERRED} marks a criterion that is the
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
   * Finds a criterion of any stage or maturity-level gate by its id.
   *
   * @param id  the id, such as {@code stage.presence.listening}
   * @return the criterion, or empty if no gate has one with that id
   */
  public static Optional<Criterion> byId(String id) {
    return Optional.ofNullable(Catalogue.ALL.get(requireNonNull(id, "id")));
  }

  /**
   * Gets the criterion of a gate with an id that must exist, for readers of stored documents.
   *
   * @param id  the id
   * @return the criterion, not null
   * @throws SocialBusinessException if no gate has a criterion with that id
   */
  public static Criterion ofId(String id) {
    Criterion c = Catalogue.ALL.get(requireNonNull(id, "id"));
    if (c == null) {
      throw new SocialBusinessException(
          "Criterion.id must be the id of a stage or level criterion, but was '"
              + id
              + "'; see docs/frameworks.md for the ids");
    }
    return c;
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

  /** Every gate criterion by id, built on first use (the gates refer to this class, not the other way round). */
  private static final class Catalogue {
    static final ImmutableMap<String, Criterion> ALL = build();

    private static ImmutableMap<String, Criterion> build() {
      ImmutableMap.Builder<String, Criterion> all = ImmutableMap.builder();
      for (Rung.Ladder ladder : Rung.Ladder.values()) {
        for (Rung rung : ladder.rungs()) {
          for (Criterion c : rung.entryCriteria()) {
            all.put(c.id(), c);
          }
        }
      }
      return all.buildOrThrow();
    }
  }
}
