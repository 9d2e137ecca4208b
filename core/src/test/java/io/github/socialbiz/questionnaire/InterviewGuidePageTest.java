package io.github.socialbiz.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.testing.GeneratedDocs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Generates {@code docs/interview-guide.md} from the standard questionnaire, with a table of what each
 * question measures and the gate criteria that read it, and fails when the committed page is stale.
 */
final class InterviewGuidePageTest {

  @Test
  void interviewGuide_isUpToDate() throws IOException {
    String guide = Questionnaire.standard().markdownGuide();
    String title = "# Interview guide\n\n";
    int firstDimension = guide.indexOf("\n## ") + 1;
    String page =
        title
            + "<!-- Generated from Questionnaire.standard() by InterviewGuidePageTest; do not edit by"
            + " hand. -->\n\n"
            + guide.substring(title.length(), firstDimension)
            + measures()
            + guide.substring(firstDimension);
    GeneratedDocs.check(
        "interview-guide.md",
        page,
        "./mvnw -B -ntp -pl core test -Dtest='*PageTest' -Dsocialbiz.updateDocs=true");
  }

  @Test
  void theTable_namesTheCriteriaThatReadAQuestion() {
    // written out by hand from docs/frameworks.md: the two gates that read employee participation
    assertEquals(
        "`stage.converged.employee-participation` (at least about half),"
            + " `level.enlightenment.employee-participation` (at least most or all)",
        readBy(Questionnaire.standard().question("q.employee-participation").orElseThrow()));
    assertEquals(
        "`stage.formalized.coordination-begun` (holds)",
        readBy(Questionnaire.standard().question("q.fact.coordination-begun").orElseThrow()));
    assertEquals(
        "none; it counts in its dimension's score",
        readBy(Questionnaire.standard().question("q.risk-management").orElseThrow()));
  }

  /** The table of constructs: one row per standard question. */
  private static String measures() {
    StringBuilder s =
        new StringBuilder(
            "## What each question measures\n\n"
                + "Each question measures one thing. For a graded question that is a share (none, a"
                + " few, about half, most or all of something countable), and the gates read the"
                + " grade the answer names; for a fact question it is one yes or no. A question no"
                + " gate reads still counts in the dimension scores and in the standard rules.\n\n"
                + "| Question | Measures | Gate criteria that read it |\n"
                + "|---|---|---|\n");
    for (Question q : Questionnaire.standard().questions()) {
      s.append("| `")
          .append(q.id())
          .append("` | ")
          .append(StandardQuestions.construct(q.id()).orElseThrow())
          .append(" | ")
          .append(readBy(q))
          .append(" |\n");
    }
    return s.append('\n').toString();
  }

  /** The gate criteria that read a question's practice or fact, with the grade each asks for. */
  private static String readBy(Question q) {
    List<String> criteria = new ArrayList<>();
    for (Rung.Ladder ladder : Rung.Ladder.values()) {
      for (Rung rung : ladder.rungs()) {
        for (Criterion c : rung.entryCriteria()) {
          if (q instanceof PracticeQuestion p
              && c instanceof PracticeCriterion pc
              && pc.practice() == p.practice()) {
            criteria.add(
                "`"
                    + c.id()
                    + "` (at least "
                    + pc.minimum().displayName().toLowerCase(Locale.ROOT)
                    + ")");
          }
          if (q instanceof FactQuestion f
              && c instanceof FactCriterion fc
              && fc.fact() == f.fact()) {
            criteria.add("`" + c.id() + "` (holds)");
          }
        }
      }
    }
    return criteria.isEmpty()
        ? "none; it counts in its dimension's score"
        : String.join(", ", criteria);
  }
}
