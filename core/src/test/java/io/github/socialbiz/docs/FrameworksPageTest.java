package io.github.socialbiz.docs;

import static io.github.socialbiz.docs.GeneratedPage.cell;

import com.google.common.base.Joiner;
import io.github.socialbiz.assessment.StandardRules;
import io.github.socialbiz.coe.Responsibility;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.governance.CrisisSeverity;
import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.governance.ProliferationStep;
import io.github.socialbiz.governance.SuccessFactor;
import io.github.socialbiz.maturity.Definition;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.ReadinessFinding;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Guidance;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Statistics;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Generates {@code docs/frameworks.md} from the vocabulary types and fails when the committed page is stale. */
final class FrameworksPageTest {

  @Test
  void frameworksPage_isUpToDate() throws IOException {
    GeneratedPage.check("frameworks.md", render());
  }

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# The frameworks in socialbiz\n\n")
        .append("<!-- Generated from the types by FrameworksPageTest; do not edit by hand. -->\n\n")
        .append(
            "Everything below is read from the library's own types. Provenance grades: REPORTED (the source ")
        .append(
            "states it), CORROBORATED (two or more sources agree), SINGLE_SOURCE (one secondary or truncated ")
        .append("source), INFERRED (the library's own reading, open to override).\n\n")
        .append("The thresholds the standard rules apply (")
        .append(String.format(Locale.ROOT, "%,d", StandardRules.CENTRALIZED_SCALE_EMPLOYEES))
        .append(" employees for a stretched centralized model, ")
        .append(StandardRules.PROLIFERATION_ACCOUNTS)
        .append(
            " accounts before proliferation needs governance, a quarter to all of the published team size by stage, ")
        .append(StandardRules.DEFAULT_IDLE_DAYS)
        .append(" days before an account counts as idle, ")
        .append(StandardRules.DEFAULT_CHARTER_AGE_DAYS)
        .append(" days before a charter counts as stale) are the library's own, not the sources'; ")
        .append("see [rules.md](rules.md).\n\n");

    md.append("## Definitions\n\n| Term | Definition | Citation |\n|---|---|---|\n");
    for (Definition d : Definition.values()) {
      md.append("| ")
          .append(d.term())
          .append(" | ")
          .append(cell(d.definition()))
          .append(" | ")
          .append(cell(d.citation()))
          .append(" |\n");
    }
    md.append('\n');

    md.append("## Six stages of social business transformation\n\n")
        .append(
            "Only the Formalized gate restates a requirement of the report (an executive sponsor, a hub ")
        .append(
            "or Center of Excellence, organization-wide governance). The other gates are the library's ")
        .append(
            "own synthesis of each stage's tagline, initiatives and best practices: each criterion cites ")
        .append(
            "the passage it reads, and those with no explicit basis are graded INFERRED. Planning has ")
        .append("no gate, since every organization starts there.\n\n");
    for (Stage s : Stage.values()) {
      md.append("### ")
          .append(s.number())
          .append(". ")
          .append(s.displayName())
          .append(": \"")
          .append(s.tagline())
          .append("\"\n\n");
      md.append(s.summary()).append("\n\n");
      if (!s.taglineVariants().isEmpty()) {
        md.append("Also published as: ")
            .append(Joiner.on(", ").join(s.taglineVariants()))
            .append(".\n\n");
      }
      criteria(md, s.entryCriteria(), "Planning has no gate: every organization starts here.");
      md.append("| Guidance | Text | Citation |\n|---|---|---|\n");
      for (Guidance g : s.guidance()) {
        md.append("| ")
            .append(g.kind())
            .append(" | ")
            .append(cell(g.text()))
            .append(" | ")
            .append(cell(g.citation()))
            .append(" |\n");
      }
      md.append('\n');
    }

    md.append("## Social business hierarchy of needs\n\n")
        .append(
            "The sources name what each level requires, never how much of the organization it must")
        .append(
            " cover: every \"at least some / about half / most\" below is the library's threshold,")
        .append(
            " marked \"(threshold: the library's)\" even where the requirement itself is sourced.\n\n");
    for (MaturityLevel l : MaturityLevel.values()) {
      md.append("### Level ")
          .append(l.number())
          .append(". ")
          .append(l.displayName())
          .append("\n\n")
          .append(l.summary())
          .append("\n\n");
      if (!l.knownMisnomers().isEmpty()) {
        md.append("Known misnomers (accepted by `parse`): ")
            .append(Joiner.on(", ").join(l.knownMisnomers()))
            .append(".\n\n");
      }
      criteria(md, l.entryCriteria(), "", true);
    }
    md.append("Readiness findings:\n\n");
    for (ReadinessFinding f : ReadinessFinding.values()) {
      md.append(f.number())
          .append(". ")
          .append(f.statement())
          .append(" (")
          .append(f.citation())
          .append(")\n");
    }
    md.append('\n');

