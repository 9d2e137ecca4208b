package io.github.socialbiz.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.practice.Adoption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The standard questions' wording rules, checked mechanically where a machine can: one question per
 * question text, no list of three demands, and for every graded answer a share that matches its grade (the
 * grade the gates read must be the one the answer describes). The vocabulary below is this test's, not the
 * code's: the words a respondent reads as a share.
 */
final class QuestionWordingTest {

  /** Three or more demands in a list joined by "and": "people, money and technology". */
  private static final Pattern THREE_DEMANDS =
      Pattern.compile("\\b[\\w'-]+(?: [\\w'-]+){0,3}, [\\w' -]+,? and \\b");

  /** The words that name a grade's share. */
  private static Pattern share(Adoption grade) {
    return switch (grade) {
      case NONE -> words("no", "nobody", "nothing", "never", "none", "not");
      case SOME ->
          words("a few", "one", "some", "once", "now and then", "case by case", "one or two");
      case HALF -> words("about half");
      case MOST -> words("most", "every", "all", "across the organization");
    };
  }

  /** The words that name another grade's share. */
  private static Pattern otherShare(Adoption grade) {
    return switch (grade) {
      case NONE, SOME -> words("about half", "most", "every", "all");
      case HALF -> words("a few", "most", "every", "all");
      case MOST -> words("a few", "about half", "some");
    };
  }

  private static Pattern words(String... alternatives) {
    return Pattern.compile(
        "\\b(" + String.join("|", alternatives) + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  @Test
  void everyQuestion_asksOneQuestion() {
    List<String> broken = new ArrayList<>();
    for (Question q : Questionnaire.standard().questions()) {
      long marks = q.text().chars().filter(c -> c == '?').count();
      if (marks != 1 || !q.text().endsWith("?")) {
        broken.add(q.id() + ": " + q.text());
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void noQuestion_joinsThreeDemands() {
    List<String> broken = new ArrayList<>();
    for (Question q : Questionnaire.standard().questions()) {
      if (THREE_DEMANDS.matcher(q.text()).find()) {
        broken.add(q.id() + ": " + q.text());
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void everyGradedAnswer_namesAShareOfItsGrade() {
    List<String> broken = new ArrayList<>();
    for (Question q : Questionnaire.standard().questions()) {
      for (AnswerOption o : q.options()) {
        if (o.meaning().grade().isEmpty()) {
          continue;
        }
        Adoption grade = o.meaning().grade().get();
        if (!share(grade).matcher(o.text()).find() || otherShare(grade).matcher(o.text()).find()) {
          broken.add(q.id() + " " + grade + ": " + o.text());
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void theRules_catchTheWordingsTheReviewFound() {
    // the old texts the review of issue #27 named: the patterns above must catch them
    assertTrue(
        THREE_DEMANDS
            .matcher(
                "Does the program have people, money and technology secured beyond the current"
                    + " campaign?")
            .find());
    assertTrue(
        THREE_DEMANDS
            .matcher(
                "Do senior executives know the social program, take part in it, and back it in public"
                    + " and in budgets?")
            .find());
    assertFalse(
        THREE_DEMANDS.matcher("When a question, complaint or issue arrives on social?").find());
    assertFalse(
        share(Adoption.HALF)
            .matcher("An advocacy or expert programme involves employees from several functions")
            .find());
    assertTrue(otherShare(Adoption.HALF).matcher("reaches most of the employees").find());
  }
}
