package io.github.socialbiz.report;

import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Report} as one self-contained page, well-formed XML as well as HTML: no script, no
 * external asset, the style sheet {@link #CSS} inline and the pictures as inline SVG. Every text goes
 * through {@link Markup}, so it is escaped.
 */
final class HtmlWriter {

  /** The XHTML namespace. */
  static final String XHTML = "http://www.w3.org/1999/xhtml";

  /**
   * The page's style sheet, the only one. It is written as escaped text, so it must contain none of the
   * five characters {@code &<>"'}: then escaping leaves it unchanged, and it reads the same as HTML or XML.
   */
  static final String CSS =
      """
      body{font-family:Helvetica,Arial,sans-serif;margin:2em auto;max-width:1000px;color:#222;line-height:1.4}
      h1{font-size:1.6em}h2{border-bottom:2px solid #2b6cb0;padding-bottom:.2em;margin-top:1.6em}
      table{border-collapse:collapse;width:100%;font-size:.9em}
      th,td{border:1px solid #ccc;padding:.35em .5em;text-align:left;vertical-align:top}th{background:#edf2f7}
      .alert{color:#b91c1c;font-weight:bold}.caution{color:#b45309}.note{color:#2b6cb0}.quiet{color:#555}
      .checklist{list-style:none;padding-left:.5em}svg{display:block;margin:1em 0;max-width:100%;height:auto}
      footer{margin-top:2em;color:#555}""";

  private HtmlWriter() {}

  /** Writes the page, ending with a line break. */
  static String write(Report report) {
    Markup m = new Markup(32_768).doctype();
    m.open("html", "xmlns", XHTML, "lang", "en").newline();
    m.open("head").newline();
    m.empty("meta", "charset", "utf-8").newline();
    m.element("title", report.title()).newline();
    m.open("style").newline().text(CSS).newline().close().newline();
    m.close().newline();
    m.open("body").newline();
    m.open("header").newline();
    m.element("h1", report.title()).newline();
    blocks(m, report.lead());
    m.close().newline();
    for (Report.Section section : report.sections()) {
      section(m, "h2", section);
    }
    m.open("footer").newline();
    m.open("p");
    line(m, report.colophon());
    m.close().newline();
    m.close().newline();
    m.close().newline();
    return m.close().newline().finish();
  }

  private static void section(Markup m, String heading, Report.Section section) {
    m.open("section", "id", section.id()).newline();
    m.element(heading, section.title()).newline();
    blocks(m, section.blocks());
    for (Report.Section sub : section.subsections()) {
      section(m, "h3", sub);
    }
    m.close().newline();
  }

  private static void blocks(Markup m, List<Report.Block> blocks) {
    for (Report.Block block : blocks) {
      if (block instanceof Report.Paragraph p) {
        m.open("p");
        line(m, p.text());
        m.close().newline();
      } else if (block instanceof Report.Bullets b) {
        list(m, b.items());
      } else if (block instanceof Report.Checklist c) {
        checklist(m, c);
      } else if (block instanceof Report.Table t) {
        table(m, t);
      } else if (block instanceof Report.Picture p) {
        m.trustedSvg(p.svg());
      }
    }
  }

  private static void list(Markup m, List<Report.Line> items) {
    if (items.isEmpty()) {
      return;
    }
    m.open("ul").newline();
    for (Report.Line item : items) {
      m.open("li");
      line(m, item);
      m.close().newline();
    }
    m.close().newline();
  }

  private static void checklist(Markup m, Report.Checklist c) {
    if (c.items().isEmpty()) {
      return;
    }
    m.open("ul", "class", "checklist").newline();
    for (Report.Check item : c.items()) {
      if (item.met()) {
        m.open("li", "class", "met")
            .empty("input", "type", "checkbox", "checked", "checked", "disabled", "disabled");
      } else {
        m.open("li", "class", "unmet").empty("input", "type", "checkbox", "disabled", "disabled");
      }
      m.text(" ");
      line(m, item.text());
      m.close().newline();
    }
    m.close().newline();
  }

  private static void table(Markup m, Report.Table t) {
    m.open("table").newline().open("thead").open("tr");
    for (String h : t.header()) {
      m.element("th", h);
    }
    m.close().close().newline().open("tbody").newline();
    for (List<Report.Line> row : t.rows()) {
      m.open("tr");
      for (Report.Line cell : row) {
        m.open("td");
        line(m, cell);
        m.close();
      }
      m.close().newline();
    }
    m.close().newline().close().newline();
  }

  private static void line(Markup m, Report.Line line) {
    for (Report.Span span : line.spans()) {
      switch (span.style()) {
        case PLAIN -> m.text(span.text());
        case STRONG -> m.element("b", span.text());
        case CODE -> m.element("code", span.text());
        case SMALL -> m.element("small", span.text());
        case ALERT, CAUTION, NOTE, QUIET ->
            m.element("span", span.text(), "class", span.style().name().toLowerCase(Locale.ROOT));
      }
    }
  }
}
