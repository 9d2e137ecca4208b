/**
 * Runnable examples of socialbiz, consuming it as the named modules {@code io.github.socialbiz} and
 * {@code io.github.socialbiz.jackson}.
 */
module io.github.socialbiz.examples {
  requires io.github.socialbiz;
  requires io.github.socialbiz.jackson;
}
