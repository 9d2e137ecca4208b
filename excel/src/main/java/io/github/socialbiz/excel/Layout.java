package io.github.socialbiz.excel;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.profile.Basis;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The words and places of a questionnaire workbook, shared by the writer and the reader so that the two
 * cannot drift apart: the headers of the question table, the labels of the respondent block, and how
 * cell text is compared.
 */
final class Layout {

  private Layout() {}

  /**
   * The created date every written workbook states in its document properties, instead of the moment
   * it was written, so that writing does not read the clock.
   */
  static final Instant CREATED = Instant.parse("1980-01-01T00:00:00Z");

  /** Sets a new workbook's created date to {@link #CREATED}; POI sets it to now. */
  static void created(XSSFWorkbook wb) {
    wb.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(CREATED)));
  }

  /**
   * Sets a sheet up for paper: A4, one page wide (as many pages tall as it takes), narrow margins,
   * "Page N of M" at the foot, the given header row repeated on every page, and a print area over the
   * given columns (so a column only the reader needs, such as the question id, can stay off the page).
   *
   * @param headerRow the row to repeat, or -1 for none
   */
  static void print(Sheet s, boolean landscape, int headerRow, int firstColumn, int lastColumn) {
    PrintSetup p = s.getPrintSetup();
    p.setPaperSize(PrintSetup.A4_PAPERSIZE);
    p.setLandscape(landscape);
    s.setFitToPage(true);
    s.setAutobreaks(true);
    p.setFitWidth((short) 1);
    p.setFitHeight((short) 0);
    s.setMargin(PageMargin.LEFT, 0.4);
    s.setMargin(PageMargin.RIGHT, 0.4);
    s.setMargin(PageMargin.TOP, 0.5);
    s.setMargin(PageMargin.BOTTOM, 0.6);
    s.setPrintGridlines(false);
    // &P and &N: the page number and the number of pages, in the header-and-footer code of Excel
    s.getFooter().setCenter("Page &P of &N");
    if (headerRow >= 0) {
      s.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
    Workbook wb = s.getWorkbook();
    wb.setPrintArea(
        wb.getSheetIndex(s), firstColumn, lastColumn, 0, Math.max(0, s.getLastRowNum()));
  }

  static final String INSTRUCTIONS_SHEET = "Instructions";
  static final String RESPONDENT_SHEET = "Respondent";
  static final String LISTS_SHEET = "Lists";

  // The question table: header texts, in column order.
  static final String ID = "Question id";
  static final String QUESTION = "Question";
  static final String ANSWER = "Answer";
  static final String NOTE = "Note / reason";
  static final String BASIS = "Basis";
  static final String OPTIONS = "What each answer looks like";
  static final ImmutableList<String> HEADERS =
      ImmutableList.of(ID, QUESTION, ANSWER, NOTE, BASIS, OPTIONS);

  static final int ID_COLUMN = 0;
  static final int QUESTION_COLUMN = 1;
  static final int ANSWER_COLUMN = 2;
  static final int NOTE_COLUMN = 3;
  static final int BASIS_COLUMN = 4;
  static final int OPTIONS_COLUMN = 5;

  /** Column widths in characters, in column order. */
  static final int[] WIDTHS = {24, 60, 42, 42, 18, 90};

  // The respondent block: labels in column A, values in column B.
  static final String NAME = "Name";
  static final String ROLE = "Role";
  static final String UNIT = "Business unit";
  static final String DATE = "Date";
  static final ImmutableList<String> LABELS = ImmutableList.of(NAME, ROLE, UNIT, DATE);

  /** How far down the reader looks for a header row or the respondent's labels. */
  static final int SCAN_ROWS = 40;

  /** The date format of the date cell, which is also the text form the reader accepts. */
  static final String DATE_FORMAT = "yyyy-mm-dd";

  /**
   * Normalizes text for comparison: no surrounding white space (non-breaking spaces included), lower
   * case.
   */
  static String key(String text) {
    return text.replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT);
  }

  /** Whether a header cell's text names a column; the note also answers to "Note" alone. */
  static boolean isHeader(String cellText, String header) {
    String k = key(cellText);
    return k.equals(key(header)) || (header.equals(NOTE) && k.equals("note"));
  }

  /** The drop-down's wording of a basis, such as "Artifact checked". */
  static String basisText(Basis basis) {
    return basis.displayName();
  }

  /** The label of the respondent block a cell's text is, allowing a trailing colon. */
  static @Nullable String label(String cellText) {
    String k = key(cellText);
    if (k.endsWith(":")) {
      k = k.substring(0, k.length() - 1).strip();
    }
    for (String l : LABELS) {
      if (k.equals(key(l))) {
        return l;
      }
    }
    return null;
  }
}
