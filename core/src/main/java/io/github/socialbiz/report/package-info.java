/**
 * The consultant's deliverables: {@link io.github.socialbiz.report.Reports#markdown Markdown} to paste
 * into a document and a self-contained {@link io.github.socialbiz.report.Reports#html HTML} page with
 * inline SVG pictures, both written from one report with the same sections in the same order, from an
 * assessment or a {@link io.github.socialbiz.report.ReportContext} (with the respondents' disagreements
 * and a previous assessment). Pure functions of their input: no I/O, no clock.
 */
@NullMarked
package io.github.socialbiz.report;

import org.jspecify.annotations.NullMarked;
