package io.github.socialbiz.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.CellText;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.FactQuestion;
import io.github.socialbiz.questionnaire.Meaning;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Reading;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Round trips of arbitrary responses through JSON and CSV, and hostile files: unknown question ids,
 * answers outside the options, duplicate answers, wrong types, byte-order marks, quoting, embedded line
 * breaks and quotes, very long values, random bytes. Every case ends, within a time bound, in a correct
 * result or in the documented exception naming the row and column (or the JSON path), never in another
 * exception or a partial result.
 */
final class ResponseFilesProperties {

  private static final Questionnaire STANDARD = Questionnaire.standard();
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final String SHORT_HEADER = "respondent,role,answered,question,answer";
  private static final Set<String> COLUMNS =
      Arrays.stream(CsvColumn.values()).map(CsvColumn::header).collect(Collectors.toSet());

  // -----------------------------------------------------------------------
  @Property(tries = 100)
  void csv_roundTrip(@ForAll("responseLists") List<Response> responses) {
    String csv = SocialBusinessCsv.write(responses, STANDARD);
    assertEquals(
        responses,
        assertTimeoutPreemptively(BOUND, () -> SocialBusinessCsv.readResponses(csv, STANDARD)));
  }

  @Property(tries = 100)
  void json_roundTrip(@ForAll("responseLists") List<Response> responses) {
    String json = SocialBusinessJson.write(responses);
    assertEquals(
        responses,
        assertTimeoutPreemptively(BOUND, () -> SocialBusinessJson.readResponses(json, STANDARD)));
  }

  @Property(tries = 100)
  void unknownQuestionIds_areNamedAtTheirRow(
      @ForAll("rowCounts") int rows,
      @ForAll @IntRange(min = 0, max = 44) int at,
      @ForAll("ids") String id) {
    int bad = at % rows;
    // ids are read without the blanks around them
    String shown = STANDARD.ids().contains(id.strip()) ? id.strip() + ".x" : id.strip();
    // written as our writer writes it: a formula-like id gets the apostrophe the reader takes off
    String csv = validRows(rows, bad, CellText.safe(shown), null);
    assertEquals(
        "row "
            + (bad + 2)
            + ", column question: '"
            + In.abbreviate(shown)
            + "' is not a question of the questionnaire; allowed: the ids of its 45 questions, such"
            + " as q.business-goals, q.long-term-vision, q.strategy-roadmap",
        csvError(csv).getMessage());
  }

  /** The sample that failed in CI before ids were written as our writer writes them. */
  @Example
  void aFormulaLikeUnknownId_isNamedAsWritten() {
    assertEquals(
        "row 2, column question: ''\ti ;' is not a question of the questionnaire; allowed: the ids"
            + " of its 45 questions, such as q.business-goals, q.long-term-vision, q.strategy-roadmap",
        csvError(validRows(1, 0, CellText.safe("'\ti ;"), null)).getMessage());
  }

  @Property(tries = 100)
  void answersOutsideTheOptions_listTheOptions(
      @ForAll("rowCounts") int rows,
      @ForAll @IntRange(min = 0, max = 44) int at,
      @ForAll("ids") String option) {
    int bad = at % rows;
    Question q = STANDARD.questions().get(bad);
    // a value is read without the apostrophe a formula-safe writer puts before it (CellText), and
    // without the blanks around it
    String read = CellText.restored(option).strip();
    String shown = q.option(read).isPresent() ? read + "-x" : read;
    // a grade in words ("all", "yes") is an answer under the reading rule
    Assume.that(!namesAnOption(q, shown));
    assertEquals(
        "row "
            + (bad + 2)
            + ", column answer: '"
            + In.abbreviate(shown)
            + "' is not an answer to "
            + q.id()
            + "; allowed: "
            + q.options().stream().map(AnswerOption::id).collect(Collectors.joining(", "))
            + ", or an option's text or grade in words, such as '"
            + (q instanceof FactQuestion ? "Holds" : "None")
            + "'",
        csvError(validRows(rows, bad, null, CellText.safe(shown))).getMessage());
  }

  private static boolean namesAnOption(Question q, String text) {
    try {
      Reading.option(q, text);
      return true;
    } catch (SocialBusinessException e) {
      return false;
    }
  }

  @Property(tries = 100)
  void duplicateAnswers_nameBothRows(
      @ForAll("rowCounts") int rows, @ForAll @IntRange(min = 0, max = 44) int first) {
    int repeated = first % rows;
    String csv = validRows(rows, -1, null, null) + row(repeated, "dont-know") + "\n";
    assertEquals(
        "row "
            + (rows + 2)
            + ", column question: '"
            + STANDARD.ids().get(repeated)
            + "' is answered twice by Ana (strategist) on 2024-03-01 (rows "
            + (repeated + 2)
            + " and "
            + (rows + 2)
            + ")",
        csvError(csv).getMessage());
  }

