/**
 * The five ways companies organize for social business (Owyang, 2010 onward): {@link
 * io.github.socialbiz.organization.OrganizationalModel}, with aliases, trade-offs, examples and adoption
 * figures.
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.organization;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
