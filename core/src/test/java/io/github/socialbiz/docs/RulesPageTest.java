package io.github.socialbiz.docs;

import static io.github.socialbiz.docs.GeneratedPage.cell;

import io.github.socialbiz.assessment.Snapshot;
import io.github.socialbiz.assessment.StandardRules;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Generates {@code docs/rules.md} from the standard rule books and fails when the committed page is stale. */
final class RulesPageTest {

  @Test
  void rulesPage_isUpToDate() throws IOException {
    GeneratedPage.check("rules.md", render());
  }

  static String render() {
    StringBuilder md =
        new StringBuilder("# The standard rules of socialbiz\n\n")
            .append(
                "<!-- Generated from StandardRules by RulesPageTest; do not edit by hand. -->\n\n")
            .append(
                "Every rule checks a `Snapshot` (an organization as of a date). Rules marked INFERRED in their ")
            .append("citation are the library's own reading of the research.\n\n")
            .append(
                "A rule that reads a structural fact (a sponsor, a staffed hub, policy authority, a")
            .append(
                " charter, the units' liaisons, a crisis team) reads it as the gates do: what the")
            .append(
                " organization's file shows, else the respondents' statement. Where they could not")
            .append(" say, the rule is not verified and asks the fact's question; it is never a")
            .append(" finding. So it is where the file does not record the fact yet (its")
            .append(
                " `notRecorded`, which `socialbiz init` fills) and nobody has said. A rule never")
            .append(
                " reads what nobody recorded (an empty account inventory, no listed regions, an")
            .append(" empty roster the respondents say is staffed) as zero.\n\n")
            .append(
                "The thresholds below are the library's own, not the sources': the sources give none. ")
            .append("Rules that use them cite them as INFERRED.\n\n")
            .append("- A centralized model counts as stretched from ")
            .append(String.format(Locale.ROOT, "%,d", StandardRules.CENTRALIZED_SCALE_EMPLOYEES))
            .append(" employees with 2 or more business units.\n")
            .append("- Account proliferation needs governance from ")
            .append(StandardRules.PROLIFERATION_ACCOUNTS)
            .append(" accounts.\n")
            .append(
                "- A team counts as short of its size band's published size below a quarter of it at")
            .append(" Engagement, below half of it at Formalized and below the whole of it from")
            .append(" Strategic on (none is expected before Engagement).\n")
            .append("- An account counts as idle after ")
            .append(StandardRules.DEFAULT_IDLE_DAYS)
            .append(
                " days without activity (by default); such accounts are at least semi-idle, which is ")
            .append("what the 'nearly a quarter' figure counts.\n")
            .append("- A charter counts as stale after ")
            .append(StandardRules.DEFAULT_CHARTER_AGE_DAYS)
            .append(" days (by default).\n\n");
    int total = 0;
    for (RuleBook<Snapshot> book : StandardRules.all()) {
      md.append("## ")
          .append(book.name())
          .append(" (")
          .append(book.size())
          .append(" rules)\n\n")
          .append("| Id | Title | Severity | Citation | Recommendation |\n|---|---|---|---|---|\n");
      for (Rule<Snapshot> r : book.rules()) {
        md.append("| `")
            .append(r.id())
            .append("` | ")
            .append(cell(r.title()))
            .append(" | ")
            .append(r.severity())
            .append(" | ")
            .append(cell(r.citation()))
            .append(" | ")
            .append(cell(r.recommendation()))
            .append(" |\n");
        total++;
      }
      md.append('\n');
    }
    return md.append(total).append(" rules in all.\n").toString();
  }
}
