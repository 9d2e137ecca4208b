/**
 * Benchmarks against a consultancy's own peers: a {@link io.github.socialbiz.peers.PeerBase} of anonymous
 * {@link io.github.socialbiz.peers.Peer}s reduced from assessments, peer groups chosen by a {@link
 * io.github.socialbiz.peers.PeerFilter}, and the {@link io.github.socialbiz.peers.PeerComparison} of one
 * assessment with a group. No group smaller than the base's threshold is ever described, directly or as
 * the difference of two groups (see {@link io.github.socialbiz.peers.PeerBase}).
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.peers;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
