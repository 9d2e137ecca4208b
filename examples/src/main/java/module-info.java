/**
 * Runnable examples of socialbiz, consuming it as the named modules {@code io.github.socialbiz},
 * {@code io.github.socialbiz.jackson} and {@code io.github.socialbiz.excel}.
 */
module io.github.socialbiz.examples {
  requires io.github.socialbiz;
  requires io.github.socialbiz.jackson;
  requires io.github.socialbiz.excel;
}
