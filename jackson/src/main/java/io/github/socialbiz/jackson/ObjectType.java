package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.socialbiz.SocialBusinessException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object type described by its table of {@link Field}s: the table drives writing (fields in table
 * order, absent values left out), reading (every field by its type) and the strict check (an unknown field
 * fails, listing the allowed ones; a missing required one fails naming it). Once the object is read, its
 * {@link Build} makes the value, and a library rule it breaks is reported at the object's path.
 *
 * @param <T>  the Java type of the value
 */
final class ObjectType<T> implements JsonType<T> {

  /** Makes the value from the fields read; a {@link SocialBusinessException} it throws names the broken rule. */
  @FunctionalInterface
  interface Build<T> {
    T build(ObjectType<T>.Values v) throws IOException;
  }

  private final String description;
  private final String name;
  private final ImmutableList<Field<T, ?>> fields;
  private final ImmutableMap<String, Integer> index;
  private final Build<T> build;
  private final ImmutableSet<Field<T, ?>> unwritten;
  private final @Nullable ObjectType<T> viewOf;

  private ObjectType(
      String description,
      List<Field<T, ?>> fields,
      Build<T> build,
      ImmutableSet<Field<T, ?>> unwritten,
      @Nullable ObjectType<T> viewOf) {
    this.description = description;
    this.name = description.replaceFirst("^an? ", "");
    this.fields = ImmutableList.copyOf(fields);
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < this.fields.size(); i++) {
      index.put(this.fields.get(i).name(), i);
    }
    this.index = index.buildOrThrow();
    this.build = build;
    this.unwritten = unwritten;
    this.viewOf = viewOf;
  }

  /**
   * Obtains an object type.
   *
   * @param description  the type as messages name it, with its article: {@code an organization}, {@code evidence}
   * @param fields  the fields in the order they are written
   * @param build  makes the value from the fields read
   */
  static <T> ObjectType<T> of(String description, List<Field<T, ?>> fields, Build<T> build) {
    return new ObjectType<>(description, fields, build, ImmutableSet.of(), null);
  }

  /** Returns a view of this type that does not write some of its fields (reading and documentation are unchanged). */
  ObjectType<T> writingWithout(Set<Field<T, ?>> left) {
    return new ObjectType<>(description, fields, build, ImmutableSet.copyOf(left), this);
  }

  // -----------------------------------------------------------------------
  /** Gets the type's name, such as {@code business unit}. */
  String name() {
    return name;
  }

  ImmutableList<Field<T, ?>> fields() {
    return fields;
  }

  /** Gets the type this is a {@link #writingWithout view} of, or this type. */
  ObjectType<T> base() {
    return viewOf != null ? viewOf : this;
  }

  @Override
  public String doc() {
    return "["
        + name
        + "](#"
        + name.replace(' ', '-')
        + ")"
        + (unwritten.isEmpty()
            ? ""
            : ", without "
                + fields.stream()
                    .filter(unwritten::contains)
                    .map(f -> "`" + f.name() + "`")
                    .collect(Collectors.joining(" and ")));
  }

  @Override
  public List<JsonType<?>> parts() {
    return fields.stream().<JsonType<?>>map(Field::type).collect(Collectors.toList());
  }

  // -----------------------------------------------------------------------
  @Override
  public void write(T value, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (Field<T, ?> f : fields) {
      if (!unwritten.contains(f)) {
        f.write(value, g);
      }
    }
    g.writeEndObject();
  }

  @Override
  public T read(In in) throws IOException {
    in.expect(JsonToken.START_OBJECT, description + " (a JSON object)");
    Values v = new Values(in);
    for (String member = in.nextField(); member != null; member = in.nextField()) {
      Integer i = index.get(member);
      if (i == null) {
        throw in.error(
            "unknown field '"
                + In.abbreviate(member)
                + "' in "
                + description
                + "; allowed: "
                + fields.stream().map(Field::name).collect(Collectors.joining(", ")));
      }
      if (v.values[i] != null) {
        // only where the parser cannot detect duplicates, such as tokens buffered by the caller
        throw in.error("duplicate field '" + member + "'");
      }
      if (in.value() != JsonToken.VALUE_NULL) {
        v.values[i] = fields.get(i).read(in, v);
      }
    }
    // at the end of the object: errors are at its path
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).required() && v.values[i] == null) {
        throw in.error("missing required field '" + fields.get(i).name() + "'");
      }
    }
    try {
      return build.build(v);
    } catch (SocialBusinessException | IllegalArgumentException | IllegalStateException e) {
      throw in.error("invalid " + name + ": " + e.getMessage(), e);
    }
  }

  // -----------------------------------------------------------------------
  /** The fields of one object being read, by field; a deferred value is read when first asked for. */
  final class Values {
    private final In in;
    private final @Nullable Object[] values = new Object[fields.size()];

    private Values(In in) {
      this.in = in;
    }

    /** Gets a value the document must have (a required field, checked before the build). */
    <V> V get(Field<T, V> field) throws IOException {
      Optional<V> v = find(field);
      if (v.isEmpty()) {
        throw new IllegalStateException(
            "the field '" + field.name() + "' is not required in " + description);
      }
      return v.get();
    }

    /** Gets a value the object needs here, though the field is optional in general. */
    <V> V require(Field<T, V> field) throws IOException {
      Optional<V> v = find(field);
      if (v.isEmpty()) {
        throw in.error("missing required field '" + field.name() + "'");
      }
      return v.get();
    }

    /** Finds a value; empty when the field is absent or null. */
    @SuppressWarnings(
        "unchecked") // each slot holds what its field read: a value of its type, or a Later of this
    // object
    <V> Optional<V> find(Field<T, V> field) throws IOException {
      int i = indexOf(field);
      Object v = values[i];
      if (v instanceof Later<?>) {
        v = ((Later<T>) v).read(this);
        values[i] = v;
      }
      return Optional.ofNullable((V) v);
    }

    private int indexOf(Field<T, ?> field) {
      Integer i = index.get(field.name());
      if (i == null || fields.get(i) != field) {
        throw new IllegalArgumentException(
            "'" + field.name() + "' is not a field of " + description);
      }
      return i;
    }

    /** Gets a list; empty when the field is absent or null. */
    <E> List<E> list(Field<T, List<E>> field) throws IOException {
      return find(field).orElse(List.of());
    }

    /** Checks if a field is present and not null. */
    boolean has(Field<T, ?> field) {
      return values[indexOf(field)] != null;
    }

    /** An error at a field of this object, which may be absent, such as one that needs another. */
    SocialBusinessJsonException error(Field<T, ?> field, String problem) {
      return in.errorAtMember(field.name(), problem);
    }

    /** An error below this object, at the path {@code suffix} relative to it, such as {@code .answers[2].questionId}. */
    SocialBusinessJsonException errorBelow(String suffix, String problem) {
      return in.errorBelow(suffix, problem);
    }

    /** An error at this object. */
    SocialBusinessJsonException error(String problem) {
      return in.error(problem);
    }

    /** An error at this object, caused by a broken library rule. */
    SocialBusinessJsonException error(String problem, Throwable cause) {
      return in.error(problem, cause);
    }
  }

  /**
   * A field's value read only once its whole object is known, from a copy of its tokens: for a value whose
   * meaning depends on a field that may come after it.
   */
  static final class Later<T> {
    /** Reads the value from its copy, knowing the whole object. */
    @FunctionalInterface
    interface Read<T> {
      Object read(In copy, ObjectType<T>.Values whole) throws IOException;
    }

    private final In copy;
    private final Read<T> read;

    /** Copies the value at hand, to be read by {@code read}. */
    Later(In in, Read<T> read) throws IOException {
      this.copy = in.copy();
      this.read = read;
    }

    Object read(ObjectType<T>.Values whole) throws IOException {
      copy.token();
      return read.read(copy, whole);
    }
  }
}
