/**
 * The socialbiz report as a PDF: {@link io.github.socialbiz.pdf.SocialBusinessPdf}.
 */
@NullMarked
package io.github.socialbiz.pdf;

import org.jspecify.annotations.NullMarked;
