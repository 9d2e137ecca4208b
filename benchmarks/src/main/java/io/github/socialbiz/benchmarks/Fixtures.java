package io.github.socialbiz.benchmarks;

import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Platform;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.profile.SocialAccount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Organizations of chosen sizes, built once per benchmark trial. */
final class Fixtures {

  static final LocalDate AS_OF = SampleOrganizations.AS_OF;

  private Fixtures() {}

  static Organization sample(String name) {
    return switch (name) {
      case "harbor" -> SampleOrganizations.listeningPilot();
      case "bluefin" -> SampleOrganizations.presenceWithoutResponse();
      case "globex" -> SampleOrganizations.multinational();
      default -> throw new IllegalArgumentException("unknown sample " + name);
    };
  }

  /** Globex's roster with members placed in no unit, so it fits organizations with other units. */
  static CenterOfExcellence unplacedRoster() {
    CenterOfExcellence coe = SampleOrganizations.multinational().coe();
    CenterOfExcellence.Builder b =
        CenterOfExcellence.builder()
            .policyAuthority(coe.isPolicyAuthority())
            .sponsor(coe.sponsor());
    for (Member m : coe.members()) {
      b.addMember(Member.of(m.name(), m.role(), m.fte()));
    }
    return b.build();
  }

  /** Globex's evidence with {@code n} accounts: a quarter idle, one in 29 without an owner. */
  static Organization withAccounts(int n) {
    Organization globex = SampleOrganizations.multinational();
    Platform[] platforms = Platform.values();
    List<SocialAccount> accounts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate created = LocalDate.of(2012 + i % 12, 1 + i % 12, 1 + i % 28);
      SocialAccount.Builder a =
          SocialAccount.builder()
              .platform(platforms[i % platforms.length])
              .handle("account-" + i)
              .created(created)
              .lastActivity(i % 4 == 1 ? created.plusMonths(6) : AS_OF.minusDays(i % 30));
      if (i % 29 != 7) {
        a.owner("Owner " + (i % 50));
      }
      accounts.add(a.build());
    }
    return Organization.builder()
        .name("Accounts " + n)
        .employees(globex.employees())
        .addAllEvidence(globex.evidence())
        .coe(unplacedRoster())
        .addAllAccounts(accounts)
        .build();
  }

  /** Globex's evidence with {@code n} business units, each overriding three practices. */
  static Organization withUnits(int n) {
    Organization globex = SampleOrganizations.multinational();
    List<BusinessUnit> units = new ArrayList<>(n);
    Practice[] practices = Practice.values();
    Adoption[] grades = Adoption.values();
    for (int i = 0; i < n; i++) {
      BusinessUnit.Builder u = BusinessUnit.builder().name("Unit " + i).region("Region " + i % 5);
      if (i % 3 != 0) {
        u.liaison("Liaison " + i);
      }
      for (int k = 0; k < 3; k++) {
        u.addOverrides(
            Evidence.of(
                practices[(i * 3 + k) % practices.length], grades[(i + k) % grades.length]));
      }
      units.add(u.build());
    }
    return Organization.builder()
        .name("Units " + n)
        .employees(globex.employees())
        .addAllEvidence(globex.evidence())
        .coe(unplacedRoster())
        .addAllBusinessUnits(units)
        .build();
  }

  /** An organization with evidence for the first {@code n} practices, graded in turn. */
  static Organization withEvidence(int n) {
    Organization.Builder b = Organization.builder().name("Evidence " + n).employees(5_000);
    Practice[] practices = Practice.values();
    Adoption[] grades = Adoption.values();
    for (int i = 0; i < n; i++) {
      b.evidence(practices[i], grades[(i + 2) % grades.length]);
    }
    return b.build();
  }

  /** {@code n} organizations: the three samples, each with one practice raised in turn. */
  static List<Organization> portfolio(int n) {
    List<Organization> samples = SampleOrganizations.all();
    Practice[] practices = Practice.values();
    Adoption[] grades = Adoption.values();
    List<Organization> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(
          samples
              .get(i % 3)
              .withEvidence(
                  practices[(i / 3) % practices.length],
                  grades[(i / 3 / practices.length) % grades.length]));
    }
    return out;
  }
}
