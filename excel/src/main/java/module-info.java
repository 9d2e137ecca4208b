/**
 * socialbiz-excel: Excel workbooks for socialbiz through Apache POI. A questionnaire a client fills in
 * without help, read back as responses, and an action plan as a sheet. See {@link
 * io.github.socialbiz.excel.SocialBusinessExcel}.
 *
 * <p>No type of Apache POI appears in the API: workbooks go in and out as bytes, streams and files.
 */
module io.github.socialbiz.excel {
  requires transitive io.github.socialbiz;
  requires org.apache.poi.ooxml;
  requires static transitive org.jspecify;

  exports io.github.socialbiz.excel;
}
