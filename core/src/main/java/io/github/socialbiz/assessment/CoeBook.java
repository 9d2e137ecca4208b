package io.github.socialbiz.assessment;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.INFERRED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.coe.Responsibility;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.internal.Words;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.rules.Verdict;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The book "coe": the Center of Excellence roster, roles, responsibilities and headcount for the stage. */
final class CoeBook {

  private CoeBook() {}

  static RuleBook<Snapshot> build() {
    return RuleBook.of(
        "coe",
        StandardRule.of(
            "coe.responsibilities-owned",
            "Every CoE responsibility has an owner on the roster",
            Severity.MEDIUM,
            Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at(
                "Responsibilities of the CoE (assembled; the library's reading)", INFERRED),
            "Give each unowned responsibility to a role that can own it",
            s -> {
              Organization o = s.organization();
              if (!o.coe().hasMembers() && !s.stage().isAtLeast(Stage.FORMALIZED)) {
                return Verdict.notApplicable(
                    "no CoE yet, and the organization is not yet formalized");
              }
              List<String> unowned = new ArrayList<>();
              List<String> unknown = new ArrayList<>();
              Set<String> ask = new LinkedHashSet<>();
              for (Responsibility r : Responsibility.values()) {
                Truth owned = Truth.FALSE;
                for (Role role : r.owners()) {
                  owned = owned.or(StandardRule.role(o, role));
                }
                if (owned.isFalse()) {
                  unowned.add(r.displayName());
                } else if (owned.isUnknown()) {
                  unknown.add(r.displayName());
                  StandardRule.askForRoles(o, r.owners(), ask);
                }
              }
              return StandardRule.items(
                  "Every responsibility has an owner",
                  unowned,
                  unknown,
                  ask,
                  "all " + Responsibility.values().length + " owned",
                  missing -> "Responsibilities with no owner: " + String.join(", ", missing));
            }),
        StandardRule.of(
            "coe.roles-for-stage",
            "The roster has the roles expected at the stage the evidence reaches",
            Severity.MEDIUM,
            Source.SIX_STAGES_2013.at("Roles by stage (the library's reading)", INFERRED),
            "Fill the missing roles, part time where the company is small",
            s ->
                rolesVerdict(
                    s,
                    false,
                    missing ->
                        "At "
                            + s.stage().displayName()
                            + " the team lacks: "
                            + String.join(", ", missing))),
        StandardRule.of(
            "coe.emerging-roles-for-stage",
            "The roster has the emerging roles expected at the stage the evidence reaches",
            Severity.LOW,
            Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at(
                "reads Roles: a content strategist emerging (expected from Formalized)", INFERRED),
            "Consider an emerging role such as a content strategist as the program scales",
            s ->
                rolesVerdict(
                    s,
                    true,
                    missing ->
                        "The team has no "
                            + Words.lowerFirst(String.join(", ", missing))
                            + " yet")),
        StandardRule.of(
            "coe.headcount-benchmark",
            "The team is the size expected for the company's size band at its stage",
            Severity.LOW,
            Source.STATE_OF_SOCIAL_BUSINESS_2013.at(
                "Team size by company size (the share expected at each stage, from a quarter at"
                    + " Engagement to the whole published size from Strategic on, is the library's"
                    + " threshold; each band's figure carries its own grade)",
                INFERRED),
            "Grow the dedicated team towards the published size for companies of this size: teams"
                + " grow as programs mature",
            s -> {
              Organization o = s.organization();
              SizeBand band = SizeBand.of(o.employees());
              if (band.benchmark().isEmpty()) {
                return Verdict.notApplicable(
                    "no team size is published for companies under 1,000 employees, where social is"
                        + " often part of someone's job rather than a team's");
              }
              double share = expectedShare(s.stage());
              if (share == 0) {
                return Verdict.notApplicable(
                    "a dedicated team is expected from the Engagement stage on");
              }
              Statistic benchmark = band.benchmark().get();
              Optional<Verdict> unlisted = StandardRule.teamNotListed(o);
              if (unlisted.isPresent()) {
                return unlisted.get();
              }
              double fte = o.coe().totalFte();
              String expected = shareText(share) + " " + benchmark.formattedValue();
              Reason r =
                  Reason.of(
                      "At " + s.stage().displayName() + ", " + expected,
                      fte >= benchmark.value() * share,
                      fte
                          + " FTE on the roster; "
                          + benchmark
                          + ", "
                          + band.citation().orElseThrow());
              return r.isHeld()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      "The team has "
                          + fte
                          + " FTE; at "
                          + s.stage().displayName()
                          + " the library expects "
                          + expected
                          + ", published for "
                          + benchmark.population()
                          + " ("
                          + benchmark.wave()
                          + ")",
                      r);
            }),
        StandardRule.of(
            "coe.policy-authority",
            "The CoE has authority to set process and policy",
            Severity.HIGH,
            Source.SEVEN_SUCCESS_FACTORS_2013.at(
                "Governance chapter: authority of the CoE", SINGLE_SOURCE),
            "Have the sponsor give the CoE authority over social process and policy across the organization",
            s -> {
              Organization o = s.organization();
              if (!o.coe().hasMembers()) {
                return Verdict.notApplicable("no CoE roster");
              }
              boolean authority = o.coe().isPolicyAuthority();
              Reason r =
                  StandardRule.fact(
                      o,
                      Fact.POLICY_AUTHORITY,
                      "CoE may set process and policy",
                      authority,
                      "policy authority: " + (authority ? "yes" : "no"));
              return StandardRule.onFact(
                  o,
                  Fact.POLICY_AUTHORITY,
                  r,
                  "The CoE has no authority to set process and policy",
                  ImmutableList.of());
            }),
        StandardRule.of(
            "coe.sponsor",
            "The CoE has an executive sponsor",
            Severity.HIGH,
            Source.SIX_STAGES_2013.at("Stage 4, Formalized: executive sponsor", CORROBORATED),
            "Name a senior executive who backs the CoE",
            s -> {
              Organization o = s.organization();
              if (!o.coe().hasMembers()) {
                return Verdict.notApplicable("no CoE roster");
              }
              Reason r = StandardRule.sponsor(o, "A sponsor is named");
              return StandardRule.onFact(
                  o,
                  Fact.EXECUTIVE_SPONSOR_NAMED,
                  r,
                  "The CoE has no executive sponsor",
                  ImmutableList.of());
            }),
        StandardRule.of(
            "coe.rated-without-roster",
            "A CoE rated in place has people on its roster",
            Severity.MEDIUM,
            Source.SIX_STAGES_2013.at("Stage 4, Formalized: create a hub or CoE", CORROBORATED),
            "Record who staffs the CoE, or lower its rating to what exists",
            s -> {
              Organization o = s.organization();
              Grade rated = o.grade(Practice.CENTER_OF_EXCELLENCE);
              if (!rated.atLeast(HALF).isTrue()) {
                return Verdict.notApplicable(
                    rated.isAssessed()
                        ? "the CoE is not rated as in place"
                        : "the CoE's rating is not assessed");
              }
              Reason r =
                  Reason.of(
                      "Roster is not empty",
                      o.coe().hasMembers(),
                      "Center of Excellence rated "
                          + rated.displayName().toLowerCase(Locale.ROOT)
                          + ", roster of "
                          + o.coe().members().size());
              return r.isHeld()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      "The CoE is rated "
                          + rated.displayName().toLowerCase(Locale.ROOT)
                          + " but nobody is on its roster",
                      r);
            }),
        StandardRule.of(
            "coe.strategist-owns-charter",
            "The corporate social strategist owns the charter",
            Severity.LOW,
            Source.KMWORLD_2011.at(
                "The strategist is responsible for the program charter", SINGLE_SOURCE),
            "Make the corporate social strategist the charter's owner, and record it",
            s -> {
              Organization o = s.organization();
              if (o.charter().isEmpty()) {
                return Verdict.notApplicable("no charter");
              }
              Optional<String> owner = o.charter().get().owner();
              boolean strategist =
                  owner.isPresent()
                      && o.coe().members().stream()
                          .anyMatch(
                              m ->
                                  m.role() == Role.CORPORATE_SOCIAL_STRATEGIST
                                      && m.name().equals(owner.get()));
              Reason r =
                  Reason.of(
                      "The charter's owner is a strategist on the roster",
                      strategist,
                      owner.isEmpty()
                          ? "no owner recorded"
                          : "owner: "
                              + owner.get()
                              + (strategist
                                  ? ", the strategist"
                                  : ", not a strategist on the roster"));
              return r.isHeld()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      owner.isEmpty()
                          ? "Nobody is recorded as the charter's owner"
                          : "The charter is owned by "
                              + owner.get()
                              + ", who is not a corporate social strategist on the roster",
                      r);
            }),
        StandardRule.of(
            "coe.unit-liaisons",
            "Every business unit has a liaison",
            Severity.MEDIUM,
            Source.TEAM_COMPOSITION_2011.at(
                "Business-unit facing group: two FTEs on average (a liaison for every unit is the"
                    + " library's reading)",
                INFERRED),
            "Name a liaison for each unit, on the unit or as a liaison on the roster",
            s -> {
              Organization o = s.organization();
              if (o.businessUnits().isEmpty()) {
                return Verdict.notApplicable("no business units");
              }
              ImmutableList<String> missing = FactMeaning.unitsWithoutLiaison(o);
              Reason r =
                  StandardRule.fact(
                      o,
                      Fact.BUSINESS_UNIT_LIAISONS,
                      "Every unit has a liaison",
                      missing.isEmpty(),
                      missing.isEmpty()
                          ? "all " + o.businessUnits().size() + " units"
                          : "without: " + missing);
              return StandardRule.onFact(
                  o,
                  Fact.BUSINESS_UNIT_LIAISONS,
                  r,
                  "Business units without a liaison: " + String.join(", ", missing),
                  missing);
            }));
  }

  /**
   * Whether the roster has the roles the library expects at the snapshot's stage: the established roles,
   * or the emerging ones (reported apart, at a lower severity).
   */
  private static Verdict rolesVerdict(
      Snapshot s, boolean emerging, Function<List<String>, String> failure) {
    Organization o = s.organization();
    String kind = emerging ? "emerging roles" : "roles";
    List<Role> expected = new ArrayList<>();
    for (Role role : Role.expectedAt(s.stage())) {
      if (role.isEmerging() == emerging) {
        expected.add(role);
      }
    }
    if (expected.isEmpty()) {
      return Verdict.notApplicable("no " + kind + " are expected at " + s.stage().displayName());
    }
    List<String> missing = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Set<String> ask = new LinkedHashSet<>();
    for (Role role : expected) {
      Truth filled = StandardRule.role(o, role);
      if (filled.isFalse()) {
        missing.add(role.displayName());
      } else if (filled.isUnknown()) {
        unknown.add(role.displayName());
        StandardRule.askForRoles(o, List.of(role), ask);
      }
    }
    return StandardRule.items(
        (emerging ? "Emerging roles" : "Roles")
            + " expected at "
            + s.stage().displayName()
            + " are filled",
        missing,
        unknown,
        ask,
        "all " + expected.size() + " filled",
        failure);
  }

  /**
   * The share of the published team size expected at a stage: team size grows with maturity (seed S1),
   * so a quarter at Engagement, half at Formalized and the whole published average from Strategic on.
   * The shares are the library's own reading (INFERRED); nothing before Engagement.
   */
  static double expectedShare(Stage stage) {
    return switch (stage) {
      case PLANNING, PRESENCE -> 0;
      case ENGAGEMENT -> 0.25;
      case FORMALIZED -> 0.5;
      case STRATEGIC, CONVERGED -> 1;
    };
  }

  private static String shareText(double share) {
    return share == 1 ? "at least" : share == 0.5 ? "at least half of" : "at least a quarter of";
  }
}