  @Property(tries = 200)
  void hostileCsv_endsInAResultOrTheDocumentedException(@ForAll("hostileCsv") String csv) {
    assertReadOrRefusedWithRowAndColumn(csv);
  }

  @Property(tries = 200)
  void mutatedCsv_endsInAResultOrTheDocumentedException(@ForAll("mutatedCsv") String csv) {
    assertReadOrRefusedWithRowAndColumn(csv);
  }

  /** Reads a CSV that may be anything: valid responses, or the documented exception with its place. */
  private static void assertReadOrRefusedWithRowAndColumn(String csv) {
    Object outcome = outcome(() -> SocialBusinessCsv.readResponses(csv, STANDARD));
    Statistics.collect(outcome instanceof SocialBusinessCsvException ? "refused" : "read");
    if (outcome instanceof SocialBusinessCsvException e) {
      assertRowAndColumn(e, csv);
    } else {
      List<?> read = assertInstanceOf(List.class, outcome);
      assertFalse(read.isEmpty());
      read.forEach(r -> ((Response) r).validate(STANDARD));
    }
  }

  @Property(tries = 50)
  void randomBytes_endInTheDocumentedException(
      @ForAll @Size(max = 2_000) List<Byte> bytes, @ForAll boolean asCsv) throws IOException {
    byte[] content = new byte[bytes.size()];
    for (int i = 0; i < content.length; i++) {
      content[i] = bytes.get(i);
    }
    Path file = Files.createTempFile("hostile", asCsv ? ".csv" : ".json");
    try {
      Files.write(file, content);
      SocialBusinessJsonException e =
          assertTimeoutPreemptively(
              BOUND,
              () ->
                  assertThrows(
                      SocialBusinessJsonException.class,
                      () -> SocialBusinessJson.readResponses(file, STANDARD)));
      assertEquals(Optional.of(file), e.file());
      if (asCsv) {
        assertRowAndColumn(
            (SocialBusinessCsvException) e, new String(content, StandardCharsets.UTF_8));
        assertTrue(String.valueOf(e.getMessage()).startsWith(file + ", row "), e::getMessage);
      } else {
        assertTrue(e.getOriginalMessage().startsWith("$"), e::getOriginalMessage);
      }
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 200)
  void hostileJson_endsInAResultOrTheDocumentedException(@ForAll("junkJson") String json) {
    Object outcome = outcome(() -> SocialBusinessJson.readResponses(json, STANDARD));
    Statistics.collect(outcome instanceof SocialBusinessJsonException ? "refused" : "read");
    if (outcome instanceof SocialBusinessJsonException e) {
      assertTrue(e.jsonPath().startsWith("$"), e::getOriginalMessage);
      assertTrue(e.getOriginalMessage().startsWith(e.jsonPath() + ": "), e::getOriginalMessage);
    } else {
      List<?> read = assertInstanceOf(List.class, outcome);
      read.forEach(r -> ((Response) r).validate(STANDARD));
    }
  }

  @Property(tries = 100)
  void wrongTypesInJson_failAtTheValue(
      @ForAll("jsonFields") String field, @ForAll("jsonValues") String value) {
    String json =
        SocialBusinessJson.write(ResponsesFixtures.ANA)
            .replaceFirst("(\"" + field + "\" : )(\"[^\"]*\")", "$1" + value.replace("$", "\\$"));
    SocialBusinessJsonException e =
        assertTimeoutPreemptively(
            BOUND,
            () ->
                assertThrows(
                    SocialBusinessJsonException.class,
                    () -> SocialBusinessJson.readResponses(json, ResponsesFixtures.SMALL)));
    assertTrue(
        e.jsonPath().endsWith("." + field) || e.getOriginalMessage().contains(field),
        e::getOriginalMessage);
  }

  // -----------------------------------------------------------------------
  /** What reading gives within the time bound: its result, or whatever it threw. */
  private static Object outcome(ThrowingSupplier<?> read) {
    return assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            return read.get();
          } catch (Throwable t) {
            return t;
          }
        });
  }

  private static SocialBusinessCsvException csvError(String csv) {
    return assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThrows(
                SocialBusinessCsvException.class,
                () -> SocialBusinessCsv.readResponses(csv, STANDARD)));
  }

  private static void assertRowAndColumn(SocialBusinessCsvException e, String csv) {
    long lines = csv.chars().filter(c -> c == '\n' || c == '\r').count() + 2;
    assertTrue(e.row() >= 1 && e.row() <= lines, e::getMessage);
    String where = "row " + e.row() + e.column().map(c -> ", column " + c).orElse("") + ": ";
    assertTrue(e.getOriginalMessage().startsWith(where), e::getMessage);
    e.column()
        .ifPresent(
            c ->
                assertTrue(
                    COLUMNS.contains(c) || e.getOriginalMessage().contains("unknown column"),
                    e::getMessage));
  }

  /** One row of Ana's answering the standard question at {@code index}. */
  private static String row(int index, String option) {
    return "Ana,strategist,2024-03-01," + STANDARD.ids().get(index) + "," + option;
  }

  /** Valid rows for the first {@code rows} questions, one of them ({@code bad}) with another id or option. */
  private static String validRows(int rows, int bad, @Nullable String id, @Nullable String option) {
    StringBuilder csv = new StringBuilder(SHORT_HEADER).append('\n');
    for (int i = 0; i < rows; i++) {
      Question q = STANDARD.questions().get(i);
      String o = i == bad && option != null ? option : q.options().get(0).id();
      String qid = i == bad && id != null ? id : q.id();
      csv.append("Ana,strategist,2024-03-01,")
          .append(quoted(qid))
          .append(',')
          .append(quoted(o))
          .append('\n');
    }
    return csv.toString();
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  // -----------------------------------------------------------------------
  @Provide
  Arbitrary<Integer> rowCounts() {
    return Arbitraries.integers().between(1, 45);
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "q.listening", "half", "q.nope", "sometimes", "Q.LISTENING", "HALF", "dont know"),
        texts());
  }

  /** Texts with what CSV and JSON must quote or escape: separators, quotes, line breaks, tabs, non-ASCII. */
  private static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars(" ,\"\n\r\t;|'\\é中€.-")
        .ofMinLength(1)
        .ofMaxLength(20)
        .filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<List<Response>> responseLists() {
    return response().list().ofMinSize(1).ofMaxSize(4).map(ResponseFilesProperties::distinctNames);
  }

  /** Gives each response a name of its own, as a CSV file groups rows by name, role, unit and date. */
  private static List<Response> distinctNames(List<Response> responses) {
    List<Response> out = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      Response r = responses.get(i);
      Respondent who = r.respondent();
      String name = who.name() + " #" + i;
      Respondent renamed =
          who.businessUnit().isPresent()
              ? Respondent.of(name, who.role(), who.businessUnit().get())
              : Respondent.of(name, who.role());
      out.add(Response.of(renamed, r.answered(), r.answers()));
    }
    return out;
  }

  private Arbitrary<Response> response() {
    Arbitrary<Respondent> respondents =
        Combinators.combine(texts(), texts(), texts().optional())
            .as(
                (n, role, unit) ->
                    unit.isPresent() ? Respondent.of(n, role, unit.get()) : Respondent.of(n, role));
    Arbitrary<LocalDate> dates =
        Arbitraries.integers().between(0, 10_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    Arbitrary<List<Answer>> answers =
        Arbitraries.integers()
            .between(0, STANDARD.questions().size() - 1)
            .set()
            .ofMinSize(1)
            .ofMaxSize(10)
            .flatMap(
                indices ->
                    Combinators.combine(
                            indices.stream()
                                .sorted()
                                .map(i -> answer(STANDARD.questions().get(i)))
                                .collect(Collectors.toList()))
                        .as(list -> list));
    return Combinators.combine(respondents, dates, answers).as(Response::of);
  }

  private static Arbitrary<Answer> answer(Question q) {
    return Combinators.combine(
            Arbitraries.of(q.options()), texts().optional(), Arbitraries.of(Basis.class), texts())
        .as(
            (option, note, basis, reason) -> {
              Answer.Builder b =
                  Answer.builder().questionId(q.id()).optionId(option.id()).note(note).basis(basis);
              if (option.meaning() == Meaning.OUT_OF_SCOPE) {
                b.reason(reason);
              }
              return b.build();
            });
  }

  @Provide
  Arbitrary<String> hostileCsv() {
    Arbitrary<String> cell =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.of(
                    "Ana",
                    "strategist",
                    "Cloud",
                    "2024-03-01",
                    "2024-02-30",
                    "01/03/2024",
                    "q.listening",
                    "q.fact.policy-authority",
                    "q.nope",
                    "half",
                    "yes",
                    "sometimes",
                    "not-applicable",
                    "dont-know",
                    "INTERVIEW",
                    "GUESS",
                    "",
                    " ")),
            Tuple.of(3, texts()),
            Tuple.of(2, texts().map(ResponseFilesProperties::quoted)),
            Tuple.of(1, Arbitraries.of("\"unclosed", "a\"b", "\"\"", "\u0000", "\uFEFF")),
            Tuple.of(1, Arbitraries.just("x".repeat(100_001))));
    Arbitrary<String> row = cell.list().ofMinSize(0).ofMaxSize(12).map(l -> String.join(",", l));
    Arbitrary<String> header =
        Arbitraries.of(
            "respondent,role,unit,answered,question,answer,note,basis,reason,text,options",
            SHORT_HEADER,
            "answer,question,answered,role,respondent,note",
            "\uFEFF" + SHORT_HEADER,
            "respondent,role,answered,question",
            "respondent,role,answered,question,answer,grade",
            "respondent,role,role,answered,question,answer",
            "",
            "\"respondent\",\"role\",\"answered\",\"question\",\"answer\"");
    Arbitrary<String> separator = Arbitraries.of("\n", "\r\n", "\r");
    return Combinators.combine(header, row.list().ofMaxSize(30), separator)
        .as((h, rows, sep) -> h + sep + String.join(sep, rows) + (rows.isEmpty() ? "" : sep));
  }

  /**
   * Valid answers, every value quoted, with up to three cells replaced by hostile ones or rows repeated,
   * after a byte-order mark or not, with any line separator.
   */
  @Provide
  Arbitrary<String> mutatedCsv() {
    Arbitrary<Tuple.Tuple3<Integer, Integer, String>> mutation =
        Combinators.combine(
                Arbitraries.integers().between(0, 1_000),
                Arbitraries.integers().between(0, 8),
                Arbitraries.oneOf(hostileCell(), Arbitraries.just("REPEAT")))
            .as(Tuple::of);
    return Combinators.combine(
            responseLists(),
            mutation.list().ofMaxSize(3),
            Arbitraries.of("\n", "\r\n", "\r"),
            Arbitraries.of("", "\uFEFF"))
        .as(
            (responses, mutations, sep, bom) -> {
              List<List<String>> rows = new ArrayList<>();
              for (Response r : responses) {
                for (Answer a : r.answers()) {
                  List<String> row = new ArrayList<>();
                  row.add(quoted(r.respondent().name()));
                  row.add(quoted(r.respondent().role()));
                  row.add(quoted(r.respondent().businessUnit().orElse("")));
                  row.add(quoted(r.answered().toString()));
                  row.add(quoted(a.questionId()));
                  row.add(quoted(a.optionId()));
                  row.add(quoted(a.note().orElse("")));
                  row.add(quoted(a.basis().name()));
                  row.add(quoted(a.reason().orElse("")));
                  rows.add(row);
                }
              }
              for (Tuple.Tuple3<Integer, Integer, String> m : mutations) {
                List<String> row = rows.get(m.get1() % rows.size());
                if (m.get3().equals("REPEAT")) {
                  rows.add(new ArrayList<>(row));
                } else {
                  row.set(m.get2(), m.get3());
                }
              }
              return bom
                  + "respondent,role,unit,answered,question,answer,note,basis,reason"
                  + sep
                  + rows.stream().map(r -> String.join(",", r) + sep).collect(Collectors.joining());
            });
  }

  private static Arbitrary<String> hostileCell() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            6,
            Arbitraries.of(
                "Ana",
                "2024-02-30",
                "01/03/2024",
                "q.listening",
                "q.nope",
                "half",
                "yes",
                "sometimes",
                "not-applicable",
                "dont-know",
                "INTERVIEW",
                "GUESS",
                "",
                " ")),
        Tuple.of(3, texts()),
        Tuple.of(1, Arbitraries.of("\"unclosed", "a\"b", "\u0000", "\uFEFF", "x,y")),
        Tuple.of(1, Arbitraries.just(quoted("x".repeat(100_001)))));
  }

  @Provide
  Arbitrary<String> junkJson() {
    Arbitrary<String> tokens =
        Arbitraries.of(
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"respondent\"",
            "\"name\"",
            "\"role\"",
            "\"answered\"",
            "\"2024-03-01\"",
            "\"answers\"",
            "\"questionId\"",
            "\"q.listening\"",
            "\"optionId\"",
            "\"half\"",
            "\"sometimes\"",
            "\"basis\"",
            "\"GUESS\"",
            "null",
            "1",
            "true",
            "\"\\u0000\"",
            " ",
            "\"\\",
            "\uFEFF");
    return tokens.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> jsonFields() {
    return Arbitraries.of("name", "role", "answered", "questionId", "optionId", "basis", "reason");
  }

  @Provide
  Arbitrary<String> jsonValues() {
    // none of them is a valid value of any of the fields
    return Arbitraries.of("1", "true", "[]", "{}", "-3.5", "\"\"", "\" \"");
  }
}
