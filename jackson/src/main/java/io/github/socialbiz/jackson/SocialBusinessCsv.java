package io.github.socialbiz.jackson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.internal.CellText;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Reading;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Responses as CSV through jackson-dataformat-csv, for people who answer in a spreadsheet: one row per
 * answer under a header of named columns ({@code respondent, role, unit, answered, question, answer, note,
 * basis, reason, text, options}), a questionnaire's template to fill in by hand, and an assessment's
 * {@link ActionPlan action plan}.
 *
 * <p>{@link #template(Questionnaire)} writes one row per question, with the respondent's columns and the
 * answer empty, the question's text in {@code text} and its option ids in {@code options}; fill in the
 * name, role, unit and date on every row you answer, and an option id in {@code answer}. {@link
 * #readResponses(String, Questionnaire)} reads such a file back: columns by name in any order ({@code
 * text} and {@code options} are ignored; {@code unit}, {@code note}, {@code basis} and {@code reason} may
 * be left out), rows with an empty answer skipped, values trimmed unless quoted, a UTF-8, UTF-16 or UTF-32
 * byte-order mark honoured. A file may hold the rows of several respondents: rows are grouped into one
 * {@link Response} per respondent, role, unit and date, in the order they first appear, and each is checked
 * against the questionnaire ({@link Response#validate(Questionnaire)}).
 *
 * <p>Every bad file fails, before any response is returned, with a {@link SocialBusinessCsvException}
 * naming the file, the row (the header is row 1), the column, the bad value and what is allowed, such as
 * {@code responses/ana.csv, row 4, column answer: 'sometimes' is not an answer to q.listening; allowed:
 * none, some, half, most, dont-know, not-applicable}. A value is at most {@value
 * SocialBusinessModule#MAX_TEXT_LENGTH} characters long, as a JSON text (one of more than a million
 * characters is refused by the parser, which does not say in which column), and a file at most {@value
 * SocialBusinessModule#MAX_DOCUMENT_LENGTH} bytes, as a JSON document ({@link
 * SocialBusinessModule#streamReadConstraints()}).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SocialBusinessCsv {

  /**
   * The longest value jackson-core holds; values beyond {@link SocialBusinessModule#MAX_TEXT_LENGTH} are
   * refused by the reader, which names their column, and those beyond this by the parser, which does not.
   */
  private static final int PARSER_TEXT_LENGTH = 1_000_000;

  private static final CsvMapper MAPPER =
      CsvMapper.builder(
              CsvFactory.builder()
                  .streamReadConstraints(
                      SocialBusinessModule.streamReadConstraints()
                          .rebuild()
                          .maxStringLength(PARSER_TEXT_LENGTH)
                          .build())
                  .build())
          .enable(CsvParser.Feature.TRIM_SPACES)
          .build();

  private static final JavaType ROW =
      MAPPER.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, String.class);

  private static final CsvSchema WRITTEN = written();

  private static final String LIST =
      Arrays.stream(CsvColumn.values()).map(CsvColumn::header).collect(Collectors.joining(", "));

  /** The problem of a header whose columns are separated by semicolons, as Excel saves CSV in some locales. */
  private static final String SEMICOLONS =
      "the file separates its columns with ';', not ','; save it as \"CSV UTF-8 (comma delimited)\""
          + " or otherwise with commas";

  private SocialBusinessCsv() {}

  private static CsvSchema written() {
    CsvSchema.Builder b = CsvSchema.builder();
    for (CsvColumn c : CsvColumn.values()) {
      b.addColumn(c.header());
    }
    return b.setUseHeader(true).build();
  }

  // -----------------------------------------------------------------------
  /**
   * Writes the template of a questionnaire: the header, then one row per question, in order, with its id
   * in {@code question}, its text in {@code text} and its option ids in {@code options} (such as {@code
   * none | some | half | most | dont-know | not-applicable}), every other column empty.
   *
   * @param questionnaire  the questionnaire
   * @return the CSV text, not null
   */
  public static String template(Questionnaire questionnaire) {
    requireNonNull(questionnaire, "questionnaire");
    List<String[]> rows = new ArrayList<>();
    for (Question q : questionnaire.questions()) {
      Map<CsvColumn, String> row = new EnumMap<>(CsvColumn.class);
      row.put(CsvColumn.QUESTION, q.id());
      row.put(CsvColumn.TEXT, q.text());
      row.put(CsvColumn.OPTIONS, options(q));
      rows.add(values(row));
    }
    return csv(rows);
  }

  /**
   * Writes responses as CSV, one row per answer, response by response; {@code text} and {@code options}
   * hold the question's text and option ids, and {@code basis} is always written.
   *
   * <p>No value becomes a formula when a spreadsheet program opens the file (CSV or formula injection): a
   * name, note or reason that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
   * return is written with an apostrophe in front ({@link CellText#safe}), which {@link
   * #readResponses(String, Questionnaire)} takes off again, so it gives back exactly what was written.
   *
   * @param responses  the responses, possibly empty
   * @param questionnaire  the questionnaire they answer
   * @return the CSV text, not null
   * @throws SocialBusinessException if a response does not answer the questionnaire ({@link
   *     Response#validate(Questionnaire)})
   */
  public static String write(List<Response> responses, Questionnaire questionnaire) {
    requireNonNull(responses, "responses");
    requireNonNull(questionnaire, "questionnaire");
    List<String[]> rows = new ArrayList<>();
    for (Response r : responses) {
      r.validate(questionnaire);
      for (Answer a : r.answers()) {
        Question q = questionnaire.question(a.questionId()).orElseThrow();
        Map<CsvColumn, String> row = new EnumMap<>(CsvColumn.class);
        row.put(CsvColumn.RESPONDENT, r.respondent().name());
        row.put(CsvColumn.ROLE, r.respondent().role());
        row.put(CsvColumn.UNIT, r.respondent().businessUnit().orElse(""));
        row.put(CsvColumn.ANSWERED, r.answered().toString());
        row.put(CsvColumn.QUESTION, a.questionId());
        row.put(CsvColumn.ANSWER, a.optionId());
        row.put(CsvColumn.NOTE, a.note().orElse(""));
        row.put(CsvColumn.BASIS, a.basis().name());
        row.put(CsvColumn.REASON, a.reason().orElse(""));
        row.put(CsvColumn.TEXT, q.text());
        row.put(CsvColumn.OPTIONS, options(q));
        rows.add(values(row));
      }
    }
    return csv(rows);
  }

  /**
   * Writes an action plan as CSV: the header {@link ActionPlan#HEADER} ({@code Phase, Action, Practice or
   * fact, Grade now, Target, Owner, Reason, Citation, Assignee, Due date, Status}), then each item's
   * {@link ActionPlan.Item#cells() cells}, the same rows as the plan's other formats; the team's columns
   * (assignee, due date, status) are empty.
   *
   * @param plan  the plan
   * @return the CSV text, not null; only the header for a plan without items
   */
  public static String actionPlan(ActionPlan plan) {
    requireNonNull(plan, "plan");
    CsvSchema.Builder schema = CsvSchema.builder();
    ActionPlan.HEADER.forEach(schema::addColumn);
    List<String[]> rows = new ArrayList<>();
    for (ActionPlan.Item item : plan.items()) {
      rows.add(item.cells().toArray(new String[0]));
    }
    return csv(schema.setUseHeader(true).build(), rows);
  }

  /**
   * Writes the action plan of an assessment as CSV ({@link #actionPlan(ActionPlan)} of {@link
   * ActionPlan#of(Assessment)}).
   *
   * @param assessment  the assessment
   * @return the CSV text, not null
   */
  public static String actionPlan(Assessment assessment) {
    requireNonNull(assessment, "assessment");
    return actionPlan(ActionPlan.of(assessment));
  }

  private static String options(Question q) {
    return q.options().stream().map(AnswerOption::id).collect(Collectors.joining(" | "));
  }

  private static String[] values(Map<CsvColumn, String> row) {
    return Arrays.stream(CsvColumn.values())
        .map(c -> row.getOrDefault(c, ""))
        .toArray(String[]::new);
  }

  private static String csv(List<String[]> rows) {
    return csv(WRITTEN, rows);
  }

  /** The rows as CSV, every value formula-safe ({@link CellText#safe}): no cell becomes a formula. */
  private static String csv(CsvSchema schema, List<String[]> rows) {
    List<String[]> safe = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      safe.add(Arrays.stream(row).map(CellText::safe).toArray(String[]::new));
    }
    try {
      return MAPPER.writer(schema).writeValueAsString(safe);
    } catch (JsonProcessingException e) {
      // writing texts to a String performs no I/O
      throw new UncheckedIOException(e);
    }
  }

  // -----------------------------------------------------------------------
  /**
   * Reads responses from CSV text and checks each against a questionnaire.
   *
   * @param csv  the CSV text, such as a filled-in {@link #template(Questionnaire) template}
   * @param questionnaire  the questionnaire answered
   * @return the responses, one per respondent, role, unit and date, in the order they first appear, not
   *     null and not empty
   * @throws SocialBusinessCsvException if the text is not valid responses to the questionnaire, naming the
   *     row and column
   */
  public static ImmutableList<Response> readResponses(String csv, Questionnaire questionnaire)
      throws SocialBusinessCsvException {
    requireNonNull(csv, "csv");
    requireNonNull(questionnaire, "questionnaire");
    try {
      return read(
          MAPPER
              .readerFor(ROW)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(Reading.withoutByteOrderMark(csv).getBytes(StandardCharsets.UTF_8)),
          questionnaire,
          Reading.withoutByteOrderMark(csv));
    } catch (SocialBusinessCsvException e) {
      throw e;
    } catch (IOException e) {
      throw unreadable(1, e);
    }
  }

  /**
   * Reads responses from a CSV file and checks each against a questionnaire.
   *
   * @param file  the file, in UTF-8 unless a byte-order mark says otherwise
   * @param questionnaire  the questionnaire answered
   * @return the responses, one per respondent, role, unit and date, in the order they first appear, not
   *     null and not empty
   * @throws SocialBusinessCsvException if the file is not valid responses to the questionnaire; its {@link
   *     SocialBusinessJsonException#file() file} is set and its message starts with it
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws IOException if the file cannot be read
   */
  public static ImmutableList<Response> readResponses(Path file, Questionnaire questionnaire)
      throws IOException {
    requireNonNull(file, "file");
    requireNonNull(questionnaire, "questionnaire");
    try {
      return readResponses(text(file), questionnaire);
    } catch (SocialBusinessCsvException e) {
      e.setFile(file);
      throw e;
    }
  }

  /** A CSV file's text under the one reading rule ({@link Reading#text(Path)}), or why not, at row 1. */
  private static String text(Path file) throws IOException {
    try {
      return Reading.text(file);
    } catch (SocialBusinessException e) {
      int line = e instanceof Reading.EncodingException x ? x.line() : 1;
      // the caller names the file
      throw new SocialBusinessCsvException(line, null, String.valueOf(e.getMessage()), e);
    }
  }

  // -----------------------------------------------------------------------
  /** One response being read: who, when, the answers so far and the row of each question answered. */
  private static final class Group {
    final Respondent respondent;
    final LocalDate answered;
    final List<Answer> answers = new ArrayList<>();
    final Map<String, Integer> rows = new HashMap<>();

    Group(Respondent respondent, LocalDate answered) {
      this.respondent = respondent;
      this.answered = answered;
    }
  }

  private record Key(String name, String role, String unit, LocalDate answered) {}

  private static ImmutableList<Response> read(
      MappingIterator<Map<String, String>> rows, Questionnaire questionnaire, String text)
      throws SocialBusinessCsvException, IOException {
    Map<String, CsvColumn> columns = header(rows);
    Map<Key, Group> groups = new LinkedHashMap<>();
    int row = 1;
    int answers = 0;
    while (true) {
      Map<String, String> values;
      try {
        if (!rows.hasNextValue()) {
          break;
        }
        values = rows.nextValue();
      } catch (JsonProcessingException | CharConversionException e) {
        throw unreadable(row + 1, columnAt(text, rows, e).orElse(null), e);
      }
      row++;
      Map<CsvColumn, String> v = new EnumMap<>(CsvColumn.class);
      for (Map.Entry<String, String> e : values.entrySet()) {
        CsvColumn c = columns.get(e.getKey());
        if (c != null && e.getValue() != null) {
          // a value this library wrote formula-safe gets its apostrophe back off (CellText)
          v.put(c, CellText.restored(e.getValue()));
        }
      }
      if (answer(row, v, questionnaire, groups)) {
        answers++;
      }
    }
    if (row == 1) {
      throw new SocialBusinessCsvException(
          2, null, "no rows after the header; expected one row per answer", null);
    }
    if (answers == 0) {
      throw new SocialBusinessCsvException(
          2,
          CsvColumn.ANSWER.header(),
          "no answers: the answer is empty on every row; fill in the id of one of the question's"
              + " options",
          null);
    }
    ImmutableList.Builder<Response> out = ImmutableList.builder();
    for (Group g : groups.values()) {
      try {
        out.add(Response.of(g.respondent, g.answered, g.answers).validate(questionnaire));
      } catch (SocialBusinessException e) {
        // each answer has been checked alone and for duplicates; the core is the judge all the same
        throw new SocialBusinessCsvException(
            g.rows.values().stream().min(Integer::compare).orElse(2),
            null,
            "invalid response: " + e.getMessage(),
            e);
      }
    }
    return out.build();
  }

  /** Checks the header, which jackson-dataformat-csv has read, and gives each column its meaning. */
  private static Map<String, CsvColumn> header(MappingIterator<Map<String, String>> rows)
      throws SocialBusinessCsvException {
    CsvSchema schema = ((CsvParser) rows.getParser()).getSchema();
    Map<String, CsvColumn> known = new HashMap<>();
    for (CsvColumn c : CsvColumn.values()) {
      known.put(c.header(), c);
    }
    if (schema.size() == 1 && schema.columnName(0).contains(";")) {
      // Excel in locales whose decimal separator is a comma saves "CSV" with semicolons
      throw new SocialBusinessCsvException(1, null, SEMICOLONS, null);
    }
    Map<String, CsvColumn> columns = new HashMap<>();
    Set<CsvColumn> seen = new HashSet<>();
    for (CsvSchema.Column column : schema) {
      String name = column.getName();
      CsvColumn c = known.get(name);
      if (c == null) {
        throw new SocialBusinessCsvException(
            1,
            In.abbreviate(name),
            "unknown column '" + In.abbreviate(name) + "'; allowed: " + LIST,
            null);
      }
      if (!seen.add(c)) {
        throw new SocialBusinessCsvException(
            1, name, "the column " + name + " is in the header twice", null);
      }
      columns.put(name, c);
    }
    for (CsvColumn c : CsvColumn.values()) {
      if (c.isRequired() && !seen.contains(c)) {
        throw new SocialBusinessCsvException(
            1,
            c.header(),
            "missing from the header; required: "
                + Arrays.stream(CsvColumn.values())
                    .filter(CsvColumn::isRequired)
                    .map(CsvColumn::header)
                    .collect(Collectors.joining(", ")),
            null);
      }
    }
    return columns;
  }

  /** Reads one row into its group; false for a row that is not an answer (blank, or answer empty). */
  private static boolean answer(
      int row, Map<CsvColumn, String> v, Questionnaire questionnaire, Map<Key, Group> groups)
      throws SocialBusinessCsvException {
    for (Map.Entry<CsvColumn, String> e : v.entrySet()) {
      if (e.getValue().length() > SocialBusinessModule.MAX_TEXT_LENGTH) {
        throw tooLong(row, e.getKey().header());
      }
    }
    String option = id(v, CsvColumn.ANSWER);
    if (option.isEmpty()) {
      for (CsvColumn c : List.of(CsvColumn.NOTE, CsvColumn.BASIS, CsvColumn.REASON)) {
        if (!text(v, c).isEmpty()) {
          throw new SocialBusinessCsvException(
              row,
              CsvColumn.ANSWER.header(),
              "empty, but the row has a " + c.header() + "; fill in the answer or clear the row",
              null);
        }
      }
      return false;
    }
    String name =
        required(row, v, CsvColumn.RESPONDENT, "a row with an answer names its respondent");
    String role =
        required(row, v, CsvColumn.ROLE, "a row with an answer gives the respondent's role");
    String unit = text(v, CsvColumn.UNIT);
    String date =
        required(
                row,
                v,
                CsvColumn.ANSWERED,
                "a row with an answer gives its date, such as 2026-06-30")
            .strip();
    LocalDate answered;
    try {
      answered = Reading.date(date);
    } catch (SocialBusinessException e) {
      throw new SocialBusinessCsvException(
          row, CsvColumn.ANSWERED.header(), String.valueOf(e.getMessage()), e);
    }
    String questionId =
        required(
                row,
                v,
                CsvColumn.QUESTION,
                "a row with an answer names its question, such as q.listening")
            .strip();
    Optional<Question> question = questionnaire.question(questionId);
    if (question.isPresent()) {
      // the option by its text or id, as every format reads it; an unknown question is reported
      // below
      try {
        option = Reading.option(question.get(), option).id();
      } catch (SocialBusinessException e) {
        throw new SocialBusinessCsvException(
            row, CsvColumn.ANSWER.header(), String.valueOf(e.getMessage()), e);
      }
    }
    String basisName = id(v, CsvColumn.BASIS);
    Optional<Basis> basis = Optional.empty();
    if (!basisName.isEmpty()) {
      try {
        basis = Optional.of(Reading.basis(basisName));
      } catch (SocialBusinessException e) {
        throw new SocialBusinessCsvException(
            row, CsvColumn.BASIS.header(), e.getMessage() + ", or empty for self-reported", e);
      }
    }
    Respondent respondent;
    Answer answer;
    try {
      respondent = unit.isEmpty() ? Respondent.of(name, role) : Respondent.of(name, role, unit);
      Answer.Builder b = Answer.builder().questionId(questionId).optionId(option);
      String note = text(v, CsvColumn.NOTE);
      String reason = text(v, CsvColumn.REASON);
      if (!note.isEmpty()) {
        b.note(note);
      }
      if (!reason.isEmpty()) {
        b.reason(reason);
      }
      basis.ifPresent(b::basis);
      answer = b.build();
    } catch (SocialBusinessException e) {
      // every text given is not blank; the core is the judge all the same
      throw new SocialBusinessCsvException(
          row, CsvColumn.ANSWER.header(), "invalid answer: " + e.getMessage(), e);
    }
    Group g =
        groups.computeIfAbsent(
            new Key(name, role, unit, answered), k -> new Group(respondent, answered));
    Integer first = g.rows.putIfAbsent(questionId, row);
    if (first != null) {
      throw new SocialBusinessCsvException(
          row,
          CsvColumn.QUESTION.header(),
          "'"
              + In.abbreviate(questionId)
              + "' is answered twice by "
              + respondent
              + " on "
              + answered
              + " (rows "
              + first
              + " and "
              + row
              + ")",
          null);
    }
    Optional<AnswerCheck> problem = AnswerCheck.of(respondent, answered, answer, questionnaire);
    if (problem.isPresent()) {
      @Nullable String column =
          switch (problem.get().part()) {
            case QUESTION -> CsvColumn.QUESTION.header();
            case OPTION -> CsvColumn.ANSWER.header();
            case REASON -> CsvColumn.REASON.header();
            // the row is the answer
            case ANSWER -> null;
          };
      throw new SocialBusinessCsvException(
          row, column, problem.get().problem(), problem.get().cause());
    }
    g.answers.add(answer);
    return true;
  }

  /** A free text: as given, or empty when absent or blank. */
  private static String text(Map<CsvColumn, String> v, CsvColumn c) {
    String s = v.getOrDefault(c, "");
    return s.isBlank() ? "" : s;
  }

  /** An id: without the blanks around it. */
  private static String id(Map<CsvColumn, String> v, CsvColumn c) {
    return v.getOrDefault(c, "").strip();
  }

  private static String required(int row, Map<CsvColumn, String> v, CsvColumn c, String why)
      throws SocialBusinessCsvException {
    String s = text(v, c);
    if (s.isEmpty()) {
      throw new SocialBusinessCsvException(row, c.header(), "empty; " + why, null);
    }
    return s;
  }

  private static SocialBusinessCsvException tooLong(int row, @Nullable String column) {
    int most = SocialBusinessModule.MAX_TEXT_LENGTH;
    return new SocialBusinessCsvException(
        row,
        column,
        "a value of more than " + most + " characters; at most " + most + " are allowed",
        null);
  }

  /**
   * The column a parse failure is in, from its location: the separators outside quotes before it on its
   * line, or, for a quote not closed before the end, the column where the quote opened.
   */
  private static Optional<String> columnAt(
      String text, MappingIterator<Map<String, String>> rows, IOException e) {
    if (!(e instanceof JsonProcessingException p) || p.getLocation() == null) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    if (rows.getParser().getSchema() instanceof CsvSchema schema) {
      schema.forEach(c -> names.add(c.getName()));
    }
    String[] lines = text.split("\r?\n|\r", -1);
    int line = p.getLocation().getLineNr();
    int column = p.getLocation().getColumnNr();
    String raw;
    int end;
    if (column > 1 && line >= 1 && line <= lines.length) {
      raw = lines[line - 1];
      end = Math.min(column - 2, raw.length());
    } else if (line >= 2 && line - 2 < lines.length) {
      raw = lines[line - 2]; // the value ran to the end of the file: where its quote opened
      end = raw.length();
    } else {
      return Optional.empty();
    }
    int separators = 0;
    int lastOpen = -1;
    boolean quoted = false;
    for (int i = 0; i < end; i++) {
      char c = raw.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        if (quoted) {
          lastOpen = separators;
        }
      } else if (c == ',' && !quoted) {
        separators++;
      }
    }
    int index = quoted && lastOpen >= 0 ? lastOpen : separators;
    return index < names.size() ? Optional.of(names.get(index)) : Optional.empty();
  }

  /** Translates jackson-dataformat-csv's failure to read a row (or the header, row 1). */
  private static SocialBusinessCsvException unreadable(int row, IOException e) {
    return unreadable(row, null, e);
  }

  /**
   * As above, with the column of a malformed value when its location tells it ({@link #columnAt}).
   */
  private static SocialBusinessCsvException unreadable(
      int row, @Nullable String column, IOException e) {
    if (e instanceof SocialBusinessCsvException s) {
      return s;
    }
    String message =
        String.valueOf(
            e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage());
    if (e instanceof StreamConstraintsException) {
      if (message.startsWith("String value length")) {
        // beyond what the parser holds in one value; the parser does not say in which column
        return tooLong(row, null);
      }
      return new SocialBusinessCsvException(
          row,
          null,
          In.limit(message, SocialBusinessModule.streamReadConstraints(), In.Part.VALUE),
          e);
    }
    if (e instanceof CharConversionException) {
      return new SocialBusinessCsvException(
          row,
          null,
          "not text in UTF-8 (or UTF-16 or UTF-32 with a byte-order mark): " + message,
          e);
    }
    if (message.startsWith("Empty header line")) {
      return new SocialBusinessCsvException(
          1,
          null,
          "the file is empty or its first line blank; expected a header with the columns " + LIST,
          e);
    }
    if (message.startsWith("Too many entries")) {
      return new SocialBusinessCsvException(
          row, null, "more values than the header has columns", e);
    }
    return new SocialBusinessCsvException(row, column, "malformed CSV: " + message, e);
  }
}
