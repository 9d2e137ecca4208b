package io.github.socialbiz.examples;

import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.source.Statistics;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The quick start: a tour of the vocabulary. Run it with the README's first command.
 *
 * <p>It prints the six stages with their taglines, the gate of the Formalized stage as data, how
 * organizational models parse from their published aliases, and one statistic with its source.
 */
public final class Quickstart {

  private Quickstart() {}

  /**
   * Runs the quick start, printing to standard output.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the quick start.
   *
   * @param out  where to print
   */
  static void run(PrintStream out) {
    out.println("The six stages of social business transformation:");
    for (Stage stage : Stage.values()) {
      out.printf(
          Locale.ROOT,
          "  %d. %-10s \"%s\"%n",
          stage.number(),
          stage.displayName(),
          stage.tagline());
    }

    out.println();
    out.println("What it takes to be " + Stage.parse("Organize for Scale").displayName() + ":");
    for (Criterion criterion : Stage.FORMALIZED.entryCriteria()) {
      out.println(
          "  - "
              + criterion.description()
              + (criterion.isLibraryReading() ? " (library's reading)" : ""));
    }

    out.println();
    out.println(
        "'Holistic' is "
            + OrganizationalModel.parse("Holistic").displayName()
            + "; 'hub & spoke' is "
            + OrganizationalModel.parse("hub & spoke").displayName()
            + ".");
    out.println(
        Statistics.CRISES_AVOIDABLE.description()
            + ": "
            + Statistics.CRISES_AVOIDABLE.formattedValue()
            + " ("
            + Statistics.CRISES_AVOIDABLE.citation()
            + ")");
  }
}
