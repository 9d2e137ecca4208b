/**
 * The consultant's command line, {@code socialbiz}: an application on picocli over the library's modules,
 * not part of the library's API. {@link io.github.socialbiz.cli.SocialBizCli} is the entry point.
 */
@NullMarked
package io.github.socialbiz.cli;

import org.jspecify.annotations.NullMarked;
