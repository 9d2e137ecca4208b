package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * How one kind of JSON value is written, read and named in {@code docs/json.md}: a text, a date, an
 * enum by constant name, a list, or an object type with its fields ({@link ObjectType}).
 *
 * @param <V>  the Java type of the value
 */
interface JsonType<V> {

  /** Writes a value. */
  void write(V value, JsonGenerator g) throws IOException;

  /**
   * Reads the value whose first token is at hand, leaving its last token at hand.
   *
   * @throws SocialBusinessJsonException if the value is not of this type, naming its path
   */
  V read(In in) throws IOException;

  /** Names the type for the field tables of {@code docs/json.md}, such as {@code list of text}. */
  String doc();

  /** Gets the types this one is made of, for the documentation: a list's element type, an object's field types. */
  default List<JsonType<?>> parts() {
    return List.of();
  }
}
