package io.github.socialbiz.excel;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a questionnaire as a workbook, in one of two layouts: one respondent per workbook (a Respondent
 * sheet and one sheet per dimension), or one sheet per respondent (each sheet names its respondent above
 * all the questions, grouped by dimension).
 */
final class QuestionnaireWriter {

  /** Points per line of wrapped 11-point text. */
  private static final float LINE = 15f;

  private static final int INSTRUCTIONS_WIDTH = 75;

  private final Questionnaire questionnaire;
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final Styles styles = new Styles(wb);

  /** The drop-down list of each question: the range of its option texts on the Lists sheet. */
  private final Map<String, String> lists = new HashMap<>();

  private QuestionnaireWriter(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    Layout.created(wb);
  }

  /** The workbook for one respondent. */
  static byte[] perRespondent(Questionnaire questionnaire) {
    QuestionnaireWriter w = new QuestionnaireWriter(questionnaire);
    w.instructions(false);
    Sheet respondent = w.wb.createSheet(Layout.RESPONDENT_SHEET);
    w.respondentBlock(respondent, 0);
    respondent.setColumnWidth(0, 20 * 256);
    respondent.setColumnWidth(1, 40 * 256);
    respondent.setColumnWidth(2, 70 * 256);
    Layout.print(respondent, true, -1, 0, 2);
    for (Map.Entry<Dimension, List<Question>> e : w.byDimension().entrySet()) {
      Dimension d = e.getKey();
      Sheet s = w.wb.createSheet(d.displayName());
      w.title(s, 0, d.displayName() + ": " + d.description());
      w.hint(
          s,
          1,
          "Pick your answer in column C from its list; column F says what each answer looks like."
              + " Leave an answer empty if you would rather not answer.");
      w.questionTable(s, 2, e.getValue(), false);
    }
    return w.finish();
  }

  /** The workbook with one sheet per respondent. */
  static byte[] perSheet(Questionnaire questionnaire, int respondents) {
    if (respondents < 1) {
      throw new SocialBusinessException(
          "A workbook with one sheet per respondent needs at least 1 respondent, but was "
              + respondents);
    }
    QuestionnaireWriter w = new QuestionnaireWriter(questionnaire);
    w.instructions(true);
    for (int i = 1; i <= respondents; i++) {
      Sheet s = w.wb.createSheet("Respondent " + i);
      int header = w.respondentBlock(s, 0) + 1;
      w.questionTable(s, header, w.questionnaire.questions(), true);
    }
    return w.finish();
  }

  // -----------------------------------------------------------------------

  private Map<Dimension, List<Question>> byDimension() {
    Map<Dimension, List<Question>> map = new EnumMap<>(Dimension.class);
    for (Question q : questionnaire.questions()) {
      map.computeIfAbsent(q.dimension(), d -> new ArrayList<>()).add(q);
    }
    return map;
  }

  private void instructions(boolean perSheet) {
    Sheet s = wb.createSheet(Layout.INSTRUCTIONS_SHEET);
    // 75 characters wide: the Instructions fit an A4 page upright, also in LibreOffice
    s.setColumnWidth(0, INSTRUCTIONS_WIDTH * 256);
    title(s, 0, "How to fill in this questionnaire");
    List<String> lines = new ArrayList<>();
    if (perSheet) {
      lines.add(
          "Each sheet called Respondent 1, Respondent 2 and so on is for one person. Take one sheet,"
              + " and at its top write your name, your role, the business unit you answer for (leave it"
              + " empty if you answer for the whole organization) and the date. You may rename your"
              + " sheet to your own name.");
      lines.add(
          "Below that, the questions are grouped by area, one row per question. Read the question in"
              + " column B and pick your answer in column C from its list.");
    } else {
      lines.add(
          "Start on the Respondent sheet: write your name, your role, the business unit you answer for"
              + " (leave it empty if you answer for the whole organization) and the date.");
      lines.add(
          "Each further sheet covers one area of the organization, one row per question. Read the"
              + " question in column B and pick your answer in column C from its list.");
    }
    lines.add(
        "Answer for how things are today, not how they are planned to be. Column F says what each"
            + " answer looks like in practice: pick the one closest to what people would see if they"
            + " looked.");
    lines.add(
        "The graded answers go from nothing in place, through some and about half, to most or all of"
            + " the organization. Yes-or-no questions ask whether something exists.");
    lines.add(
        "\"Don't know\" is a good answer when you are not sure: the question stays open rather than being"
            + " guessed. An empty answer counts the same way.");
    lines.add(
        "If a question does not apply to your organization, choose \"This does not apply to us (say"
            + " why)\" and write the reason in the Note / reason column. The reason is required.");
    lines.add(
        "Note / reason: anything you want to add to an answer, such as an example, a document or who"
            + " knows more.");
    lines.add(
        "Basis: what your answer rests on. "
            + Layout.basisText(Basis.SELF_REPORTED)
            + ": you know it yourself (this is assumed when the cell is empty). "
            + Layout.basisText(Basis.INTERVIEW)
            + ": you asked the people who do the work and they told you. "
            + Layout.basisText(Basis.ARTIFACT_CHECKED)
            + ": you have seen the document, plan, report or dashboard that shows it.");
    lines.add(
        "Please keep the Question id column (A) as it is, and do not delete rows or rename the column"
            + " headers: the answers are read back by their question id. Sorting, filtering and"
            + " renaming sheets are fine.");
    lines.add("Thank you. Save the file as an Excel workbook (.xlsx) and send it back.");
    int r = 2;
    for (String line : lines) {
      cell(s, r++, 0, line, styles.text);
      heightFor(s.getRow(r - 1), line, INSTRUCTIONS_WIDTH);
    }
    Layout.print(s, false, -1, 0, 0);
  }

