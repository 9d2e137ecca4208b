package io.github.socialbiz.internal;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.SocialBusinessException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Case-insensitive text lookup of the constants of a closed vocabulary, accepting each constant's name,
 * number, display name and aliases.
 *
 * <p>Texts are compared after normalisation: lower case, {@code &} read as {@code and}, and every
 * character that is not a letter or digit dropped. So "Hub &amp; Spoke", "hub and spoke" and {@code
 * HUB_AND_SPOKE} are the same text.
 *
 * @param <E>  the enum type
 * @implSpec This class is immutable and thread-safe.
 */
public final class Lookup<E extends Enum<E>> {

  private final String typeName;
  private final ImmutableMap<String, E> byKey;
  private final ImmutableList<String> accepted;

  private Lookup(String typeName, ImmutableMap<String, E> byKey, ImmutableList<String> accepted) {
    this.typeName = typeName;
    this.byKey = byKey;
    this.accepted = accepted;
  }

  /**
   * Builds a lookup over the given constants.
   *
   * @param <E>  the enum type
   * @param type  the enum class
   * @param spellings  every accepted spelling of a constant, besides its name and its number (ordinal + 1)
   * @return the lookup, not null
   * @throws IllegalStateException if two constants share a spelling (a programming error)
   */
  public static <E extends Enum<E>> Lookup<E> of(
      Class<E> type, Function<? super E, ? extends Iterable<String>> spellings) {
    Map<String, E> keys = new LinkedHashMap<>();
    ImmutableList.Builder<String> accepted = ImmutableList.builder();
    for (E constant : type.getEnumConstants()) {
      put(keys, normalise(constant.name()), constant);
      put(keys, Integer.toString(constant.ordinal() + 1), constant);
      StringBuilder listed =
          new StringBuilder(constant.name()).append(" (").append(constant.ordinal() + 1);
      for (String spelling : spellings.apply(constant)) {
        String key = normalise(spelling);
        if (!keys.containsKey(key) || keys.get(key) != constant) {
          listed.append(", '").append(spelling).append('\'');
        }
        put(keys, key, constant);
      }
      accepted.add(listed.append(')').toString());
    }
    return new Lookup<>(type.getSimpleName(), ImmutableMap.copyOf(keys), accepted.build());
  }

  private static <E> void put(Map<String, E> keys, String key, E constant) {
    E previous = keys.putIfAbsent(key, constant);
    if (previous != null && previous != constant) {
      throw new IllegalStateException(
          "Spelling '" + key + "' is claimed by both " + previous + " and " + constant);
    }
  }

  /**
   * Obtains the constant that a text names.
   *
   * @param text  a name, number, display name or alias, in any case
   * @return the constant, not null
   * @throws SocialBusinessException if no constant has that spelling; the message lists the accepted ones
   */
  public E parse(CharSequence text) {
    E found = byKey.get(normalise(text));
    if (found == null) {
      throw new SocialBusinessException(
          "Unknown "
              + typeName
              + ": '"
              + text
              + "' (accepted, in any case: "
              + String.join("; ", accepted)
              + ")");
    }
    return found;
  }

  /**
   * Normalises a text for comparison.
   *
   * @param text  the text
   * @return the lower-case letters and digits of the text, with {@code &} read as "and"
   */
  public static String normalise(CharSequence text) {
    StringBuilder key = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&') {
        key.append("and");
      } else if (Character.isLetterOrDigit(c)) {
        key.append(Character.toLowerCase(c));
      }
    }
    return Ascii.toLowerCase(key.toString());
  }
}
