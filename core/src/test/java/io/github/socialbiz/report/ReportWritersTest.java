package io.github.socialbiz.report;

import static io.github.socialbiz.report.Report.code;
import static io.github.socialbiz.report.Report.plain;
import static io.github.socialbiz.report.Report.small;
import static io.github.socialbiz.report.Report.strong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.rules.Truth;
import org.junit.jupiter.api.Test;

/** Both writers on one small hand-made report, so that every block and style is pinned in both formats. */
final class ReportWritersTest {

  private static final Report REPORT =
      new Report(
          "T & <x>",
          ImmutableList.of(new Report.Paragraph(Report.Line.plain("lead *a*"))),
          ImmutableList.of(
              new Report.Section(
                  "one",
                  "One | two",
                  ImmutableList.of(
                      new Report.Paragraph(
                          Report.Line.of(
                              strong("S"),
                              plain(" p "),
                              code("a|b`c"),
                              small(" s"),
                              new Report.Span(Report.Style.ALERT, "!"),
                              new Report.Span(Report.Style.QUIET, "q"))),
                      new Report.Bullets(ImmutableList.of()),
                      new Report.Checklist(
                          ImmutableList.of(
                              new Report.Check(true, Report.Line.plain("yes")),
                              new Report.Check(false, Report.Line.plain("no")),
                              new Report.Check(Truth.UNKNOWN, Report.Line.plain("maybe")))),
                      new Report.Table(
                          ImmutableList.of("H|1", "H2"),
                          ImmutableList.of(
                              ImmutableList.of(Report.Line.plain("a|b"), Report.Line.plain("c")))),
                      new Report.Picture("pic", "<svg x=\"1\">\n</svg>\n")),
                  ImmutableList.of(
                      Report.Section.of(
                          "sub",
                          "Sub",
                          ImmutableList.of(
                              new Report.Bullets(
                                  ImmutableList.of(
                                      Report.Line.plain("z"),
                                      Report.Line.of(strong("w"), plain("!")))))))),
              Report.Section.of(
                  "two", "Two", ImmutableList.of(new Report.Checklist(ImmutableList.of())))),
          Report.Line.of(plain("end "), small("[x]")));

  @Test
  void markdown_writesEveryBlockAndLeavesPicturesOut() {
    assertEquals(
        """
        # T & \\<x\\>

        lead \\*a\\*

        ## One \\| two

        **S** p ``a\\|b`c`` s!q

        - [x] yes
        - [ ] no
        - [?] maybe

        | H\\|1 | H2 |
        |---|---|
        | a\\|b | c |

        ### Sub

        - z
        - **w**!

        ## Two

        ---
        end \\[x\\]
        """,
        MarkdownWriter.write(REPORT));
  }

  @Test
  void html_writesEveryBlockEscapedAndNestsSubsections() {
    String page = HtmlWriter.write(REPORT);
    assertEquals(
        """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; form-action &#39;none&#39;; base-uri &#39;none&#39;"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>T &amp; &lt;x&gt;</title>
        <style>
        """,
        page.substring(0, page.indexOf("<style>") + 8));
    assertEquals(
        """
        </style>
        </head>
        <body>
        <header>
        <h1>T &amp; &lt;x&gt;</h1>
        <p>lead *a*</p>
        </header>
        <section id="one">
        <h2>One | two</h2>
        <p><b>S</b> p <code>a|b`c</code><small> s</small><span class="alert">!</span><span class="quiet">q</span></p>
        <ul class="checklist">
        <li class="met"><input type="checkbox" checked="checked" disabled="disabled"/> yes</li>
        <li class="unmet"><input type="checkbox" disabled="disabled"/> no</li>
        <li class="unverified"><span class="mark">?</span> maybe</li>
        </ul>
        <div class="table">
        <table class="keep">
        <thead><tr><th>H|1</th><th>H2</th></tr></thead>
        <tbody>
        <tr><td>a|b</td><td>c</td></tr>
        </tbody>
        </table>
        </div>
        <svg x="1">
        </svg>
        <section id="sub">
        <h3>Sub</h3>
        <ul>
        <li>z</li>
        <li><b>w</b>!</li>
        </ul>
        </section>
        </section>
        <section id="two">
        <h2>Two</h2>
        </section>
        <footer>
        <p>end <small>[x]</small></p>
        </footer>
        </body>
        </html>
        """,
        page.substring(page.indexOf("</style>")));
  }

