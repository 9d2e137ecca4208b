package io.github.socialbiz.assessment;

import io.github.socialbiz.internal.Words;
import com.google.common.collect.ImmutableList;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Outcome;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.Severity;

/** Turns the vocabulary's criteria into rules over an organization, and reads facts from its structure. */
final class CriterionRules {

  private CriterionRules() {}

  /** The rule that checks one criterion; its id is the criterion's id. */
  static Rule<Organization> rule(Criterion criterion, String gateName) {
    String recommendation = recommendation(criterion);
    return Rule.<Organization>builder(criterion.id())
        .title(criterion.description())
        .severity(Severity.MEDIUM)
        .citation(criterion.citation())
        .recommendation(recommendation)
        .check(o -> {
          Reason reason = reason(criterion, o);
          if (reason.isHeld()) {
            return Outcome.passed(ImmutableList.of(reason));
          }
          Finding finding = Finding.builder()
              .ruleId(criterion.id())
              .severity(Severity.MEDIUM)
              .message(gateName + " needs " + Words.lowerFirst(criterion.description()) + "; " + reason.evidence())
              .recommendation(recommendation)
              .citation(criterion.citation())
              .addInvolved(criterion instanceof PracticeCriterion p ? p.practice().name() : ((FactCriterion) criterion).fact().name())
              .build();
          return Outcome.failed(ImmutableList.of(finding), ImmutableList.of(reason));
        });
  }

  /** Whether a criterion holds for an organization, with the evidence read. */
  static Reason reason(Criterion criterion, Organization o) {
    if (criterion instanceof PracticeCriterion pc) {
      Practice p = pc.practice();
      if (!o.isInScope(p)) {
        return Reason.notHeld(criterion.description(), p + " not assessed (out of scope)");
      }
      Adoption grade = o.adoption(p);
      String read = o.evidence(p).map(Object::toString).orElse(p + "=NONE (no evidence)");
      return Reason.of(criterion.description(), pc.isMetBy(grade), read);
    }
    Fact fact = ((FactCriterion) criterion).fact();
    return Reason.of(criterion.description(), holds(fact, o), evidence(fact, o));
  }

  /** Whether a structural fact holds. */
  static boolean holds(Fact fact, Organization o) {
    return switch (fact) {
      case EXECUTIVE_SPONSOR_NAMED -> o.coe().hasSponsor();
      case CENTER_OF_EXCELLENCE_STAFFED -> o.coe().isStaffed();
      case POLICY_AUTHORITY -> o.coe().isPolicyAuthority();
      case SOCIAL_STRATEGIST_APPOINTED -> o.coe().hasRole(Role.CORPORATE_SOCIAL_STRATEGIST);
      case CHARTER_WRITTEN -> o.charter().isPresent();
      case BUSINESS_UNIT_LIAISONS -> unitsWithoutLiaison(o).isEmpty();
    };
  }

  /** The units with no liaison: none named on the unit and no liaison member placed in it. */
  static ImmutableList<String> unitsWithoutLiaison(Organization o) {
    ImmutableList.Builder<String> missing = ImmutableList.builder();
    for (BusinessUnit u : o.businessUnits()) {
      boolean member = false;
      for (Member m : o.coe().members()) {
        if (m.role() == Role.BUSINESS_UNIT_LIAISON && m.businessUnit().map(u.name()::equals).orElse(false)) {
          member = true;
        }
      }
      if (u.liaison().isEmpty() && !member) {
        missing.add(u.name());
      }
    }
    return missing.build();
  }

  private static String evidence(Fact fact, Organization o) {
    return switch (fact) {
      case EXECUTIVE_SPONSOR_NAMED -> o.coe().sponsor().map(s -> "sponsor: " + s)
            .orElse(o.coe().hasRole(Role.EXECUTIVE_SPONSOR) ? "an executive sponsor on the roster" : "no sponsor named");
      case CENTER_OF_EXCELLENCE_STAFFED -> "CoE roster: " + o.coe().members().size() + " members";
      case POLICY_AUTHORITY -> "CoE policy authority: " + (o.coe().isPolicyAuthority() ? "yes" : "no");
      case SOCIAL_STRATEGIST_APPOINTED -> o.coe().hasRole(Role.CORPORATE_SOCIAL_STRATEGIST) ? "a strategist on the roster" : "no strategist on the roster";
      case CHARTER_WRITTEN -> o.charter().map(c -> "charter dated " + c.versionDate()).orElse("no charter");
      case BUSINESS_UNIT_LIAISONS -> {
        ImmutableList<String> missing = unitsWithoutLiaison(o);
        yield missing.isEmpty() ? "every unit has a liaison" : "units without a liaison: " + missing;
      }
    };
  }

  private static String recommendation(Criterion c) {
    if (c instanceof PracticeCriterion p) {
      return "Raise " + Words.lowerFirst(p.practice().displayName()) + " to " + Words.lowerFirst(p.minimum().displayName())
          + " of the organization: " + Words.lowerFirst(p.practice().description());
    }
    return switch (((FactCriterion) c).fact()) {
      case EXECUTIVE_SPONSOR_NAMED -> "Name a senior executive as the program's sponsor";
      case CENTER_OF_EXCELLENCE_STAFFED -> "Staff a hub or Center of Excellence with at least a strategist";
      case POLICY_AUTHORITY -> "Give the CoE authority to set process and policy, backed by the sponsor";
      case SOCIAL_STRATEGIST_APPOINTED -> "Appoint a corporate social strategist to lead the program";
      case CHARTER_WRITTEN -> "Write a program charter: goals, approach, measures, relationships and vision";
      case BUSINESS_UNIT_LIAISONS -> "Name a liaison for every business unit";
    };
  }
}
