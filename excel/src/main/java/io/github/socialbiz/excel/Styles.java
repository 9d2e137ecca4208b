package io.github.socialbiz.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

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

  private static CellStyle wrapped(Workbook wb) {
    CellStyle s = wb.createCellStyle();
    s.setWrapText(true);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }
}
