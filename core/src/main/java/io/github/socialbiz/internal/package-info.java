/**
 * Helpers shared by the socialbiz packages: the Immutables style and argument checks. Not exported.
 */
@NullMarked
package io.github.socialbiz.internal;

import org.jspecify.annotations.NullMarked;
