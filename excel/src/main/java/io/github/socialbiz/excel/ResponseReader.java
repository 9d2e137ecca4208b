package io.github.socialbiz.excel;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Reading;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads a filled questionnaire workbook as responses. Sheets are recognized by their content, never by
 * name: a question table by its header row (a cell reading "Question id"), a respondent by the labels
 * Name, Role, Business unit and Date in column A. Rows are found by their question id, so sorted rows
 * are understood. Anything else unexpected is one {@link Failure}, which becomes one {@link
 * WorkbookException}.
 */
final class ResponseReader {

  private final Questionnaire questionnaire;
  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

  /** A sheet's question table: where its header row is and which column holds what. */
  private record Table(
      Sheet sheet, int header, int id, int question, int answer, int note, int basis) {}

  /** A sheet's respondent block: the row of each label found, by label. */
  private record Block(Sheet sheet, Map<String, Integer> rows) {}

  /** Where a question's row was found. */
  private record Place(String sheet, String cell) {}

  ResponseReader(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  List<Response> read(byte[] bytes) {
    Screen.check(bytes);
    Workbook wb;
    try {
      wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (Exception e) { // POI reports a damaged or foreign file with many kinds of exception
      throw fail(null, null, "not an Excel workbook (.xlsx) that can be read", e);
    }
    try (Workbook w = wb) {
      return read(w);
    } catch (Failure f) {
      throw f;
    } catch (RuntimeException e) { // a damaged part that POI opened but cannot give a value of
      throw fail(
          null,
          null,
          "holds a damaged part that cannot be read (" + e.getClass().getSimpleName() + ")",
          e);
    } catch (IOException e) {
      throw fail(null, null, "the workbook could not be closed: " + e, e);
    }
  }

  private List<Response> read(Workbook wb) {
    if (wb.getNumberOfSheets() > Screen.MAX_SHEETS) {
      throw fail(
          null,
          null,
          "has "
              + wb.getNumberOfSheets()
              + " sheets; a questionnaire workbook has at most "
              + Screen.MAX_SHEETS,
          null);
    }
    for (Sheet s : wb) {
      if (s.getLastRowNum() >= Screen.MAX_ROWS) {
        throw fail(
            s.getSheetName(),
            null,
            "has "
                + (s.getLastRowNum() + 1)
                + " rows; a questionnaire sheet has at most "
                + Screen.MAX_ROWS,
            null);
      }
    }
    List<Table> tables = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    Map<Sheet, Block> blockOfTable = new LinkedHashMap<>();
    for (Sheet s : wb) {
      Optional<Table> table = table(s);
      Block block = block(s, table.map(Table::header).orElse(Layout.SCAN_ROWS));
      if (table.isPresent()) {
        tables.add(table.get());
        if (!block.rows().isEmpty()) {
          blockOfTable.put(s, block);
        }
      } else if (!block.rows().isEmpty()) {
        blocks.add(block);
      }
    }
    if (tables.isEmpty()) {
      throw fail(
          null,
          null,
          "no sheet has questions (a header row with '"
              + Layout.ID
              + "' and '"
              + Layout.ANSWER
              + "'); is this a questionnaire workbook?",
          null);
    }
    if (!blockOfTable.isEmpty()) {
      return perSheet(tables, blocks, blockOfTable);
    }
    if (blocks.isEmpty()) {
      throw fail(
          null,
          null,
          "no sheet says who answered (the labels "
              + String.join(", ", Layout.LABELS)
              + " in column A, each with its value in column B)",
          null);
    }
    if (blocks.size() > 1) {
      throw fail(
          null,
          null,
          "sheets "
              + blocks.stream()
                  .map(b -> b.sheet().getSheetName())
                  .collect(Collectors.joining(" and "))
              + " both say who answered; a workbook for one respondent has one Respondent sheet",
          null);
    }
    Block block = blocks.get(0);
    if (untouched(block, tables)) {
      throw new Failure(
          null,
          null,
          "nobody has filled in this workbook (no name, date or answer): it is the blank"
              + " questionnaire; send it to a respondent and read the copy that comes back",
          null,
          true);
    }
    return ImmutableList.of(response(block, tables, null));
  }

  private List<Response> perSheet(
      List<Table> tables, List<Block> blocks, Map<Sheet, Block> blockOfTable) {
    if (!blocks.isEmpty()) {
      throw fail(
          blocks.get(0).sheet().getSheetName(),
          null,
          "says who answered, but other sheets name their own respondent above their questions;"
              + " a workbook has either one Respondent sheet or one sheet per respondent",
          null);
    }
    List<Response> out = new ArrayList<>();
    List<String> blank = new ArrayList<>();
    for (Table t : tables) {
      Block b = blockOfTable.get(t.sheet());
      if (b != null && blank(b, t)) {
        blank.add(t.sheet().getSheetName());
        continue;
      }
      if (b == null) {
        throw fail(
            t.sheet().getSheetName(),
            null,
            "has questions but does not say who answered them; in a workbook with one sheet per"
                + " respondent each sheet has the labels "
                + String.join(", ", Layout.LABELS)
                + " in column A above its questions",
            null);
      }
      out.add(response(b, ImmutableList.of(t), t.sheet().getSheetName()));
    }
    if (out.isEmpty()) {
      throw new Failure(
          null,
          null,
          "no respondent has filled in a sheet ("
              + String.join(", ", blank)
              + (blank.size() == 1 ? " is" : " are all")
              + " blank); write the respondent's name, role and date above the answers of at least"
              + " one sheet",
          null,
          true);
    }
    return out;
  }

  /**
   * Whether a respondent's sheet is untouched: nothing beside its labels (name, role, business unit,
   * date) and no answer, note or basis in its question rows. Such a sheet is an unused copy in a
   * workbook with one sheet per respondent, and is skipped.
   */
  private boolean blank(Block b, Table t) {
    return untouched(b, List.of(t));
  }

  /**
   * Whether a respondent's block and question tables hold nothing filled in: no value beside the labels,
   * no answer, note or basis.
   */
  private boolean untouched(Block b, List<Table> tables) {
    for (int row : b.rows().values()) {
      if (!text(b.sheet(), row, 1).isEmpty()) {
        return false;
      }
    }
    for (Table t : tables) {
      Sheet s = t.sheet();
      for (int r = t.header() + 1; r <= s.getLastRowNum(); r++) {
        if (!text(s, r, t.answer()).isEmpty()
            || (t.note() >= 0 && !text(s, r, t.note()).isEmpty())
            || (t.basis() >= 0 && !text(s, r, t.basis()).isEmpty())) {
          return false;
        }
      }
    }
    return true;
  }

  // -----------------------------------------------------------------------

  /**
   * Reads one response: the respondent from the block, the answers from the tables. The sheet is the
   * respondent's own sheet in a workbook with one sheet per respondent, named by errors of the whole
   * response; null in a workbook for one respondent.
   */
  private Response response(Block block, List<Table> tables, @Nullable String sheet) {
    Respondent respondent = respondent(block);
    LocalDate date = date(block);
    List<Answer> answers = answers(tables, sheet);
    try {
      return Response.of(respondent, date, answers).validate(questionnaire);
    } catch (SocialBusinessException e) {
      throw fail(sheet, null, String.valueOf(e.getMessage()), e);
    }
  }

  private Respondent respondent(Block block) {
    String name = required(block, Layout.NAME, "write the respondent's name");
    String role =
        required(
            block, Layout.ROLE, "write the respondent's role, such as social media strategist");
    Integer unitRow = block.rows().get(Layout.UNIT);
    String unit = unitRow == null ? "" : text(block.sheet(), unitRow, 1);
    try {
      return unit.isEmpty() ? Respondent.of(name, role) : Respondent.of(name, role, unit);
    } catch (SocialBusinessException e) {
      throw fail(block.sheet().getSheetName(), null, String.valueOf(e.getMessage()), e);
    }
  }

  private String required(Block block, String label, String what) {
    Integer row = block.rows().get(label);
    if (row == null) {
      throw fail(
          block.sheet().getSheetName(),
          null,
          "there is no '" + label + "' label in column A; " + what + " beside that label",
          null);
    }
    String value = text(block.sheet(), row, 1);
    if (value.isEmpty()) {
      throw fail(
          block.sheet().getSheetName(),
          ref(row, 1),
          "the " + label.toLowerCase(Locale.ROOT) + " is empty; " + what,
          null);
    }
    return value;
  }

  private LocalDate date(Block block) {
    String hint = "write the day of the answers as year-month-day, such as 2026-03-01";
    Integer row = block.rows().get(Layout.DATE);
    Sheet s = block.sheet();
    if (row == null) {
      throw fail(
          s.getSheetName(),
          null,
          "there is no '" + Layout.DATE + "' label in column A; " + hint + " beside that label",
          null);
    }
    Cell c = cell(s, row, 1);
    if (c != null && numeric(c)) {
      if (DateUtil.isCellDateFormatted(c) && DateUtil.isValidExcelDate(c.getNumericCellValue())) {
        return c.getLocalDateTimeCellValue().toLocalDate();
      }
      throw fail(s.getSheetName(), ref(row, 1), "'" + text(c) + "' is not a date; " + hint, null);
    }
    String value = text(s, row, 1);
    if (value.isEmpty()) {
      throw fail(s.getSheetName(), ref(row, 1), "the date is empty; " + hint, null);
    }
    try {
      return Reading.date(value);
    } catch (SocialBusinessException e) {
      throw fail(s.getSheetName(), ref(row, 1), e.getMessage() + "; " + hint, e);
    }
  }

  private List<Answer> answers(List<Table> tables, @Nullable String respondentSheet) {
    Map<String, Answer> answers = new HashMap<>();
    Map<String, Place> seen = new HashMap<>();
    for (Table t : tables) {
      Sheet s = t.sheet();
      String sheet = s.getSheetName();
      for (int r = t.header() + 1; r <= s.getLastRowNum(); r++) {
        String id = text(s, r, t.id());
        String answer = text(s, r, t.answer());
        String note = t.note() < 0 ? "" : text(s, r, t.note());
        String basis = t.basis() < 0 ? "" : text(s, r, t.basis());
        if (id.isEmpty()) {
          if (!answer.isEmpty() || !note.isEmpty() || !basis.isEmpty()) {
            throw fail(
                sheet,
                ref(r, t.id()),
                "this row has an answer, note or basis but no question id; the "
                    + Layout.ID
                    + " column must keep the ids as written",
                null);
          }
          continue;
        }
        String idCell = ref(r, t.id());
        Question q =
            questionnaire
                .question(id)
                .orElseThrow(
                    () ->
                        fail(
                            sheet,
                            idCell,
                            "'"
                                + id
                                + "' is not a question of this questionnaire; the "
                                + Layout.ID
                                + " column must keep the ids as written",
                            null));
        Place here = new Place(sheet, idCell);
        Place earlier = seen.putIfAbsent(q.id(), here);
        if (earlier != null) {
          throw fail(
              sheet,
              here.cell(),
              q.id()
                  + " has a second row here; its first is in sheet "
                  + earlier.sheet()
                  + ", cell "
                  + earlier.cell()
                  + ". Keep one row per question",
              null);
        }
        if (t.question() >= 0) {
          String text = text(s, r, t.question());
          if (!Layout.key(text).equals(Layout.key(q.text()))) {
            throw fail(
                sheet,
                ref(r, t.question()),
                "the question beside "
                    + q.id()
                    + " reads '"
                    + text
                    + "', but "
                    + q.id()
                    + " asks '"
                    + q.text()
                    + "'; were some columns sorted or edited apart from the "
                    + Layout.ID
                    + " column?",
                null);
          }
        }
        if (answer.isEmpty()) {
          if (!note.isEmpty() || !basis.isEmpty()) {
            throw fail(
                sheet,
                ref(r, t.answer()),
                q.id()
                    + " has a note or basis but no answer; choose an answer (\"Don't know\" if"
                    + " unsure) or clear the note and basis",
                null);
          }
          continue;
        }
        AnswerOption option = option(q, answer, sheet, ref(r, t.answer()));
        Answer.Builder a = Answer.builder().questionId(q.id()).optionId(option.id());
        if (!basis.isEmpty()) {
          a.basis(basis(basis, sheet, ref(r, t.basis())));
        }
        if (option.meaning().needsReason()) {
          if (note.isEmpty()) {
            throw fail(
                sheet,
                ref(r, t.note() < 0 ? t.answer() : t.note()),
                q.id()
                    + " is answered '"
                    + option.text()
                    + "', which needs the reason in the "
                    + Layout.NOTE
                    + " column",
                null);
          }
          a.reason(note);
        } else if (!note.isEmpty()) {
          a.note(note);
        }
        answers.put(q.id(), a.build());
      }
    }
    List<String> missing = new ArrayList<>();
    List<Answer> ordered = new ArrayList<>();
    for (Question q : questionnaire.questions()) {
      if (!seen.containsKey(q.id())) {
        missing.add(q.id());
      }
      Answer a = answers.get(q.id());
      if (a != null) {
        ordered.add(a);
      }
    }
    if (!missing.isEmpty()) {
      throw fail(
          respondentSheet,
          null,
          (missing.size() == 1 ? "question " : "questions ")
              + String.join(", ", missing)
              + (missing.size() == 1 ? " has" : " have")
              + " no row; every question of the questionnaire keeps its row, found by its id in the "
              + Layout.ID
              + " column",
          null);
    }
    return ordered;
  }

  /** The option an answer cell names, under the one reading rule of every format ({@link Reading}). */
  private AnswerOption option(Question q, String answer, String sheet, String cell) {
    try {
      return Reading.option(q, answer);
    } catch (SocialBusinessException e) {
      throw fail(sheet, cell, String.valueOf(e.getMessage()), null);
    }
  }

  /** The basis a cell names, under the one reading rule of every format ({@link Reading}). */
  private Basis basis(String text, String sheet, String cell) {
    try {
      return Reading.basis(text);
    } catch (SocialBusinessException e) {
      throw fail(sheet, cell, e.getMessage() + ", or empty (self-reported)", null);
    }
  }

  // -----------------------------------------------------------------------

  /** Finds the question table of a sheet: its header row and the column of each header. */
  private Optional<Table> table(Sheet s) {
    int last = Math.min(s.getLastRowNum(), Layout.SCAN_ROWS);
    for (int r = 0; r <= last; r++) {
      Row row = s.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, Integer> columns = new HashMap<>();
      for (Cell c : row) {
        String t = text(c);
        for (String h : Layout.HEADERS) {
          if (Layout.isHeader(t, h)) {
            Integer earlier = columns.putIfAbsent(h, c.getColumnIndex());
            if (earlier != null) {
              throw fail(
                  s.getSheetName(),
                  ref(r, c.getColumnIndex()),
                  "a second '" + h + "' column; its first is " + ref(r, earlier),
                  null);
            }
          }
        }
      }
      if (!columns.containsKey(Layout.ID)) {
        continue;
      }
      if (!columns.containsKey(Layout.ANSWER)) {
        throw fail(
            s.getSheetName(),
            null,
            "the header row "
                + (r + 1)
                + " has no '"
                + Layout.ANSWER
                + "' column; the headers are "
                + String.join(", ", Layout.HEADERS),
            null);
      }
      return Optional.of(
          new Table(
              s,
              r,
              columns.get(Layout.ID),
              columns.getOrDefault(Layout.QUESTION, -1),
              columns.get(Layout.ANSWER),
              columns.getOrDefault(Layout.NOTE, -1),
              columns.getOrDefault(Layout.BASIS, -1)));
    }
    return Optional.empty();
  }

  /** Finds the respondent labels in column A above a row. */
  private Block block(Sheet s, int above) {
    Map<String, Integer> rows = new HashMap<>();
    for (int r = 0; r < above && r <= s.getLastRowNum(); r++) {
      String label = Layout.label(text(s, r, 0));
      if (label != null) {
        Integer earlier = rows.putIfAbsent(label, r);
        if (earlier != null) {
          throw fail(
              s.getSheetName(),
              ref(r, 0),
              "a second '" + label + "' label; its first is " + ref(earlier, 0),
              null);
        }
      }
    }
    return new Block(s, rows);
  }

  // -----------------------------------------------------------------------

  private static @Nullable Cell cell(Sheet s, int r, int c) {
    Row row = s.getRow(r);
    return row == null ? null : row.getCell(c);
  }

  private String text(Sheet s, int r, int c) {
    Cell cell = cell(s, r, c);
    return cell == null ? "" : text(cell);
  }

  private static boolean numeric(Cell c) {
    return c.getCellType() == CellType.NUMERIC;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }

  /**
   * A cell's text as shown, without surrounding white space. A formula is refused: socialbiz never
   * computes one, and an answer a formula makes is not an answer a respondent typed.
   */
  private String text(Cell c) {
    if (c.getCellType() == CellType.FORMULA) {
      throw fail(
          c.getSheet().getSheetName(),
          ref(c.getRowIndex(), c.getColumnIndex()),
          "holds a formula ("
              + abbreviate("=" + c.getCellFormula())
              + "); type the value itself: socialbiz reads what a respondent typed and computes no"
              + " formula",
          null);
    }
    String t =
        switch (c.getCellType()) {
          case STRING -> c.getRichStringCellValue().getString();
          case NUMERIC ->
              formatter.formatRawCellContents(
                  c.getNumericCellValue(),
                  c.getCellStyle().getDataFormat(),
                  c.getCellStyle().getDataFormatString());
          case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
          case ERROR -> "#ERROR";
          default -> "";
        };
    return t.replace('\u00a0', ' ').strip();
  }

  private static String ref(int row, int column) {
    return new CellReference(row, column).formatAsString(false);
  }

  private Failure fail(
      @Nullable String sheet, @Nullable String cell, String problem, @Nullable Throwable cause) {
    return new Failure(sheet, cell, problem, cause, false);
  }

  /**
   * Why a workbook cannot be read, on its way out of the reader: unchecked inside this class, made the
   * checked {@link WorkbookException} with the file by {@link SocialBusinessExcel}.
   */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final @Nullable String sheet;
    final @Nullable String cell;
    final String problem;

    /** Whether the workbook is a questionnaire nobody has filled in. */
    final boolean blank;

    Failure(
        @Nullable String sheet,
        @Nullable String cell,
        String problem,
        @Nullable Throwable cause,
        boolean blank) {
      super(problem, cause);
      this.sheet = sheet;
      this.cell = cell;
      this.problem = problem;
      this.blank = blank;
    }
  }
}
