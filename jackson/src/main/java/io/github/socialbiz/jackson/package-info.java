/**
 * JSON for socialbiz through Jackson: {@link io.github.socialbiz.jackson.SocialBusinessModule} to register
 * on an {@code ObjectMapper}, {@link io.github.socialbiz.jackson.SocialBusinessJson} for one-line reading
 * and writing, and {@link io.github.socialbiz.jackson.SocialBusinessJsonException} for every document that
 * breaks the shape or the rules, naming the JSON path.
 */
@NullMarked
package io.github.socialbiz.jackson;

import org.jspecify.annotations.NullMarked;
