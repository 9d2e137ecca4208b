package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.socialbiz.SocialBusinessException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The reading position in a JSON document: the token at hand, typed reads that fail with a {@link
 * SocialBusinessJsonException} naming the JSON path and what is allowed, and the translation of
 * jackson-core's own failures (malformed JSON, a duplicate key, a stream limit) into that exception.
 *
 * <p>Nothing is tracked here: the path is the parser's own context, formatted as {@code $.evidence[0].adoption};
 * duplicate keys and limits are the parser's settings (see {@link SocialBusinessModule#streamReadConstraints()}).
 */
final class In {

  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final JsonParser parser;

  /** The path of the parser's root: {@code $}, or the path a buffered value was copied from. */
  private final String root;

  /** The limits of the document a buffered value was copied from; null when reading the document itself. */
  private final @Nullable StreamReadConstraints copiedFrom;

  In(JsonParser parser) {
    this(parser, "$", null);
  }

  private In(JsonParser parser, String root, @Nullable StreamReadConstraints copiedFrom) {
    this.parser = parser;
    this.root = root;
    this.copiedFrom = copiedFrom;
  }

  // -----------------------------------------------------------------------
  /** Gets the token at hand, the first one of the value to read. */
  JsonToken token() throws SocialBusinessJsonException {
    JsonToken t = parser.currentToken();
    if (t == null) {
      throw fail(path(), "the document ends where a value was expected", null);
    }
    return t;
  }

  /** Moves to the next field of the object at hand: its name, or null at the end of the object. */
  @Nullable String nextField() throws IOException {
    return step(true) == JsonToken.END_OBJECT ? null : parser.currentName();
  }

  /** Moves from a field's name to its value. */
  JsonToken value() throws IOException {
    return step(false);
  }

  /** Moves to the next element of the array at hand; false at the end of the array. */
  boolean nextElement() throws IOException {
    return step(true) != JsonToken.END_ARRAY;
  }

  /**
   * Moves one token on. A failure between the members of an object or array (such as the end of the
   * input) is reported at that object or array; one once the parser has taken the next member's name or
   * index (jackson-core reads a scalar with its field name) is reported at that member.
   */
  private JsonToken step(boolean between) throws IOException {
    JsonStreamContext context = parser.getParsingContext();
    String name = context.getCurrentName();
    int entries = context.getEntryCount();
    JsonToken t;
    try {
      t = parser.nextToken();
    } catch (JsonProcessingException e) {
      JsonStreamContext now = parser.getParsingContext();
      boolean moved =
          now == context
              && (now.inObject()
                  ? !Objects.equals(name, now.getCurrentName())
                  : entries != now.getEntryCount());
      // only numbers are read with the token (jackson-core reads texts when asked for them)
      throw translate(
          e,
          between && !moved,
          between && !moved && now.inObject() ? Part.FIELD_NAME : Part.NUMBER);
    }
    if (t == null) {
      throw fail(
          between ? containerPath() : path(), "the document ends where a value was expected", null);
    }
    return t;
  }

  /** The part of a document jackson-core was reading when it failed, to name it. */
  enum Part {
    FIELD_NAME("a field name"),
    TEXT("a text"),
    NUMBER("a number"),
    VALUE("a value");

    private final String description;

    Part(String description) {
      this.description = description;
    }
  }

  /** Skips the value at hand, however deep, within the parser's limits. */
  void skip() throws IOException {
    try {
      parser.skipChildren();
    } catch (JsonProcessingException e) {
      throw translate(e, false, Part.VALUE);
    }
  }

  /**
   * Copies the value at hand, so that it can be read once the rest of its object is known; the copy
   * reports the paths and limits of this document.
   */
  In copy() throws IOException {
    String at = path();
    TokenBuffer buffer = new TokenBuffer((ObjectCodec) null, false);
    try {
      buffer.copyCurrentStructure(parser);
    } catch (JsonProcessingException e) {
      throw translate(e, false, Part.VALUE);
    }
    JsonParser copy = buffer.asParserOnFirstToken();
    return new In(copy, at, limits());
  }

  // -----------------------------------------------------------------------
  String text() throws IOException {
    if (token() != JsonToken.VALUE_STRING) {
      throw error("expected a text, but found " + found());
    }
    return string();
  }

  private String string() throws IOException {
    try {
      String s = parser.getText();
      if (copiedFrom != null) {
        // a copy keeps texts as given; hold them to the document's limit as its parser would
        copiedFrom.validateStringLength(s.length());
      }
      return s;
    } catch (JsonProcessingException e) {
      throw translate(e, false, Part.TEXT);
    }
  }

