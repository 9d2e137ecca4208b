package io.github.socialbiz.practice;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.stage.Stage;
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
 * }</pre>
 *
 * <p>The type is sealed: a rung is a stage or a level, and code that needs the concrete ladder tests
 * {@link #ladder()} or uses {@code instanceof}.
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
      return this == STAGES
          ? ImmutableList.copyOf(Stage.values())
          : ImmutableList.copyOf(MaturityLevel.values());
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
  ImmutableList<Criterion> cumulativeCriteria();

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
}
