package io.github.socialbiz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LookupTest {

  enum Colour {
    RED,
    DARK_BLUE
  }

  @Test
  void normalise_dropsCaseSpacePunctuationAndReadsAmpersand() {
    assertEquals("hubandspoke", Lookup.normalise("Hub & Spoke"));
    assertEquals("hubandspoke", Lookup.normalise("HUB_AND_SPOKE"));
    assertEquals("stage4", Lookup.normalise(" Stage-4 "));
  }

  @Test
  void parse_acceptsNameNumberAndSpellings() {
    Lookup<Colour> lookup =
        Lookup.of(Colour.class, c -> c == Colour.RED ? List.of("Crimson") : List.of("Navy"));
    assertEquals(Colour.RED, lookup.parse("crimson"));
    assertEquals(Colour.DARK_BLUE, lookup.parse("dark blue"));
    assertEquals(Colour.DARK_BLUE, lookup.parse("2"));
    assertEquals(
        "Unknown Colour: 'green' (accepted, in any case: RED (1, 'Crimson'); DARK_BLUE (2, 'Navy'))",
        assertThrows(SocialBusinessException.class, () -> lookup.parse("green")).getMessage());
  }

  @Test
  void of_sameSpellingForTwoConstants_isAProgrammingError() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Lookup.of(Colour.class, c -> List.of("Same")));
    assertEquals("Spelling 'same' is claimed by both RED and DARK_BLUE", e.getMessage());
  }

  @Test
  void checks_formatHouseMessages() {
    assertEquals(
        "Thing.name must not be blank, but was ' '",
        assertThrows(SocialBusinessException.class, () -> Checks.notBlank(" ", "Thing", "name"))
            .getMessage());
    assertEquals(
        "Thing.size must be between 1 and 3, but was 4",
        assertThrows(SocialBusinessException.class, () -> Checks.inRange(4, 1, 3, "Thing", "size"))
            .getMessage());
    assertEquals("ok", Checks.notBlank("ok", "Thing", "name"));
  }
}
