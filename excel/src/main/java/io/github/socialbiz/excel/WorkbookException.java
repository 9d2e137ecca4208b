package io.github.socialbiz.excel;

import io.github.socialbiz.SocialBusinessException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a workbook cannot be read as responses: not an Excel workbook, a sheet or row that is
 * missing or edited beyond recognition, an answer that is not one of the question's options, a missing
 * name or date. The message names the file, the sheet and the cell (A1 style) where there is one, then
 * the problem and what is allowed, such as {@code ana.xlsx, sheet Engagement, cell C4: 'sometimes' is
 * not an answer to q.listening; allowed: ...}.
 *
 * <p>It is a {@link SocialBusinessException}, so code that handles the library's invalid input handles
 * workbooks too.
 *
 * @implSpec This class is intended for use in a single thread.
 */
public final class WorkbookException extends SocialBusinessException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final @Nullable String sheet;
  private final @Nullable String cell;
  private final String problem;

  WorkbookException(
      String file,
      @Nullable String sheet,
      @Nullable String cell,
      String problem,
      @Nullable Throwable cause) {
    super(message(file, sheet, cell, problem));
    if (cause != null) {
      initCause(cause);
    }
    this.file = file;
    this.sheet = sheet;
    this.cell = cell;
    this.problem = problem;
  }

  private static String message(
      String file, @Nullable String sheet, @Nullable String cell, String problem) {
    return file
        + (sheet == null ? "" : ", sheet " + sheet)
        + (cell == null ? "" : ", cell " + cell)
        + ": "
        + problem;
  }

  /**
   * Gets the name of the workbook's file, such as {@code ana.xlsx}.
   *
   * @return the file name as given to the reader, not null
   */
  public String file() {
    return file;
  }

  /**
   * Gets the name of the sheet the problem is on.
   *
   * @return the sheet's name, or empty if the problem is the workbook's as a whole
   */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }

  /**
   * Gets the cell the problem is in, in A1 style, such as {@code C4}.
   *
   * @return the cell, or empty if the problem is not one cell's
   */
  public Optional<String> cell() {
    return Optional.ofNullable(cell);
  }

  /**
   * Gets the problem and what is allowed, without the file, sheet and cell.
   *
   * @return the problem, not null
   */
  public String problem() {
    return problem;
  }
}
