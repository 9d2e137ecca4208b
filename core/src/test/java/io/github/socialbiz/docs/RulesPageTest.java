package io.github.socialbiz.docs;

import static io.github.socialbiz.docs.GeneratedPage.cell;

import io.github.socialbiz.assessment.Snapshot;
import io.github.socialbiz.assessment.StandardRules;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import java.io.IOException;
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
            .append("citation are the library's own reading of the research.\n\n");
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