  /** Writes the respondent block from a row; returns the row after it. */
  private int respondentBlock(Sheet s, int from) {
    title(s, from, "Who is answering");
    String[][] rows = {
      {Layout.NAME, "Your full name"},
      {Layout.ROLE, "Your role, such as social media strategist or customer care lead"},
      {Layout.UNIT, "The business unit you answer for; leave it empty for the whole organization"},
      {Layout.DATE, "The day you answered, such as 2026-03-01 (year-month-day)"},
    };
    int r = from + 2;
    for (String[] row : rows) {
      cell(s, r, 0, row[0], styles.header);
      Cell value = s.getRow(r).createCell(1);
      value.setCellStyle(row[0].equals(Layout.DATE) ? styles.date : styles.fill);
      cell(s, r, 2, row[1], styles.hint);
      r++;
    }
    return r;
  }

  /** Writes the header row at a row and one row per question below it. */
  private void questionTable(Sheet s, int header, List<Question> questions, boolean sections) {
    for (int c = 0; c < Layout.HEADERS.size(); c++) {
      cell(s, header, c, Layout.HEADERS.get(c), styles.header);
      s.setColumnWidth(c, Layout.WIDTHS[c] * 256);
    }
    s.createFreezePane(0, header + 1);
    DataValidationHelper dv = s.getDataValidationHelper();
    int r = header + 1;
    int firstAnswer = r;
    @Nullable Dimension current = null;
    for (Question q : questions) {
      if (sections && q.dimension() != current) {
        current = q.dimension();
        cell(s, r, 0, "", styles.section);
        cell(s, r, 1, current.displayName() + ": " + current.description(), styles.section);
        s.addMergedRegion(new CellRangeAddress(r, r, 1, Layout.OPTIONS_COLUMN));
        r++;
      }
      String options = describe(q);
      cell(s, r, Layout.ID_COLUMN, q.id(), styles.id);
      cell(s, r, Layout.QUESTION_COLUMN, q.text(), styles.text);
      cell(s, r, Layout.ANSWER_COLUMN, "", styles.fill);
      cell(s, r, Layout.NOTE_COLUMN, "", styles.fill);
      cell(s, r, Layout.BASIS_COLUMN, "", styles.fill);
      cell(s, r, Layout.OPTIONS_COLUMN, options, styles.text);
      Row row = s.getRow(r);
      float lines =
          Math.max(
              lines(q.text(), Layout.WIDTHS[Layout.QUESTION_COLUMN]),
              lines(options, Layout.WIDTHS[Layout.OPTIONS_COLUMN]));
      row.setHeightInPoints(Math.max(2, lines) * LINE);
      DataValidation answer =
          dv.createValidation(
              dv.createFormulaListConstraint(list(q)),
              new CellRangeAddressList(r, r, Layout.ANSWER_COLUMN, Layout.ANSWER_COLUMN));
      prepare(answer, "Not one of the answers", "Pick an answer from the list of this question.");
      s.addValidationData(answer);
      r++;
    }
    if (r > firstAnswer) {
      DataValidationConstraint bases =
          dv.createExplicitListConstraint(
              new String[] {
                Layout.basisText(Basis.SELF_REPORTED),
                Layout.basisText(Basis.INTERVIEW),
                Layout.basisText(Basis.ARTIFACT_CHECKED)
              });
      DataValidation basis =
          dv.createValidation(
              bases,
              new CellRangeAddressList(
                  firstAnswer, r - 1, Layout.BASIS_COLUMN, Layout.BASIS_COLUMN));
      prepare(basis, "Not a basis", "Pick a basis from the list, or leave it empty.");
      s.addValidationData(basis);
    }
    Layout.print(s, true, header, Layout.ID_COLUMN, Layout.OPTIONS_COLUMN);
  }

