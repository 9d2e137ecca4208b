package io.github.socialbiz.report;

import static io.github.socialbiz.report.Report.paragraph;
import static io.github.socialbiz.report.Report.plain;
import static io.github.socialbiz.report.Report.strong;
import static io.github.socialbiz.report.Report.table;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.FactReading;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.responses.Disagreement;
import io.github.socialbiz.responses.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The last sections of a report, on what the assessment was told: the evidence notes (each practice's
 * grade with its basis and note, the facts on file, the practices not assessed) and the items for the
 * consensus meeting (the respondents' disagreements, each with every answer).
 */
final class EvidenceSections {

  private EvidenceSections() {}

  static Report.Section evidence(Assessment a) {
    ImmutableList.Builder<Report.Line> items = ImmutableList.builder();
    for (Evidence e : a.evidenceNotes()) {
      items.add(
          Report.Line.of(
              strong(e.practice().displayName()),
              plain(
                  " ("
                      + e.adoption().displayName()
                      + ", "
                      + Labels.basis(e.basis())
                      + "): "
                      + e.note().orElse(""))));
    }
    if (!a.outOfScope().isEmpty()) {
      items.add(
          Report.Line.plain(
              "Out of scope, not counted as met: "
                  + String.join(", ", a.outOfScope().stream().map(p -> p.displayName()).toList())));
    }
    Set<Practice> missing = a.completeness().practicesNotAssessed();
    if (!missing.isEmpty()) {
      items.add(
          Report.Line.plain(
              "Not assessed yet, neither met nor unmet (each has a question in the questionnaire): "
                  + String.join(", ", missing.stream().map(p -> p.displayName()).toList())));
    }
    List<Report.Block> blocks = new ArrayList<>();
    ImmutableList<Report.Line> lines = items.build();
    if (!lines.isEmpty()) {
      blocks.add(new Report.Bullets(lines));
    }
    blocks.addAll(factEvidence(a.organization()));
    return Report.Section.of("evidence", "Evidence notes", blocks);
  }

  /**
   * What the respondents said about the structural facts, one line per fact beside what the file shows
   * and how the assessment reads the two together (see {@link FactReading}); nothing when nobody was
   * asked.
   */
  private static List<Report.Block> factEvidence(Organization o) {
    if (o.factEvidence().isEmpty()) {
      return List.of();
    }
    ImmutableList.Builder<Report.Line> items = ImmutableList.builder();
    for (FactEvidence f : o.factEvidence()) {
      String file = FactReading.describeFile(o, f.fact());
      String reading;
      if (FactReading.onFile(o, f.fact()).isTrue()) {
        reading =
            f.stated().isFalse()
                ? "the file's record stands against the respondents' no"
                : "the file's record stands";
      } else {
        reading =
            switch (f.stated()) {
              case TRUE -> "read as in place on the respondents' word";
              case FALSE -> "read as not in place";
              case UNKNOWN -> "not verified until someone can say";
            };
      }
      String said =
          switch (f.stated()) {
            case TRUE -> "yes";
            case FALSE -> "no";
            case UNKNOWN -> "nobody could say";
          };
      items.add(
          Report.Line.of(
              strong(f.fact().displayName()),
              plain(
                  " ("
                      + said
                      + ", "
                      + Labels.basis(f.basis())
                      + "): "
                      + f.note().map(n -> n + ". ").orElse("")
                      + "On file: "
                      + file
                      + "; "
                      + reading
                      + ".")));
    }
    return List.of(
        paragraph(
            plain(
                "What the respondents said about the organization's structure, beside what its"
                    + " file records (where the file shows a fact in place, its record stands):")),
        new Report.Bullets(items.build()));
  }

  /**
   * The items for the consensus meeting: one row per disagreement, in the order given, with every
   * respondent's answer in words (the meaning of the option chosen, the note and the reason), and for an
   * item against the file what the file shows.
   */
  static Report.Section consensus(List<Disagreement> disagreements) {
    List<ImmutableList<Report.Line>> rows = new ArrayList<>();
    int item = 0;
    boolean facts = false;
    for (Disagreement d : disagreements) {
      item++;
      facts |= d.isAboutFact();
      rows.add(
          ImmutableList.of(
              Report.Line.plain(Integer.toString(item)),
              Report.Line.of(strong(d.subject())),
              Report.Line.plain(d.unit().orElse("Whole organization")),
              answers(d)));
    }
    int n = disagreements.size();
    String what =
        facts
            ? " where the respondents disagree (grades two or more steps apart, a grade against"
                + " \u201cdon\u2019t know\u201d, or a yes against a no about a fact) or where the"
                + " organization's file shows a fact in place that the respondents deny. Settle"
                + " each with the respondents; until then the merged answer stands, and the file's"
                + " record where it shows a fact in place."
            : " where the respondents disagree (grades two or more steps apart, or a grade"
                + " against \u201cdon\u2019t know\u201d). Settle each with the respondents;"
                + " until then the merged grade stands.";
    return Report.Section.of(
        "consensus",
        "Items for the consensus meeting",
        List.of(
            paragraph(plain(n + (n == 1 ? " item" : " items") + what)),
            table(
                List.of("No.", facts ? "Practice or fact" : "Practice", "Where", "Answers"),
                rows)));
  }

  /**
   * Every respondent's answer about a disagreement's practice or fact, such as "Ana Ruiz (strategist):
   * Most or all"; for an item against the file, what the file shows first, such as "On file: crisis team:
   * 2 people, but the respondents' answer is no: Sam Roe (analyst): Does not hold".
   */
  static Report.Line answers(Disagreement d) {
    List<Report.Span> spans = new ArrayList<>();
    d.file()
        .ifPresent(
            f -> spans.add(plain("On file: " + f + ", but the respondents' answer is no: ")));
    boolean first = true;
    for (Statement s : d.answers()) {
      if (!first) {
        spans.add(plain("; "));
      }
      first = false;
      spans.add(plain(s.respondent().name() + " (" + s.respondent().role() + "): "));
      spans.add(strong(Labels.answer(s.meaning())));
      s.note().ifPresent(note -> spans.add(plain(" \u201c" + note + "\u201d")));
      s.reason().ifPresent(reason -> spans.add(plain(" (reason: \u201c" + reason + "\u201d)")));
    }
    return new Report.Line(ImmutableList.copyOf(spans));
  }
}
