/** Runnable examples of socialbiz, consuming it as the named module {@code io.github.socialbiz}. */
module io.github.socialbiz.examples {
  requires io.github.socialbiz;
}
