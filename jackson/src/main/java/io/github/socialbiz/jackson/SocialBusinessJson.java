package io.github.socialbiz.jackson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Reading;
import io.github.socialbiz.responses.Response;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One-line JSON for scripts and JShell: organizations, assessments, questionnaires and responses to and
 * from text and files, with a shared, pretty-printing {@code ObjectMapper} that has the {@link
 * SocialBusinessModule} registered; and {@link #readResponses(Path, Questionnaire)}, which reads a folder
 * of responses in JSON and CSV ({@link SocialBusinessCsv}).
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

  /** Writes one value on one line. */
  private static final ObjectWriter LINES =
      MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private SocialBusinessJson() {}

  /**
   * Creates a new mapper with the module registered, pretty printing on, trailing tokens after the
   * document rejected, comments ({@code //} and {@code /* *}{@code /}) allowed, and jackson-core's
   * duplicate detection and the module's {@link
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
            // comments carry no data: a template can explain its fields (socialbiz init writes one)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
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
    requireNonNull(organization, "organization");
    return text(organization);
  }

  /**
   * Writes an assessment as pretty-printed JSON.
   *
   * @param assessment  the assessment
   * @return the JSON text, not null
   */
  public static String write(Assessment assessment) {
    requireNonNull(assessment, "assessment");
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
    requireNonNull(organization, "organization");
    requireNonNull(file, "file");
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
    requireNonNull(assessment, "assessment");
    requireNonNull(file, "file");
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
    requireNonNull(json, "json");
    return read(new StringReader(Reading.withoutByteOrderMark(json)), Organization.class);
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
    requireNonNull(file, "file");
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
    requireNonNull(json, "json");
    return read(new StringReader(Reading.withoutByteOrderMark(json)), Assessment.class);
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
    requireNonNull(file, "file");
    return read(file, Assessment.class);
  }

  /**
   * Writes a questionnaire as pretty-printed JSON: every question with its kind, subject, dimension, text,
   * options and citation.
   *
   * @param questionnaire  the questionnaire
   * @return the JSON text, not null
   */
  public static String write(Questionnaire questionnaire) {
    requireNonNull(questionnaire, "questionnaire");
    return text(questionnaire);
  }

  /**
   * Writes a questionnaire to a UTF-8 file, replacing it.
   *
   * @param questionnaire  the questionnaire
   * @param file  the file
   * @throws IOException if the file cannot be written
   */
  public static void write(Questionnaire questionnaire, Path file) throws IOException {
    requireNonNull(questionnaire, "questionnaire");
    requireNonNull(file, "file");
    Files.writeString(file, text(questionnaire), StandardCharsets.UTF_8);
  }

  /**
   * Reads a questionnaire from JSON text. Its questions are built by the library's factories, so a
   * question or tailoring the library refuses (a malformed id, an option mapped to no grade, two questions
   * of one id) fails naming the question.
   *
   * @param json  the JSON text
   * @return the questionnaire, not null
   * @throws SocialBusinessJsonException if the text is not a valid questionnaire
   */
  public static Questionnaire readQuestionnaire(String json) throws SocialBusinessJsonException {
    requireNonNull(json, "json");
    return read(new StringReader(Reading.withoutByteOrderMark(json)), Questionnaire.class);
  }

  /**
   * Reads a questionnaire from a UTF-8 JSON file.
   *
   * @param file  the file
   * @return the questionnaire, not null
   * @throws SocialBusinessJsonException if the file is not a valid questionnaire; its {@link
   *     SocialBusinessJsonException#file() file} is set and its message names it
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if the file cannot be opened
   */
  public static Questionnaire readQuestionnaire(Path file) throws IOException {
    requireNonNull(file, "file");
    return read(file, Questionnaire.class);
  }

  /**
   * Writes one response as pretty-printed JSON.
   *
   * @param response  the response
   * @return the JSON text, not null
   */
  public static String write(Response response) {
    requireNonNull(response, "response");
    return text(response);
  }

  /**
   * Writes responses as a pretty-printed JSON array of responses, which {@link #readResponses(String,
   * Questionnaire)} reads.
   *
   * @param responses  the responses, possibly empty
   * @return the JSON text, not null
   */
  public static String write(List<Response> responses) {
    requireNonNull(responses, "responses");
    return text(ImmutableList.copyOf(responses));
  }

  /**
   * Writes one response to a UTF-8 file, replacing it.
   *
   * @param response  the response
   * @param file  the file, such as {@code responses/ana.json}
   * @throws IOException if the file cannot be written
   */
  public static void write(Response response, Path file) throws IOException {
    requireNonNull(response, "response");
    requireNonNull(file, "file");
    Files.writeString(file, text(response), StandardCharsets.UTF_8);
  }

  /**
   * Reads responses from JSON text, one response (an object) or several (an array), and checks each
   * against a questionnaire ({@link Response#validate(Questionnaire)}): a question it does not ask, an
   * option the question does not offer, a missing reason, or a question answered twice fails at the
   * answer's path, such as {@code $[1].answers[3].optionId: 'sometimes' is not an answer to q.listening;
   * allowed: none, some, half, most, dont-know, not-applicable, or an option's text or grade in words, such as 'None'}.
   *
   * @param json  the JSON text; a leading byte-order mark is skipped
   * @param questionnaire  the questionnaire answered
   * @return the responses, in the order given, not null and not empty
   * @throws SocialBusinessJsonException if the text is not valid responses to the questionnaire, or holds
   *     none (an empty list), as every reader of responses refuses an input without one
   */
  public static ImmutableList<Response> readResponses(String json, Questionnaire questionnaire)
      throws SocialBusinessJsonException {
    requireNonNull(json, "json");
    requireNonNull(questionnaire, "questionnaire");
    // a byte-order mark, as a text editor may leave it, is not part of the document
    String document = Reading.withoutByteOrderMark(json);
    return validated(read(new StringReader(document), ResponseJson.Many.class), questionnaire);
  }

  /**
   * Reads the responses in a folder, or in one file: in a folder, every file whose name ends in {@code
   * .json} or {@code .csv} (in any case), in the order of their names, other files, hidden files and
   * office lock files (whose names start with a dot or with {@code ~$}, such as an editor's lock or backup
   * files) and folders ignored; a {@code .csv} file is read by {@link SocialBusinessCsv#readResponses(Path,
   * Questionnaire)}, any other as JSON as {@link #readResponses(String, Questionnaire)} reads it (UTF-8, or
   * UTF-16 or UTF-32 with a byte-order mark; a UTF-8 byte-order mark is skipped). A workbook, a file whose
   * name ends in {@code .xlsx} or {@code .xls} (in any case), is not read but an error naming it, in a
   * folder as when given alone: this module does not read workbooks; {@code
   * SocialBusinessExcel.readResponses} of the module {@code socialbiz-excel} does. All or nothing: the
   * first bad file fails the whole read, naming the file, and no response is returned.
   *
   * <p>This is what a job's {@code --responses DIR} reads; give the result to {@link
   * io.github.socialbiz.responses.Responses#merge Responses.merge}, which also refuses two responses of
   * one name.
   *
   * @param folderOrFile  a folder of response files, or one file
   * @param questionnaire  the questionnaire answered
   * @return the responses, file by file in name order and in each file's order, not null
   * @throws SocialBusinessJsonException if a file is not valid responses to the questionnaire (a {@link
   *     SocialBusinessCsvException} for a CSV file) or is a workbook; its {@link
   *     SocialBusinessJsonException#file() file} is set and its message names it
   * @throws java.nio.file.NoSuchFileException if there is no such folder or file
   * @throws IOException if a file cannot be read
   */
  public static ImmutableList<Response> readResponses(
      Path folderOrFile, Questionnaire questionnaire) throws IOException {
    requireNonNull(folderOrFile, "folderOrFile");
    requireNonNull(questionnaire, "questionnaire");
    if (!Files.isDirectory(folderOrFile)) {
      return readResponseFile(folderOrFile, questionnaire);
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folderOrFile)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(f -> isJson(f) || isCsv(f) || isWorkbook(f))
              .filter(f -> !isHiddenOrLock(f))
              .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
              .collect(ImmutableList.toImmutableList());
    }
    List<Response> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(readResponseFile(f, questionnaire));
    }
    return ImmutableList.copyOf(out);
  }

  private static boolean isJson(Path file) {
    return Ascii.toLowerCase(String.valueOf(file.getFileName())).endsWith(".json");
  }

  private static boolean isCsv(Path file) {
    return Ascii.toLowerCase(String.valueOf(file.getFileName())).endsWith(".csv");
  }

  private static boolean isWorkbook(Path file) {
    String name = Ascii.toLowerCase(String.valueOf(file.getFileName()));
    return name.endsWith(".xlsx") || name.endsWith(".xls");
  }

  /** A hidden file or an office lock file, such as {@code .~lock.ana.xlsx#} or {@code ~$ana.xlsx}. */
  private static boolean isHiddenOrLock(Path file) {
    String name = String.valueOf(file.getFileName());
    return name.startsWith(".") || name.startsWith("~$");
  }

  /** The problem of a workbook given to the JSON and CSV reader. */
  private static String workbook(Path file) {
    return file.getFileName()
        + " is a workbook: read it with SocialBusinessExcel.readResponses (module socialbiz-excel)";
  }

  private static ImmutableList<Response> readResponseFile(Path file, Questionnaire questionnaire)
      throws IOException {
    if (isCsv(file)) {
      return SocialBusinessCsv.readResponses(file, questionnaire);
    }
    if (isWorkbook(file)) {
      if (!Files.exists(file)) {
        throw new NoSuchFileException(file.toString());
      }
      SocialBusinessJsonException e =
          new SocialBusinessJsonException(null, "$", workbook(file), null);
      e.setFile(file);
      throw e;
    }
    ResponseJson.Many many;
    try {
      many = read(new StringReader(text(file)), ResponseJson.Many.class);
    } catch (SocialBusinessJsonException e) {
      e.setFile(file);
      throw e;
    }
    try {
      return validated(many, questionnaire);
    } catch (SocialBusinessJsonException e) {
      e.setFile(file);
      throw e;
    }
  }

  /**
   * Checks every answer against the questionnaire, failing at the path of the first bad one; an option
   * named by its text or in another spelling ({@link Reading#option}) becomes the option's id.
   */
  private static ImmutableList<Response> validated(
      ResponseJson.Many many, Questionnaire questionnaire) throws SocialBusinessJsonException {
    if (many.responses().isEmpty()) {
      // as the CSV and workbook readers: an input without a response is a mistake, not an answer
      throw new SocialBusinessJsonException(
          null,
          "$",
          "no response: a document of responses holds one response, or a list of at least one",
          null);
    }
    ImmutableList.Builder<Response> out = ImmutableList.builder();
    for (int k = 0; k < many.responses().size(); k++) {
      Response r = many.responses().get(k);
      String at = many.array() ? "$[" + k + "]" : "$";
      List<Answer> answers = new ArrayList<>();
      for (int i = 0; i < r.answers().size(); i++) {
        Answer a = r.answers().get(i);
        String path = at + "." + ResponseJson.ANSWERS.name() + "[" + i + "]";
        Optional<Question> q = questionnaire.question(a.questionId());
        if (q.isPresent()) {
          try {
            String id = Reading.option(q.get(), a.optionId()).id();
            if (!id.equals(a.optionId())) {
              a =
                  Answer.builder()
                      .questionId(a.questionId())
                      .optionId(id)
                      .note(a.note())
                      .reason(a.reason())
                      .basis(a.basis())
                      .build();
            }
          } catch (SocialBusinessException e) {
            throw new SocialBusinessJsonException(
                null,
                path + "." + ResponseJson.OPTION_ID.name(),
                String.valueOf(e.getMessage()),
                e);
          }
        }
        Optional<AnswerCheck> problem =
            AnswerCheck.of(r.respondent(), r.answered(), a, questionnaire);
        if (problem.isPresent()) {
          String field =
              switch (problem.get().part()) {
                case QUESTION -> "." + ResponseJson.QUESTION_ID.name();
                case OPTION -> "." + ResponseJson.OPTION_ID.name();
                case REASON -> "." + ResponseJson.REASON.name();
                case ANSWER -> "";
              };
          throw new SocialBusinessJsonException(
              null, path + field, problem.get().problem(), problem.get().cause());
        }
        answers.add(a);
      }
      out.add(Response.of(r.respondent(), r.answered(), answers).validate(questionnaire));
    }
    return out.build();
  }

  // -----------------------------------------------------------------------
  /** The longest line of a peer file: a peer needs under 2,000 characters. */
  public static final int MAX_PEER_LINE_LENGTH = 100_000;

  /**
   * Writes peers as a peer file's text: JSON Lines, one peer per line in the order given, each line ending
   * with a line feed (see {@code docs/peers.md}).
   *
   * @param peers  the peers
   * @return the text, not null; empty for no peers
   */
  public static String writePeers(Iterable<Peer> peers) {
    requireNonNull(peers, "peers");
    StringBuilder out = new StringBuilder();
    for (Peer p : peers) {
      try {
        out.append(LINES.writeValueAsString(requireNonNull(p, "peer"))).append('\n');
      } catch (JsonProcessingException e) {
        // writing to a String performs no I/O; the module's serializers do not fail on valid values
        throw new UncheckedIOException(e);
      }
    }
    return out.toString();
  }

  /**
   * Writes peers to a UTF-8 peer file, replacing it; peer files of several firms can be pooled by
   * concatenating them.
   *
   * @param peers  the peers
   * @param file  the file
   * @throws IOException if the file cannot be written
   */
  public static void writePeers(Iterable<Peer> peers, Path file) throws IOException {
    requireNonNull(file, "file");
    Files.writeString(file, writePeers(peers), StandardCharsets.UTF_8);
  }

  /**
   * Reads the peers of a peer file's text: one peer per line, every line read strictly as a peer, none
   * blank; the last line may end with a line feed or not, and {@code \r\n} ends a line too.
   *
   * @param jsonLines  the text
   * @return the peers in file order, not null; empty for an empty text
   * @throws SocialBusinessJsonException if a line is blank, longer than {@value
   *     #MAX_PEER_LINE_LENGTH} characters or not a valid peer; {@link SocialBusinessJsonException#line()}
   *     says which, and the message starts with it and the path within the line
   */
  public static ImmutableList<Peer> readPeers(String jsonLines) throws SocialBusinessJsonException {
    requireNonNull(jsonLines, "jsonLines");
    ImmutableList.Builder<Peer> out = ImmutableList.builder();
    int start = 0;
    int line = 0;
    while (start < jsonLines.length()) {
      line++;
      int end = jsonLines.indexOf('\n', start);
      int next = end < 0 ? jsonLines.length() : end + 1;
      int stop = end < 0 ? jsonLines.length() : end;
      if (stop > start && jsonLines.charAt(stop - 1) == '\r') {
        stop--;
      }
      if (stop - start > MAX_PEER_LINE_LENGTH) {
        throw new SocialBusinessJsonException(
            line,
            "$",
            "a line of more than "
                + MAX_PEER_LINE_LENGTH
                + " characters; a peer needs under 2000 and at most "
                + MAX_PEER_LINE_LENGTH
                + " are allowed",
            null);
      }
      String text = jsonLines.substring(start, stop);
      if (text.isBlank()) {
        throw new SocialBusinessJsonException(
            line, "$", "a blank line; a peer file holds one peer on every line", null);
      }
      try {
        out.add(read(new StringReader(text), Peer.class));
      } catch (SocialBusinessJsonException e) {
        throw new SocialBusinessJsonException(
            line, e.jsonPath(), problem(e), e.getCause() != null ? e.getCause() : e);
      }
      start = next;
    }
    return out.build();
  }

  /**
   * Reads the peers of a peer file, under the one reading rule of every format (UTF-8 with or without a
   * byte-order mark, UTF-16 or UTF-32).
   *
   * @param file  the file
   * @return the peers in file order, not null
   * @throws SocialBusinessJsonException if the file is not a valid peer file, naming the file and the line
   * @throws IOException if the file cannot be read
   */
  public static ImmutableList<Peer> readPeers(Path file) throws IOException {
    try {
      return readPeers(text(file));
    } catch (SocialBusinessJsonException e) {
      e.setFile(file);
      throw e;
    }
  }

  /** The problem of an exception, without its path. */
  private static String problem(SocialBusinessJsonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    String prefix = e.jsonPath() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
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
    try {
      return read(new StringReader(text(file)), type);
    } catch (SocialBusinessJsonException e) {
      e.setFile(file);
      throw e;
    }
  }

  /**
   * A JSON file's text under the one reading rule of every format ({@link Reading#text(Path)}): UTF-8
   * with or without a byte-order mark, UTF-16 or UTF-32; Latin-1 refused with the advice to save as
   * UTF-8.
   */
  private static String text(Path file) throws IOException {
    try {
      return Reading.text(file);
    } catch (SocialBusinessException e) {
      // every caller names the file
      throw new SocialBusinessJsonException(null, "$", String.valueOf(e.getMessage()), e);
    }
  }

  private static <T> T read(Reader json, Class<T> type) throws SocialBusinessJsonException {
    return readWith(() -> MAPPER.readValue(json, type));
  }

  /** Parses a document with the shared mapper. */
  @FunctionalInterface
  private interface Parse<T> {
    @Nullable T parse() throws IOException;
  }

  private static <T> T readWith(Parse<T> parse) throws SocialBusinessJsonException {
    T value;
    try {
      value = parse.parse();
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
