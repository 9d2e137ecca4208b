package io.github.socialbiz.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

final class GeneratedDocsTest {

  @Test
  void sections_replaceOnlyTheirOwnText() {
    String page =
        "# Title\n\nProse.\n\n<!-- generated: a -->\nold\n<!-- end generated -->\n\nMore prose.\n";
    assertEquals(
        "# Title\n\nProse.\n\n<!-- generated: a -->\nnew\n<!-- end generated -->\n\nMore prose.\n",
        GeneratedDocs.replace(page, "a", "new\n"));
    AssertionError missing =
        assertThrows(AssertionError.class, () -> GeneratedDocs.replace(page, "b", "new\n"));
    assertEquals(
        "the page needs the marker '<!-- generated: b -->' once, followed by '<!-- end generated -->'",
        missing.getMessage());
    AssertionError twice =
        assertThrows(
            AssertionError.class,
            () ->
                GeneratedDocs.replace(
                    "<!-- generated: a -->\n<!-- end generated -->\n<!-- generated: a -->\n",
                    "a",
                    "new\n"));
    assertEquals(missing.getMessage().replace("b -->", "a -->"), twice.getMessage());
    AssertionError unended =
        assertThrows(
            AssertionError.class,
            () -> GeneratedDocs.replace("<!-- generated: a -->\nold\n", "a", "new\n"));
    assertEquals("the section 'a' has no '<!-- end generated -->'", unended.getMessage());
  }
}
