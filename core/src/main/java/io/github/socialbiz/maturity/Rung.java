package io.github.socialbiz.maturity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.source.Citation;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A rung of one of the library's two ladders: a {@link Stage} of social business transformation or a
 * {@link MaturityLevel} of the hierarchy of needs. Gates, roadmaps, phases, gate summaries and actions
 * name the rung they lead to with this type, never with a string:
 *
 * <pre>{@code
 * Rung r = Stage.FORMALIZED;
 * r.ladder();                // STAGES
 * r.entryCriteria().size();  // the gate, as data
 * Rung.named("FORMATION");  // MaturityLevel.FORMATION
 * Rung.criterion("stage.presence.listening");  // one criterion of a gate, by id
 * }</pre>
 *
 * <p>The type is sealed: a rung is a stage or a level, and code that needs the concrete ladder switches
 * on {@link #ladder()}. The two ladders share one implementation of what they have in common (numbers,
 * order, cumulative gates, criterion ids); they live in this package together so that no import runs
 * back from a rung to this type's package.
 *
 * @implSpec Implementations are immutable and thread-safe enums.
 */
@Immutable
public sealed interface Rung permits Stage, MaturityLevel {

  /** The two ladders. */
  enum Ladder {
    /** The six stages of social business transformation ({@link Stage}). */
    STAGES("stage"),
    /** The five levels of the hierarchy of needs ({@link MaturityLevel}). */
    LEVELS("level");

    private final String prefix;

    Ladder(String prefix) {
      this.prefix = prefix;
    }

    /**
     * Gets the word that starts the ids of this ladder's criteria, {@code stage} or {@code level}.
     *
     * @return the prefix, not null
     */
    public String prefix() {
      return prefix;
    }

    /**
     * Gets the rungs of this ladder, lowest first.
     *
     * @return the rungs, not empty
     */
    public ImmutableList<Rung> rungs() {
      return Ladders.rungs(this);
    }

    /**
     * Parses a rung of this ladder, as {@link Stage#parse} or {@link MaturityLevel#parse} does.
     *
     * @param text  the text to parse
     * @return the rung, not null
     * @throws io.github.socialbiz.SocialBusinessException if the text names no rung of this ladder
     */
    public Rung parse(CharSequence text) {
      return this == STAGES ? Stage.parse(text) : MaturityLevel.parse(text);
    }
  }

  /**
   * Gets the constant name, such as {@code FORMALIZED}.
   *
   * @return the name, not null
   */
  String name();

  /**
   * Gets the ladder this rung belongs to.
   *
   * @return the ladder, not null
   */
  Ladder ladder();

  /**
   * Gets the number of the rung on its ladder, from 1.
   *
   * @return the number
   */
  int number();

  /**
   * Gets the human-readable name, such as "Formalized".
   *
   * @return the display name, not null
   */
  String displayName();

  /**
   * Gets what the rung means, in the library's words.
   *
   * @return the summary, not null
   */
  String summary();

  /**
   * Gets where the rung is defined.
   *
   * @return the citation, not null
   */
  Citation citation();

  /**
   * Gets the entry criteria of this rung's gate, beyond the gates of the lower rungs.
   *
   * @return the criteria in order, possibly empty for the first rung
   */
  ImmutableList<Criterion> entryCriteria();

  /**
   * Gets the entry criteria of this rung and of every rung below it, lowest first.
   *
   * @return the cumulative criteria, not null
   */
  default ImmutableList<Criterion> cumulativeCriteria() {
    ImmutableList.Builder<Criterion> all = ImmutableList.builder();
    for (Rung r : ladder().rungs().subList(0, number())) {
      all.addAll(r.entryCriteria());
    }
    return all.build();
  }

  /**
   * Gets the next rung of the same ladder.
   *
   * @return the next rung, or empty for the top of the ladder
   */
  Optional<? extends Rung> next();

  /**
   * Gets the previous rung of the same ladder.
   *
   * @return the previous rung, or empty for the bottom of the ladder
   */
  Optional<? extends Rung> previous();

  /**
   * Finds a rung by its constant name, such as {@code FORMALIZED} or {@code FORMATION}: the names of the
   * two ladders are distinct, so a name alone says which ladder it is on. This is the form documents use.
   *
   * @param name  the exact constant name
   * @return the rung, not null
   * @throws io.github.socialbiz.SocialBusinessException if no stage or level has that name; the message
   *     lists the names allowed
   */
  static Rung named(String name) {
    requireNonNull(name, "name");
    for (Ladder l : Ladder.values()) {
      for (Rung r : l.rungs()) {
        if (r.name().equals(name)) {
          return r;
        }
      }
    }
    throw new SocialBusinessException(
        "Rung.name must be the name of a stage or a maturity level, but was '"
            + name
            + "'; allowed: "
            + Stream.of(Ladder.values())
                .flatMap(l -> l.rungs().stream())
                .map(Rung::name)
                .collect(Collectors.joining(", ")));
  }

  /**
   * Finds a criterion of any stage or maturity-level gate by its id.
   *
   * @param id  the id, such as {@code stage.presence.listening}
   * @return the criterion, or empty if no gate has one with that id
   */
  static Optional<Criterion> findCriterion(String id) {
    return Optional.ofNullable(Ladders.criteria().get(requireNonNull(id, "id")));
  }

  /**
   * Gets the criterion of a gate with an id that must exist, for readers of stored documents.
   *
   * @param id  the id, such as {@code stage.presence.listening}
   * @return the criterion, not null
   * @throws SocialBusinessException if no gate has a criterion with that id
   */
  static Criterion criterion(String id) {
    return findCriterion(id)
        .orElseThrow(
            () ->
                new SocialBusinessException(
                    "Criterion.id must be the id of a stage or level criterion, but was '"
                        + id
                        + "'; see docs/frameworks.md for the ids"));
  }
}
