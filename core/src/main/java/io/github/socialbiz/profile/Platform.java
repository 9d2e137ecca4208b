package io.github.socialbiz.profile;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import java.util.List;

/**
 * A social platform that hosts corporate accounts, such as {@code TWITTER}. {@link #OTHER} holds every
 * platform without a constant of its own; write the platform into the handle there ("tiktok:@acme").
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Platform {
  /** A corporate blog. */
  BLOG("Blog"),
  /** Facebook. */
  FACEBOOK("Facebook"),
  /** Instagram. */
  INSTAGRAM("Instagram"),
  /** LinkedIn. */
  LINKEDIN("LinkedIn"),
  /** Pinterest. */
  PINTEREST("Pinterest"),
  /** Twitter, also known as X. */
  TWITTER("Twitter", "X"),
  /** YouTube. */
  YOUTUBE("YouTube"),
  /** Any other platform. */
  OTHER("Other");

  private static final Lookup<Platform> LOOKUP = Lookup.of(Platform.class, p -> p.spellings);

  private final String displayName;
  private final ImmutableList<String> spellings;

  Platform(String displayName, String... aliases) {
    this.displayName = displayName;
    this.spellings = ImmutableList.<String>builder().add(displayName).add(aliases).build();
  }

  /**
   * Obtains a platform from its name, number or display name, in any case.
   *
   * @param text  the text, such as "linkedin" or "X"
   * @return the platform, not null
   * @throws SocialBusinessException if the text names no platform
   */
  public static Platform parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the human-readable name, such as "LinkedIn".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets every spelling {@link #parse} accepts besides the name and number.
   *
   * @return the spellings, not empty
   */
  List<String> spellings() {
    return spellings;
  }
}
