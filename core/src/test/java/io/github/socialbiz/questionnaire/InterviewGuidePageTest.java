package io.github.socialbiz.questionnaire;

import io.github.socialbiz.testing.GeneratedDocs;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Generates {@code docs/interview-guide.md} from the standard questionnaire and fails when the committed
 * page is stale.
 */
final class InterviewGuidePageTest {

  @Test
  void interviewGuide_isUpToDate() throws IOException {
    String guide = Questionnaire.standard().markdownGuide();
    String title = "# Interview guide\n\n";
    String page =
        title
            + "<!-- Generated from Questionnaire.standard() by InterviewGuidePageTest; do not edit by"
            + " hand. -->\n\n"
            + guide.substring(title.length());
    GeneratedDocs.check(
        "interview-guide.md",
        page,
        "./mvnw -B -ntp -pl core test -Dtest='*PageTest' -Dsocialbiz.updateDocs=true");
  }
}
