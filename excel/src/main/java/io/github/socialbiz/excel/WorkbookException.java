package io.github.socialbiz.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a workbook cannot be read as responses: not an Excel workbook, a sheet or row that is
 * missing or edited beyond recognition, an answer that is not one of the question's options, a missing
 * name or date. The message names the file, the sheet and the cell (A1 style) where there is one, then
 * the problem and what is allowed, such as {@code answers/ana.xlsx, sheet Engagement, cell C4:
 * 'sometimes' is not an answer to q.listening; allowed: ...}.
 *
 * <p>Like every reader of this library's documents (the JSON and CSV readers' {@code
 * SocialBusinessJsonException} of the module {@code socialbiz-jackson}), the workbook reader fails with a
 * checked {@link IOException} whose {@link #file()} is the path it was given, or empty for a stream.
 * Nothing is half-read: the exception is thrown before any response is returned.
 *
 * @implSpec This class is intended for use in a single thread.
 */
public final class WorkbookException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The path the workbook was read from; not kept when the exception is serialized. */
  private final transient @Nullable Path path;

  private final String name;
  private final @Nullable String sheet;
  private final @Nullable String cell;
  private final String problem;
  private final boolean blank;

  WorkbookException(
      String name,
      @Nullable Path path,
      @Nullable String sheet,
      @Nullable String cell,
      String problem,
      @Nullable Throwable cause,
      boolean blank) {
    super(message(name, sheet, cell, problem), cause);
    this.name = name;
    this.path = path;
    this.sheet = sheet;
    this.cell = cell;
    this.problem = problem;
    this.blank = blank;
  }

  private static String message(
      String name, @Nullable String sheet, @Nullable String cell, String problem) {
    return name
        + (sheet == null ? "" : ", sheet " + sheet)
        + (cell == null ? "" : ", cell " + cell)
        + ": "
        + problem;
  }

  /**
   * Gets the file the workbook was read from, as given to one of the readers of {@link
   * SocialBusinessExcel} that take a {@link Path}.
   *
   * @return the path as given; empty for a workbook read from a stream (whose message starts with the
   *     name given with the stream)
   */
  public Optional<Path> file() {
    return Optional.ofNullable(path);
  }

  /**
   * Gets the name the message gives the workbook: the path as given, or the name given with a stream.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
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
   * Checks whether the workbook is a questionnaire nobody has filled in: no name, date or answer in a
   * workbook for one respondent, or every respondent sheet blank. A folder of answers that holds the
   * blank questionnaire by mistake can say so.
   *
   * @return true if the workbook is blank
   */
  public boolean isBlank() {
    return blank;
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