  int intValue() throws IOException {
    return (int) whole(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  long longValue() throws IOException {
    return whole(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  private long whole(long min, long max) throws IOException {
    if (token() != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
        || parser.getLongValue() < min
        || parser.getLongValue() > max) {
      throw error("expected a whole number from " + min + " to " + max + ", but found " + found());
    }
    return parser.getLongValue();
  }

  double number() throws IOException {
    JsonToken t = token();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error("expected a number, but found " + found());
    }
    return parser.getDoubleValue();
  }

  boolean bool() throws IOException {
    JsonToken t = token();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw error("expected true or false, but found " + found());
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /** Checks that the value at hand starts with {@code start}, such as an array, described as {@code what}. */
  void expect(JsonToken start, String what) throws IOException {
    if (token() != start) {
      throw error("expected " + what + ", but found " + found());
    }
  }

  /** Converts a value read by a library factory; its refusal is reported at the value, after {@code prefix}. */
  <B, V> V convert(B value, Function<B, V> factory, String prefix)
      throws SocialBusinessJsonException {
    try {
      return factory.apply(value);
    } catch (SocialBusinessException | IllegalArgumentException | IllegalStateException e) {
      throw error(prefix + e.getMessage(), e);
    }
  }

  /** Describes the value at hand for a message, such as {@code the text 'many'} or {@code an array}. */
  String found() throws IOException {
    JsonToken t = token();
    return switch (t) {
      case VALUE_STRING -> "the text '" + abbreviate(string()) + "'";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> abbreviate(parser.getText());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      default -> String.valueOf(t);
    };
  }

  // -----------------------------------------------------------------------
  /** Gets the path of the value at hand, such as {@code $.evidence[0].adoption}; at the end of an object, the object's. */
  String path() {
    return path(true);
  }

  /** Gets the path of the object or array being read, without the member at hand. */
  private String containerPath() {
    return path(false);
  }

  private String path(boolean withMember) {
    JsonStreamContext context = parser.getParsingContext();
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c != context || withMember) {
        segments.push(segment(c));
      }
    }
    return root + String.join("", segments);
  }

  private static String segment(JsonStreamContext c) {
    if (c.inArray()) {
      return c.hasCurrentIndex() ? "[" + c.getCurrentIndex() + "]" : "";
    }
    String name = c.getCurrentName();
    return name == null ? "" : member(name);
  }

  /** The path segment of an object member: {@code .name}, or {@code ['odd name']}. */
  static String member(String name) {
    return SIMPLE_NAME.matcher(name).matches()
        ? "." + name
        : "['" + abbreviate(name).replace("'", "\\'") + "']";
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  // -----------------------------------------------------------------------
  /** An error at the value at hand. */
  SocialBusinessJsonException error(String problem) {
    return fail(path(), problem, null);
  }

  /** An error at the value at hand, caused by a broken library rule. */
  SocialBusinessJsonException error(String problem, Throwable cause) {
    return fail(path(), problem, cause);
  }

  /** An error below the value at hand, at the path {@code suffix} relative to it, such as {@code .answers[2].questionId}. */
  SocialBusinessJsonException errorBelow(String suffix, String problem) {
    return fail(path() + suffix, problem, null);
  }

  /** An error at a member of the object whose end is at hand. */
  SocialBusinessJsonException errorAtMember(String name, String problem) {
    return fail(path() + member(name), problem, null);
  }

  private SocialBusinessJsonException fail(String path, String problem, @Nullable Throwable cause) {
    return new SocialBusinessJsonException(parser, path, problem, cause);
  }

  private StreamReadConstraints limits() {
    return copiedFrom != null ? copiedFrom : parser.streamReadConstraints();
  }

  /**
   * Translates jackson-core's failure in reading a part of the document, at the object or array being read
   * ({@code between}) or at the value at hand.
   */
  private SocialBusinessJsonException translate(
      JsonProcessingException e, boolean between, Part part) {
    if (e instanceof SocialBusinessJsonException s) {
      return s;
    }
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof JsonParseException && message.startsWith("Duplicate field '")) {
      // the parser has taken the name before finding it a second time, so the path ends with it
      String name = parser.getParsingContext().getCurrentName();
      return fail(path(), "duplicate field '" + abbreviate(String.valueOf(name)) + "'", e);
    }
    String at = between ? containerPath() : path();
    if (e instanceof StreamConstraintsException) {
      return fail(at, limit(message, limits(), part), e);
    }
    return fail(at, "malformed JSON: " + message, e);
  }

  /** Says which of jackson-core's stream limits a document broke in reading a part of it, and the limit. */
  static String limit(String message, StreamReadConstraints limits, Part part) {
    if (message.startsWith("Name length")) {
      return tooLong(Part.FIELD_NAME, limits.getMaxNameLength());
    }
    if (message.startsWith("Number value length")) {
      return tooLong(Part.NUMBER, limits.getMaxNumberLength());
    }
    if (message.startsWith("String value length")) {
      // jackson-core holds every token's text to this limit as it reads it: a number's too, which
      // is then
      // over its own, lower limit
      int most =
          part == Part.NUMBER
              ? Math.min(limits.getMaxNumberLength(), limits.getMaxStringLength())
              : limits.getMaxStringLength();
      return tooLong(part, most);
    }
    if (message.startsWith("Document nesting depth")) {
      return "nesting deeper than " + limits.getMaxNestingDepth() + " levels";
    }
    if (message.startsWith("Document length")) {
      return "a document of more than "
          + limits.getMaxDocumentLength()
          + " characters or bytes; at most "
          + limits.getMaxDocumentLength()
          + " are allowed";
    }
    if (message.startsWith("Token count")) {
      return "a document of more than "
          + limits.getMaxTokenCount()
          + " tokens; at most "
          + limits.getMaxTokenCount()
          + " are allowed";
    }
    return "beyond the reader's limits: " + message;
  }

  private static String tooLong(Part part, int most) {
    return part.description
        + " of more than "
        + most
        + " characters; at most "
        + most
        + " are allowed";
  }
}
