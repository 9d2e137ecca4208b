package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
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
import org.jspecify.annotations.Nullable;

/** The value types the field tables are made of. */
final class JsonTypes {

  private JsonTypes() {}

  /** A text. */
  static final JsonType<String> TEXT = scalar("text", JsonGenerator::writeString, In::text);

  /** A whole number that fits an {@code int}. */
  static final JsonType<Integer> INT =
      scalar("whole number", JsonGenerator::writeNumber, In::intValue);

  /** A whole number that fits a {@code long}. */
  static final JsonType<Long> LONG =
      scalar("whole number", JsonGenerator::writeNumber, In::longValue);

  /** A number. */
  static final JsonType<Double> NUMBER = scalar("number", JsonGenerator::writeNumber, In::number);

  /** {@code true} or {@code false}. */
  static final JsonType<Boolean> BOOLEAN = scalar("boolean", JsonGenerator::writeBoolean, In::bool);

  /** An ISO-8601 date as text, such as {@code "2026-06-30"}. */
  static final JsonType<LocalDate> DATE =
      scalar("date", (g, d) -> g.writeString(d.toString()), in -> fromText(in, Reading::date));

  /**
   * A basis, written by its constant name ({@code "INTERVIEW"}) and read by its constant or display name
   * in any spelling ({@code "Interview"}, {@code "artifact checked"}), as every format reads it.
   */
  static final JsonType<Basis> BASIS =
      scalar(
          "`Basis`, by constant or display name in any case",
          (g, b) -> g.writeString(b.name()),
          in -> fromText(in, Reading::basis));

  /** A value read and skipped, written never: a field of an older format that this library no longer needs. */
  static final JsonType<Boolean> IGNORED =
      scalar(
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

  /** Reads the value at hand. */
  @FunctionalInterface
  interface Reader<V> {
    V read(In in) throws IOException;
  }

  private static <V> JsonType<V> scalar(String doc, Writer<V> writer, Reader<V> reader) {
    return new JsonType<>() {
      @Override
      public void write(V value, JsonGenerator g) throws IOException {
        writer.write(g, value);
      }

      @Override
      public V read(In in) throws IOException {
        return reader.read(in);
      }

      @Override
      public String doc() {
        return doc;
      }
    };
  }

  /** A text read by one of the reading rule's functions, whose refusal is reported at the value. */
  private static <V> V fromText(In in, Function<String, V> rule) throws IOException {
    String s = in.text();
    try {
      return rule.apply(s);
    } catch (SocialBusinessException e) {
      throw in.error(String.valueOf(e.getMessage()));
    }
  }

  /** An enum constant by its exact name. */
  static <E extends Enum<E>> EnumType<E> enumType(Class<E> type) {
    return new EnumType<>(type);
  }

  /** A list (a JSON array) of values of one type. */
  static <E> JsonType<List<E>> listOf(JsonType<E> element) {
    return new ListType<>(element);
  }

  /** An object whose keys are the names of an enum's constants, such as charter sections. */
  static <K extends Enum<K>, V> JsonType<Map<K, V>> enumMap(EnumType<K> key, JsonType<V> value) {
    return new EnumMapType<>(key, value);
  }

  /**
   * A value written and read as another type and converted by a library factory, such as a rung by its
   * name; a factory's {@link SocialBusinessException} is reported at the value as {@code invalid <what>}.
   */
  static <V, B> JsonType<V> converted(
      String doc, String what, JsonType<B> base, Function<V, B> out, Function<B, V> in) {
    return new JsonType<>() {
      @Override
      public void write(V value, JsonGenerator g) throws IOException {
        base.write(out.apply(value), g);
      }

      @Override
      public V read(In reader) throws IOException {
        B b = base.read(reader);
        try {
          return in.apply(b);
        } catch (SocialBusinessException | IllegalArgumentException | IllegalStateException e) {
          throw reader.error("invalid " + what + ": " + e.getMessage(), e);
        }
      }

      @Override
      public String doc() {
        return doc;
      }
    };
  }

  // -----------------------------------------------------------------------
  /** An enum constant by its exact name, such as {@code "HALF"}. */
  static final class EnumType<E extends Enum<E>> implements JsonType<E> {
    private final Class<E> type;

    EnumType(Class<E> type) {
      this.type = type;
    }

    /** Gets the enum class, for the documentation. */
    Class<E> type() {
      return type;
    }

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

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof EnumType<?> e && e.type == type;
    }

    @Override
    public int hashCode() {
      return type.hashCode();
    }
  }

  private static final class ListType<E> implements JsonType<List<E>> {
    private final JsonType<E> element;

    ListType(JsonType<E> element) {
      this.element = element;
    }

    @Override
    public void write(List<E> value, JsonGenerator g) throws IOException {
      g.writeStartArray();
      for (E e : value) {
        element.write(e, g);
      }
      g.writeEndArray();
    }

    @Override
    public List<E> read(In in) throws IOException {
      if (in.token() != JsonToken.START_ARRAY) {
        throw in.error("expected an array, but found " + in.found());
      }
      ImmutableList.Builder<E> out = ImmutableList.builder();
      while (in.nextElement()) {
        out.add(element.read(in));
      }
      return out.build();
    }

    @Override
    public String doc() {
      return "list of " + element.doc();
    }

    @Override
    public List<JsonType<?>> parts() {
      return List.of(element);
    }
  }

  private static final class EnumMapType<K extends Enum<K>, V> implements JsonType<Map<K, V>> {
    private final EnumType<K> key;
    private final JsonType<V> value;

    EnumMapType(EnumType<K> key, JsonType<V> value) {
      this.key = key;
      this.value = value;
    }

    @Override
    public void write(Map<K, V> map, JsonGenerator g) throws IOException {
      g.writeStartObject();
      for (Map.Entry<K, V> e : map.entrySet()) {
        g.writeFieldName(e.getKey().name());
        value.write(e.getValue(), g);
      }
      g.writeEndObject();
    }

    @Override
    public Map<K, V> read(In in) throws IOException {
      if (in.token() != JsonToken.START_OBJECT) {
        throw in.error("expected an object, but found " + in.found());
      }
      Map<K, V> out = new LinkedHashMap<>();
      for (String name = in.nextField(); name != null; name = in.nextField()) {
        in.value();
        out.put(key.named(in, name), value.read(in));
      }
      return out;
    }

    @Override
    public String doc() {
      return "object: " + key.doc() + " name to " + value.doc();
    }

    @Override
    public List<JsonType<?>> parts() {
      return List.of(key, value);
    }
  }
}
