/**
 * Provenance as data: the {@link io.github.socialbiz.source.Source reports} the library encodes, {@link
 * io.github.socialbiz.source.Citation citations} into them graded by {@link
 * io.github.socialbiz.source.Provenance}, the published {@link io.github.socialbiz.source.Statistic
 * statistics} with their {@link io.github.socialbiz.source.Statistics catalogue}, and cited {@link
 * io.github.socialbiz.source.Guidance guidance}.
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.source;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
