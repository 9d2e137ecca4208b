/**
 * The six stages of social business transformation (Li and Solis, 2013): {@link
 * io.github.socialbiz.stage.Stage}, with each stage's guidance and the entry criteria of its gate.
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.stage;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
