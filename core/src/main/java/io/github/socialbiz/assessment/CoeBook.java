package io.github.socialbiz.assessment;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.INFERRED;
import static io.github.socialbiz.source.Provenance.REPORTED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.coe.Responsibility;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Verdict;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
              if (!o.coe().isStaffed() && !s.stage().isAtLeast(Stage.FORMALIZED)) {
                return Verdict.notApplicable(
                    "no CoE yet, and the organization is not yet formalized");
              }
              List<String> unowned = new ArrayList<>();
              for (Responsibility r : Responsibility.values()) {
                if (r.owners().stream().noneMatch(role -> StandardRule.hasRole(o, role))) {
                  unowned.add(r.displayName());
                }
              }
              Reason reason =
                  Reason.of(
                      "Every responsibility has an owner",
                      unowned.isEmpty(),
                      unowned.isEmpty() ? "all 8 owned" : "unowned: " + unowned);
              return unowned.isEmpty()
                  ? Verdict.pass(reason)
                  : Verdict.fail(
                      "Responsibilities with no owner: " + String.join(", ", unowned),
                      unowned,
                      ImmutableList.of(reason));
            }),
        StandardRule.of(
            "coe.roles-for-stage",
            "The roster has the roles expected at the stage the evidence reaches",
            Severity.MEDIUM,
            Source.SIX_STAGES_2013.at("Roles by stage (the library's reading)", INFERRED),
            "Fill the missing roles, part time where the company is small",
            s -> {
              Organization o = s.organization();
              Stage stage = s.stage();
              Set<Role> expected = Role.expectedAt(stage);
              if (expected.isEmpty()) {
                return Verdict.notApplicable("no roles are expected at " + stage);
              }
              List<String> missing = new ArrayList<>();
              for (Role role : expected) {
                if (!StandardRule.hasRole(o, role)) {
                  missing.add(role.displayName());
                }
              }
              Reason r =
                  Reason.of(
                      "Roles expected at " + stage.displayName() + " are filled",
                      missing.isEmpty(),
                      missing.isEmpty()
                          ? "all " + expected.size() + " filled"
                          : "missing: " + missing);
              return missing.isEmpty()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      "At "
                          + stage.displayName()
                          + " the team lacks: "
                          + String.join(", ", missing),
                      missing,
                      ImmutableList.of(r));
            }),
        StandardRule.of(
            "coe.headcount-benchmark",
            "The team is at least half the published size for the company's size band",
            Severity.LOW,
            Source.STATE_OF_SOCIAL_BUSINESS_2013.at(
                "Team size by company size (half the published size is the library's threshold;"
                    + " each band's figure carries its own grade)",
                INFERRED),
            "Grow the dedicated team towards the published size for companies of this size",
            s -> {
              Organization o = s.organization();
              SizeBand band = SizeBand.of(o.employees());
              if (band.benchmark().isEmpty()) {
                return Verdict.notApplicable(
                    "no team size is published for companies under 1,000 employees");
              }
              if (!s.stage().isAtLeast(Stage.ENGAGEMENT)) {
                return Verdict.notApplicable(
                    "a dedicated team is expected from the Engagement stage on");
              }
              Statistic benchmark = band.benchmark().get();
              double fte = o.coe().totalFte();
              Reason r =
                  Reason.of(
                      "At least half of " + benchmark.formattedValue(),
                      fte >= benchmark.value() / 2,
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
                          + " FTE against "
                          + benchmark.formattedValue()
                          + " published for "
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
              if (!o.coe().isStaffed()) {
                return Verdict.notApplicable("no CoE roster");
              }
              Reason r =
                  Reason.of(
                      "CoE may set process and policy",
                      o.coe().isPolicyAuthority(),
                      "policy authority: " + (o.coe().isPolicyAuthority() ? "yes" : "no"));
              return r.isHeld()
                  ? Verdict.pass(r)
                  : Verdict.fail("The CoE has no authority to set process and policy", r);
            }),
        StandardRule.of(
            "coe.sponsor",
            "The CoE has an executive sponsor",
            Severity.HIGH,
            Source.SIX_STAGES_2013.at("Stage 4, Formalized: executive sponsor", CORROBORATED),
            "Name a senior executive who backs the CoE",
            s -> {
              Organization o = s.organization();
              if (!o.coe().isStaffed()) {
                return Verdict.notApplicable("no CoE roster");
              }
              Reason r =
                  Reason.of(
                      "A sponsor is named",
                      o.coe().hasSponsor(),
                      o.coe().sponsor().orElse("no sponsor"));
              return r.isHeld()
                  ? Verdict.pass(r)
                  : Verdict.fail("The CoE has no executive sponsor", r);
            }),
        StandardRule.of(
            "coe.rated-without-roster",
            "A CoE rated in place has people on its roster",
            Severity.MEDIUM,
            Source.SIX_STAGES_2013.at("Stage 4, Formalized: create a hub or CoE", CORROBORATED),
            "Record who staffs the CoE, or lower its rating to what exists",
            s -> {
              Organization o = s.organization();
              Adoption rated = o.adoption(Practice.CENTER_OF_EXCELLENCE);
              if (!rated.isAtLeast(HALF)) {
                return Verdict.notApplicable("the CoE is not rated as in place");
              }
              Reason r =
                  Reason.of(
                      "Roster is not empty",
                      o.coe().isStaffed(),
                      "CENTER_OF_EXCELLENCE=" + rated + ", roster of " + o.coe().members().size());
              return r.isHeld()
                  ? Verdict.pass(r)
                  : Verdict.fail("The CoE is rated " + rated + " but nobody is on its roster", r);
            }),
        StandardRule.of(
            "coe.unit-liaisons",
            "Every business unit has a liaison",
            Severity.MEDIUM,
            Source.TEAM_COMPOSITION_2011.at("Business-unit facing group", REPORTED),
            "Name a liaison for each unit, on the unit or as a liaison on the roster",
            s -> {
              Organization o = s.organization();
              if (o.businessUnits().isEmpty()) {
                return Verdict.notApplicable("no business units");
              }
              ImmutableList<String> missing = FactMeaning.unitsWithoutLiaison(o);
              Reason r =
                  Reason.of(
                      "Every unit has a liaison",
                      missing.isEmpty(),
                      missing.isEmpty()
                          ? "all " + o.businessUnits().size() + " units"
                          : "without: " + missing);
              return missing.isEmpty()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      "Business units without a liaison: " + String.join(", ", missing),
                      missing,
                      ImmutableList.of(r));
            }));
  }
}
