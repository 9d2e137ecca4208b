package io.github.socialbiz.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.github.socialbiz.internal.Decimals;
import java.util.Locale;

/** Escaping and number formatting shared by the renderers. */
final class Text {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  private Text() {}

  static String esc(Object text) {
    return HTML.escape(String.valueOf(text));
  }

  /** Escapes Markdown's inline syntax and table pipes, and folds line breaks, so user text stays text. */
  static String md(Object text) {
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

  /** A count with thousands grouped by commas, the same in every locale: {@code 120,000}. */
  static String count(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  static String num(double v) {
    return Decimals.fixed(v, 2);
  }

  static String px(double v) {
    return Decimals.fixed(v, 1);
  }
}
