package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.profile.Organization;
import java.io.IOException;

/**
 * A Jackson module that reads and writes {@link Organization} and {@link Assessment} with the stable JSON
 * shape documented in {@code docs/json.md}: field names as in the Java accessors, enums by their constant
 * names, dates as ISO-8601 text ({@code 2026-06-30}), absent optional values left out.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new SocialBusinessModule());
 * String json = mapper.writeValueAsString(SampleOrganizations.multinational());
 * Organization back = mapper.readValue(json, Organization.class);   // equal to the original
 * }</pre>
 *
 * <p>Reading is strict and all-or-nothing: an unknown field, a duplicate key, a wrong type, an unknown
 * enum name, a missing required field or a value that breaks one of the library's rules fails with a
 * {@link SocialBusinessJsonException} whose message starts with the JSON path. The reader also bounds
 * hostile input: nesting deeper than {@value #MAX_DEPTH} levels, a text longer than {@value
 * #MAX_TEXT_LENGTH} characters and an array longer than {@value #MAX_ARRAY_LENGTH} elements are rejected
 * (Jackson's own stream limits apply too). The module reflects on nothing and never reads type
 * information from the document.
 *
 * @implSpec This class is immutable and thread-safe once registered; one {@code ObjectMapper} with it
 *     may be shared by many threads.
 */
public final class SocialBusinessModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The deepest nesting of objects and arrays the reader accepts; valid documents need fewer than 10. */
  public static final int MAX_DEPTH = 32;

  /** The longest text, and field name, the reader accepts, in characters. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** The most elements an array may have, enough for an inventory of a million accounts. */
  public static final int MAX_ARRAY_LENGTH = 1_000_000;

  /** Creates the module. */
  public SocialBusinessModule() {
    super("socialbiz", Version.unknownVersion());
    addSerializer(Organization.class, new Writer<>(Organization.class, OrganizationJson::write));
    addDeserializer(Organization.class, new Reader<>(OrganizationJson::read));
    addSerializer(Assessment.class, new Writer<>(Assessment.class, AssessmentJson::write));
    addDeserializer(Assessment.class, new Reader<>(AssessmentJson::read));
  }

  /** Writes one value to a generator. */
  @FunctionalInterface
  private interface Write<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  /** Builds one value from a node that knows its JSON path. */
  @FunctionalInterface
  private interface Read<T> {
    T read(Node node) throws IOException;
  }

  private static final class Writer<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final Write<T> write;

    Writer(Class<T> type, Write<T> write) {
      this.type = type;
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      write.write(value, g);
    }

    @Override
    public Class<T> handledType() {
      return type;
    }
  }

  private static final class Reader<T> extends JsonDeserializer<T> {
    private final Read<T> read;

    Reader(Read<T> read) {
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read.read(Node.read(p));
    }
  }
}
