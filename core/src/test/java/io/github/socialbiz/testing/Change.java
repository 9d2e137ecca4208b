package io.github.socialbiz.testing;

import java.util.Optional;

/**
 * Small changes that keep a value valid but make it different, for {@link ValueContract#oneAttributeChanged}:
 * the next enum constant (cyclically), a text with a letter appended, a present optional text for an
 * absent one.
 */
public final class Change {

  private Change() {}

  /** The next constant of the enum, the first after the last; the same constant only for a one-constant enum. */
  public static <E extends Enum<E>> E next(E e) {
    E[] all = e.getDeclaringClass().getEnumConstants();
    return all[(e.ordinal() + 1) % all.length];
  }

  /** The next constant among the given ones, cyclically; {@code e} must be one of them. */
  @SafeVarargs
  public static <E extends Enum<E>> E nextOf(E e, E... among) {
    for (int i = 0; i < among.length; i++) {
      if (among[i] == e) {
        return among[(i + 1) % among.length];
      }
    }
    throw new IllegalArgumentException(e + " is not among the choices");
  }

  /** The text with a lower-case letter appended: still non-blank, still a valid dotted key. */
  public static String text(String s) {
    return s + "x";
  }

  /** A present text changed by {@link #text(String)}, an absent one made present. */
  public static Optional<String> text(Optional<String> s) {
    return Optional.of(s.map(Change::text).orElse("changed"));
  }
}
