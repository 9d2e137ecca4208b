/**
 * socialbiz: the Altimeter Group's social business research as immutable Java types, a rules API and an
 * assessment engine.
 *
 * <p>Every exported package is {@code @NullMarked}: no parameter, return value or collection element is
 * null unless it says so. The package {@code io.github.socialbiz.internal} holds helpers; it is exported
 * only to the library's own Jackson and Excel modules (for the cell-text rule of the files they write).
 */
module io.github.socialbiz {
  requires transitive com.google.common;
  requires java.xml;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;

  exports io.github.socialbiz;
  exports io.github.socialbiz.assessment;
  exports io.github.socialbiz.coe;
  exports io.github.socialbiz.governance;
  exports io.github.socialbiz.maturity;
  exports io.github.socialbiz.organization;
  exports io.github.socialbiz.peers;
  exports io.github.socialbiz.practice;
  exports io.github.socialbiz.profile;
  exports io.github.socialbiz.questionnaire;
  exports io.github.socialbiz.report;
  exports io.github.socialbiz.responses;
  exports io.github.socialbiz.rules;
  exports io.github.socialbiz.source;
  exports io.github.socialbiz.internal to
      io.github.socialbiz.jackson,
      io.github.socialbiz.excel;
}