    md.append("## Organizational models\n\n");
    for (OrganizationalModel m : OrganizationalModel.values()) {
      md.append("### ").append(m.displayName()).append("\n\n");
      md.append("Aliases: ")
          .append(Joiner.on(", ").join(m.aliases()))
          .append(". ")
          .append(m.description())
          .append("\n\n");
      md.append("- Advantages: ").append(Joiner.on("; ").join(m.advantages())).append(".\n");
      md.append("- Drawbacks: ").append(Joiner.on("; ").join(m.drawbacks())).append(".\n");
      md.append("- What no one tells you: ").append(m.caveat()).append("\n");
      md.append("- Examples: ").append(Joiner.on(", ").join(m.exampleCompanies())).append(".\n");
      md.append("- Adoption: ")
          .append(
              m.adoption().stream()
                  .map(st -> st.wave() + ": " + st.formattedValue())
                  .collect(Collectors.joining(", ")))
          .append(".\n\n");
    }

    md.append(
        "## Center of Excellence\n\n| Role | Expected from | Accountable for | Description |\n|---|---|---|---|\n");
    for (Role r : Role.values()) {
      md.append("| ")
          .append(r.displayName())
          .append(" | ")
          .append(r.expectedFrom().displayName())
          .append(" | ")
          .append(
              r.accountableFor().stream()
                  .map(Responsibility::displayName)
                  .collect(Collectors.joining(", ")))
          .append(" | ")
          .append(cell(r.description()))
          .append(" |\n");
    }
    md.append("\n| Responsibility | Owners | Description | Citation |\n|---|---|---|---|\n");
    for (Responsibility r : Responsibility.values()) {
      md.append("| ")
          .append(r.displayName())
          .append(" | ")
          .append(r.owners().stream().map(Role::displayName).collect(Collectors.joining(", ")))
          .append(" | ")
          .append(cell(r.description()))
          .append(" | ")
          .append(cell(r.citation()))
          .append(" |\n");
    }
    md.append(
        "\n| Company size | Dedicated team benchmark | About the band | Citation |\n|---|---|---|---|\n");
    for (SizeBand b : SizeBand.values()) {
      md.append("| ")
          .append(b.minEmployees())
          .append(b.maxEmployees() == Integer.MAX_VALUE ? "+" : " to " + b.maxEmployees())
          .append(" | ")
          .append(b.benchmark().map(Statistic::toString).orElse("none published"))
          .append(" | ")
          .append(cell(b.description()))
          .append(" | ")
          .append(cell(b.citation().map(Citation::toString).orElse("")))
          .append(" |\n");
    }

    md.append("\n## Readiness and governance\n\n");
    md.append("Social media crisis: ")
        .append(CrisisSeverity.definition())
        .append(" (")
        .append(CrisisSeverity.citation())
        .append(").\n\n");
    for (CrisisSeverity c : CrisisSeverity.values()) {
      md.append("- Level ")
          .append(c.level())
          .append(", ")
          .append(c.displayName())
          .append(": ")
          .append(c.description())
          .append("\n");
    }
    md.append("\nEmployee participation stances (advanced companies, 2011):\n\n");
    for (ParticipationStance p : ParticipationStance.values()) {
      md.append("- ")
          .append(p.displayName())
          .append(": ")
          .append(p.advancedCompanies().formattedValue())
          .append(" of 18\n");
    }
    md.append("\nProliferation steps:\n\n");
    for (ProliferationStep p : ProliferationStep.values()) {
      md.append(p.number())
          .append(". ")
          .append(p.displayName())
          .append(": ")
          .append(p.description())
          .append(" (")
          .append(p.citation())
          .append(")\n");
    }
    md.append("\nSeven success factors:\n\n");
    for (SuccessFactor f : SuccessFactor.values()) {
      md.append(f.number())
          .append(". ")
          .append(f.displayName())
          .append(" (chapter ")
          .append(f.chapter())
          .append("; evidence: ")
          .append(f.evidence().stream().map(Practice::name).collect(Collectors.joining(", ")))
          .append(")\n");
    }
    md.append("\nCharter elements (")
        .append(CharterElement.values()[0].citation())
        .append("):\n\n");
    for (CharterElement e : CharterElement.values()) {
      md.append("- ").append(e.displayName()).append(": ").append(e.description()).append("\n");
    }
    md.append("\nProhibition: ").append(CharterElement.prohibition()).append(".\n\n");

