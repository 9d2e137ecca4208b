/**
 * Several respondents' answers to a {@link io.github.socialbiz.questionnaire.Questionnaire}, merged into
 * an organization's evidence: who answered ({@link io.github.socialbiz.responses.Respondent}), what they
 * answered ({@link io.github.socialbiz.responses.Answer}, {@link io.github.socialbiz.responses.Response}),
 * how answers are merged ({@link io.github.socialbiz.responses.MergePolicy}), and what the merge gives
 * ({@link io.github.socialbiz.responses.Merge}): the organization with the merged evidence and fact
 * statements, and the {@link io.github.socialbiz.responses.Disagreement disagreements} to settle in a
 * consensus meeting. {@link io.github.socialbiz.responses.Responses#merge Responses.merge} does the work. A
 * respondent who names a business unit answers for that unit alone: their answers become the unit's
 * overrides, never the whole organization's evidence.
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.responses;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
