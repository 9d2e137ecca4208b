package io.github.socialbiz.practice;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import java.util.Optional;

/**
 * How widely a practice is adopted, on OWASP SAMM's four-grade scale, such as {@code HALF}.
 *
 * <p>The grades carry SAMM's weights: none 0, some 0.25, about half 0.5, most or all 1.0. The weight
 * jumps from half to most on purpose: a practice counts fully only once it is the norm.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Adoption {
  /** Not in place at all. Weight 0. */
  NONE("None", 0.0, "none", "no"),
  /** In place for some of the organization. Weight 0.25. */
  SOME("Some", 0.25, "yes for some", "partial"),
  /** In place for about half of the organization. Weight 0.5. */
  HALF("About half", 0.5, "yes for about half", "at least half"),
  /** In place for most or all of the organization. Weight 1.0. */
  MOST("Most or all", 1.0, "yes for most or all", "all", "full");

  private static final Adoption[] VALUES = values();
  private static final Lookup<Adoption> LOOKUP =
      Lookup.of(
          Adoption.class,
          a -> ImmutableList.<String>builder().add(a.displayName).addAll(a.aliases).build());

  private final String displayName;
  private final double weight;
  private final ImmutableList<String> aliases;

  Adoption(String displayName, double weight, String... aliases) {
    this.displayName = displayName;
    this.weight = weight;
    this.aliases = ImmutableList.copyOf(aliases);
  }

  /**
   * Obtains a grade from its name, number (1 to 4), display name or a SAMM answer such as "yes for some".
   *
   * @param text  the text
   * @return the grade, not null
   * @throws SocialBusinessException if the text names no grade
   */
  public static Adoption parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the human-readable name, such as "About half".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets SAMM's weight of this grade.
   *
   * @return 0, 0.25, 0.5 or 1.0
   */
  public double weight() {
    return weight;
  }

  /**
   * Checks if this grade is the same as or higher than another.
   *
   * @param other  the grade to compare with
   * @return true if this grade meets {@code other}
   */
  public boolean isAtLeast(Adoption other) {
    return compareTo(requireNonNull(other, "other")) >= 0;
  }

  /**
   * Gets the next higher grade.
   *
   * @return the next grade, or empty for {@link #MOST}
   */
  public Optional<Adoption> next() {
    return this == MOST ? Optional.empty() : Optional.of(VALUES[ordinal() + 1]);
  }

  /**
   * Gets the next lower grade.
   *
   * @return the previous grade, or empty for {@link #NONE}
   */
  public Optional<Adoption> previous() {
    return this == NONE ? Optional.empty() : Optional.of(VALUES[ordinal() - 1]);
  }
}
