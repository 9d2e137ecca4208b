package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.profile.Organization;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One-line JSON for scripts and JShell: organizations and assessments to and from text and files, with a
 * shared, pretty-printing {@code ObjectMapper} that has the {@link SocialBusinessModule} registered.
 *
 * <pre>{@code
 * String json = SocialBusinessJson.write(SampleOrganizations.multinational());
 * Organization back = SocialBusinessJson.readOrganization(json);
 * SocialBusinessJson.write(back, Path.of("globex.json"));
 * Organization again = SocialBusinessJson.readOrganization(Path.of("globex.json"));
 * }</pre>
 *
 * <p>Every reading failure, including an empty document, the document {@code null}, trailing content
 * after the value and a document beyond {@link SocialBusinessModule#streamReadConstraints() the limits}, is
 * a {@link SocialBusinessJsonException} naming the JSON path (and, read from a file, the file); a file that
 * cannot be opened is an {@link IOException}. (A plain {@code ObjectMapper} with the module follows
 * Jackson's conventions for the first three cases and has Jackson's limits unless configured.)
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SocialBusinessJson {

  private static final ObjectMapper MAPPER = newMapper();

  private SocialBusinessJson() {}

  /**
   * Creates a new mapper with the module registered, pretty printing on, trailing tokens after the
   * document rejected, and jackson-core's duplicate detection and the module's {@link
   * SocialBusinessModule#streamReadConstraints() stream limits} on its factory, for callers who configure
   * further. The limits and duplicate detection apply to everything the mapper reads.
   *
   * @return a new mapper, not null
   */
  public static ObjectMapper newMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(SocialBusinessModule.streamReadConstraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new SocialBusinessModule())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * Writes an organization as pretty-printed JSON.
   *
   * @param organization  the organization
   * @return the JSON text, not null
   */
  public static String write(Organization organization) {
    return text(organization);
  }

  /**
   * Writes an assessment as pretty-printed JSON.
   *
   * @param assessment  the assessment
   * @return the JSON text, not null
   */
  public static String write(Assessment assessment) {
    return text(assessment);
  }

  /**
   * Writes an organization to a UTF-8 file, replacing it.
   *
   * @param organization  the organization
   * @param file  the file
   * @throws IOException if the file cannot be written
   */
  public static void write(Organization organization, Path file) throws IOException {
    Files.writeString(file, text(organization), StandardCharsets.UTF_8);
  }

  /**
   * Writes an assessment to a UTF-8 file, replacing it.
   *
   * @param assessment  the assessment
   * @param file  the file
   * @throws IOException if the file cannot be written
   */
  public static void write(Assessment assessment, Path file) throws IOException {
    Files.writeString(file, text(assessment), StandardCharsets.UTF_8);
  }

  /**
   * Reads an organization from JSON text.
   *
   * @param json  the JSON text
   * @return the organization, not null
   * @throws SocialBusinessJsonException if the text is not a valid organization
   */
  public static Organization readOrganization(String json) throws SocialBusinessJsonException {
    return read(new StringReader(json), Organization.class);
  }

  /**
   * Reads an organization from a UTF-8 JSON file.
   *
   * @param file  the file
   * @return the organization, not null
   * @throws SocialBusinessJsonException if the file is not a valid organization; its {@link
   *     SocialBusinessJsonException#file() file} is set and its message names it
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if the file cannot be opened
   */
  public static Organization readOrganization(Path file) throws IOException {
    return read(file, Organization.class);
  }

  /**
   * Reads an assessment from JSON text.
   *
   * @param json  the JSON text
   * @return the assessment, not null
   * @throws SocialBusinessJsonException if the text is not a valid assessment
   */
  public static Assessment readAssessment(String json) throws SocialBusinessJsonException {
    return read(new StringReader(json), Assessment.class);
  }

  /**
   * Reads an assessment from a UTF-8 JSON file, such as one {@link #write(Assessment, Path)} wrote.
   *
   * @param file  the file
   * @return the assessment, not null
   * @throws SocialBusinessJsonException if the file is not a valid assessment; its {@link
   *     SocialBusinessJsonException#file() file} is set and its message names it
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if the file cannot be opened
   */
  public static Assessment readAssessment(Path file) throws IOException {
    return read(file, Assessment.class);
  }

  private static String text(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // writing to a String performs no I/O; the module's serializers do not fail on valid values
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(Path file, Class<T> type) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, type);
    } catch (SocialBusinessJsonException e) {
      e.setFile(file);
      throw e;
    }
  }

  private static <T> T read(Reader json, Class<T> type) throws SocialBusinessJsonException {
    T value;
    try {
      value = MAPPER.readValue(json, type);
    } catch (SocialBusinessJsonException e) {
      throw e;
    } catch (MismatchedInputException e) {
      throw new SocialBusinessJsonException(
          null, "$", "not a single JSON value: " + e.getOriginalMessage(), e);
    } catch (JsonParseException | StreamConstraintsException e) {
      // before the first token of the document or after its value, where the module's reader is not
      // called
      JsonParser p = e instanceof JsonParseException pe ? pe.getProcessor() : null;
      String problem =
          e instanceof StreamConstraintsException
              ? In.limit(
                  String.valueOf(e.getOriginalMessage()),
                  SocialBusinessModule.streamReadConstraints(),
                  In.Part.VALUE)
              : "malformed JSON: " + e.getOriginalMessage();
      throw new SocialBusinessJsonException(p, "$", problem, e);
    } catch (IOException e) {
      throw new SocialBusinessJsonException(null, "$", "unreadable JSON: " + e.getMessage(), e);
    }
    if (value == null) {
      throw new SocialBusinessJsonException(
          null, "$", "expected an object, but the document is null", null);
    }
    return value;
  }
}
