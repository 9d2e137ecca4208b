package io.github.socialbiz.jackson;

/**
 * The columns of a CSV file of responses, in the order {@link SocialBusinessCsv} writes them: one row per
 * answer. A file read may give them in any order and leave out those not required; {@link #TEXT} and
 * {@link #OPTIONS} are for people and are ignored on reading.
 */
enum CsvColumn {
  RESPONDENT("respondent", true, "the respondent's name"),
  ROLE("role", true, "the respondent's role, such as `strategist`"),
  UNIT(
      "unit",
      false,
      "the business unit the respondent speaks for; empty for the whole organization"),
  ANSWERED("answered", true, "the day the answers were given, such as `2026-06-30`"),
  QUESTION("question", true, "the question's id, such as `q.listening`"),
  ANSWER(
      "answer", true, "the chosen option's id, such as `half`; a row left empty is not an answer"),
  NOTE("note", false, "what the respondent added"),
  BASIS("basis", false, "a `Basis` name; empty for `SELF_REPORTED`"),
  REASON(
      "reason",
      false,
      "why the question does not apply; required for an option meaning `OUT_OF_SCOPE`"),
  TEXT("text", false, "the question's text; ignored on reading"),
  OPTIONS(
      "options",
      false,
      "the question's option ids, separated by vertical bars; ignored on reading");

  private final String header;
  private final boolean required;
  private final String notes;

  CsvColumn(String header, boolean required, String notes) {
    this.header = header;
    this.required = required;
    this.notes = notes;
  }

  /** Gets the column's name in the header. */
  String header() {
    return header;
  }

  /** Checks if a file must have the column. */
  boolean isRequired() {
    return required;
  }

  /** Gets the column's notes in {@code docs/json.md}. */
  String notes() {
    return notes;
  }
}
