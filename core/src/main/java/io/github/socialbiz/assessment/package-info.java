/**
 * From evidence to a verdict: the standard rule books ({@link io.github.socialbiz.assessment.StandardRules})
 * over a {@link io.github.socialbiz.assessment.Snapshot} of an organization, the stage and maturity
 * {@link io.github.socialbiz.assessment.Gates gates}, and the organizational {@link
 * io.github.socialbiz.assessment.ModelFit model fit}.
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.assessment;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
