package io.github.socialbiz.examples;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.assessment.Snapshot;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Verdict;
import java.io.PrintStream;

/** A short custom rule that tells unknown from failed, and a custom rule book beside the standard ones (the twin of {@code jshell/03-custom-rules.jsh}). */
public final class CustomRules {

  private CustomRules() {}

  /**
   * A short rule over a practice's grade: passed or failed when someone graded the practice, unknown
   * (never failed) when nobody did.
   */
  static final Rule<Organization> POLICY =
      Rule.<Organization>builder("acme.policy")
          .title("Has a social media policy for most staff")
          .check(
              o ->
                  Verdict.of(
                      o.grade(Practice.SOCIAL_MEDIA_POLICY).atLeast(Adoption.MOST),
                      "Social media policy: most or all",
                      o.grade(Practice.SOCIAL_MEDIA_POLICY).displayName()));

  /** A rule over a snapshot (organization and date) with severity, recommendation and a house citation. */
  static final Rule<Snapshot> FRESH_CHARTER =
      Rule.<Snapshot>builder("acme.fresh-charter")
          .title("Charter revised in the last year")
          .severity(Severity.MEDIUM)
          .recommendation("Review the charter with the sponsor")
          .citation(Reference.of("Acme governance handbook, section 4.2"))
          .test(
              s ->
                  s.organization()
                      .charter()
                      .map(c -> !c.versionDate().isBefore(s.asOf().minusYears(1)))
                      .orElse(false));

  /**
   * The standard assessor with Acme's two books added.
   *
   * @return the assessor, not null
   */
  public static Assessor assessor() {
    return Assessor.standard()
        .with(RuleBook.of("acme", FRESH_CHARTER))
        .withRules(RuleBook.of("acme-org", POLICY));
  }

  /**
   * Prints the rule outcomes and the custom book's findings for Globex.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    out.println(POLICY.check(SampleOrganizations.multinational()));
    out.println(POLICY.check(SampleOrganizations.listeningPilot()));
    // nobody has assessed the policy of a new client: the rule cannot tell, and says what it needs
    out.println(POLICY.check(Organization.builder().name("New Client").employees(800).build()));
    Assessment a =
        assessor().assess(SampleOrganizations.multinational(), SampleOrganizations.AS_OF);
    out.println(a.book("acme").orElseThrow());
    a.book("acme")
        .orElseThrow()
        .findings()
        .forEach(f -> out.println(f + " [" + f.citation() + "] -> " + f.recommendation()));
  }
}
