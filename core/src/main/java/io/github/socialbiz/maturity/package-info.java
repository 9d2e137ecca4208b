/**
 * The social business hierarchy of needs (Owyang, 2011): {@link io.github.socialbiz.maturity.MaturityLevel}
 * with each level's requirements as criteria, and the four {@link
 * io.github.socialbiz.maturity.ReadinessFinding readiness findings}.
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.maturity;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
