package io.github.socialbiz.report;

import static io.github.socialbiz.report.Text.md;
import static io.github.socialbiz.report.Text.mdCode;

import io.github.socialbiz.rules.Truth;
import java.util.List;

/**
 * Writes a {@link Report} as Markdown: a heading per section ({@code ##}, subsections {@code ###}), lists,
 * task lists for checklists ({@code [?]} for a criterion not verified) and pipe tables, all text backslash-escaped. Pictures are left out.
 */
final class MarkdownWriter {

  private MarkdownWriter() {}

  /** Writes the report, ending with a line break. */
  static String write(Report report) {
    StringBuilder s = new StringBuilder(8_192);
    s.append("# ").append(md(report.title())).append("\n\n");
    blocks(s, report.lead());
    for (Report.Section section : report.sections()) {
      section(s, "## ", section);
      for (Report.Section sub : section.subsections()) {
        section(s, "### ", sub);
      }
    }
    s.append("---\n").append(line(report.colophon())).append('\n');
    return s.toString();
  }

  private static void section(StringBuilder s, String marker, Report.Section section) {
    s.append(marker).append(md(section.title())).append("\n\n");
    blocks(s, section.blocks());
  }

  private static void blocks(StringBuilder s, List<Report.Block> blocks) {
    for (Report.Block block : blocks) {
      if (block instanceof Report.Paragraph p) {
        s.append(line(p.text())).append("\n\n");
      } else if (block instanceof Report.Bullets b) {
        for (Report.Line item : b.items()) {
          s.append("- ").append(line(item)).append('\n');
        }
        s.append(b.items().isEmpty() ? "" : "\n");
      } else if (block instanceof Report.Checklist c) {
        for (Report.Check item : c.items()) {
          s.append(mark(item.met())).append(line(item.text())).append('\n');
        }
        s.append(c.items().isEmpty() ? "" : "\n");
      } else if (block instanceof Report.Table t) {
        table(s, t);
      }
      // a Report.Picture has no Markdown form; its section says in words what it shows
    }
  }

  /**
   * The mark of a checklist item: a task-list box, checked for met, empty for not met, and for not
   * verified a question mark in the box ({@code [?]}), which no Markdown reads as a task: it stays
   * literal text, so the three states differ in plain text and never show an unknown as an empty box.
   */
  private static String mark(Truth met) {
    return switch (met) {
      case TRUE -> "- [x] ";
      case FALSE -> "- [ ] ";
      case UNKNOWN -> "- [?] ";
    };
  }

  private static void table(StringBuilder s, Report.Table t) {
    s.append('|');
    for (String h : t.header()) {
      s.append(' ').append(md(h)).append(" |");
    }
    s.append("\n|").append("---|".repeat(t.header().size())).append('\n');
    for (List<Report.Line> row : t.rows()) {
      s.append('|');
      for (Report.Line cell : row) {
        s.append(' ').append(line(cell)).append(" |");
      }
      s.append('\n');
    }
    s.append('\n');
  }

  private static String line(Report.Line line) {
    StringBuilder s = new StringBuilder();
    for (Report.Span span : line.spans()) {
      switch (span.style()) {
        case STRONG -> s.append("**").append(md(span.text())).append("**");
        case CODE -> s.append(mdCode(span.text()));
        case PLAIN, SMALL, ALERT, CAUTION, NOTE, QUIET -> s.append(md(span.text()));
      }
    }
    return s.toString();
  }
}
