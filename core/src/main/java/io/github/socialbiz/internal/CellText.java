package io.github.socialbiz.internal;

import static java.util.Objects.requireNonNull;

/**
 * Text written into a cell that a spreadsheet program opens, kept from becoming a formula (CSV or formula
 * injection, as OWASP describes it): a value that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return, after any apostrophes, gets one more apostrophe in front, which Excel and
 * LibreOffice take for "this is text". The library's writers of CSV files ({@code SocialBusinessCsv}) put
 * every value through {@link #safe(String)}; its readers put every value through {@link #restored(String)},
 * which takes that apostrophe off again, so a round trip gives back exactly what was written: a note
 * {@code =1+1} is written {@code '=1+1} and read {@code =1+1}, a note {@code '=1+1} is written {@code
 * ''=1+1} and read {@code '=1+1}. A workbook's cells are written as text cells marked "quote prefixed"
 * instead, which the programs show without the apostrophe.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CellText {

  private CellText() {}

  /**
   * Checks whether a spreadsheet program would take a text for a formula or command: it starts, after
   * any apostrophes, with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return.
   *
   * @param text  the text
   * @return true if the text needs the apostrophe
   */
  public static boolean isFormulaLike(String text) {
    requireNonNull(text, "text");
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Makes a text safe to write into a CSV cell: one apostrophe in front when it is {@linkplain
   * #isFormulaLike formula-like}, the text as it is otherwise.
   *
   * @param text  the text to write
   * @return the cell's text, not null
   */
  public static String safe(String text) {
    return isFormulaLike(text) ? "'" + text : text;
  }

  /**
   * Gives back the text that {@link #safe(String)} wrote: one apostrophe less in front of a
   * formula-like text that starts with one, the cell as it is otherwise.
   *
   * @param cell  the cell's text as read
   * @return the text, not null
   */
  public static String restored(String cell) {
    requireNonNull(cell, "cell");
    return cell.startsWith("'") && isFormulaLike(cell) ? cell.substring(1) : cell;
  }
}
