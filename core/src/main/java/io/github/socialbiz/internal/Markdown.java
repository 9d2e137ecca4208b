package io.github.socialbiz.internal;

/** Markdown text escaping, shared by the reports and the interview guide. Not part of the API. */
public final class Markdown {

  private Markdown() {}

  /**
   * Escapes text for Markdown, GitHub flavour: every character with a meaning is backslash-escaped and
   * line breaks are folded into spaces, so the text stays one paragraph or one table cell.
   *
   * @param text  the text, its {@code String.valueOf}
   * @return the escaped text, not null
   */
  public static String escape(Object text) {
    String s = String.valueOf(text);
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#' -> out.append('\\').append(c);
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