  @Test
  void styles_eachToneHasItsClass() {
    Report r =
        new Report(
            "t",
            ImmutableList.of(
                new Report.Paragraph(
                    Report.Line.of(
                        new Report.Span(Report.Style.ALERT, "a"),
                            new Report.Span(Report.Style.CAUTION, "c"),
                        new Report.Span(Report.Style.NOTE, "n"),
                            new Report.Span(Report.Style.QUIET, "q")))),
            ImmutableList.of(),
            Report.Line.plain("e"));
    String page = HtmlWriter.write(r);
    assertEquals(
        "<p><span class=\"alert\">a</span><span class=\"caution\">c</span><span class=\"note\">n</span>"
            + "<span class=\"quiet\">q</span></p>",
        page.substring(page.indexOf("<h1>t</h1>\n") + 11, page.indexOf("\n</header>")));
    assertEquals("# t\n\nacnq\n\n---\ne\n", MarkdownWriter.write(r));
  }

  @Test
  void print_keepsATableOfAtMostHalfAPageTogether() {
    // one column of 110 characters a line: a cell of 111 characters prints on two lines
    String twoLines = "x".repeat(111);
    for (int body : new int[] {23, 24}) {
      ImmutableList.Builder<ImmutableList<Report.Line>> rows = ImmutableList.builder();
      for (int i = 0; i < body; i++) {
        rows.add(ImmutableList.of(Report.Line.plain("r" + i)));
      }
      Report.Table table = new Report.Table(ImmutableList.of("h"), rows.build());
      assertEquals(body + 1, HtmlWriter.printedLines(table));
      Report r =
          new Report("t", ImmutableList.of(table), ImmutableList.of(), Report.Line.plain("e"));
      // 23 rows and the header fit the limit of 24 lines; one more row does not
      assertEquals(
          body == 23, HtmlWriter.write(r).contains("<table class=\"keep\">"), "rows: " + body);
    }
    Report.Table tall =
        new Report.Table(
            ImmutableList.of("a", "b"),
            ImmutableList.of(
                ImmutableList.of(Report.Line.plain("short"), Report.Line.plain(twoLines))));
    // two columns of 55 characters: 111 characters take three lines, the header one
    assertEquals(4, HtmlWriter.printedLines(tall));
  }

  @Test
  void model_rejectsWhatNoWriterCouldShow() {
    assertEquals(
        "Section.id must be lower-case words joined by '-', but was 'Phase 1'",
        assertThrows(
                SocialBusinessException.class,
                () -> Report.Section.of("Phase 1", "t", ImmutableList.of()))
            .getMessage());
    Report.Section deep =
        new Report.Section(
            "b",
            "B",
            ImmutableList.of(),
            ImmutableList.of(Report.Section.of("c", "C", ImmutableList.of())));
    assertEquals(
        "Section.subsections must not have subsections of their own, but x had",
        assertThrows(
                SocialBusinessException.class,
                () -> new Report.Section("x", "X", ImmutableList.of(), ImmutableList.of(deep)))
            .getMessage());
    assertEquals(
        "Table rows must have 2 cells, but one had 1",
        assertThrows(
                SocialBusinessException.class,
                () ->
                    new Report.Table(
                        ImmutableList.of("a", "b"),
                        ImmutableList.of(ImmutableList.of(Report.Line.plain("x")))))
            .getMessage());
  }
}
