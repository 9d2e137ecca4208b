package io.github.socialbiz.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills in a questionnaire workbook as a respondent would, by typing into its cells: the respondent's
 * name, role and date beside their labels in column A, and answers (and a basis) in the row whose column
 * A holds the question's id.
 */
final class Workbooks {

  private Workbooks() {}

  static byte[] fill(
      byte[] blank,
      String name,
      String role,
      String date,
      Map<String, String> answers,
      Map<String, String> bases)
      throws IOException {
    return fill(blank, name, role, date, answers, bases, Map.of());
  }

  /** As above, with notes (the reason of an answer that means "out of scope"). */
  static byte[] fill(
      byte[] blank,
      String name,
      String role,
      String date,
      Map<String, String> answers,
      Map<String, String> bases,
      Map<String, String> notes)
      throws IOException {
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
      for (Sheet s : wb) {
        for (Row row : s) {
          Cell a = row.getCell(0);
          if (a == null) {
            continue;
          }
          String label = a.toString().strip();
          switch (label) {
            case "Name" -> type(row, 1, name);
            case "Role" -> type(row, 1, role);
            case "Date" -> type(row, 1, date);
            default -> {
              if (answers.containsKey(label)) {
                type(row, 2, answers.get(label));
              }
              if (bases.containsKey(label)) {
                type(row, 4, bases.get(label));
              }
              if (notes.containsKey(label)) {
                type(row, 3, notes.get(label));
              }
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void type(Row row, int column, String text) {
    Cell c = row.getCell(column);
    if (c == null) {
      c = row.createCell(column);
    }
    c.setCellValue(text);
  }
}
