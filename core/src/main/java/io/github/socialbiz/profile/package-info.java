/**
 * What is known about one organization: the {@link io.github.socialbiz.profile.Organization} aggregate
 * with its {@link io.github.socialbiz.profile.Evidence evidence}, {@link
 * io.github.socialbiz.profile.BusinessUnit business units}, {@link
 * io.github.socialbiz.profile.CenterOfExcellence CoE roster}, {@link io.github.socialbiz.profile.Charter
 * charter} and {@link io.github.socialbiz.profile.SocialAccount account inventory}, validated when it is
 * built, and the shared {@link io.github.socialbiz.profile.SampleOrganizations sample organizations}.
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.profile;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
