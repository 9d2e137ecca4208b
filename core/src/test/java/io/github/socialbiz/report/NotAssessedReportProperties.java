package io.github.socialbiz.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.testing.SocialBusinessDomain;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The reports of organizations with practices not assessed never state an unknown as a fact, in Markdown
 * and HTML alike. Both reports are read as lines: a Markdown line (backslash escapes removed), and in the
 * page every list item (prefixed {@code [x] }, {@code [ ] } for a checked or empty checkbox), table row
 * (cells joined by {@code " | "} between {@code "| "} and {@code " |"}), paragraph and SVG text.
 *
 * <p>For each practice not assessed, no line that names it (by its display name, in any case) carries
 * "✖", an empty checkbox before its criterion ("Name: at least ..."), "not maintained", or "none" as its
 * grade ("Name: None", "Name (None", "Name is not in place", "Name | None"). For each dimension with practices
 * not assessed, its rows and radar label show the mean as a range "a to b", the target as "at least x",
 * and the weakest link as a range, or as the bare "0.00" only when one of its practices is known to be
 * at none (then 0 is proven); the overall score is a range.
 *
 * <p>Checked against the old code paths: with the report package of the commit before (0a4e646), the
 * property fails at once (a "✖ Not assessed: ..." survey line, a mean shown as one number).
 */
@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
final class NotAssessedReportProperties {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static final Pattern RANGE = Pattern.compile("\\d\\.\\d\\d to \\d\\.\\d\\d");
  private static final Pattern LABEL =
      Pattern.compile("\\d\\.\\d\\d to \\d\\.\\d\\d \\(\\d+ not assessed\\)");
  private static final Pattern OVERALL =
      Pattern.compile("Overall score: \\d\\.\\d\\d to \\d\\.\\d\\d[ (].*");

  @Property
  void reports_neverStateAnUnknownAsAFact(
      @ForAll Organization generated, @ForAll Set<Practice> dropped) {
    List<Evidence> kept =
        generated.evidence().stream().filter(e -> !dropped.contains(e.practice())).toList();
    Organization o = generated.withEvidence(kept, generated.outOfScope());
    Assume.that(!o.notAssessed().isEmpty());
    Assessment a = Assessor.standard().assess(o, AS_OF);
    check(o, a, "Markdown", markdownLines(Reports.markdown(a)));
    check(o, a, "HTML", htmlLines(Reports.html(a)));
  }

  // -----------------------------------------------------------------------
  private static void check(Organization o, Assessment a, String format, List<String> lines) {
    for (Practice p : o.notAssessed()) {
      String name = p.displayName().toLowerCase(Locale.ROOT);
      Pattern none =
          Pattern.compile(
              Pattern.quote(name) + "([^\\p{L}\\p{N}]{0,6}none\\b| is not in place)",
              Pattern.CASE_INSENSITIVE);
      for (String line : lines) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (!lower.contains(name)) {
          continue;
        }
        String where = format + " line naming " + p + " (not assessed): " + line;
        assertFalse(line.contains("\u2716"), where);
        assertFalse(lower.startsWith("[ ] " + name + ": at least"), where);
        assertFalse(lower.contains("not maintained"), where);
        assertFalse(none.matcher(line).find(), where);
      }
    }
    for (Dimension d : Dimension.values()) {
      DimensionScore s = a.score(d);
      if (s.notAssessed() == 0) {
        continue;
      }
      boolean zeroProven =
          d.practices().stream()
              .anyMatch(p -> o.grade(p).adoption().map(g -> g == Adoption.NONE).orElse(false));
      for (String line : lines) {
        String where =
            format + " line of " + d + " (" + s.notAssessed() + " not assessed): " + line;
        if (line.startsWith("| " + d.displayName() + " | ")) {
          String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
          assertTrue(RANGE.matcher(cells[1]).matches(), where);
          assertTrue(
              RANGE.matcher(cells[2]).matches() || (zeroProven && cells[2].equals("0.00")), where);
          if (cells.length == 6) {
            assertTrue(cells[3].startsWith("at least "), where);
          }
        } else if (line.startsWith(d.displayName() + " ") && line.endsWith(" not assessed)")) {
          assertTrue(LABEL.matcher(line.substring(d.displayName().length() + 1)).matches(), where);
        }
      }
    }
    for (String line : lines) {
      if (line.startsWith("Overall score:")) {
        assertTrue(OVERALL.matcher(line).matches(), format + ": " + line);
      }
    }
  }

  /** The Markdown's lines, backslash escapes and bold markers removed. */
  private static List<String> markdownLines(String md) {
    List<String> lines = new ArrayList<>();
    for (String line : md.split("\n", -1)) {
      String text = line.replace("\\", "").replace("**", "");
      lines.add(text.startsWith("- ") ? text.substring(2) : text);
    }
    return lines;
  }

  /** The page's lines: each list item, table row, paragraph and SVG text. */
  private static List<String> htmlLines(String html) {
    Document doc = parse(html);
    List<String> lines = new ArrayList<>();
    NodeList li = doc.getElementsByTagNameNS(XHTML, "li");
    for (int i = 0; i < li.getLength(); i++) {
      Element item = (Element) li.item(i);
      NodeList box = item.getElementsByTagNameNS(XHTML, "input");
      String mark =
          box.getLength() == 0
              ? ""
              : ((Element) box.item(0)).hasAttribute("checked") ? "[x] " : "[ ] ";
      lines.add(mark + item.getTextContent().strip());
    }
    NodeList tr = doc.getElementsByTagNameNS(XHTML, "tr");
    for (int i = 0; i < tr.getLength(); i++) {
      List<String> cells = new ArrayList<>();
      for (Node c = tr.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element) {
          cells.add(c.getTextContent());
        }
      }
      lines.add("| " + String.join(" | ", cells) + " |");
    }
    for (String tag : List.of("p")) {
      NodeList p = doc.getElementsByTagNameNS(XHTML, tag);
      for (int i = 0; i < p.getLength(); i++) {
        lines.add(p.item(i).getTextContent());
      }
    }
    NodeList text = doc.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < text.getLength(); i++) {
      lines.add(text.item(i).getTextContent());
    }
    return lines;
  }

  private static Document parse(String xhtml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("the page is not well-formed XML", e);
    }
  }
}
