/**
 * The evidence vocabulary: every capability the research names is a {@link
 * io.github.socialbiz.practice.Practice} in one {@link io.github.socialbiz.practice.Dimension}, graded on
 * the {@link io.github.socialbiz.practice.Adoption} scale. Stages and maturity levels state their entry
 * {@link io.github.socialbiz.practice.Criterion criteria} over practices and structured {@link
 * io.github.socialbiz.practice.Fact facts}.
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.practice;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
