package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Response;
import java.io.IOException;

/**
 * A Jackson module that reads and writes {@link Organization}, {@link Assessment}, {@link Questionnaire},
 * {@link Response} and {@link Peer} with the stable JSON shape documented in {@code docs/json.md}: field names as in the Java accessors, enums by their constant
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
 * {@link SocialBusinessJsonException} whose message starts with the JSON path. The module turns on
 * jackson-core's duplicate detection for the values it reads. The size of what is read is bounded by the
 * mapper's jackson-core stream limits: {@link SocialBusinessJson#newMapper()} sets {@link
 * #streamReadConstraints()} (nesting deeper than {@value #MAX_DEPTH} levels, a text or field name longer
 * than {@value #MAX_TEXT_LENGTH} characters, a number longer than {@value #MAX_NUMBER_LENGTH} characters
 * and a document longer than {@value #MAX_DOCUMENT_LENGTH} characters are rejected); a mapper built
 * otherwise keeps its own (Jackson's defaults unless configured), and a broken limit is reported the same
 * way, with the path. The module reflects on nothing and never reads type information from the document.
 * A {@link Response} read through a mapper is checked against its own rules only; {@link
 * SocialBusinessJson#readResponses(String, Questionnaire)} also checks it against a questionnaire.
 *
 * @implSpec This class is immutable and thread-safe once registered; one {@code ObjectMapper} with it
 *     may be shared by many threads.
 */
public final class SocialBusinessModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The deepest nesting of objects and arrays {@link #streamReadConstraints()} allows; valid documents need fewer than 10. */
  public static final int MAX_DEPTH = 32;

  /** The longest text, and field name, {@link #streamReadConstraints()} allows, in characters. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** The longest number {@link #streamReadConstraints()} allows, in characters (Jackson's default). */
  public static final int MAX_NUMBER_LENGTH = 1_000;

  /**
   * The longest document {@link #streamReadConstraints()} allows, in characters (in bytes when read from
   * bytes): a hundred million, enough for an organization with about half a million accounts.
   */
  public static final long MAX_DOCUMENT_LENGTH = 100_000_000L;

  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_TEXT_LENGTH)
          .maxNameLength(MAX_TEXT_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .build();

  /** Creates the module. */
  public SocialBusinessModule() {
    super("socialbiz", Version.unknownVersion());
    addSerializer(
        Organization.class, new Writer<>(Organization.class, OrganizationJson.ORGANIZATION));
    addDeserializer(Organization.class, new Reader<>(OrganizationJson.ORGANIZATION));
    addSerializer(Assessment.class, new Writer<>(Assessment.class, AssessmentJson.ASSESSMENT));
    addDeserializer(Assessment.class, new Reader<>(AssessmentJson.ASSESSMENT));
    addSerializer(
        Questionnaire.class, new Writer<>(Questionnaire.class, QuestionnaireJson.QUESTIONNAIRE));
    addDeserializer(Questionnaire.class, new Reader<>(QuestionnaireJson.QUESTIONNAIRE));
    addSerializer(Response.class, new Writer<>(Response.class, ResponseJson.RESPONSE));
    addDeserializer(Response.class, new Reader<>(ResponseJson.RESPONSE));
    addDeserializer(ResponseJson.Many.class, new Reader<>(ResponseJson.MANY));
    addSerializer(Peer.class, new Writer<>(Peer.class, PeerJson.PEER));
    addDeserializer(Peer.class, new Reader<>(PeerJson.PEER));
  }

  /**
   * Gets the jackson-core stream limits of socialbiz documents, which {@link SocialBusinessJson#newMapper()}
   * sets: nesting up to {@value #MAX_DEPTH} levels, texts and field names up to {@value #MAX_TEXT_LENGTH}
   * characters, numbers up to {@value #MAX_NUMBER_LENGTH} characters and documents up to {@value
   * #MAX_DOCUMENT_LENGTH} characters. Give them to a mapper of your own with {@code
   * JsonFactory.builder().streamReadConstraints(SocialBusinessModule.streamReadConstraints())}.
   *
   * @return the limits, not null
   */
  public static StreamReadConstraints streamReadConstraints() {
    return LIMITS;
  }

  private static final class Writer<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final JsonType<T> shape;

    Writer(Class<T> type, JsonType<T> shape) {
      this.type = type;
      this.shape = shape;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      shape.write(value, g);
    }

    @Override
    public Class<T> handledType() {
      return type;
    }
  }

  private static final class Reader<T> extends JsonDeserializer<T> {
    private final JsonType<T> shape;

    Reader(JsonType<T> shape) {
      this.shape = shape;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      boolean detecting = p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
      JsonParser.Feature duplicates = StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature();
      if (!detecting) {
        // from the object at hand down; the caller's parser is as it was once the value is read
        p.enable(duplicates);
      }
      try {
        return shape.read(new In(p));
      } finally {
        if (!detecting) {
          p.disable(duplicates);
        }
      }
    }
  }
}
