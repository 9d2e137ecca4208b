/**
 * socialbiz-pdf: the report as a PDF, made in Java without a browser. See {@link
 * io.github.socialbiz.pdf.SocialBusinessPdf}.
 *
 * <p>No type of openhtmltopdf or PDFBox appears in the API: reports go out as bytes and files.
 */
module io.github.socialbiz.pdf {
  requires transitive io.github.socialbiz;
  // openhtmltopdf and Batik lay out and draw through Java2D; their jars declare nothing
  requires java.desktop;
  requires java.xml;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires openhtmltopdf.svg.support;
  requires static transitive org.jspecify;

  exports io.github.socialbiz.pdf;
}
