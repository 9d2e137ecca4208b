package io.github.socialbiz.practice;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.practice.Adoption.MOST;
import static io.github.socialbiz.practice.Adoption.NONE;
import static io.github.socialbiz.practice.Adoption.SOME;
import static io.github.socialbiz.rules.Truth.FALSE;
import static io.github.socialbiz.rules.Truth.TRUE;
import static io.github.socialbiz.rules.Truth.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The six grades exactly: not assessed is never none, and out of scope never meets a criterion. */
final class GradeTest {

  private static final Grade NOT_ASSESSED = Grade.notAssessed();
  private static final Grade OUT_OF_SCOPE = Grade.outOfScope();

  @Test
  void atLeast_isTrueOrFalseForAGrade_unknownForNotAssessed_falseForOutOfScope() {
    // columns: at least NONE, SOME, HALF, MOST
    assertEquals(List.of(TRUE, FALSE, FALSE, FALSE), atLeastEach(Grade.of(NONE)));
    assertEquals(List.of(TRUE, TRUE, FALSE, FALSE), atLeastEach(Grade.of(SOME)));
    assertEquals(List.of(TRUE, TRUE, TRUE, FALSE), atLeastEach(Grade.of(HALF)));
    assertEquals(List.of(TRUE, TRUE, TRUE, TRUE), atLeastEach(Grade.of(MOST)));
    // every practice in scope is at least none, assessed or not
    assertEquals(List.of(TRUE, UNKNOWN, UNKNOWN, UNKNOWN), atLeastEach(NOT_ASSESSED));
    assertEquals(List.of(FALSE, FALSE, FALSE, FALSE), atLeastEach(OUT_OF_SCOPE));
  }

  private static List<Object> atLeastEach(Grade g) {
    List<Object> row = new ArrayList<>();
    for (Adoption a : Adoption.values()) {
      row.add(g.atLeast(a));
    }
    return row;
  }

  @Test
  void boundsAndWords() {
    assertEquals(NONE, NOT_ASSESSED.lowest());
    assertEquals(MOST, NOT_ASSESSED.highest());
    assertEquals(NONE, OUT_OF_SCOPE.lowest());
    assertEquals(NONE, OUT_OF_SCOPE.highest());
    assertEquals(HALF, Grade.of(HALF).lowest());
    assertEquals(HALF, Grade.of(HALF).highest());
    assertEquals("About half", Grade.of(HALF).displayName());
    assertEquals("None", Grade.of(NONE).displayName());
    assertEquals("Not assessed", NOT_ASSESSED.displayName());
    assertEquals("Out of scope", OUT_OF_SCOPE.displayName());
    assertEquals("HALF", Grade.of(HALF).toString());
    assertEquals("NOT_ASSESSED", NOT_ASSESSED.toString());
    assertEquals("OUT_OF_SCOPE", OUT_OF_SCOPE.toString());
  }

  @Test
  void stateQueries() {
    assertEquals(Optional.of(SOME), Grade.of(SOME).adoption());
    assertEquals(Optional.empty(), NOT_ASSESSED.adoption());
    assertEquals(Optional.empty(), OUT_OF_SCOPE.adoption());
    assertEquals(
        List.of(true, false, false),
        List.of(Grade.of(NONE).isAssessed(), NOT_ASSESSED.isAssessed(), OUT_OF_SCOPE.isAssessed()));
    assertEquals(
        List.of(true, true, false),
        List.of(Grade.of(NONE).isInScope(), NOT_ASSESSED.isInScope(), OUT_OF_SCOPE.isInScope()));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void sixInstances_oneEachState_neverNoneForNotAssessed() {
    Set<Grade> all = new HashSet<>();
    for (Adoption a : Adoption.values()) {
      assertSame(Grade.of(a), Grade.of(a));
      all.add(Grade.of(a));
    }
    all.add(NOT_ASSESSED);
    all.add(OUT_OF_SCOPE);
    assertEquals(6, all.size());
    assertNotEquals(Grade.of(NONE), NOT_ASSESSED);
    assertNotEquals(NOT_ASSESSED, OUT_OF_SCOPE);
    assertSame(NOT_ASSESSED, Grade.notAssessed());
    assertEquals(
        "adoption", assertThrows(NullPointerException.class, () -> Grade.of(null)).getMessage());
    assertEquals(
        "minimum",
        assertThrows(NullPointerException.class, () -> NOT_ASSESSED.atLeast(null)).getMessage());
  }
}
