package io.github.socialbiz.benchmarks;

import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The six-stage gate evaluation written once more with Easy Rules 4.1.0, in its idiomatic API: one rule
 * per stage gate, ordered by priority, facts holding the organization and the stage reached so far, and a
 * {@link DefaultRulesEngine} that stops at the first gate that does not hold (no skipping). It reads the
 * same gates as data ({@link Stage#entryCriteria()}) and checks each criterion with the organization's
 * public accessors, so the comparison with {@code Gates.stages().reached(...)} is like for like: a gate
 * holds only when every criterion is known to hold, so a criterion over a practice nobody has assessed
 * (unknown, neither met nor unmet) stops the climb as the gates do.
 */
public final class EasyRulesGates {

  /** The fact name of the organization. */
  static final String ORGANIZATION = "organization";

  /** The fact name of the stage reached so far. */
  static final String STAGE = "stage";

  private final Rules rules = new Rules();
  private final RulesEngine engine =
      new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstNonTriggeredRule(true));

  /** Builds the six rules. */
  public EasyRulesGates() {
    for (Stage stage : Stage.values()) {
      Rule gate =
          new RuleBuilder()
              .name(stage.name())
              .description("Entry gate of " + stage.displayName())
              .priority(stage.number())
              .when(facts -> holds(stage, facts.get(ORGANIZATION)))
              .then(facts -> facts.put(STAGE, stage))
              .build();
      rules.register(gate);
    }
  }

  /**
   * Fires the rules for one organization.
   *
   * @param organization  the organization
   * @return the highest stage whose gate, and every gate below, holds
   */
  public Stage reached(Organization organization) {
    Facts facts = new Facts();
    facts.put(ORGANIZATION, organization);
    facts.put(STAGE, Stage.PLANNING);
    engine.fire(rules, facts);
    return facts.get(STAGE);
  }

  private static boolean holds(Stage stage, Organization o) {
    for (Criterion c : stage.entryCriteria()) {
      if (!holds(c, o)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a criterion is known to hold, as a gate counts it: a practice criterion over a practice
   * nobody has assessed is unknown, so it does not hold (the gate is not known to be met), nor does one
   * out of scope; a fact holds where the organization's file shows it, else where the respondents stated
   * it ({@link Organization#factEvidence()}).
   */
  private static boolean holds(Criterion c, Organization o) {
    if (c instanceof PracticeCriterion pc) {
      return o.grade(pc.practice()).atLeast(pc.minimum()).isTrue();
    }
    Fact fact = ((FactCriterion) c).fact();
    boolean onFile =
        switch (fact) {
          case EXECUTIVE_SPONSOR_NAMED -> o.coe().hasSponsor();
          case CENTER_OF_EXCELLENCE_STAFFED -> o.coe().isStaffed();
          case POLICY_AUTHORITY -> o.coe().isPolicyAuthority();
          case SOCIAL_STRATEGIST_APPOINTED -> o.coe().hasRole(Role.CORPORATE_SOCIAL_STRATEGIST);
          case CHARTER_WRITTEN ->
              o.charter().flatMap(ch -> ch.section(CharterElement.BUSINESS_GOALS)).isPresent();
          case COORDINATION_BEGUN ->
              o.coe().hasSponsor()
                  || o.coe().isStaffed()
                  || o.grade(Practice.SOCIAL_MEDIA_POLICY).atLeast(Adoption.SOME).isTrue();
          case BUSINESS_UNIT_LIAISONS -> everyUnitHasALiaison(o);
          case CRISIS_TEAM_NAMED -> !o.crisisTeam().isEmpty();
          case ACCOUNTS_INVENTORIED -> !o.accounts().isEmpty();
        };
    return onFile || o.factEvidence(fact).map(f -> f.stated().isTrue()).orElse(false);
  }

  private static boolean everyUnitHasALiaison(Organization o) {
    for (BusinessUnit u : o.businessUnits()) {
      if (u.liaison().isPresent()) {
        continue;
      }
      boolean member = false;
      for (Member m : o.coe().members()) {
        member |=
            m.role() == Role.BUSINESS_UNIT_LIAISON
                && m.businessUnit().map(u.name()::equals).orElse(false);
      }
      if (!member) {
        return false;
      }
    }
    return true;
  }
}
