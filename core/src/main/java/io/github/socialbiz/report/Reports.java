package io.github.socialbiz.report;

import static java.util.Objects.requireNonNull;

import io.github.socialbiz.assessment.Assessment;

/**
 * Renders an {@link Assessment} as a consultant's deliverable: Markdown to paste into a document, or a
 * self-contained HTML page (no external assets, no script) with three inline SVG pictures: the six-stage
 * ladder with the organization's stage marked, a radar of the dimension scores (now and at the roadmap's
 * target), and the roadmap's phases.
 *
 * <pre>{@code
 * String markdown = Reports.markdown(assessment);
 * String page = Reports.html(assessment);     // write it to a file and open it in a browser
 * }</pre>
 *
 * <p>Both formats are written from one report, built once per call, so they have the same sections in
 * the same order: the executive summary (one printed page: stage and level, scores, the five gaps that
 * matter most, evidence completeness, the top disagreements), what changed since the previous assessment
 * (if the {@link ReportContext} gives one), where the organization stands (with the checklists of the gate to the next stage and
 * of the gap to the next maturity level), scores by dimension, the organizational model, the findings,
 * the roadmap with one subsection per phase, the business units (if any), the published surveys, the
 * evidence notes (if any), and, given a {@link ReportContext} with the respondents' disagreements, the
 * items for the consensus meeting. Every section has a stable id, the anchor of its {@code section} element in
 * the HTML page, such as {@code findings} or {@code stage-gate}. Values are shown by their display names,
 * never by constant names; the findings' messages are printed as their rules wrote them.
 *
 * <p>The HTML page prints as a deliverable (the summary on page one, each later section on a new page,
 * A4 or Letter) and fits screens from 390 pixels wide; see the style sheet's rules in the README.
 *
 * <p>Both are pure functions: equal assessments (or contexts) give byte-equal reports. All text is escaped: in
 * Markdown, the syntax characters are backslash-escaped; in HTML, every text and attribute value is
 * escaped (Guava's HTML escaper), and the page is also well-formed XML.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Reports {

  private Reports() {}

  // -----------------------------------------------------------------------
  /**
   * Renders an assessment as Markdown. The pictures of the HTML page are left out: what they show is in
   * the text and tables of their sections.
   *
   * @param a  the assessment
   * @return the Markdown text, ending with a line break
   */
  public static String markdown(Assessment a) {
    return MarkdownWriter.write(Contents.of(ReportContext.of(requireNonNull(a, "a"))));
  }

  /**
   * Renders an assessment as one self-contained HTML page with inline SVG pictures. The page is also
   * well-formed XML.
   *
   * @param a  the assessment
   * @return the page, ending with a line break
   */
  public static String html(Assessment a) {
    return HtmlWriter.write(Contents.of(ReportContext.of(requireNonNull(a, "a"))));
  }

  // -----------------------------------------------------------------------
  /**
   * Renders an assessment in its context as Markdown: as {@link #markdown(Assessment)}, with the
   * respondents' disagreements as items for the consensus meeting and, if a previous assessment is given,
   * the trends since it.
   *
   * @param context  the assessment and what else the report shows
   * @return the Markdown text, ending with a line break
   */
  public static String markdown(ReportContext context) {
    return MarkdownWriter.write(Contents.of(requireNonNull(context, "context")));
  }

  /**
   * Renders an assessment in its context as one self-contained HTML page: as {@link #html(Assessment)},
   * with the respondents' disagreements as items for the consensus meeting and, if a previous assessment
   * is given, the trends since it.
   *
   * @param context  the assessment and what else the report shows
   * @return the page, ending with a line break
   */
  public static String html(ReportContext context) {
    return HtmlWriter.write(Contents.of(requireNonNull(context, "context")));
  }
}
