package io.github.socialbiz.rules;

import static io.github.socialbiz.rules.Truth.FALSE;
import static io.github.socialbiz.rules.Truth.TRUE;
import static io.github.socialbiz.rules.Truth.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Kleene's strong logic of three values, written out as its full truth tables. */
final class TruthTest {

  @Test
  void and_isKleenesConjunction() {
    // rows: this; columns: other, in the order FALSE, UNKNOWN, TRUE
    assertEquals(FALSE, FALSE.and(FALSE));
    assertEquals(FALSE, FALSE.and(UNKNOWN));
    assertEquals(FALSE, FALSE.and(TRUE));
    assertEquals(FALSE, UNKNOWN.and(FALSE));
    assertEquals(UNKNOWN, UNKNOWN.and(UNKNOWN));
    assertEquals(UNKNOWN, UNKNOWN.and(TRUE));
    assertEquals(FALSE, TRUE.and(FALSE));
    assertEquals(UNKNOWN, TRUE.and(UNKNOWN));
    assertEquals(TRUE, TRUE.and(TRUE));
  }

  @Test
  void or_isKleenesDisjunction() {
    assertEquals(FALSE, FALSE.or(FALSE));
    assertEquals(UNKNOWN, FALSE.or(UNKNOWN));
    assertEquals(TRUE, FALSE.or(TRUE));
    assertEquals(UNKNOWN, UNKNOWN.or(FALSE));
    assertEquals(UNKNOWN, UNKNOWN.or(UNKNOWN));
    assertEquals(TRUE, UNKNOWN.or(TRUE));
    assertEquals(TRUE, TRUE.or(FALSE));
    assertEquals(TRUE, TRUE.or(UNKNOWN));
    assertEquals(TRUE, TRUE.or(TRUE));
  }

  @Test
  void not_swapsTrueAndFalse_andKeepsUnknown() {
    assertEquals(TRUE, FALSE.not());
    assertEquals(UNKNOWN, UNKNOWN.not());
    assertEquals(FALSE, TRUE.not());
  }

  @Test
  void of_mapsABooleanToAKnownTruth() {
    assertEquals(TRUE, Truth.of(true));
    assertEquals(FALSE, Truth.of(false));
  }

  @Test
  void predicates_tellEachValueApart() {
    // isTrue, isFalse, isUnknown, isPossible for FALSE, UNKNOWN, TRUE
    assertEquals(
        List.of(false, false, true), List.of(FALSE.isTrue(), UNKNOWN.isTrue(), TRUE.isTrue()));
    assertEquals(
        List.of(true, false, false), List.of(FALSE.isFalse(), UNKNOWN.isFalse(), TRUE.isFalse()));
    assertEquals(
        List.of(false, true, false),
        List.of(FALSE.isUnknown(), UNKNOWN.isUnknown(), TRUE.isUnknown()));
    assertEquals(
        List.of(false, true, true),
        List.of(FALSE.isPossible(), UNKNOWN.isPossible(), TRUE.isPossible()));
  }

  @Test
  void theValues_areOrderedFalseUnknownTrue() {
    assertEquals(List.of(FALSE, UNKNOWN, TRUE), List.of(Truth.values()));
    assertEquals("UNKNOWN", UNKNOWN.toString());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullOperands_areRefusedByName() {
    assertEquals(
        "other", assertThrows(NullPointerException.class, () -> TRUE.and(null)).getMessage());
    assertEquals(
        "other", assertThrows(NullPointerException.class, () -> FALSE.or(null)).getMessage());
    assertTrue(TRUE.isTrue());
    assertFalse(UNKNOWN.isTrue());
  }
}
