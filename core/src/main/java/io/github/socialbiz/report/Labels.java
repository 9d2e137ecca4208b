package io.github.socialbiz.report;

import io.github.socialbiz.assessment.Completeness;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.Meaning;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Provenance;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words a client reads for values whose types have no display name of their own (bases, severities,
 * provenance grades, citations, gate counts), so that no constant name reaches a report.
 */
final class Labels {

  private Labels() {}

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

  /** How much of a gate is met, such as "4 of 5 criteria met." */
  static String gateCount(GateSummary gate) {
    int all = gate.met().size() + gate.unmet().size();
    return gate.met().size() + " of " + all + (all == 1 ? " criterion" : " criteria") + " met.";
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
}