    md.append("## Practices by dimension\n\n");
    for (Dimension d : Dimension.values()) {
      md.append("### ")
          .append(d.displayName())
          .append("\n\n")
          .append(d.description())
          .append(".\n\n| Practice | Description | Citations |\n|---|---|---|\n");
      for (Practice p : d.practices()) {
        md.append("| `")
            .append(p.name())
            .append("` ")
            .append(p.displayName())
            .append(" | ")
            .append(cell(p.description()))
            .append(" | ")
            .append(
                cell(
                    p.citations().stream()
                        .map(Citation::toString)
                        .collect(Collectors.joining("; "))))
            .append(" |\n");
      }
      md.append('\n');
    }

    md.append(
        "## Statistics\n\n| Key | Value | Wave | Population | Description | Citation | Note |\n|---|---|---|---|---|---|---|\n");
    for (Statistic s : Statistics.all()) {
      md.append("| `")
          .append(s.key())
          .append("` | ")
          .append(s.formattedValue())
          .append(" | ")
          .append(cell(s.wave()))
          .append(" | ")
          .append(cell(s.population()))
          .append(" | ")
          .append(cell(s.description()))
          .append(" | ")
          .append(cell(s.citation()))
          .append(" | ")
          .append(cell(s.note().orElse("")))
          .append(" |\n");
    }

    md.append("\n## What the library leaves out, and why\n\n");
    for (String[] left : LEFT_OUT) {
      md.append("- ")
          .append(left[0])
          .append(" (")
          .append(left[1])
          .append("): ")
          .append(left[2])
          .append('\n');
    }
    md.append(
        "\n## Sources\n\n| Source | Date | Authors | Sample | Address |\n|---|---|---|---|---|\n");
    for (Source s : Source.values()) {
      md.append("| ")
          .append(cell(s.title()))
          .append(" | ")
          .append(s.date())
          .append(" | ")
          .append(cell(s.authors()))
          .append(" | ")
          .append(cell(s.sample()))
          .append(" | ")
          .append(s.url().orElse(""))
          .append(" |\n");
    }
    return md.toString();
  }

  /**
   * Seed statements the library does not encode: the statement, the seed it is in, and why it is left
   * out. Kept with the seeds' tests (issue 27, section 3).
   */
  static final List<String[]> LEFT_OUT =
      List.of(
          new String[] {
            "A social business changes its business model: it orients around its ecosystem and builds"
                + " interdependencies with the communities in it",
            "seed 000, the readiness commentary",
            "a practitioner's view of what social business is for, not a practice or stage the"
                + " research measures; no gate, level or rule could read it"
          },
          new String[] {
            "The key to success is a cross-functional team and a flexible charter",
            "seed 001, the KMWorld 2011 interview",
            "both parts are checked on their own (the CoE roster and coverage rules; charter.current for"
                + " a charter written in pencil), but the claim that together they are the key is"
                + " not a rule: the library does not rank success factors from one interview"
          },
          new String[] {
            "The corporate social strategist is most often a woman",
            "seed 001, the KMWorld 2011 interview",
            "consciously left out: who holds the role says nothing about an organization's readiness, and"
                + " the library assesses roles, not the people in them"
          },
          new String[] {
            "Even the early stages must already deliver value against business goals",
            "seed 002, a review of the six-stages report",
            "not a gate of its own: the Presence stage's best practice 1 (tie every presence to an"
                + " objective) and the success rules on business goals already ask for it, and a"
                + " second criterion would count the same answer twice"
          });

  private static void criteria(StringBuilder md, List<Criterion> criteria, String ifEmpty) {
    criteria(md, criteria, ifEmpty, false);
  }

  private static void criteria(
      StringBuilder md, List<Criterion> criteria, String ifEmpty, boolean markThresholds) {
    if (criteria.isEmpty()) {
      md.append(ifEmpty).append("\n\n");
      return;
    }
    md.append("| Criterion | Requires | Citation |\n|---|---|---|\n");
    for (Criterion c : criteria) {
      md.append("| `")
          .append(c.id())
          .append("` | ")
          .append(cell(c.description()))
          .append(c.isLibraryReading() ? " (library's reading)" : "")
          .append(
              markThresholds && c instanceof PracticeCriterion ? " (threshold: the library's)" : "")
          .append(" | ")
          .append(cell(c.citation()))
          .append(" |\n");
    }
    md.append('\n');
  }
}
