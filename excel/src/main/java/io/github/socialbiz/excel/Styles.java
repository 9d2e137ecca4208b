package io.github.socialbiz.excel;

import io.github.socialbiz.internal.CellText;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/** The cell styles of one workbook, created once: POI allows a limited number per workbook. */
final class Styles {

  final CellStyle title;
  final CellStyle header;
  final CellStyle text;
  final CellStyle id;
  final CellStyle fill;
  final CellStyle date;
  final CellStyle hint;
  final CellStyle section;

  Styles(Workbook wb) {
    this.wb = wb;
    Font bold = wb.createFont();
    bold.setBold(true);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    Font grey = wb.createFont();
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    Font italic = wb.createFont();
    italic.setItalic(true);
    italic.setColor(IndexedColors.GREY_80_PERCENT.getIndex());

    title = wb.createCellStyle();
    title.setFont(big);

    header = wrapped(wb);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);

    text = wrapped(wb);

    id = wrapped(wb);
    id.setFont(grey);
    id.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    id.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    fill = wrapped(wb);
    fill.setLocked(false);
    fill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    fill.setBorderBottom(BorderStyle.HAIR);
    fill.setBorderTop(BorderStyle.HAIR);
    fill.setBorderLeft(BorderStyle.HAIR);
    fill.setBorderRight(BorderStyle.HAIR);

    date = wb.createCellStyle();
    date.cloneStyleFrom(fill);
    date.setDataFormat(wb.createDataFormat().getFormat(Layout.DATE_FORMAT));

    hint = wrapped(wb);
    hint.setFont(italic);

    section = wb.createCellStyle();
    section.setFont(bold);
    section.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  private final Workbook wb;

  /** The quote-prefixed copy of each style, by the style's index, made on first use. */
  private final Map<Short, CellStyle> quoted = new HashMap<>();

  /**
   * Writes a text into a cell with a style: as a text cell, never a formula, and, when the text is
   * formula-like ({@link CellText#isFormulaLike}), with a quote-prefixed copy of the style, which Excel and
   * LibreOffice show as the text and do not turn into a formula when the cell is edited.
   */
  void text(Cell cell, String text, @Nullable CellStyle style) {
    cell.setCellValue(text);
    if (style != null) {
      cell.setCellStyle(style);
    }
    if (CellText.isFormulaLike(text)) {
      CellStyle base = cell.getCellStyle();
      cell.setCellStyle(
          quoted.computeIfAbsent(
              base.getIndex(),
              i -> {
                CellStyle q = wb.createCellStyle();
                q.cloneStyleFrom(base);
                q.setQuotePrefixed(true);
                return q;
              }));
    }
  }

  private static CellStyle wrapped(Workbook wb) {
    CellStyle s = wb.createCellStyle();
    s.setWrapText(true);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }
}
