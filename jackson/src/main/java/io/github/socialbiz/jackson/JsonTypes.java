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
  static final JsonType<String> TEXT =
      new Scalar<>("text") {
        @Override
        public void write(String value, JsonGenerator g) throws IOException {
          g.writeString(value);
        }

        @Override
        public String read(In in) throws IOException {
          return in.text();
        }
      };

  /** A whole number that fits an {@code int}. */
  static final JsonType<Integer> INT =
      new Scalar<>("whole number") {
        @Override
        public void write(Integer value, JsonGenerator g) throws IOException {
          g.writeNumber(value);
        }

        @Override
        public Integer read(In in) throws IOException {
          return in.intValue();
        }
      };

  /** A whole number that fits a {@code long}. */
  static final JsonType<Long> LONG =
      new Scalar<>("whole number") {
        @Override
        public void write(Long value, JsonGenerator g) throws IOException {
          g.writeNumber(value);
        }

        @Override
        public Long read(In in) throws IOException {
          return in.longValue();
        }
      };

  /** A number. */
  static final JsonType<Double> NUMBER =
      new Scalar<>("number") {
        @Override
        public void write(Double value, JsonGenerator g) throws IOException {
          g.writeNumber(value);
        }

        @Override
        public Double read(In in) throws IOException {
          return in.number();
        }
      };

  /** {@code true} or {@code false}. */
  static final JsonType<Boolean> BOOLEAN =
      new Scalar<>("boolean") {
        @Override
        public void write(Boolean value, JsonGenerator g) throws IOException {
          g.writeBoolean(value);
        }

        @Override
        public Boolean read(In in) throws IOException {
          return in.bool();
        }
      };

  /** An ISO-8601 date as text, such as {@code "2026-06-30"}. */
  static final JsonType<LocalDate> DATE =
      new Scalar<>("date") {
        @Override
        public void write(LocalDate value, JsonGenerator g) throws IOException {
          g.writeString(value.toString());
        }

        @Override
        public LocalDate read(In in) throws IOException {
          String s = in.text();
          try {
            return Reading.date(s);
          } catch (SocialBusinessException e) {
            throw in.error(String.valueOf(e.getMessage()));
          }
        }
      };

  /**
   * A basis, written by its constant name ({@code "INTERVIEW"}) and read by its constant or display name
   * in any spelling ({@code "Interview"}, {@code "artifact checked"}), as every format reads it.
   */
  static final JsonType<Basis> BASIS =
      new Scalar<>("`Basis`, by constant or display name in any case") {
        @Override
        public void write(Basis value, JsonGenerator g) throws IOException {
          g.writeString(value.name());
        }

        @Override
        public Basis read(In in) throws IOException {
          String s = in.text();
          try {
            return Reading.basis(s);
          } catch (SocialBusinessException e) {
            throw in.error(String.valueOf(e.getMessage()));
          }
        }
      };

  /** A value read and skipped, written never: a field of an older format that this library no longer needs. */
  static final JsonType<Boolean> IGNORED =
      new Scalar<>("ignored") {
        @Override
        public void write(Boolean value, JsonGenerator g) {
          throw new IllegalStateException("an ignored field is never written");
        }

        @Override
        public Boolean read(In in) throws IOException {
          in.skip();
          return true;
        }
      };

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
  private abstract static class Scalar<V> implements JsonType<V> {
    private final String doc;

    Scalar(String doc) {
      this.doc = doc;
    }

    @Override
    public final String doc() {
      return doc;
    }
  }

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
