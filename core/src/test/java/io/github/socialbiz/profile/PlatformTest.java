package io.github.socialbiz.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PlatformTest {

  @Test
  void parse_acceptsNameNumberDisplayNameAndAlias_inAnyCase() {
    assertSame(Platform.TWITTER, Platform.parse("x"));
    assertSame(Platform.TWITTER, Platform.parse("TWITTER"));
    assertSame(Platform.LINKEDIN, Platform.parse("linkedin"));
    assertSame(Platform.YOUTUBE, Platform.parse("YouTube"));
  }

  @Test
  void parse_refusesAnUnknownPlatform_namingTheAllowedOnes() {
    assertEquals(
        "Unknown Platform: 'Myspace' (accepted, in any case: BLOG (1); FACEBOOK (2); INSTAGRAM (3);"
            + " LINKEDIN (4); PINTEREST (5); TWITTER (6, 'X'); YOUTUBE (7); OTHER (8))",
        assertThrows(SocialBusinessException.class, () -> Platform.parse("Myspace")).getMessage());
  }

  @Test
  void displayNameAndSpellings() {
    assertEquals("LinkedIn", Platform.LINKEDIN.displayName());
    assertEquals(List.of("Twitter", "X"), Platform.TWITTER.spellings());
    assertEquals(List.of("Blog"), Platform.BLOG.spellings());
  }
}
