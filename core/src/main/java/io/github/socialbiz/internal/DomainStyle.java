package io.github.socialbiz.internal;

import io.github.socialbiz.SocialBusinessException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of socialbiz, applied on every package that holds value types.
 *
 * <p>Generated {@code ImmutableXxx} classes are package-private implementation details; factories and
 * builders return the public abstract type. A missing builder attribute throws {@link
 * SocialBusinessException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    throwForInvalidImmutableState = SocialBusinessException.class,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(prehash = false))
public @interface DomainStyle {}
