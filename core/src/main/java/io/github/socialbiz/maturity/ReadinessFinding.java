package io.github.socialbiz.maturity;

import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;

import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;

/**
 * One of the four findings of the 2011 readiness report on how advanced companies prepare, such as
 * {@code ONGOING_EDUCATION}.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum ReadinessFinding {
  /** Finding 1: baseline governance, reinforced over time, lets employees take part safely. */
  BASELINE_GOVERNANCE(
      "Baseline governance, reinforced over time, lets employees take part safely and professionally",
      Source.SOCIAL_READINESS_2011.at("Finding 1 (table of contents)", CORROBORATED)),
  /** Finding 2: enterprise-wide response processes make rapid engagement possible. */
  RESPONSE_PROCESSES(
      "Response processes that span the enterprise make rapid customer engagement possible",
      Source.SOCIAL_READINESS_2011.at("Finding 2 (table of contents)", CORROBORATED)),
  /** Finding 3: ongoing education and best-practice sharing keep learning going. */
  ONGOING_EDUCATION(
      "An ongoing education program and shared best practice keep the organization learning",
      Source.SOCIAL_READINESS_2011.at("Finding 3 (table of contents)", CORROBORATED)),
  /** Finding 4: organize into a scalable formation (wording from the executive summary). */
  SCALABLE_FORMATION(
      "Organize into a formation that scales: a team, a Center of Excellence and a model",
      Source.SOCIAL_READINESS_2011.at(
          "Executive summary (finding 4 heading not seen)", SINGLE_SOURCE));

  private final String statement;
  private final Citation citation;

  ReadinessFinding(String statement, Citation citation) {
    this.statement = statement;
    this.citation = citation;
  }

  /**
   * Gets the finding number, from 1 to 4.
   *
   * @return the number
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Gets the finding, in the library's words.
   *
   * @return the statement, not null
   */
  public String statement() {
    return statement;
  }

  /**
   * Gets where the finding is stated.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }
}
