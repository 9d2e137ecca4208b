/**
 * A small, honest rules API that knows nothing of social business: a {@link
 * io.github.socialbiz.rules.Rule} checks a subject and returns a {@link io.github.socialbiz.rules.Verdict}
 * with its {@link io.github.socialbiz.rules.Reason reasons}; a {@link io.github.socialbiz.rules.RuleBook}
 * is an immutable, ordered set of rules with unique ids; {@link
 * io.github.socialbiz.rules.RuleBook#evaluate(Object)} returns an {@link
 * io.github.socialbiz.rules.Evaluation} that holds every rule's {@link io.github.socialbiz.rules.Outcome
 * outcome} (its verdict, with any finding stamped with the rule's own id, severity, citation and
 * recommendation), the {@link
 * io.github.socialbiz.rules.Finding findings} by {@link io.github.socialbiz.rules.Severity severity}, and
 * explains why and why not.
 *
 * <p>Rules are plain Java: no string expressions are evaluated, nothing is found by reflection. A rule
 * that throws is never swallowed: evaluation fails with a {@link
 * io.github.socialbiz.rules.RuleFailedException} naming the rule. Evaluation is a pure function of the
 * subject: thread-safe and deterministic. This package depends only on the root exception.
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.rules;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
