package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of a JSON object type, named once: its JSON name, whether a document must have it, how it is
 * written (from the value's accessor, left out when absent) and read (by its {@link JsonType}), and its
 * notes in {@code docs/json.md}. An {@link ObjectType} lists its fields in the order they are written.
 *
 * @param <T>  the type of the object the field belongs to
 * @param <V>  the type of the field's value
 */
record Field<T, V>(
    String name,
    JsonType<V> type,
    boolean required,
    Getter<T, V> getter,
    String notes,
    @Nullable Reading<T> reading) {

  /** Gets a field's value from its object, or null when the value is absent and the field left out. */
  @FunctionalInterface
  interface Getter<T, V> {
    @Nullable V get(T owner);
  }

  /** Reads a field's value, knowing the fields of its object read so far. */
  @FunctionalInterface
  interface Reading<T> {
    Object read(In in, ObjectType<T>.Values soFar) throws IOException;
  }

  // -----------------------------------------------------------------------
  /** A field every document has, always written. */
  static <T, V> Field<T, V> required(String name, JsonType<V> type, Function<T, V> getter) {
    return new Field<>(name, type, true, getter::apply, "", null);
  }

  /** A field written when the value is present; absent and {@code null} read as absent. */
  static <T, V> Field<T, V> optional(
      String name, JsonType<V> type, Function<T, Optional<V>> getter) {
    return new Field<>(name, type, false, owner -> getter.apply(owner).orElse(null), "", null);
  }

  /** A field always written but optional when reading, where the library has a default. */
  static <T, V> Field<T, V> defaulted(String name, JsonType<V> type, Function<T, V> getter) {
    return new Field<>(name, type, false, getter::apply, "", null);
  }

  /** A list, always written, possibly empty; absent and {@code null} read as empty. */
  static <T, E> Field<T, List<E>> list(
      String name, JsonType<E> element, Function<T, List<E>> getter) {
    return defaulted(name, JsonTypes.listOf(element), getter);
  }

  /** A field of an older format: accepted when reading, skipped, never written. */
  static <T> Field<T, Boolean> ignored(String name) {
    return new Field<>(name, JsonTypes.IGNORED, false, owner -> null, "", null);
  }

  /** Returns a copy of this field with notes for {@code docs/json.md}. */
  Field<T, V> notes(String text) {
    return new Field<>(name, type, required, getter, text, reading);
  }

  /** Returns a copy of this field whose value is read by {@code how}, which may look at the fields read before. */
  Field<T, V> readingWith(Reading<T> how) {
    return new Field<>(name, type, required, getter, notes, how);
  }

  // -----------------------------------------------------------------------
  /** Writes the field, its name and value, unless the value is absent. */
  void write(T owner, JsonGenerator g) throws IOException {
    V value = getter.get(owner);
    if (value != null) {
      g.writeFieldName(name);
      type.write(value, g);
    }
  }

  /** Reads the field's value, which is at hand and not null. */
  Object read(In in, ObjectType<T>.Values soFar) throws IOException {
    return reading != null ? reading.read(in, soFar) : type.read(in);
  }

  @Override
  public String toString() {
    return name;
  }
}
