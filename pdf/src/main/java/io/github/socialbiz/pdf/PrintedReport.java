package io.github.socialbiz.pdf;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.report.Reports;
import java.io.IOException;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The report's HTML page made ready for paper: the page {@link Reports#html(ReportContext)} writes, read
 * as XML (it is well-formed), with what only a paged document has added to it. A running header (the
 * report's title and the assessment's date), a "Page N of M" footer, a table of contents after the
 * executive summary whose page numbers the renderer fills in, bookmarks for every section and subsection,
 * checklist items marked by a symbol and a word instead of a checkbox, and the print style sheet {@link
 * #CSS}. Every text it adds is a DOM text node, so nothing needs escaping
 * by hand.
 */
final class PrintedReport {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /**
   * The paged-media style sheet, read after the page's own (whose {@code @media print} rules apply too).
   * A4 with 18 mm side margins; the running header and the footer in the page margins; the executive
   * summary alone on page one, the contents next, then the sections one after the other (a section does
   * not start a new page, so no page is left mostly empty), a heading never last on its page, a
   * checklist, table row, list item or picture never split, and a table the page marks {@code keep}
   * (short enough for one page) kept on one page.
   */
  static final String CSS =
      """
      @page{size:A4;margin:22mm 18mm 20mm 18mm;font-family:'DejaVu Sans';font-size:8pt;
      @top-left{content:element(running-title);vertical-align:bottom;font-family:'DejaVu Sans';font-size:8pt}
      @top-right{content:element(running-date);vertical-align:bottom;font-family:'DejaVu Sans';font-size:8pt}
      @bottom-left{content:element(running-confidential);width:70%;vertical-align:top;font-family:'DejaVu Sans';font-size:7.5pt}
      @bottom-right{content:"Page " counter(page) " of " counter(pages);width:30%;text-align:right;vertical-align:top;font-family:'DejaVu Sans';font-size:8pt;color:#333}}
      body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;line-height:1.35;padding:0;max-width:none}
      code{font-family:'DejaVu Sans Mono',monospace;font-size:.95em}
      .running-title{position:running(running-title)}.running-date{position:running(running-date)}
      .running-confidential{position:running(running-confidential);font-weight:bold}
      img.logo{max-height:18mm;max-width:60mm}
      section{page-break-before:auto}
      #summary{page-break-after:always}
      #contents{page-break-after:auto}
      h2,h3{page-break-after:avoid;page-break-inside:avoid}
      ul.checklist,tr,li,svg,p{page-break-inside:avoid}
      thead{display:table-header-group}
      svg{max-height:110mm}
      #contents ul{list-style:none;padding-left:0}#contents ul ul{padding-left:1.2em}
      #contents a{color:#000;text-decoration:none}
      .state .mark{border:1px solid #000;width:1.3em}
      table{-fs-table-paginate:paginate}
      table.keep{page-break-inside:avoid}
      #contents footer{margin-top:1.5em}
      #contents a::after{content:leader('.') target-counter(attr(href),page)}
      a[href^=http]::after{content:none}
      """;

  private PrintedReport() {}

  /**
   * Builds the printable page.
   *
   * @param context the assessment and what else the report shows
   * @return the page as a DOM document, not null
   */
  static Document of(ReportContext context) {
    Document page = parse(Reports.html(context));
    Element html = page.getDocumentElement();
    Element head = child(html, "head");
    Element body = child(html, "body");
    Assessment a = context.assessment();
    String title = text(child(child(body, "header"), "h1"));

    Element style = element(page, "style");
    style.setTextContent(CSS);
    head.appendChild(style);
    meta(page, head, "subject", "Social business assessment of " + a.organization().name());
    meta(page, head, "description", "As of " + a.asOf().format(DATE));

    // running elements are taken out of the flow, so they come first, before anything they repeat
    // on
    Element runningTitle = element(page, "div");
    runningTitle.setAttribute("class", "running-title");
    runningTitle.setTextContent(title);
    Element runningDate = element(page, "div");
    runningDate.setAttribute("class", "running-date");
    runningDate.setTextContent(a.asOf().format(DATE));
    body.insertBefore(runningDate, body.getFirstChild());
    context
        .style()
        .confidentiality()
        .ifPresent(
            c -> {
              Element line = element(page, "div");
              line.setAttribute("class", "running-confidential");
              line.setTextContent(c);
              body.insertBefore(line, body.getFirstChild());
            });
    body.insertBefore(runningTitle, body.getFirstChild());

    marks(page, body);
    // PDF/UA asks every picture for a text alternative: the chart's own label
    NodeList pictures = body.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    for (int i = 0; i < pictures.getLength(); i++) {
      Element svg = (Element) pictures.item(i);
      svg.setAttribute("alt", svg.getAttribute("aria-label"));
    }

    List<Element> sections = children(body, "section");
    Element bookmarks = element(page, "bookmarks");
    Element list = element(page, "ul");
    for (Element section : sections) {
      String id = section.getAttribute("id");
      if (id.equals("summary")) {
        bookmarks.appendChild(bookmark(page, section, "h2"));
        continue;
      }
      Element bookmark = bookmark(page, section, "h2");
      Element item = entry(page, section, "h2");
      List<Element> subsections = children(section, "section");
      if (!subsections.isEmpty()) {
        Element sublist = element(page, "ul");
        for (Element sub : subsections) {
          bookmark.appendChild(bookmark(page, sub, "h3"));
          sublist.appendChild(entry(page, sub, "h3"));
        }
        item.appendChild(sublist);
      }
      bookmarks.appendChild(bookmark);
      list.appendChild(item);
    }
    head.appendChild(bookmarks);

    // the contents follow the executive summary, which stays page one
    Element contents = element(page, "nav");
    contents.setAttribute("id", "contents");
    Element heading = element(page, "h2");
    heading.setTextContent("Contents");
    contents.appendChild(heading);
    contents.appendChild(list);
    // the page's closing note (how sources are cited) goes under the contents, where a reader looks
    // for how to read the report, rather than alone at the top of a last page
    List<Element> footers = children(body, "footer");
    for (Element footer : footers) {
      contents.appendChild(footer);
    }
    Element summary = sections.isEmpty() ? null : sections.get(0);
    Node after = summary == null ? null : summary.getNextSibling();
    body.insertBefore(contents, after);
    return page;
  }

  /**
   * Gives every checklist item a symbol and a word that survive black-and-white paper: the page's
   * disabled checkboxes print the same whether checked or not, so each becomes "✔ Met" or "✖ Not met";
   * the "?" of an item not verified gains the words "Not verified".
   */
  private static void marks(Document page, Element body) {
    NodeList items = body.getElementsByTagNameNS(XHTML, "li");
    for (int i = 0; i < items.getLength(); i++) {
      Element item = (Element) items.item(i);
      String state = item.getAttribute("class");
      Element first = firstElement(item);
      if (first == null) {
        continue;
      }
      switch (state) {
        case "met" -> item.replaceChild(mark(page, "\u2714", "Met"), first);
        case "unmet" -> item.replaceChild(mark(page, "\u2716", "Not met"), first);
        case "unverified" -> item.replaceChild(mark(page, "?", "Not verified"), first);
        default -> {
          // a bullet of a list, not a checklist item
        }
      }
    }
  }

  private static Element mark(Document page, String symbol, String word) {
    Element mark = element(page, "span");
    mark.setAttribute("class", "state");
    Element box = element(page, "span");
    box.setAttribute("class", "mark");
    box.setTextContent(symbol);
    mark.appendChild(box);
    Element label = element(page, "b");
    label.setTextContent(" " + word + ":");
    mark.appendChild(label);
    return mark;
  }

  private static @Nullable Element firstElement(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return e;
      }
    }
    return null;
  }

  private static Element bookmark(Document page, Element section, String heading) {
    Element bookmark = element(page, "bookmark");
    bookmark.setAttribute("name", text(child(section, heading)));
    bookmark.setAttribute("href", "#" + section.getAttribute("id"));
    return bookmark;
  }

  private static Element entry(Document page, Element section, String heading) {
    Element item = element(page, "li");
    String title = text(child(section, heading));
    Element link = element(page, "a");
    link.setAttribute("href", "#" + section.getAttribute("id"));
    link.setAttribute("title", title);
    link.setTextContent(title);
    item.appendChild(link);
    return item;
  }

  private static void meta(Document page, Element head, String name, String content) {
    Element meta = element(page, "meta");
    meta.setAttribute("name", name);
    meta.setAttribute("content", content);
    head.appendChild(meta);
  }

  private static Element element(Document page, String name) {
    return page.createElementNS(XHTML, name);
  }

  private static String text(Element e) {
    return e.getTextContent().strip();
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(name)) {
        return e;
      }
    }
    // the report's page always has these: a missing one is a bug of the report, not of the input
    throw new IllegalStateException(
        "The report's page has no <" + name + "> in <" + parent.getLocalName() + ">");
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  /** Reads the report's page, which is well-formed XML, with no DTD or external entity ever loaded. */
  private static Document parse(String xhtml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      return b.parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("The report's page is not well-formed XML", e);
    }
  }
}
