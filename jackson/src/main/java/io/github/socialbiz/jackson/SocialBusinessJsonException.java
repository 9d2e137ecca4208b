package io.github.socialbiz.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a JSON document is not a valid socialbiz organization or assessment: malformed or truncated
 * JSON, a missing or unknown field, a wrong type, an unknown enum name, a duplicate key, a value beyond the
 * module's limits, or a value that breaks one of the library's rules. The message starts with the JSON path
 * of the offending value, such as {@code $.accounts[3].platform}, and says what is allowed; when a rule of
 * the library is broken, the {@link io.github.socialbiz.SocialBusinessException} is the cause and its message
 * is quoted. Nothing is half-built: the exception is thrown before any object is returned.
 *
 * @implSpec This class is intended for use in a single thread.
 */
public final class SocialBusinessJsonException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** The JSON path, such as {@code $.accounts[3].platform}. */
  private final String jsonPath;

  SocialBusinessJsonException(@Nullable JsonParser parser, String jsonPath, String problem, @Nullable Throwable cause) {
    super(parser, jsonPath + ": " + problem, cause);
    this.jsonPath = jsonPath;
  }

  /**
   * Gets the JSON path of the offending value, such as {@code $.accounts[3].platform} or {@code $} for
   * the whole document.
   *
   * @return the path, not null
   */
  public String jsonPath() {
    return jsonPath;
  }
}
