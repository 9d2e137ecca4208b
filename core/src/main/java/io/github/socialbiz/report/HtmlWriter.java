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
   *
   * <p>On screen, nothing is wider than the window: tables scroll inside their {@code div.table}, the
   * pictures shrink to fit and long words wrap. In print, {@code @page} leaves the paper size to the
   * printer ({@code size:auto}, so A4 and Letter both work) with 15 mm margins; every top-level section
   * after the executive summary starts a new page, so the summary is page one; no picture, table row or
   * list item is split across pages and table headers repeat; colours turn to black, since every colour
   * of the page repeats a word (severities, trends, checklists) or a pattern (the charts' dashed lines);
   * a link to another site prints its address after it.
   */
  static final String CSS =
      """
      *{box-sizing:border-box}
      body{font-family:Helvetica,Arial,sans-serif;margin:0 auto;padding:1em;max-width:1000px;color:#222;line-height:1.4;overflow-wrap:break-word}
      h1{font-size:1.6em}h2{border-bottom:2px solid #2b6cb0;padding-bottom:.2em;margin-top:1.6em}
      .table{overflow-x:auto;margin:.5em 0}
      table{border-collapse:collapse;width:100%;font-size:.9em}
      th,td{border:1px solid #ccc;padding:.35em .5em;text-align:left;vertical-align:top}th{background:#edf2f7}
      .alert{color:#b91c1c;font-weight:bold}.caution{color:#b45309}.note{color:#2b6cb0}.quiet{color:#555}
      .checklist{list-style:none;padding-left:.5em}svg{display:block;margin:1em 0;max-width:100%;height:auto}
      .mark{display:inline-block;width:1.1em;text-align:center;border:1px dashed #555;font-weight:bold;line-height:1.1}
      a{color:#2b6cb0;text-decoration:underline}
      footer{margin-top:2em;color:#555}
      img.logo{display:block;max-height:64px;max-width:240px;margin-top:1em}
      @page{size:auto;margin:15mm}
      @media print{
      body{max-width:none;padding:0;font-size:10pt;color:#000}
      #summary{break-after:page}
      h2,h3{break-after:avoid;break-inside:avoid}
      .table{overflow:visible}table{font-size:9pt}thead{display:table-header-group}
      tr,li,svg,p,ul.checklist,table.keep{break-inside:avoid}svg{max-height:120mm}
      .alert,.caution,.note,.quiet,footer,a{color:#000}th{background:none}
      a[href^=http]::after{content:attr(href);margin-left:.3em;font-size:.85em}
      }""";

  /**
   * The most printed lines (estimated by {@link #printedLines}) of a table that print keeps on one page:
   * about half an A4 page, so that keeping it together never leaves more than half a page empty.
   */
  static final int KEEP_LINES = 24;

  /** The characters of a printed line across a page's width, in the print style's table font. */
  private static final int LINE_CHARACTERS = 110;

  /**
   * Estimates how many lines a table prints: the header and, for each row, its tallest cell, a cell
   * taking its share of the line's characters.
   */
  static int printedLines(Report.Table t) {
    int perCell = Math.max(1, LINE_CHARACTERS / t.header().size());
    int lines = 1;
    for (List<Report.Line> row : t.rows()) {
      int tallest = 1;
      for (Report.Line cell : row) {
        int length = 0;
        for (Report.Span span : cell.spans()) {
          length += span.text().length();
        }
        tallest = Math.max(tallest, (length + perCell - 1) / perCell);
      }
      lines += tallest;
    }
    return lines;
  }

  /**
   * The page's Content-Security-Policy: nothing from anywhere (no script, no fetch, no frame, no font)
   * but its own inline styles and images embedded as data URIs (a logo); no form may submit and no base
   * URL may be set.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri"
          + " 'none'";

  private HtmlWriter() {}

  /** Writes the page, ending with a line break. */
  static String write(Report report) {
    Markup m = new Markup(32_768).doctype();
    m.open("html", "xmlns", XHTML, "lang", "en").newline();
    m.open("head").newline();
    m.empty("meta", "charset", "utf-8").newline();
    // the page needs no script, no fetch and no form: a browser that honours the policy runs and
    // fetches nothing, whatever a text in the report says
    m.empty("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY)
        .newline();
    // without it a phone lays the page out 980 pixels wide and shrinks it
    m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
    m.element("title", report.title()).newline();
    m.open("style").newline().text(CSS).newline().close().newline();
    // the accent is a checked #rrggbb (ReportStyle.withAccent): nothing else reaches the style
    // sheet
    report
        .accent()
        .ifPresent(
            a ->
                m.open("style")
                    .text("h1{color:" + a + "}h2{border-bottom-color:" + a + "}")
                    .close()
                    .newline());
    m.close().newline();
    m.open("body").newline();
    m.open("header").newline();
    for (Report.Block b : report.lead()) {
      if (b instanceof Report.Logo logo) {
        m.empty("img", "class", "logo", "src", logo.dataUri(), "alt", logo.alt()).newline();
      }
    }
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
      switch (item.met()) {
        case TRUE ->
            m.open("li", "class", "met")
                .empty("input", "type", "checkbox", "checked", "checked", "disabled", "disabled");
        case FALSE ->
            m.open("li", "class", "unmet")
                .empty("input", "type", "checkbox", "disabled", "disabled");
        // not verified is no checkbox at all (an empty one would read as not met), but a question
        // mark in a dashed box; the item's text says "not verified" and what to ask
        case UNKNOWN -> m.open("li", "class", "unverified").element("span", "?", "class", "mark");
      }
      m.text(" ");
      line(m, item.text());
      m.close().newline();
    }
    m.close().newline();
  }

  /** A table in a {@code div.table}, which scrolls sideways on a narrow screen instead of the page. */
  private static void table(Markup m, Report.Table t) {
    m.open("div", "class", "table").newline();
    // a table short enough for half a page prints on one page; a longer one breaks between rows
    if (printedLines(t) <= KEEP_LINES) {
      m.open("table", "class", "keep");
    } else {
      m.open("table");
    }
    m.newline().open("thead").open("tr");
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
    m.close().newline();
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
