package io.github.socialbiz.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTextTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      value = {
        "=1+1 | '=1+1",
        "+cmd | '+cmd",
        "-2+3 | '-2+3",
        "@SUM(1;2) | '@SUM(1;2)",
        "'=1+1 | ''=1+1",
        "''@x | '''@x",
        "Ana Ruiz | Ana Ruiz",
        "'quoted' | 'quoted'",
        "a=b | a=b",
        "^^ | ^^",
        "' | '",
      })
  void safe_putsOneApostropheBeforeAFormulaLikeText_andRestoredTakesItOff(
      String text, String cell) {
    assertEquals(cell, CellText.safe(text));
    assertEquals(text, CellText.restored(cell));
  }

  @ParameterizedTest(name = "[{index}]")
  @CsvSource({"'\t=1', true", "'\r=1', true", "'\n=1', false", "' =1', false"})
  void tabsAndCarriageReturns_areFormulaLike_otherWhiteSpaceIsNot(String text, boolean formula) {
    assertEquals(formula, CellText.isFormulaLike(text));
  }

  @Test
  void aCellSomeoneElseWrote_isLeftAsItIs() {
    // a formula in a stranger's file is not ours to rewrite; only our apostrophe is taken off
    assertEquals("=1+1", CellText.restored("=1+1"));
    assertFalse(CellText.isFormulaLike("Sum: =1+1"));
    assertTrue(CellText.isFormulaLike("''=x"));
  }

  @Property(tries = 2000)
  void roundTrip_givesBackTheText(@ForAll("texts") String text) {
    assertEquals(text, CellText.restored(CellText.safe(text)));
  }

  @Property(tries = 2000)
  void safe_neverStartsWithAFormulaCharacter(@ForAll("texts") String text) {
    String cell = CellText.safe(text);
    assertFalse(
        !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
        () -> "'" + cell + "' starts a formula");
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("=+-@\t\r' abc1").ofMaxLength(8);
  }
}
