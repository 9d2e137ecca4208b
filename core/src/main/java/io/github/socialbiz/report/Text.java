package io.github.socialbiz.report;

import io.github.socialbiz.internal.Decimals;
import io.github.socialbiz.internal.Markdown;
import java.util.Locale;

/** Markdown escaping and the number formats shared by the writers and the charts. */
final class Text {

  private Text() {}

  /** Escapes Markdown's inline syntax and table pipes, and folds line breaks, so user text stays text. */
  static String md(Object text) {
    return Markdown.escape(text);
  }

  /**
   * Writes an identifier as a Markdown code span for a table cell: fenced with one backtick more than its
   * longest run of backticks, table pipes escaped (GitHub tables split on them even in code) and line
   * breaks folded.
   */
  static String mdCode(String text) {
    String s = text.replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
    return fence + pad + s + pad + fence;
  }

  /** A count with thousands grouped by commas, the same in every locale: {@code 120,000}. */
  static String count(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  /** A score with two decimals, the same in every locale: {@code 0.25}. */
  static String num(double v) {
    return Decimals.fixed(v, 2);
  }

  /** A coordinate with one decimal, the same in every locale: {@code 280.0}. */
  static String px(double v) {
    return Decimals.fixed(v, 1);
  }
}
