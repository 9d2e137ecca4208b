/**
 * Excel workbooks for socialbiz through Apache POI. {@link io.github.socialbiz.excel.SocialBusinessExcel}
 * writes a {@link io.github.socialbiz.questionnaire.Questionnaire} as a workbook a client fills in
 * without help (instructions, who answered, one sheet per dimension with drop-downs for the answer and its
 * basis), reads filled workbooks back as {@link io.github.socialbiz.responses.Response}s validated
 * against the questionnaire, and writes an action plan as a sheet. Every workbook that cannot be
 * understood is rejected with one {@link io.github.socialbiz.excel.WorkbookException} naming the file,
 * the sheet, the cell and what is allowed; nothing is half-read.
 */
@NullMarked
package io.github.socialbiz.excel;

import org.jspecify.annotations.NullMarked;
