package io.github.socialbiz.examples;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.UnitStanding;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.PrintStream;

/** Assessing each business unit of a dandelion organization (the twin of {@code jshell/06-business-units.jsh}). */
public final class BusinessUnits {

  private BusinessUnits() {}

  /**
   * Prints each unit's standing and the ones that hold Globex back.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Assessment a =
        SocialBusiness.assess(SampleOrganizations.multinational(), SampleOrganizations.AS_OF);
    a.units().forEach(out::println);
    a.units().stream()
        .filter(UnitStanding::isHoldingBack)
        .forEach(
            u ->
                out.println(
                    "Holding back: "
                        + u.unit()
                        + ", weakest in "
                        + u.weakestDimension().displayName()));
  }
}
