/**
 * Helpers shared by the socialbiz packages: the Immutables style, argument checks, alias-aware parsing
 * and the cell-text rule of written files. Exported only to the Jackson and Excel modules of socialbiz.
 */
@NullMarked
package io.github.socialbiz.internal;

import org.jspecify.annotations.NullMarked;
