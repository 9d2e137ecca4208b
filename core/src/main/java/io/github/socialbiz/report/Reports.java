package io.github.socialbiz.report;

import io.github.socialbiz.internal.Words;
import static io.github.socialbiz.report.Text.count;
import static io.github.socialbiz.report.Text.esc;
import static io.github.socialbiz.report.Text.md;
import static io.github.socialbiz.report.Text.num;
import static java.util.Objects.requireNonNull;

import io.github.socialbiz.assessment.Action;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Benchmark;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.assessment.Phase;
import io.github.socialbiz.assessment.UnitStanding;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Finding;

/**
 * Renders an {@link Assessment} as a consultant's deliverable: Markdown to paste into a document, or a
 * self-contained HTML page (no external assets, no script) with three inline SVG pictures: a radar of
 * the dimension scores (now and at the roadmap's target), the six-stage ladder with the organization's
 * stage marked, and the roadmap's phases.
 *
 * <pre>{@code
 * String markdown = Reports.markdown(assessment);
 * String page = Reports.html(assessment);     // write it to a file and open it in a browser
 * }</pre>
 *
 * <p>Both are pure functions: equal assessments give byte-equal reports. All text that comes from the
 * organization is escaped (Guava's HTML escaper; Markdown syntax characters are backslash-escaped).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Reports {

  private Reports() {}

  //-----------------------------------------------------------------------
  /**
   * Renders an assessment as Markdown.
   *
   * @param a  the assessment
   * @return the Markdown text, ending with a line break
   */
  public static String markdown(Assessment a) {
    requireNonNull(a, "a");
    Organization o = a.organization();
    StringBuilder s = new StringBuilder();
    s.append("# Social business assessment: ").append(md(o.name())).append("\n\n");
    s.append("As of ").append(a.asOf()).append(". ").append(count(o.employees())).append(" employees")
        .append(o.isRegulated() ? ", regulated" : "").append(", ").append(o.businessUnits().size()).append(" business units, ")
        .append(o.accounts().size()).append(" social accounts.\n\n");

    s.append("## Where the organization stands\n\n");
    s.append("- **Stage:** ").append(a.stage().number()).append(". ").append(a.stage().displayName()).append(" (\"")
        .append(a.stage().tagline()).append("\")\n");
    s.append("- **Maturity level:** ").append(a.level().map(l -> l.number() + ". " + l.displayName()).orElse("not yet at Foundation")).append('\n');
    s.append("- **Overall score:** ").append(num(a.overall())).append(" (weakest link ").append(num(a.overallWeakest())).append(")\n");
    s.append("- **Organizational model:** declared ").append(a.declaredModel().map(m -> m.displayName()).orElse("none"))
        .append("; the evidence supports ").append(a.recommendedModel().model().displayName()).append('\n');
    s.append("- **Findings:** ").append(a.findings().size()).append("\n\n");
    a.stageGate().ifPresent(g -> gateMd(s, "Gate to the next stage", g));
    a.levelGate().ifPresent(g -> gateMd(s, "Gap to the next maturity level", g));

    s.append("## Scores by dimension\n\n| Dimension | Mean | Weakest | Target mean | Out of scope |\n|---|---|---|---|---|\n");
    for (DimensionScore d : a.scores()) {
      s.append("| ").append(d.dimension().displayName()).append(" | ").append(num(d.mean())).append(" | ").append(num(d.weakest()))
          .append(" | ").append(num(d.targetMean())).append(" | ").append(d.outOfScope()).append(" |\n");
    }

    s.append("\n## Organizational model\n\n");
    for (String r : a.recommendedModel().reasons()) {
      s.append("- ").append(md(r)).append('\n');
    }

    s.append("\n## Findings\n\n");
    if (a.findings().isEmpty()) {
      s.append("No findings.\n");
    } else {
      s.append("| Severity | Rule | Finding | Recommendation | Source |\n|---|---|---|---|---|\n");
      for (Finding f : a.findings()) {
        s.append("| ").append(f.severity()).append(" | `").append(f.ruleId()).append("` | ").append(md(f.message())).append(" | ")
            .append(md(f.recommendation())).append(" | ").append(md(f.citation())).append(" |\n");
      }
    }

    s.append("\n## Roadmap to ").append(a.roadmap().target().displayName()).append("\n\n");
    if (a.roadmap().isDone()) {
      s.append("Nothing left to do for this target.\n");
    }
    for (Phase p : a.roadmap().phases()) {
      s.append("### Phase ").append(p.number()).append(": open ").append(p.rung().displayName()).append("\n\n");
      for (Action x : p.actions()) {
        s.append("- ").append(md(actionText(x))).append(" (owner: ").append(x.owner().displayName()).append("; ")
            .append(md(x.citation())).append(")\n");
      }
      s.append('\n');
    }

    if (!a.units().isEmpty()) {
      s.append("## Business units\n\n| Unit | Stage | Level | Weakest dimension | Overall |\n|---|---|---|---|---|\n");
      for (UnitStanding u : a.units()) {
        s.append("| ").append(md(u.unit())).append(u.isHoldingBack() ? " (holding back)" : "").append(" | ").append(u.stage().displayName())
            .append(" | ").append(u.level().map(l -> l.displayName()).orElse("none")).append(" | ").append(u.weakestDimension().displayName())
            .append(" | ").append(num(u.overall())).append(" |\n");
      }
      s.append('\n');
    }

    s.append("## Against the published surveys\n\n");
    for (Benchmark b : a.benchmarks()) {
      s.append("- ").append(md(b.position())).append(" (").append(md(b.statistic().citation())).append(", ")
          .append(md(b.statistic().wave())).append(")\n");
    }

    if (!a.evidenceNotes().isEmpty() || !a.outOfScope().isEmpty()) {
      s.append("\n## Evidence notes\n\n");
      for (Evidence e : a.evidenceNotes()) {
        s.append("- **").append(e.practice().displayName()).append("** (").append(e.adoption().displayName()).append(", ")
            .append(e.basis()).append("): ").append(md(e.note().orElse(""))).append('\n');
      }
      if (!a.outOfScope().isEmpty()) {
        s.append("- Out of scope, not counted as met: ")
            .append(String.join(", ", a.outOfScope().stream().map(p -> p.displayName()).toList())).append('\n');
      }
    }
    s.append("\n---\nGenerated by socialbiz. Findings cite their sources; INFERRED marks the library's own reading.\n");
    return s.toString();
  }

  private static void gateMd(StringBuilder s, String title, GateSummary gate) {
    s.append("### ").append(title).append(": ").append(gate).append("\n\n");
    for (Criterion c : gate.met()) {
      s.append("- [x] ").append(md(c.description())).append('\n');
    }
    for (Criterion c : gate.unmet()) {
      s.append("- [ ] ").append(md(c.description())).append('\n');
    }
    s.append('\n');
  }

  private static String actionText(Action x) {
    if (x.criterion() instanceof PracticeCriterion p) {
      return "Raise " + p.practice().displayName() + " to " + p.minimum().displayName().toLowerCase(java.util.Locale.ROOT);
    }
    return "Establish " + Words.lowerFirst(((FactCriterion) x.criterion()).fact().displayName());
  }

  //-----------------------------------------------------------------------
  /**
   * Renders an assessment as one self-contained HTML page with inline SVG pictures. The page is also
   * well-formed XML.
   *
   * @param a  the assessment
   * @return the page, ending with a line break
   */
  public static String html(Assessment a) {
    requireNonNull(a, "a");
    Organization o = a.organization();
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<title>Social business assessment: ").append(esc(o.name())).append("</title>\n<style>\n")
        .append("body{font-family:Helvetica,Arial,sans-serif;margin:2em auto;max-width:1000px;color:#222;line-height:1.4}\n")
        .append("h1{font-size:1.6em}h2{border-bottom:2px solid #2b6cb0;padding-bottom:.2em;margin-top:1.6em}\n")
        .append("table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #ccc;padding:.35em .5em;text-align:left;vertical-align:top}\n")
        .append("th{background:#edf2f7}.CRITICAL,.HIGH{color:#b91c1c;font-weight:bold}.MEDIUM{color:#b45309}.LOW{color:#2b6cb0}.INFO{color:#555}\n")
        .append(".facts{display:flex;flex-wrap:wrap;gap:1em}.fact{border:1px solid #cbd5e0;border-radius:6px;padding:.6em 1em;min-width:12em}\n")
        .append(".fact b{display:block;font-size:1.3em}.pictures{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}\n")
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>Social business assessment: ").append(esc(o.name())).append("</h1>\n<p>As of ").append(a.asOf()).append(". ")
        .append(count(o.employees())).append(" employees").append(o.isRegulated() ? ", regulated" : "").append(", ")
        .append(o.businessUnits().size()).append(" business units, ").append(o.accounts().size()).append(" social accounts.</p>\n");

    h.append("<div class=\"facts\">\n");
    fact(h, "Stage", a.stage().number() + ". " + a.stage().displayName(), "\u201c" + a.stage().tagline() + "\u201d");
    fact(h, "Maturity level", a.level().map(l -> l.number() + ". " + l.displayName()).orElse("Not yet at Foundation"), "hierarchy of needs");
    fact(h, "Overall score", num(a.overall()), "weakest link " + num(a.overallWeakest()));
    fact(h, "Model", a.recommendedModel().model().displayName(), "declared: " + a.declaredModel().map(m -> m.displayName()).orElse("none"));
    fact(h, "Findings", Integer.toString(a.findings().size()), a.findings(io.github.socialbiz.rules.Severity.HIGH).size() + " high or critical");
    h.append("</div>\n");

    h.append("<h2 id=\"pictures\">Pictures</h2>\n<div class=\"pictures\">\n");
    h.append(Charts.radar(a.scores(), a.roadmap().target()));
    h.append(Charts.ladder(a.stage()));
    h.append("</div>\n");
    h.append("<h2 id=\"roadmap\">Roadmap to ").append(esc(a.roadmap().target().displayName())).append("</h2>\n");
    h.append(Charts.roadmap(a.roadmap()).orElse("<p>Nothing left to do for this target.</p>\n"));
    for (Phase p : a.roadmap().phases()) {
      h.append("<h3>Phase ").append(p.number()).append(": open ").append(esc(p.rung().displayName())).append("</h3>\n<ul>\n");
      for (Action x : p.actions()) {
        h.append("<li>").append(esc(actionText(x))).append(" <small>(owner: ").append(esc(x.owner().displayName())).append("; ")
            .append(esc(x.citation())).append(")</small></li>\n");
      }
      h.append("</ul>\n");
    }

    h.append("<h2 id=\"scores\">Scores by dimension</h2>\n<table>\n<tr><th>Dimension</th><th>Mean</th><th>Weakest</th><th>Target mean</th><th>Out of scope</th></tr>\n");
    for (DimensionScore d : a.scores()) {
      h.append("<tr><td>").append(d.dimension().displayName()).append("</td><td>").append(num(d.mean())).append("</td><td>")
          .append(num(d.weakest())).append("</td><td>").append(num(d.targetMean())).append("</td><td>").append(d.outOfScope()).append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2 id=\"findings\">Findings</h2>\n");
    if (a.findings().isEmpty()) {
      h.append("<p>No findings.</p>\n");
    } else {
      h.append("<table>\n<tr><th>Severity</th><th>Finding</th><th>Recommendation</th><th>Source</th></tr>\n");
      for (Finding f : a.findings()) {
        h.append("<tr><td class=\"").append(f.severity()).append("\">").append(f.severity()).append("</td><td>").append(esc(f.message()))
            .append("<br/><small><code>").append(esc(f.ruleId())).append("</code></small></td><td>").append(esc(f.recommendation()))
            .append("</td><td><small>").append(esc(f.citation())).append("</small></td></tr>\n");
      }
      h.append("</table>\n");
    }

    h.append("<h2 id=\"model\">Organizational model</h2>\n<ul>\n");
    for (String r : a.recommendedModel().reasons()) {
      h.append("<li>").append(esc(r)).append("</li>\n");
    }
    h.append("</ul>\n");

    if (!a.units().isEmpty()) {
      h.append("<h2 id=\"units\">Business units</h2>\n<table>\n<tr><th>Unit</th><th>Stage</th><th>Level</th><th>Weakest dimension</th><th>Overall</th></tr>\n");
      for (UnitStanding u : a.units()) {
        h.append("<tr><td>").append(esc(u.unit())).append(u.isHoldingBack() ? " <b class=\"HIGH\">(holding back)</b>" : "").append("</td><td>")
            .append(u.stage().displayName()).append("</td><td>").append(u.level().map(l -> l.displayName()).orElse("none")).append("</td><td>")
            .append(u.weakestDimension().displayName()).append("</td><td>").append(num(u.overall())).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }

    h.append("<h2 id=\"benchmarks\">Against the published surveys</h2>\n<ul>\n");
    for (Benchmark b : a.benchmarks()) {
      h.append("<li>").append(b.isFavourable() ? "\u2714 " : "\u2716 ").append(esc(b.position())).append(" <small>(")
          .append(esc(b.statistic().citation())).append(", ").append(esc(b.statistic().wave())).append(")</small></li>\n");
    }
    h.append("</ul>\n");

    if (!a.evidenceNotes().isEmpty() || !a.outOfScope().isEmpty()) {
      h.append("<h2 id=\"evidence\">Evidence notes</h2>\n<ul>\n");
      for (Evidence e : a.evidenceNotes()) {
        h.append("<li><b>").append(esc(e.practice().displayName())).append("</b> (").append(esc(e.adoption().displayName())).append(", ")
            .append(e.basis()).append("): ").append(esc(e.note().orElse(""))).append("</li>\n");
      }
      if (!a.outOfScope().isEmpty()) {
        h.append("<li>Out of scope, not counted as met: ")
            .append(esc(String.join(", ", a.outOfScope().stream().map(p -> p.displayName()).toList()))).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("<p><small>Generated by socialbiz. Findings cite their sources; INFERRED marks the library's own reading.</small></p>\n")
        .append("</body>\n</html>\n");
    return h.toString();
  }

  private static void fact(StringBuilder h, String label, String value, String note) {
    h.append("<div class=\"fact\">").append(esc(label)).append("<b>").append(esc(value)).append("</b><small>").append(esc(note))
        .append("</small></div>\n");
  }

}
