/**
 * socialbiz-jackson: a Jackson module that reads and writes socialbiz organizations and assessments as
 * JSON with a stable, documented shape. See {@link io.github.socialbiz.jackson.SocialBusinessModule}.
 */
module io.github.socialbiz.jackson {
  requires transitive io.github.socialbiz;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static transitive org.jspecify;

  exports io.github.socialbiz.jackson;
}
