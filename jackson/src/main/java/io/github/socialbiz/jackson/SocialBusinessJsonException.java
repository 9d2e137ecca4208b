package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a JSON document is not a valid socialbiz organization, assessment, questionnaire or
 * response: malformed or truncated JSON, a missing or unknown field, a wrong type, an unknown enum name, a duplicate key, a value beyond the
 * reader's limits, or a value that breaks one of the library's rules. The message starts with the JSON path
 * of the offending value, such as {@code $.accounts[3].platform}, and says what is allowed; when a rule of
 * the library is broken, the {@link io.github.socialbiz.SocialBusinessException} is the cause and its message
 * is quoted. Nothing is half-built: the exception is thrown before any object is returned.
 *
 * <p>{@link #getOriginalMessage()} is the path and the problem, such as {@code $.name: duplicate field
 * 'name'}; {@link #getMessage()} adds the file, when the document was read from one, and Jackson's location.
 *
 * <p>A peer file (JSON Lines) names the line first, as in {@code line 3, $.sizeBand: 'HUGE' is not a
 * SizeBand; ...} ({@link #line()}).
 *
 * <p>A CSV file of responses that cannot be read fails with the subclass {@link SocialBusinessCsvException},
 * which names the row and column instead of a JSON path; so a reader of both, such as {@link
 * SocialBusinessJson#readResponses(Path, io.github.socialbiz.questionnaire.Questionnaire)}, fails with
 * this one type.
 *
 * @implSpec This class is intended for use in a single thread.
 */
public class SocialBusinessJsonException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** The JSON path, such as {@code $.accounts[3].platform}. */
  private final String jsonPath;

  /** The line of a peer file (JSON Lines) the problem is on, counted from 1; 0 for a JSON document. */
  private final int line;

  /** The file the document was read from; not kept when the exception is serialized. */
  private transient @Nullable Path file;

  SocialBusinessJsonException(
      @Nullable JsonParser parser, String jsonPath, String problem, @Nullable Throwable cause) {
    super(parser, jsonPath + ": " + problem, cause);
    this.jsonPath = jsonPath;
    this.line = 0;
  }

  /** A problem on a line of a peer file: {@code line 3, $.sizeBand: ...}. */
  SocialBusinessJsonException(
      int line, String jsonPath, String problem, @Nullable Throwable cause) {
    super((JsonParser) null, "line " + line + ", " + jsonPath + ": " + problem, cause);
    this.jsonPath = jsonPath;
    this.line = line;
  }

  /** For a subclass whose message is not a JSON path and a problem, such as a CSV row's. */
  SocialBusinessJsonException(String message, String jsonPath, @Nullable Throwable cause) {
    super((JsonParser) null, message, cause);
    this.jsonPath = jsonPath;
    this.line = 0;
  }

  /**
   * Gets the JSON path of the offending value, such as {@code $.accounts[3].platform} or {@code $} for
   * the whole document; {@code $} for a CSV file, whose {@link SocialBusinessCsvException#row() row} and
   * {@link SocialBusinessCsvException#column() column} say where.
   *
   * @return the path, not null
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * Gets the line of a peer file the problem is on ({@link SocialBusinessJson#readPeers(Path)}), whose
   * {@link #jsonPath()} is then within that line's peer.
   *
   * @return the line, counted from 1; empty for a JSON document or a CSV file
   */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /**
   * Gets the file the document was read from, by one of the readers of {@link SocialBusinessJson} or
   * {@link SocialBusinessCsv} that take a {@link Path}.
   *
   * @return the file as given; empty for a document read from text or by a mapper
   */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  void setFile(Path file) {
    this.file = file;
  }

  /** Names the file after the path and the problem, as in {@code $.name: duplicate field 'name' (in globex.json)}. */
  @Override
  protected @Nullable String getMessageSuffix() {
    return file == null ? null : " (in " + file + ")";
  }
}