  private static void prepare(DataValidation v, String title, String text) {
    // For XSSF, "suppress" true shows the drop-down arrow (POI's historical naming).
    v.setSuppressDropDownArrow(true);
    v.setEmptyCellAllowed(true);
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    v.createErrorBox(title, text);
  }

  /** What each option reads and looks like, one line per option. */
  static String describe(Question q) {
    StringBuilder sb = new StringBuilder();
    for (AnswerOption o : q.options()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append("• ").append(o.text()).append(" (").append(o.meaning().displayName());
      o.lookFor().ifPresent(l -> sb.append("; shows as: ").append(l));
      sb.append(')');
    }
    return sb.toString();
  }

  /** The range of a question's option texts on the Lists sheet, written on first use. */
  private String list(Question q) {
    return lists.computeIfAbsent(
        q.id(),
        id -> {
          checkDistinctTexts(q);
          Sheet l = wb.getSheet(Layout.LISTS_SHEET);
          if (l == null) {
            l = wb.createSheet(Layout.LISTS_SHEET);
            cell(
                l,
                0,
                0,
                "The answers of each question, for the drop-down lists. Do not edit.",
                null);
          }
          int r = l.getLastRowNum() + 1;
          cell(l, r, 0, id, null);
          ImmutableList<AnswerOption> options = q.options();
          for (int i = 0; i < options.size(); i++) {
            cell(l, r, i + 1, options.get(i).text(), null);
          }
          return new CellRangeAddress(r, r, 1, options.size())
              .formatAsString(Layout.LISTS_SHEET, true);
        });
  }

  private static void checkDistinctTexts(Question q) {
    Map<String, String> seen = new HashMap<>();
    for (AnswerOption o : q.options()) {
      String earlier = seen.putIfAbsent(Layout.key(o.text()), o.id());
      if (earlier != null) {
        throw new SocialBusinessException(
            "A workbook needs options that read differently, but "
                + q.id()
                + " has options '"
                + earlier
                + "' and '"
                + o.id()
                + "' that both read '"
                + o.text()
                + "'");
      }
    }
  }

  private byte[] finish() {
    Sheet lists = wb.getSheet(Layout.LISTS_SHEET);
    if (lists != null) {
      lists.setColumnWidth(0, 30 * 256);
      // keep the Lists sheet last, out of the way, and hidden
      wb.setSheetOrder(Layout.LISTS_SHEET, wb.getNumberOfSheets() - 1);
      wb.setSheetVisibility(wb.getSheetIndex(lists), SheetVisibility.HIDDEN);
    }
    wb.setActiveSheet(0);
    wb.setSelectedTab(0);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream();
        XSSFWorkbook w = wb) {
      w.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // -----------------------------------------------------------------------

  private void title(Sheet s, int r, String text) {
    cell(s, r, 0, text, styles.title);
    s.getRow(r).setHeightInPoints(22);
  }

  private void hint(Sheet s, int r, String text) {
    cell(s, r, 0, text, styles.hint);
    s.addMergedRegion(new CellRangeAddress(r, r, 0, Layout.OPTIONS_COLUMN));
  }

  private void cell(Sheet s, int r, int c, String text, @Nullable CellStyle style) {
    Row row = s.getRow(r);
    if (row == null) {
      row = s.createRow(r);
    }
    Cell cell = row.createCell(c);
    if (text.isEmpty()) {
      if (style != null) {
        cell.setCellStyle(style);
      }
    } else {
      styles.text(cell, text, style);
    }
  }

  private static void heightFor(Row row, String text, int width) {
    row.setHeightInPoints(Math.max(1, lines(text, width)) * LINE);
  }

  /** Estimated lines of wrapped text in a column of a width in characters. */
  static int lines(String text, int width) {
    int n = 0;
    for (String line : text.split("\n", -1)) {
      n += Math.max(1, (line.length() + width - 1) / width);
    }
    return n;
  }
}
