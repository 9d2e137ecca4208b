/**
 * The social Center of Excellence: its {@link io.github.socialbiz.coe.Role roles}, its {@link
 * io.github.socialbiz.coe.Responsibility responsibilities} and the team-size benchmarks by company {@link
 * io.github.socialbiz.coe.SizeBand size band}.
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.coe;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
