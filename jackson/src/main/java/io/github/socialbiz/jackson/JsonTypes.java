package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.responses.Reading;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The value types the field tables are made of, and {@link #of} to make one from a writer and a reader. */
final class JsonTypes {

  private JsonTypes() {}

  /** A text. */
  static final JsonType<String> TEXT = of("text", JsonGenerator::writeString, In::text);

  /** A whole number that fits an {@code int}. */
  static final JsonType<Integer> INT = of("whole number", JsonGenerator::writeNumber, In::intValue);

  /** A whole number that fits a {@code long}. */
  static final JsonType<Long> LONG = of("whole number", JsonGenerator::writeNumber, In::longValue);

  /** A number. */
  static final JsonType<Double> NUMBER = of("number", JsonGenerator::writeNumber, In::number);

  /** {@code true} or {@code false}. */
  static final JsonType<Boolean> BOOLEAN = of("boolean", JsonGenerator::writeBoolean, In::bool);

  /** An ISO-8601 date as text, such as {@code "2026-06-30"}. */
  static final JsonType<LocalDate> DATE =
      converted("date", "", TEXT, LocalDate::toString, Reading::date);

  /**
   * A basis, written by its constant name ({@code "INTERVIEW"}) and read by its constant or display name
   * in any spelling ({@code "Interview"}, {@code "artifact checked"}), as every format reads it.
   */
  static final JsonType<Basis> BASIS =
      converted(
          "`Basis`, by constant or display name in any case",
          "",
          TEXT,
          Basis::name,
          Reading::basis);

  /** A value read and skipped, written never: a field of an older format that this library no longer needs. */
  static final JsonType<Boolean> IGNORED =
      of(
          "ignored",
          (g, v) -> {
            throw new IllegalStateException("an ignored field is never written");
          },
          in -> {
            in.skip();
            return true;
          });

  /** Writes one value. */
  @FunctionalInterface
  interface Writer<V> {
    void write(JsonGenerator g, V value) throws IOException;
  }

  /** Reads the value at hand, leaving its last token at hand. */
  @FunctionalInterface
  interface Reader<V> {
    V read(In in) throws IOException;
  }

  /** A type of a writer and a reader, named {@code doc} in {@code docs/json.md} and made of {@code parts}. */
  static <V> JsonType<V> of(String doc, Writer<V> writer, Reader<V> reader, JsonType<?>... parts) {
    return new Made<>(doc, writer, reader, List.of(parts));
  }

  private record Made<V>(String doc, Writer<V> writer, Reader<V> reader, List<JsonType<?>> parts)
      implements JsonType<V> {
    @Override
    public void write(V value, JsonGenerator g) throws IOException {
      writer.write(g, value);
    }

    @Override
    public V read(In in) throws IOException {
      return reader.read(in);
    }
  }

  /** An enum constant by its exact name. */
  static <E extends Enum<E>> EnumType<E> enumType(Class<E> type) {
    return new EnumType<>(type);
  }

  /** A list (a JSON array) of values of one type. */
  static <E> JsonType<List<E>> listOf(JsonType<E> element) {
    return of(
        "list of " + element.doc(),
        (g, list) -> {
          g.writeStartArray();
          for (E e : list) {
            element.write(e, g);
          }
          g.writeEndArray();
        },
        in -> {
          in.expect(JsonToken.START_ARRAY, "an array");
          ImmutableList.Builder<E> out = ImmutableList.builder();
          while (in.nextElement()) {
            out.add(element.read(in));
          }
          return out.build();
        },
        element);
  }

  /** An object whose keys are the names of an enum's constants, such as charter sections. */
  static <K extends Enum<K>, V> JsonType<Map<K, V>> enumMap(EnumType<K> key, JsonType<V> value) {
    return of(
        "object: " + key.doc() + " name to " + value.doc(),
        (g, map) -> {
          g.writeStartObject();
          for (Map.Entry<K, V> e : map.entrySet()) {
            g.writeFieldName(e.getKey().name());
            value.write(e.getValue(), g);
          }
          g.writeEndObject();
        },
        in -> {
          in.expect(JsonToken.START_OBJECT, "an object");
          Map<K, V> out = new LinkedHashMap<>();
          for (String name = in.nextField(); name != null; name = in.nextField()) {
            in.value();
            out.put(key.named(in, name), value.read(in));
          }
          return out;
        },
        key,
        value);
  }

  /**
   * A value written and read as another type and converted by a library factory, such as a rung by its
   * name; a factory's refusal is reported at the value, after {@code invalid <what>: } unless {@code what}
   * is empty.
   */
  static <V, B> JsonType<V> converted(
      String doc, String what, JsonType<B> base, Function<V, B> out, Function<B, V> in) {
    return of(
        doc,
        (g, v) -> base.write(out.apply(v), g),
        reader ->
            reader.convert(base.read(reader), in, what.isEmpty() ? "" : "invalid " + what + ": "));
  }

  // -----------------------------------------------------------------------
  /** An enum constant by its exact name, such as {@code "HALF"}. */
  record EnumType<E extends Enum<E>>(Class<E> type) implements JsonType<E> {

    @Override
    public void write(E value, JsonGenerator g) throws IOException {
      g.writeString(value.name());
    }

    @Override
    public E read(In in) throws IOException {
      return named(in, in.text());
    }

    /** Finds the constant of an exact name; the error is at the value at hand. */
    E named(In in, String name) throws SocialBusinessJsonException {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name)) {
          return e;
        }
      }
      throw in.error(
          "'"
              + In.abbreviate(name)
              + "' is not a "
              + type.getSimpleName()
              + "; allowed: "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }

    @Override
    public String doc() {
      return "`" + type.getSimpleName() + "`";
    }
  }
}
