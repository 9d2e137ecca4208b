/**
 * A questionnaire from the model: the {@link io.github.socialbiz.questionnaire.Questionnaire} a consultant
 * takes to a client, with one {@link io.github.socialbiz.questionnaire.Question} per practice and per
 * structural fact, each with its {@link io.github.socialbiz.questionnaire.AnswerOption answer options}
 * and what each {@link io.github.socialbiz.questionnaire.Meaning means} to the evidence. The standard
 * questionnaire can be tailored (some dimensions, the gate to one stage or level, a client's own
 * questions, other wording) and rendered as a Markdown interview guide.
 */
@DomainStyle
@NullMarked
package io.github.socialbiz.questionnaire;

import io.github.socialbiz.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
