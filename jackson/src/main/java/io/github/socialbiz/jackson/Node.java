package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.socialbiz.SocialBusinessException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value being read, with its path: typed accessors that fail with a {@link
 * SocialBusinessJsonException} naming the path and what is allowed.
 */
final class Node {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final @Nullable JsonParser parser;
  private final String path;
  private final JsonNode json;

  private Node(@Nullable JsonParser parser, String path, JsonNode json) {
    this.parser = parser;
    this.path = path;
    this.json = json;
  }

  //-----------------------------------------------------------------------
  /**
   * Reads the value at the parser's current token into a tree, rejecting duplicate keys, nesting deeper
   * than {@link SocialBusinessModule#MAX_DEPTH}, texts longer than {@link SocialBusinessModule#MAX_TEXT_LENGTH},
   * arrays longer than {@link SocialBusinessModule#MAX_ARRAY_LENGTH} and malformed JSON, each with its path.
   */
  static Node read(JsonParser p) throws IOException {
    return new Node(p, "$", readValue(p, "$", 0));
  }

  private static JsonNode readValue(JsonParser p, String path, int depth) throws IOException {
    JsonToken t;
    try {
      t = p.currentToken();
      if (t == null) {
        t = p.nextToken();
      }
    } catch (JsonProcessingException e) {
      throw malformed(p, path, e);
    }
    if (t == null) {
      throw new SocialBusinessJsonException(p, path, "the document ends where a value was expected", null);
    }
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= SocialBusinessModule.MAX_DEPTH) {
      throw new SocialBusinessJsonException(p, path, "nesting deeper than " + SocialBusinessModule.MAX_DEPTH + " levels", null);
    }
    try {
      switch (t) {
        case START_OBJECT: {
          ObjectNode o = NODES.objectNode();
          for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
            String name = p.currentName();
            String child = child(path, name);
            if (name.length() > SocialBusinessModule.MAX_TEXT_LENGTH) {
              throw new SocialBusinessJsonException(p, path, "a field name is longer than " + SocialBusinessModule.MAX_TEXT_LENGTH + " characters", null);
            }
            if (o.has(name)) {
              throw new SocialBusinessJsonException(p, child, "duplicate field '" + name + "'", null);
            }
            p.nextToken();
            o.set(name, readValue(p, child, depth + 1));
          }
          return o;
        }
        case START_ARRAY: {
          ArrayNode a = NODES.arrayNode();
          int i = 0;
          for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
            if (i == SocialBusinessModule.MAX_ARRAY_LENGTH) {
              throw new SocialBusinessJsonException(p, path, "an array longer than " + SocialBusinessModule.MAX_ARRAY_LENGTH + " elements", null);
            }
            a.add(readValue(p, path + "[" + i + "]", depth + 1));
            i++;
          }
          return a;
        }
        case VALUE_STRING: {
          String s = p.getText();
          if (s.length() > SocialBusinessModule.MAX_TEXT_LENGTH) {
            throw new SocialBusinessJsonException(p, path, "a text of " + s.length() + " characters; at most "
                + SocialBusinessModule.MAX_TEXT_LENGTH + " are allowed", null);
          }
          return NODES.textNode(s);
        }
        case VALUE_NUMBER_INT:
          if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new SocialBusinessJsonException(p, path, "the number " + abbreviate(p.getText()) + " is out of range", null);
          }
          return NODES.numberNode(p.getLongValue());
        case VALUE_NUMBER_FLOAT:
          return NODES.numberNode(p.getDoubleValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new SocialBusinessJsonException(p, path, "unexpected " + t, null);
      }
    } catch (SocialBusinessJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw malformed(p, path, e);
    }
  }

  private static SocialBusinessJsonException malformed(JsonParser p, String path, JsonProcessingException e) {
    return new SocialBusinessJsonException(p, path, "malformed JSON: " + e.getOriginalMessage(), e);
  }

  private static String child(String path, String name) {
    return SIMPLE_NAME.matcher(name).matches() ? path + "." + name : path + "['" + abbreviate(name).replace("'", "\\'") + "']";
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  //-----------------------------------------------------------------------
  String path() {
    return path;
  }

  SocialBusinessJsonException error(String problem) {
    return new SocialBusinessJsonException(parser, path, problem, null);
  }

  /** Checks this is an object with no field outside {@code allowed}. */
  Node object(String what, String... allowed) throws SocialBusinessJsonException {
    if (!json.isObject()) {
      throw error("expected " + what + " (a JSON object), but found " + describe(json));
    }
    Set<String> known = Set.of(allowed);
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new SocialBusinessJsonException(parser, child(path, name), "unknown field '" + abbreviate(name) + "' in " + what
            + "; allowed: " + String.join(", ", allowed), null);
      }
    }
    return this;
  }

  /** Gets a required field, which may not be null. */
  Node get(String name) throws SocialBusinessJsonException {
    JsonNode v = json.get(name);
    if (v == null || v.isNull()) {
      throw error("missing required field '" + name + "'");
    }
    return new Node(parser, child(path, name), v);
  }

  /** Gets an optional field; absent and null are the same. */
  Optional<Node> opt(String name) {
    JsonNode v = json.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(new Node(parser, child(path, name), v));
  }

  /** Gets the elements of an optional array field; absent and null give none. */
  List<Node> list(String name) throws SocialBusinessJsonException {
    Optional<Node> v = opt(name);
    return v.isPresent() ? v.get().elements() : List.of();
  }

  List<Node> elements() throws SocialBusinessJsonException {
    if (!json.isArray()) {
      throw error("expected an array, but found " + describe(json));
    }
    List<Node> out = new ArrayList<>(json.size());
    for (int i = 0; i < json.size(); i++) {
      out.add(new Node(parser, path + "[" + i + "]", json.get(i)));
    }
    return out;
  }

  /** Gets the fields of an object whose keys are data, in document order. */
  List<Map.Entry<String, Node>> entries() throws SocialBusinessJsonException {
    if (!json.isObject()) {
      throw error("expected an object, but found " + describe(json));
    }
    List<Map.Entry<String, Node>> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : json.properties()) {
      out.add(Map.entry(e.getKey(), new Node(parser, child(path, e.getKey()), e.getValue())));
    }
    return out;
  }

  String text() throws SocialBusinessJsonException {
    if (!json.isTextual()) {
      throw error("expected a text, but found " + describe(json));
    }
    return json.textValue();
  }

  int intValue() throws SocialBusinessJsonException {
    if (!json.isIntegralNumber() || !json.canConvertToInt()) {
      throw error("expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", but found " + describe(json));
    }
    return json.intValue();
  }

  long longValue() throws SocialBusinessJsonException {
    if (!json.isIntegralNumber() || !json.canConvertToLong()) {
      throw error("expected a whole number, but found " + describe(json));
    }
    return json.longValue();
  }

  double number() throws SocialBusinessJsonException {
    if (!json.isNumber()) {
      throw error("expected a number, but found " + describe(json));
    }
    return json.doubleValue();
  }

  boolean bool() throws SocialBusinessJsonException {
    if (!json.isBoolean()) {
      throw error("expected true or false, but found " + describe(json));
    }
    return json.booleanValue();
  }

  LocalDate date() throws SocialBusinessJsonException {
    String s = text();
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw error("'" + abbreviate(s) + "' is not an ISO-8601 date such as 2026-06-30");
    }
  }

  /** Reads an enum constant by its exact name. */
  <E extends Enum<E>> E enumValue(Class<E> type) throws SocialBusinessJsonException {
    return named(type, text());
  }

  /** Finds the enum constant of an exact name, such as a key naming a charter section; the error is at this node. */
  <E extends Enum<E>> E named(Class<E> type, String s) throws SocialBusinessJsonException {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    throw error("'" + abbreviate(s) + "' is not a " + type.getSimpleName() + "; allowed: "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  /** Builds a value, turning a broken library rule into an error at this path that quotes it. */
  <T> T build(String what, Supplier<T> builder) throws SocialBusinessJsonException {
    try {
      return builder.get();
    } catch (SocialBusinessException | IllegalArgumentException | IllegalStateException e) {
      throw new SocialBusinessJsonException(parser, path, "invalid " + what + ": " + e.getMessage(), e);
    }
  }

  private static String describe(JsonNode v) {
    if (v.isNull()) {
      return "null";
    }
    if (v.isTextual()) {
      return "the text '" + abbreviate(v.textValue()) + "'";
    }
    if (v.isNumber() || v.isBoolean()) {
      return abbreviate(v.asText());
    }
    return v.isArray() ? "an array" : "an object";
  }
}
