package io.github.socialbiz.examples;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.AssessmentDiff;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;

/** Comparing this quarter with last quarter (the twin of {@code jshell/05-quarter-over-quarter.jsh}). */
public final class QuarterOverQuarter {

  private QuarterOverQuarter() {}

  /**
   * Compares Bluefin Foods at the end of March with Bluefin after a quarter of work.
   *
   * @return the difference, not null
   */
  public static AssessmentDiff compare() {
    Assessment lastQuarter =
        SocialBusiness.assess(
            SampleOrganizations.presenceWithoutResponse(), LocalDate.of(2026, 3, 31));
    Organization improved =
        SampleOrganizations.presenceWithoutResponse()
            .withEvidence(Practice.TRIAGE_PROCESS, Adoption.HALF)
            .withEvidence(Practice.ACCOUNT_GOVERNANCE, Adoption.HALF)
            .withCoe(
                CenterOfExcellence.builder()
                    .addMember(Member.of("Jo Lee", Role.CORPORATE_SOCIAL_STRATEGIST, 1.0))
                    .build());
    Assessment thisQuarter = SocialBusiness.assess(improved, LocalDate.of(2026, 6, 30));
    return SocialBusiness.compare(lastQuarter, thisQuarter);
  }

  /**
   * Prints what changed.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    AssessmentDiff diff = compare();
    out.println(diff);
    diff.scoreDeltas()
        .forEach(
            (d, delta) -> {
              if (delta != 0) {
                out.println(String.format(Locale.ROOT, "  %s %+.2f", d, delta));
              }
            });
    diff.completedActions().forEach(x -> out.println("  done: " + x));
  }
}
