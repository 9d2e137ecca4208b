package io.github.socialbiz.responses;

import static java.util.Objects.requireNonNull;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Meaning;
import io.github.socialbiz.questionnaire.Question;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one reading rule of every response format: what an answer, a basis, a date and a file's text look
 * like, so that a CSV file, a JSON document and a workbook accept the same spellings and refuse the same
 * mistakes with the same words. The readers of the JSON and Excel modules call these methods and put
 * their messages at the place the value came from (a row and column, a JSON path, a sheet and cell).
 *
 * <ul>
 *   <li>An <b>answer</b> is one of the question's options, named by its text ({@code About half}) or its
 *       id ({@code half}), in any case, with any spaces, hyphens, underscores and apostrophes (typed or
 *       typographic): {@code Don't know}, {@code DON’T KNOW}, {@code dont-know} and {@code DONT_KNOW}
 *       are the same answer.
 *   <li>A <b>basis</b> is named by its display name or constant name alike: {@code Artifact checked},
 *       {@code artifact-checked}, {@code ARTIFACT_CHECKED}.
 *   <li>A <b>date</b> is ISO-8601, year first ({@code 2026-06-30}); a spreadsheet's export of a date
 *       cell as midnight ({@code 2026-06-30 00:00:00} or {@code 2026-06-30T00:00}) is that date. Any
 *       other form, such as {@code 30/06/2026}, is refused: day and month orders differ by country.
 *   <li>A <b>text</b> file is UTF-8, with or without a byte-order mark, or UTF-16 or UTF-32 with a
 *       byte-order mark (UTF-16 also without one, recognised by its zero bytes). Anything else, such as
 *       a file saved as Latin-1 or Windows-1252, is refused with the line of the first bad byte and the
 *       advice to save it as UTF-8: guessing an encoding would read names wrong without a word.
 * </ul>
 *
 * <p>Surrounding white space, non-breaking spaces included, is not part of a value.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Reading {

  /**
   * The largest text file the readers take, in bytes: 64 MiB, some thousand times a large engagement's
   * answers. A larger file is refused before it is read into memory.
   */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private static final Pattern DATE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ]00:00(?::00(?:\\.0+)?)?)?");

  private Reading() {}

  /**
   * Finds the option of a question that a text names, by the option's text or id under this class's
   * rule.
   *
   * @param question  the question answered
   * @param text  the answer as written, such as {@code About half}, {@code half} or {@code Don’t know}
   * @return the option, not null
   * @throws SocialBusinessException if the text names none of the question's options, with the options
   *     allowed, such as {@code 'sometimes' is not an answer to q.listening; allowed: none, some, half,
   *     most, dont-know, not-applicable, or an option's text or grade in words, such as 'None'}
   */
  public static AnswerOption option(Question question, String text) {
    requireNonNull(question, "question");
    requireNonNull(text, "text");
    String k = key(text);
    if (!k.isEmpty()) {
      // texts first, then ids: a text that reads like another option's id names its own option
      for (AnswerOption o : question.options()) {
        if (key(o.text()).equals(k)) {
          return o;
        }
      }
      for (AnswerOption o : question.options()) {
        if (key(o.id()).equals(k)) {
          return o;
        }
      }
      // the grade or meaning in words, when one option of the question has it
      List<AnswerOption> byMeaning =
          question.options().stream()
              .filter(o -> words(o.meaning()).stream().anyMatch(w -> key(w).equals(k)))
              .toList();
      if (byMeaning.size() == 1) {
        return byMeaning.get(0);
      }
    }
    throw new SocialBusinessException(
        "'"
            + shown(text)
            + "' is not an answer to "
            + question.id()
            + "; allowed: "
            + question.options().stream().map(AnswerOption::id).collect(Collectors.joining(", "))
            + question.options().stream()
                .findFirst()
                .map(
                    o ->
                        ", or an option's text or grade in words, such as '"
                            + o.meaning().displayName()
                            + "'")
                .orElse(""));
  }

  /**
   * The words that name a meaning besides its options' texts and ids: its display name, and the
   * spellings a spreadsheet user types for it.
   */
  private static List<String> words(Meaning meaning) {
    return switch (meaning) {
      case SOME -> List.of(meaning.displayName(), "a few");
      case MOST -> List.of(meaning.displayName(), "most", "all");
      case HOLDS -> List.of(meaning.displayName(), "yes", "true");
      case DOES_NOT_HOLD -> List.of(meaning.displayName(), "no", "false");
      case NOT_ASSESSED -> List.of(meaning.displayName(), "don't know", "unknown");
      case OUT_OF_SCOPE ->
          List.of(meaning.displayName(), "n/a", "not applicable", "does not apply");
      case NONE, HALF -> List.of(meaning.displayName());
    };
  }

  /**
   * Reads a basis by its display name or constant name under this class's rule.
   *
   * @param text  the basis as written, such as {@code Interview} or {@code ARTIFACT_CHECKED}
   * @return the basis, not null
   * @throws SocialBusinessException if the text names no basis (an empty text included), with the bases
   *     allowed
   */
  public static Basis basis(String text) {
    requireNonNull(text, "text");
    String k = key(text);
    for (Basis b : Basis.values()) {
      if (!k.isEmpty() && (key(b.displayName()).equals(k) || key(b.name()).equals(k))) {
        return b;
      }
    }
    throw new SocialBusinessException(
        "'"
            + shown(text)
            + "' is not a basis; allowed: "
            + Arrays.stream(Basis.values()).map(Enum::name).collect(Collectors.joining(", "))
            + ", or their names "
            + Arrays.stream(Basis.values())
                .map(Basis::displayName)
                .collect(Collectors.joining(", ")));
  }

  /**
   * Reads a date: ISO-8601, year first, or a spreadsheet's midnight of that date.
   *
   * @param text  the date as written, such as {@code 2026-06-30}
   * @return the date, not null
   * @throws SocialBusinessException if the text is not such a date, such as {@code '30/06/2026' is not
   *     an ISO-8601 date such as 2026-06-30}
   */
  public static LocalDate date(String text) {
    requireNonNull(text, "text");
    Matcher m = DATE.matcher(strip(text));
    if (m.matches()) {
      try {
        return LocalDate.parse(m.group(1));
      } catch (DateTimeParseException e) {
        // such as 2026-02-30: the form is right, the day is not
        throw new SocialBusinessException(
            "'" + shown(text) + "' is not an ISO-8601 date such as 2026-06-30", e);
      }
    }
    throw new SocialBusinessException(
        "'" + shown(text) + "' is not an ISO-8601 date such as 2026-06-30");
  }

  /**
   * Strips a value's surrounding white space, non-breaking spaces included.
   *
   * @param text  the value as written
   * @return the value without surrounding white space, empty when blank; not null
   */
  public static String strip(String text) {
    return requireNonNull(text, "text").replace('\u00a0', ' ').replace('\u202f', ' ').strip();
  }

  /**
   * Drops a leading byte-order mark from a document's text, as an editor may leave it.
   *
   * @param text  the text
   * @return the text without its byte-order mark, not null
   */
  public static String withoutByteOrderMark(String text) {
    requireNonNull(text, "text");
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Decodes a text file's bytes under this class's rule, without the byte-order mark.
   *
   * @param bytes  the file's bytes
   * @return the text, not null
   * @throws EncodingException if the bytes are not text in an accepted encoding, naming the line of the
   *     first bad byte and saying to save the file as UTF-8
   */
  public static String text(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    int n = bytes.length;
    if (starts(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return decode(bytes, 4, Charset.forName("UTF-32BE"));
    }
    if (starts(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return decode(bytes, 4, Charset.forName("UTF-32LE"));
    }
    if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
      return decode(bytes, 3, StandardCharsets.UTF_8);
    }
    if (starts(bytes, 0xFE, 0xFF)) {
      return decode(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (starts(bytes, 0xFF, 0xFE)) {
      return decode(bytes, 2, StandardCharsets.UTF_16LE);
    }
    // UTF-16 without a mark: text in the Latin alphabet has a zero byte beside each letter
    if (n >= 2 && n % 2 == 0 && bytes[0] != 0 && bytes[1] == 0) {
      return decode(bytes, 0, StandardCharsets.UTF_16LE);
    }
    if (n >= 2 && n % 2 == 0 && bytes[0] == 0 && bytes[1] != 0) {
      return decode(bytes, 0, StandardCharsets.UTF_16BE);
    }
    return decode(bytes, 0, StandardCharsets.UTF_8);
  }

  /**
   * Reads a text file under this class's rule.
   *
   * @param file  the file
   * @return its text, without the byte-order mark, not null
   * @throws SocialBusinessException if the file is larger than {@link #MAX_FILE_BYTES} or not text in an
   *     accepted encoding (the message does not name the file: the caller puts it first)
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if the file cannot be read
   */
  public static String text(Path file) throws IOException {
    requireNonNull(file, "file");
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new SocialBusinessException(
          "a file of "
              + size
              + " bytes; at most "
              + MAX_FILE_BYTES
              + " bytes (64 MiB) are read, which is far more than any answers or organization need");
    }
    return text(Files.readAllBytes(file));
  }

  /**
   * Thrown when a file's bytes are not text in an accepted encoding; its message says which line and byte
   * and to save the file as UTF-8.
   *
   * @implSpec This class is intended for use in a single thread.
   */
  public static final class EncodingException extends SocialBusinessException {
    private static final long serialVersionUID = 1L;

    private final int line;

    EncodingException(int line, String message) {
      super(message);
      this.line = line;
    }

    /**
     * Gets the line of the first byte that is not text, counted from 1.
     *
     * @return the line, at least 1
     */
    public int line() {
      return line;
    }
  }

  // -----------------------------------------------------------------------

  /** A spelling reduced to its letters and digits, lower case: how two spellings are compared. */
  static String key(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** A value as messages quote it: stripped, and cut after 40 characters. */
  private static String shown(String text) {
    String s = strip(text);
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  private static boolean starts(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String decode(byte[] bytes, int from, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * 1.0 + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = from; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      String bad = String.format(Locale.ROOT, "0x%02X", bytes[Math.min(at, bytes.length - 1)]);
      throw new EncodingException(
          line,
          charset.equals(StandardCharsets.UTF_8)
              ? "not UTF-8 text: line "
                  + line
                  + " has the byte "
                  + bad
                  + ", which UTF-8 does not allow there (the file looks saved as Latin-1 or"
                  + " Windows-1252); save it as UTF-8, such as \"CSV UTF-8\" in Excel or the"
                  + " encoding UTF-8 in your editor's Save As"
              : "not "
                  + charset.name()
                  + " text, though its byte-order mark says so: line "
                  + line
                  + " has the byte "
                  + bad
                  + "; save it as UTF-8");
    }
    out.flip();
    return out.toString();
  }
}
