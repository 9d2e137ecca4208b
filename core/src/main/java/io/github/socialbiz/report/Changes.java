package io.github.socialbiz.report;

import static io.github.socialbiz.report.Text.num;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.AssessmentDiff;
import io.github.socialbiz.assessment.GradeChange;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of a change between two assessments, shared by the executive summary and the "Since last
 * time" section: a trend as an arrow and a word, the part of a change that comes from knowledge in words
 * (never an arrow), a rung's move, and "not stated" where a score is a range.
 */
final class Changes {

  private Changes() {}

  /** What a trend says when either score is a range: a difference of low ends would be no fact. */
  static final String NO_TREND = "not stated: practices not assessed";

  /** What knowledge changed since, in brackets after {@link #NO_TREND}: " (7 practices assessed for the first time)". */
  static String knowledgeNote(AssessmentDiff diff) {
    String knowledge = knowledge(diff);
    return knowledge.isEmpty() ? "" : " (" + knowledge + ")";
  }

  static boolean exact(Assessment a, Assessment b) {
    return a.isScoreExact() && b.isScoreExact();
  }

  /**
   * Where a change of knowledge comes from, with counts: "from 7 practices assessed for the first time";
   * empty if knowledge did not change.
   */
  static String cause(AssessmentDiff diff) {
    String knowledge = knowledge(diff);
    return knowledge.isEmpty() ? "" : "from " + knowledge;
  }

  /**
   * What knowledge changed, with counts: "7 practices assessed for the first time", "1 practice no longer
   * assessed and 1 fact known for the first time"; empty if nothing.
   */
  static String knowledge(AssessmentDiff diff) {
    List<String> parts = new ArrayList<>();
    if (!diff.newlyAssessed().isEmpty()) {
      parts.add(
          count(diff.newlyAssessed().size(), "practice", "practices")
              + " assessed for the first time");
    }
    if (!diff.noLongerAssessed().isEmpty()) {
      parts.add(
          count(diff.noLongerAssessed().size(), "practice", "practices") + " no longer assessed");
    }
    if (!diff.newlyKnownFacts().isEmpty()) {
      parts.add(
          count(diff.newlyKnownFacts().size(), "fact", "facts") + " known for the first time");
    }
    if (!diff.factsNoLongerKnown().isEmpty()) {
      parts.add(count(diff.factsNoLongerKnown().size(), "fact", "facts") + " no longer known");
    }
    return parts.isEmpty() ? "" : and(parts);
  }

  /**
   * The trend of one dimension's score since the previous assessment: {@link #trend(double, double,
   * String)} with the dimension's own practices assessed for the first time or no longer assessed.
   */
  static String trend(AssessmentDiff diff, Dimension dimension) {
    long newly = diff.newlyAssessed().stream().filter(g -> inDimension(g, dimension)).count();
    long dropped = diff.noLongerAssessed().stream().filter(g -> inDimension(g, dimension)).count();
    List<String> parts = new ArrayList<>();
    if (newly > 0) {
      parts.add(count((int) newly, "practice", "practices") + " assessed for the first time");
    }
    if (dropped > 0) {
      parts.add(count((int) dropped, "practice", "practices") + " no longer assessed");
    }
    return trend(
        value(diff.scoreDeltasFromChange(), dimension),
        value(diff.scoreDeltasFromKnowledge(), dimension),
        parts.isEmpty() ? "" : "from " + and(parts));
  }

  static boolean inDimension(GradeChange g, Dimension d) {
    return g.practice().dimension() == d;
  }

  static double value(Map<Dimension, Double> values, Dimension d) {
    Double v = values.get(d);
    return v == null ? 0 : v;
  }

  // -----------------------------------------------------------------------
  /**
   * A change of a score as an arrow and a word, so that it reads in black and white and aloud: {@code
   * ↑ up 0.10}, {@code ↓ down 0.05} or {@code → unchanged} (a change that rounds to 0.00).
   */
  static String trend(double delta) {
    String size = num(Math.abs(delta));
    if (size.equals(num(0))) {
      return "\u2192 unchanged";
    }
    return delta > 0 ? "\u2191 up " + size : "\u2193 down " + size;
  }

  /**
   * A change of a score split into change and knowledge: the change as {@link #trend(double)}, the part
   * from knowledge in words and never as an arrow, such as {@code 0.36 higher (all from 7 practices
   * assessed for the first time)} or {@code ↑ up 0.05 (and 0.31 higher from 7 practices assessed for the
   * first time)}; just the trend when knowledge moved it by less than 0.005.
   */
  static String trend(double change, double knowledge, String cause) {
    String size = num(Math.abs(knowledge));
    if (size.equals(num(0))) {
      return trend(change);
    }
    String part = size + (knowledge > 0 ? " higher" : " lower");
    if (num(Math.abs(change)).equals(num(0))) {
      return part + " (all " + cause + ")";
    }
    return trend(change) + " (and " + part + " " + cause + ")";
  }

  /** A change of a rung in words: "up from 2. Presence to 3. Engagement" or "unchanged at 2. Presence". */
  static String change(String before, String after, int direction) {
    if (direction == 0) {
      return "unchanged at " + after;
    }
    return (direction > 0 ? "\u2191 up from " : "\u2193 down from ") + before + " to " + after;
  }

  /**
   * A change of a rung, split at the rung the earlier organization reaches with today's knowledge: as
   * {@link #change(String, String, int)} when knowledge moved nothing; else "1. Planning then, 4.
   * Formalized now: all from 7 practices assessed for the first time, not a change", or with a change on
   * top "1. Planning then, 4. Formalized now: 3. Engagement from 7 practices assessed for the first time,
   * then ↑ up to 4. Formalized".
   *
   * @param direction  the direction of the change from {@code known} to {@code after}
   */
  static String change(String before, String known, String after, int direction, String cause) {
    if (known.equals(before)) {
      return change(before, after, direction);
    }
    String both = before + " then, " + after + " now: ";
    if (direction == 0) {
      return both + "all " + cause + ", not a change";
    }
    return both
        + known
        + " "
        + cause
        + ", then "
        + (direction > 0 ? "\u2191 up to " : "\u2193 down to ")
        + after;
  }

  static String stage(Stage s) {
    return s.number() + ". " + s.displayName();
  }

  static String level(Optional<MaturityLevel> l) {
    return l.map(x -> x.number() + ". " + x.displayName()).orElse("no maturity level yet");
  }

  /** A level reached, or "no level" (known: not even 1. Foundation is reached). */
  static String levelReached(Optional<MaturityLevel> l) {
    return l.map(x -> x.number() + ". " + x.displayName()).orElse("no level");
  }

  static int number(Optional<MaturityLevel> l) {
    return l.map(MaturityLevel::number).orElse(0);
  }

  /** Words joined as a list is read: "a", "a and b", "a, b and c". */
  static String and(List<String> words) {
    int n = words.size();
    return n == 1
        ? words.get(0)
        : String.join(", ", words.subList(0, n - 1)) + " and " + words.get(n - 1);
  }

  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
