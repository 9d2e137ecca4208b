package io.github.socialbiz.report;

import static io.github.socialbiz.report.Text.num;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Completeness;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.Meaning;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words a client reads for values whose types have no display name of their own (bases, severities,
 * provenance grades, citations, gate counts, scores and their ranges), so that no constant name reaches a
 * report, and no unknown reads as a "no" or a zero.
 */
final class Labels {

  private Labels() {}

  /** A question's id in parentheses after its quoted text, as the rules record what to ask. */
  private static final Pattern QUESTION_ID =
      Pattern.compile(" \\((q(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+)\\)");

  /**
   * What to ask, in words a client reads: the quoted questions without their ids, such as "“Is a sponsor
   * named?”" for "“Is a sponsor named?” (q.fact.executive-sponsor-named)". The ids go to the
   * consultant's appendix ({@link #questionIds}).
   */
  static String withoutIds(String ask) {
    return QUESTION_ID.matcher(ask).replaceAll("");
  }

  /** The question ids in what to ask, in order, such as [q.content-strategy]. */
  static List<String> questionIds(String ask) {
    List<String> ids = new ArrayList<>();
    Matcher m = QUESTION_ID.matcher(ask);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** What evidence rests on, as it follows a grade: "About half, artifact checked". */
  static String basis(Basis basis) {
    return basis.displayName().toLowerCase(Locale.ROOT);
  }

  /** A severity as a word in a table cell, such as "High". */
  static String severity(Severity severity) {
    return switch (severity) {
      case INFO -> "Info";
      case LOW -> "Low";
      case MEDIUM -> "Medium";
      case HIGH -> "High";
      case CRITICAL -> "Critical";
    };
  }

  /** How a severity is shown: alarming for high and critical, quieter below. */
  static Report.Style tone(Severity severity) {
    return switch (severity) {
      case INFO -> Report.Style.QUIET;
      case LOW -> Report.Style.NOTE;
      case MEDIUM -> Report.Style.CAUTION;
      case HIGH, CRITICAL -> Report.Style.ALERT;
    };
  }

  /**
   * A respondent's answer as the consensus meeting reads it: the grade's name, such as "About half", or
   * "Don't know" and "Not applicable" as the respondent chose them.
   */
  static String answer(Meaning meaning) {
    return switch (meaning) {
      case NOT_ASSESSED -> "Don\u2019t know";
      case OUT_OF_SCOPE -> "Not applicable";
      case NONE, SOME, HALF, MOST, HOLDS, DOES_NOT_HOLD -> meaning.displayName();
    };
  }

  /** A provenance grade as it closes a citation, such as "single source". */
  static String provenance(Provenance provenance) {
    return switch (provenance) {
      case REPORTED -> "reported";
      case CORROBORATED -> "corroborated";
      case SINGLE_SOURCE -> "single source";
      case INFERRED -> "inferred";
    };
  }

  /**
   * A citation as a client reads it, such as {@code Owyang 2012, "Key findings" [corroborated]}; a
   * reference that is not a library citation prints as its author gave it.
   */
  static String citation(Reference reference) {
    if (reference instanceof Citation c) {
      return c.source().shortReference()
          + ", \""
          + c.locator()
          + "\" ["
          + provenance(c.provenance())
          + "]";
    }
    return reference.toString();
  }

  /**
   * How much of a gate is met, such as "4 of 5 criteria met." or, with criteria that cannot be told, "3
   * of 5 criteria met, 1 not verified."
   */
  static String gateCount(GateSummary gate) {
    int all = gate.met().size() + gate.unmet().size() + gate.unknown().size();
    return gate.met().size()
        + " of "
        + all
        + (all == 1 ? " criterion" : " criteria")
        + " met"
        + (gate.unknown().isEmpty() ? "" : ", " + gate.unknown().size() + " not verified")
        + ".";
  }

  /**
   * A gate's own standing in a word or two: "met" (every criterion met), "gaps remain" (a criterion is
   * known not to be met) or "not verified" (none is known unmet, but some cannot be told yet).
   */
  static String gateStanding(GateSummary gate) {
    if (!gate.unmet().isEmpty()) {
      return "gaps remain";
    }
    return gate.unknown().isEmpty() ? "met" : "not verified";
  }

  /**
   * A score as what the known evidence proves and what is still possible: one number when both ends are
   * the same ("0.58", and "0.00" for a weakest link that a practice known to be at none holds down
   * whatever the others turn out to be), otherwise the range "0.28 to 0.61"; never the low end alone,
   * which would count what nobody assessed as nothing.
   */
  static String score(double proven, double possible, boolean exact) {
    String low = num(proven);
    String high = num(possible);
    return exact || low.equals(high) ? low : low + " to " + high;
  }

  /** A dimension's mean as a range, such as "0.50 to 0.57", or one number when it is exact. */
  static String mean(DimensionScore d) {
    return score(d.mean(), d.meanPossible(), d.isExact());
  }

  /** A dimension's weakest link as a range, such as "0.00 to 0.50", or one number when it is exact. */
  static String weakest(DimensionScore d) {
    return score(d.weakest(), d.weakestPossible(), d.isExact());
  }

  /**
   * The overall score and its weakest link, such as "0.58 of 1.00 (weakest link 0.25)" or, with practices
   * not assessed, "0.58 to 0.60 of 1.00 (weakest link 0.00 to 0.50; 1 practice not assessed)".
   */
  static String overall(Assessment a, String scale) {
    boolean exact = a.isScoreExact();
    int missing = a.completeness().practicesNotAssessed().size();
    return score(a.overall(), a.overallPossible(), exact)
        + scale
        + " (weakest link "
        + score(a.overallWeakest(), a.overallWeakestPossible(), exact)
        + (exact ? "" : "; " + practices(missing) + " not assessed")
        + ")";
  }

  /** How many practices, such as "1 practice" or "16 practices". */
  static String practices(int n) {
    return n + (n == 1 ? " practice" : " practices");
  }

  /**
   * The sentence that reads the ranges of an assessment's scores, shown wherever a score is a range: the
   * low end is what the known evidence proves, the high end what is still possible.
   */
  static String ranges(Assessment a) {
    return "A score shown as a range runs from what the known evidence proves (each practice not"
        + " assessed taken at the bottom of the scale) to what is still possible (taken at the top); "
        + practices(a.completeness().practicesNotAssessed().size())
        + " in scope "
        + (a.completeness().practicesNotAssessed().size() == 1 ? "is" : "are")
        + " not assessed.";
  }

  /**
   * The mark of a survey benchmark, so that its standing reads without colour: "✔" in the group the
   * figure counts (or at or above it), "✖" known not to be, and "?" when it cannot be told (the line's
   * position then says what to ask).
   */
  static String benchmark(Truth favourable) {
    return switch (favourable) {
      case TRUE -> "\u2714";
      case FALSE -> "\u2716";
      case UNKNOWN -> "?";
    };
  }

  /**
   * What a proven rung may still become, such as {@code ", possibly Formalized: 6 practices not yet
   * assessed"}; empty when the possible rung is the proven one.
   */
  static String possibly(String proven, String possible, Completeness c) {
    if (proven.equals(possible)) {
      return "";
    }
    int n = c.practicesNotAssessed().size();
    return ", possibly "
        + possible
        + ": "
        + n
        + (n == 1 ? " practice" : " practices")
        + " not yet assessed";
  }

  /**
   * The completeness of the evidence, such as "30 of 36 practices in scope assessed (83%); grades resting
   * on 4 artifacts checked, 1 interview, 25 self-reports".
   */
  static String completeness(Completeness c) {
    return c.assessed()
        + " of "
        + c.practicesInScope().size()
        + " practices in scope assessed ("
        + Math.round(c.share() * 100)
        + "%); grades resting on "
        + plural(c.basisMix().get(Basis.ARTIFACT_CHECKED), "artifact checked", "artifacts checked")
        + ", "
        + plural(c.basisMix().get(Basis.INTERVIEW), "interview", "interviews")
        + ", "
        + plural(c.basisMix().get(Basis.SELF_REPORTED), "self-report", "self-reports");
  }

  private static String plural(@Nullable Integer n, String one, String many) {
    int count = n == null ? 0 : n;
    return count + " " + (count == 1 ? one : many);
  }

  /** How many items are to verify, such as "0" or "3 (not findings; each with its question under Items to verify)". */
  static String toVerify(Assessment a) {
    int n = a.unverified().size();
    return n == 0 ? "0" : n + " (not findings; each with its question under Items to verify)";
  }
}
