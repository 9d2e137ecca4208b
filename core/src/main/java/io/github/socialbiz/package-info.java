/**
 * The socialbiz entry points and the root exception, {@link io.github.socialbiz.SocialBusinessException}.
 *
 * <p>Package specification: unless otherwise noted, passing null to a method or constructor of any
 * socialbiz class throws {@link java.lang.NullPointerException} naming the parameter. Every other invalid
 * input throws {@link io.github.socialbiz.SocialBusinessException}. All value types are immutable and
 * thread-safe.
 */
@NullMarked
package io.github.socialbiz;

import org.jspecify.annotations.NullMarked;
