/**
 * Runnable examples of socialbiz, consuming it as the named modules {@code io.github.socialbiz},
 * {@code io.github.socialbiz.jackson}, {@code io.github.socialbiz.excel} and {@code io.github.socialbiz.pdf}.
 */
module io.github.socialbiz.examples {
  requires io.github.socialbiz;
  requires io.github.socialbiz.jackson;
  requires io.github.socialbiz.excel;
  requires io.github.socialbiz.pdf;
}
