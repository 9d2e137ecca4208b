package io.github.socialbiz.examples;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Platform;
import io.github.socialbiz.profile.SocialAccount;
import java.io.PrintStream;
import java.time.LocalDate;

/** Building a client's profile from scratch and assessing it (the twin of {@code jshell/02-client-profile.jsh}). */
public final class ClientProfile {

  private ClientProfile() {}

  /**
   * Builds the profile of Acme Retail from interview and artifact evidence.
   *
   * @return the organization, not null
   */
  public static Organization acme() {
    return Organization.builder()
        .name("Acme Retail")
        .employees(4_000)
        .addRegions("North America")
        .declaredModel(OrganizationalModel.CENTRALIZED)
        .evidence(
            Practice.LISTENING,
            Adoption.MOST,
            "Brand monitoring reviewed every morning",
            Basis.ARTIFACT_CHECKED)
        .evidence(Practice.PILOT_PROJECTS, Adoption.HALF)
        .evidence(Practice.BUSINESS_GOALS, Adoption.HALF)
        .evidence(Practice.SOCIAL_MEDIA_POLICY, Adoption.MOST)
        .evidence(Practice.OFFICIAL_PRESENCE, Adoption.HALF)
        .evidence(Practice.ACCOUNT_GOVERNANCE, Adoption.SOME)
        .evidence(Practice.TRIAGE_PROCESS, Adoption.SOME)
        .coe(
            CenterOfExcellence.builder()
                .addMember(Member.of("Rita Moreno", Role.CORPORATE_SOCIAL_STRATEGIST, 1.0))
                .addMember(Member.of("Sam Ortiz", Role.COMMUNITY_MANAGER, 0.5))
                .sponsor("Chief Marketing Officer")
                .build())
        .addAccounts(SocialAccount.of(Platform.TWITTER, "acme", LocalDate.of(2019, 3, 1)))
        .build();
  }

  /**
   * Prints the assessment summary, the next gate and the roadmap.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Assessment a = SocialBusiness.assess(acme(), LocalDate.of(2026, 6, 30));
    out.println(a);
    out.println(a.stageGate().orElseThrow());
    out.println(a.roadmap());
    a.roadmap().actions().forEach(x -> out.println("  " + x));
  }
}
