package io.github.socialbiz.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Merge;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the merge benchmark honest: its workshop is valid and the merge does the full work. */
final class MergeBenchmarkTest {

  @Test
  void aThousandRespondentsAnswerEveryQuestionAndAreAllMerged() {
    Questionnaire q = Questionnaire.standard();
    List<Response> responses =
        MergeBenchmark.responses(q, SampleOrganizations.multinational(), 1000);
    assertEquals(1000, responses.size());
    for (Response r : responses) {
      assertEquals(q.questions().size(), r.answers().size());
    }
    Merge merge = Responses.merge(q, responses, SampleOrganizations.multinational());
    assertEquals(1000, merge.respondents().size());
    assertTrue(merge.organization().notAssessed().isEmpty(), "every practice was answered");
    // a thousand random answers give every practice both "none" and "most": two or more grades
    // apart
    assertEquals(
        36,
        merge.disagreements().stream().filter(d -> d.unit().isEmpty() && !d.isAboutFact()).count(),
        "one per practice");
    // and every fact both "yes" and "no": one item per fact of respondents against each other
    assertEquals(
        9,
        merge.disagreements().stream()
            .filter(d -> d.unit().isEmpty() && d.isAboutFact() && !d.isAgainstFile())
            .count(),
        "one per fact");

    List<Response> reversed = new ArrayList<>(responses);
    Collections.reverse(reversed);
    assertEquals(
        merge.organization(),
        Responses.merge(q, reversed, SampleOrganizations.multinational()).organization());
  }
}
