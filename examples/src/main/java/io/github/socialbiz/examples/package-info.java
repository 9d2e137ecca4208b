/** Runnable examples of socialbiz; each has a twin test. */
@NullMarked
package io.github.socialbiz.examples;

import org.jspecify.annotations.NullMarked;
