package io.github.socialbiz.excel;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.assessment.ActionPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an {@link ActionPlan} as one sheet: its {@link ActionPlan#HEADER} as the frozen header row, one
 * row per item from {@link ActionPlan.Item#cells()}, and the team's columns (assignee, due date, status)
 * left empty to fill in, the status as a drop-down of {@link ActionPlan#STATUSES}.
 */
final class ActionPlanWriter {

  static final String SHEET = "Action plan";

  /** Column widths in characters, in the order of {@link ActionPlan#HEADER}. */
  private static final int[] WIDTHS = {22, 44, 30, 14, 14, 24, 60, 40, 20, 14, 14};

  private static final int ASSIGNEE = ActionPlan.HEADER.indexOf("Assignee");
  private static final int DUE = ActionPlan.HEADER.indexOf("Due date");
  private static final int STATUS = ActionPlan.HEADER.indexOf("Status");

  private ActionPlanWriter() {}

  static byte[] write(ActionPlan plan) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Layout.created(wb);
      Styles styles = new Styles(wb);
      Sheet s = wb.createSheet(SHEET);
      ImmutableList<String> header = ActionPlan.HEADER;
      Row h = s.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        Cell cell = h.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(styles.header);
        s.setColumnWidth(c, WIDTHS[Math.min(c, WIDTHS.length - 1)] * 256);
      }
      s.createFreezePane(0, 1);
      int r = 1;
      for (ActionPlan.Item item : plan.items()) {
        Row row = s.createRow(r++);
        ImmutableList<String> cells = item.cells();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
          Cell cell = row.createCell(c);
          String text = cells.get(c);
          if (text.isEmpty()) {
            cell.setCellStyle(style(styles, c));
          } else {
            styles.text(cell, text, style(styles, c));
          }
          lines =
              Math.max(
                  lines, QuestionnaireWriter.lines(text, WIDTHS[Math.min(c, WIDTHS.length - 1)]));
        }
        row.setHeightInPoints(lines * 15f);
      }
      if (r > 1) {
        s.setAutoFilter(new CellRangeAddress(0, r - 1, 0, header.size() - 1));
        DataValidationHelper dv = s.getDataValidationHelper();
        DataValidation status =
            dv.createValidation(
                dv.createExplicitListConstraint(ActionPlan.STATUSES.toArray(new String[0])),
                new CellRangeAddressList(1, r - 1, STATUS, STATUS));
        status.setSuppressDropDownArrow(true); // for XSSF: shows the arrow
        status.setEmptyCellAllowed(true);
        status.setShowErrorBox(true);
        status.setErrorStyle(DataValidation.ErrorStyle.STOP);
        status.createErrorBox(
            "Not a status",
            "Pick a status from the list: " + String.join(", ", ActionPlan.STATUSES));
        s.addValidationData(status);
      }
      Layout.print(s, true, 0, 0, header.size() - 1);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CellStyle style(Styles styles, int column) {
    if (column == DUE) {
      return styles.date;
    }
    return column == ASSIGNEE || column == STATUS ? styles.fill : styles.text;
  }
}
