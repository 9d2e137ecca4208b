package io.github.socialbiz.jackson;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a CSV file of responses cannot be read, such as {@code responses/ana.csv, row 4, column
 * answer: 'sometimes' is not an answer to q.listening; allowed: none, some, half, most, dont-know,
 * not-applicable}: an empty file, a header with a missing, unknown or repeated column or with semicolons
 * for separators, malformed CSV, a
 * value of the wrong type, a text beyond the limits, an unknown question, an answer outside the question's
 * options, a question answered twice by one respondent, or an answer that breaks one of the library's
 * rules (whose {@link io.github.socialbiz.SocialBusinessException} is then the cause). Nothing is
 * half-read: the exception is thrown before any response is returned.
 *
 * <p>{@link #getOriginalMessage()} is the row, the column and the problem; {@link #getMessage()} puts the
 * file first when the responses were read from one. Rows are counted from 1, the header, as a spreadsheet
 * shows them; a quoted value that holds line breaks is still one row. It is a {@link
 * SocialBusinessJsonException}, so a reader of JSON and CSV files fails with one type.
 *
 * @implSpec This class is intended for use in a single thread.
 */
public final class SocialBusinessCsvException extends SocialBusinessJsonException {

  private static final long serialVersionUID = 1L;

  /** The row of the offending value, counted from 1, the header. */
  private final int row;

  /** The column of the offending value, or null when the problem is the whole row or file. */
  private final @Nullable String column;

  SocialBusinessCsvException(
      int row, @Nullable String column, String problem, @Nullable Throwable cause) {
    super("row " + row + (column == null ? "" : ", column " + column) + ": " + problem, "$", cause);
    this.row = row;
    this.column = column;
  }

  /**
   * Gets the row of the offending value, counted from 1, the header.
   *
   * @return the row, at least 1
   */
  public int row() {
    return row;
  }

  /**
   * Gets the name of the offending value's column, as the header gives it.
   *
   * @return the column, or empty when the problem is the whole row or file (a row with too many values,
   *     malformed CSV, an empty file, a value of more than a million characters)
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * Gets the message: the file, when the responses were read from one, then the row, the column and the
   * problem, such as {@code responses/ana.csv, row 4, column answer: 'sometimes' is not an answer to
   * q.listening; allowed: none, some, half, most, dont-know, not-applicable, or an option's text or grade in words, such as 'None'}.
   *
   * @return the message, not null
   */
  @Override
  public String getMessage() {
    return file().map(f -> f + ", ").orElse("") + getOriginalMessage();
  }
}
