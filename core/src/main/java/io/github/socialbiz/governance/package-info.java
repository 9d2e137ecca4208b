/**
 * Readiness and governance vocabulary: {@link io.github.socialbiz.governance.CrisisSeverity crisis
 * severity} and its {@link io.github.socialbiz.governance.CrisisOutcome outcomes}, the employee {@link
 * io.github.socialbiz.governance.ParticipationStance participation stance}, the {@link
 * io.github.socialbiz.governance.ProliferationStep proliferation steps}, the seven {@link
 * io.github.socialbiz.governance.SuccessFactor success factors} and the {@link
 * io.github.socialbiz.governance.CharterElement charter elements}.
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.governance;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
