package io.github.socialbiz.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.github.socialbiz.internal.Checks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Writes XML-compatible markup (the XHTML page and its SVG pictures) element by element. Text and attribute
 * values are always escaped, elements close in the order they opened, and markup is inserted as it is only
 * through {@link #trustedSvg(String)}, for the pictures {@link Charts} draws with this same class.
 */
final class Markup {

  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  /** Element and attribute names: written by this package, never taken from data. */
  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9-]*");

  private final StringBuilder out;
  private final Deque<String> open = new ArrayDeque<>();

  Markup(int capacity) {
    out = new StringBuilder(capacity);
  }

  /** Escapes text for element content or a quoted attribute value: {@code & < > " '}. */
  static String escape(String text) {
    return ESCAPER.escape(text);
  }

  /** Writes the HTML5 document type declaration and a line break; only as the first thing written. */
  Markup doctype() {
    Checks.check(
        out.length() == 0,
        "Markup.doctype must come first, but %s characters were written",
        out.length());
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /** Opens an element; {@code attributes} are name and value pairs, the values escaped. */
  Markup open(String tag, String... attributes) {
    start(tag, attributes);
    out.append('>');
    open.push(tag);
    return this;
  }

  /** Closes the element opened last. */
  Markup close() {
    Checks.check(!open.isEmpty(), "Markup.close needs an open element, but none was open");
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** Writes an element holding only text, which is escaped. */
  Markup element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close();
  }

  /** Writes an element without content, such as {@code <br/>}. */
  Markup empty(String tag, String... attributes) {
    start(tag, attributes);
    out.append("/>");
    return this;
  }

  /** Writes text, escaped. */
  Markup text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Writes a line break between elements, so that the page reads and diffs line by line. */
  Markup newline() {
    out.append('\n');
    return this;
  }

  /**
   * Inserts a picture's markup as it is: the one way markup that is not escaped here enters a page. Only
   * for the SVG made by {@link Charts}, which builds it with a {@code Markup} of its own, so its text is
   * escaped too.
   */
  Markup trustedSvg(String svg) {
    Checks.check(
        svg.startsWith("<svg ") && svg.endsWith("</svg>\n"),
        "Markup.trustedSvg takes one SVG element as Charts writes it, but was '%s'",
        svg);
    out.append(svg);
    return this;
  }

  /** Gets the markup written; every element must be closed. */
  String finish() {
    Checks.check(
        open.isEmpty(), "Markup.finish needs every element closed, but %s still open", open);
    return out.toString();
  }

  private void start(String tag, String... attributes) {
    checkName(tag);
    Checks.check(
        attributes.length % 2 == 0,
        "Markup attributes must be name and value pairs, but %s had %s strings",
        tag,
        attributes.length);
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      checkName(attributes[i]);
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(escape(attributes[i + 1]))
          .append('"');
    }
  }

  private static void checkName(String name) {
    Checks.check(
        NAME.matcher(name).matches(),
        "Markup names must be a letter and then letters, digits or '-', but was '%s'",
        name);
  }
}
