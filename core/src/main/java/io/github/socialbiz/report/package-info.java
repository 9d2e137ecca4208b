/**
 * The consultant's deliverables: {@link io.github.socialbiz.report.Reports#markdown Markdown} to paste
 * into a document and a self-contained {@link io.github.socialbiz.report.Reports#html HTML} page with
 * inline SVG pictures, both written from one report with the same sections in the same order. Pure
 * functions of an assessment: no I/O, no clock.
 */
@NullMarked
package io.github.socialbiz.report;

import org.jspecify.annotations.NullMarked;
