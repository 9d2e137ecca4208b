package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import org.junit.jupiter.api.Test;

final class MarkupTest {

  @Test
  void element_escapesTextAndAttributeValues() {
    String out =
        new Markup(64).element("p", "<b>Tom & Jerry's \"show\"</b>", "title", "a\"b<c").finish();
    assertEquals(
        "<p title=\"a&quot;b&lt;c\">&lt;b&gt;Tom &amp; Jerry&#39;s &quot;show&quot;&lt;/b&gt;</p>",
        out);
  }

  @Test
  void openAndClose_nestInOrder() {
    String out =
        new Markup(64)
            .doctype()
            .open("ul", "class", "x")
            .newline()
            .open("li")
            .text("one")
            .close()
            .empty("br")
            .close()
            .newline()
            .finish();
    assertEquals("<!DOCTYPE html>\n<ul class=\"x\">\n<li>one</li><br/></ul>\n", out);
  }

  @Test
  void close_withNothingOpen_throws() {
    Markup m = new Markup(8).element("p", "x");
    assertEquals(
        "Markup.close needs an open element, but none was open",
        assertThrows(SocialBusinessException.class, m::close).getMessage());
  }

  @Test
  void finish_withAnElementOpen_throwsNamingIt() {
    Markup m = new Markup(8).open("ul").open("li");
    assertEquals(
        "Markup.finish needs every element closed, but [li, ul] still open",
        assertThrows(SocialBusinessException.class, m::finish).getMessage());
  }

  @Test
  void names_mustBeNamesNotMarkup() {
    assertEquals(
        "Markup names must be a letter and then letters, digits or '-', but was 'p onclick=x'",
        assertThrows(SocialBusinessException.class, () -> new Markup(8).open("p onclick=x"))
            .getMessage());
    assertEquals(
        "Markup names must be a letter and then letters, digits or '-', but was 'on\"click'",
        assertThrows(
                SocialBusinessException.class, () -> new Markup(8).empty("br", "on\"click", "x"))
            .getMessage());
    assertEquals(
        "Markup attributes must be name and value pairs, but td had 3 strings",
        assertThrows(
                SocialBusinessException.class, () -> new Markup(8).open("td", "class", "a", "id"))
            .getMessage());
  }

  @Test
  void doctype_onlyFirst() {
    Markup m = new Markup(8).text("x");
    assertEquals(
        "Markup.doctype must come first, but 1 characters were written",
        assertThrows(SocialBusinessException.class, m::doctype).getMessage());
  }

  @Test
  void trustedSvg_insertsOneSvgElementAsItIs() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a &amp; b</text></svg>\n";
    assertEquals(
        "<div>" + svg + "</div>", new Markup(64).open("div").trustedSvg(svg).close().finish());
    assertEquals(
        "Markup.trustedSvg takes one SVG element as Charts writes it, but was '<script>x</script>'",
        assertThrows(
                SocialBusinessException.class, () -> new Markup(8).trustedSvg("<script>x</script>"))
            .getMessage());
    assertEquals(
        "Markup.trustedSvg takes one SVG element as Charts writes it, but was '<svg ></svg><script/>'",
        assertThrows(
                SocialBusinessException.class,
                () -> new Markup(8).trustedSvg("<svg ></svg><script/>"))
            .getMessage());
  }
}
