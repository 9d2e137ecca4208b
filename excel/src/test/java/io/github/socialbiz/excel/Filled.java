package io.github.socialbiz.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** A workbook filled in by POI the way a client would fill it in a spreadsheet program. */
final class Filled {

  final XSSFWorkbook wb;
  private @Nullable String scope;

  private Filled(XSSFWorkbook wb) {
    this.wb = wb;
  }

  static Filled of(byte[] template) {
    try {
      return new Filled(new XSSFWorkbook(new ByteArrayInputStream(template)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fills only the given sheet from now on (for a workbook with one sheet per respondent). */
  Filled on(String sheet) {
    scope = sheet;
    return this;
  }

  /** Fills the respondent block: its labels are in column A, the values go to column B. */
  Filled respondent(String name, String role, @Nullable String unit, LocalDate date) {
    Sheet s = wb.getSheet(scope == null ? Layout.RESPONDENT_SHEET : scope);
    set(s, row(s, 0, Layout.NAME), 1, name);
    set(s, row(s, 0, Layout.ROLE), 1, role);
    if (unit != null) {
      set(s, row(s, 0, Layout.UNIT), 1, unit);
    }
    Cell d = cell(s, row(s, 0, Layout.DATE), 1);
    d.setCellValue(date);
    return this;
  }

  Filled answer(String questionId, String answer) {
    return set(questionId, Layout.ANSWER_COLUMN, answer);
  }

  Filled note(String questionId, String note) {
    return set(questionId, Layout.NOTE_COLUMN, note);
  }

  Filled basis(String questionId, String basis) {
    return set(questionId, Layout.BASIS_COLUMN, basis);
  }

  /** Sets a column of a question's row, found by its id wherever it is. */
  Filled set(String questionId, int column, String text) {
    for (Sheet s : wb) {
      if (scope != null && !s.getSheetName().equals(scope)) {
        continue;
      }
      int r = row(s, Layout.ID_COLUMN, questionId);
      if (r >= 0) {
        set(s, r, column, text);
        return this;
      }
    }
    throw new AssertionError("no row for " + questionId);
  }

  /** Sets one cell, such as {@code C4} of a sheet. */
  Filled cell(String sheet, String ref, String text) {
    CellReference c = new CellReference(ref);
    set(wb.getSheet(sheet), c.getRow(), c.getCol(), text);
    return this;
  }

  /** Where a question's row is: the sheet's name and the row index. */
  String sheetOf(String questionId) {
    for (Sheet s : wb) {
      if (row(s, Layout.ID_COLUMN, questionId) >= 0 && !s.getSheetName().equals("Lists")) {
        return s.getSheetName();
      }
    }
    throw new AssertionError("no row for " + questionId);
  }

  int rowOf(String questionId) {
    return row(wb.getSheet(sheetOf(questionId)), Layout.ID_COLUMN, questionId);
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int row(Sheet s, int column, String text) {
    for (Row r : s) {
      Cell c = r.getCell(column);
      if (c != null && c.toString().equals(text)) {
        return r.getRowNum();
      }
    }
    return -1;
  }

  private static void set(Sheet s, int r, int c, String text) {
    if (r < 0) {
      throw new AssertionError("no such row in " + s.getSheetName());
    }
    cell(s, r, c).setCellValue(text);
  }

  private static Cell cell(Sheet s, int r, int c) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
  }
}
