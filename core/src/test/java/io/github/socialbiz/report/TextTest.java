package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class TextTest {

  @Test
  void md_escapesInlineSyntaxAndFoldsLines() {
    assertEquals(
        "\\*a\\* \\_b\\_ \\`c\\` \\[d\\] \\<e\\> \\| \\# \\\\ f g",
        Text.md("*a* _b_ `c` [d] <e> | # \\ f\ng"));
  }

  @Test
  void mdCode_fencesLongerThanAnyBacktickRunAndEscapesPipes() {
    assertEquals("`accounts.orphaned`", Text.mdCode("accounts.orphaned"));
    assertEquals("`` a` ``", Text.mdCode("a`"));
    assertEquals("``a`b``", Text.mdCode("a`b"));
    assertEquals("``` `a``b ```", Text.mdCode("`a``b"));
    assertEquals("`a\\|b c d`", Text.mdCode("a|b\nc\rd"));
  }
}
