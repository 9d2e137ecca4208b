package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.coe.Role;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Platform;
import io.github.socialbiz.profile.Responder;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.testing.SocialBusinessDomain;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** Every structural fact has one meaning, and a roadmap that establishes it makes it hold. */
@Domain(SocialBusinessDomain.class)
final class FactMeaningProperties {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Example
  void everyFact_hasExactlyOneMeaning() {
    Set<FactMeaning> seen = EnumSet.noneOf(FactMeaning.class);
    for (Fact f : Fact.values()) {
      FactMeaning m = FactMeaning.of(f);
      assertEquals(f.name(), m.name());
      assertTrue(seen.add(m));
    }
    assertEquals(FactMeaning.values().length, Fact.values().length);
  }

  @Example
  void owners_andRecommendations() {
    assertEquals(Role.EXECUTIVE_SPONSOR, FactMeaning.of(Fact.EXECUTIVE_SPONSOR_NAMED).owner());
    assertEquals(Role.EXECUTIVE_SPONSOR, FactMeaning.of(Fact.POLICY_AUTHORITY).owner());
    assertEquals(Role.CORPORATE_SOCIAL_STRATEGIST, FactMeaning.of(Fact.CHARTER_WRITTEN).owner());
    assertEquals(Role.BUSINESS_UNIT_LIAISON, FactMeaning.of(Fact.BUSINESS_UNIT_LIAISONS).owner());
    assertEquals(
        "Name a liaison for every business unit",
        FactMeaning.of(Fact.BUSINESS_UNIT_LIAISONS).recommendation());
  }

  @Example
  void crisisTeamAndAccounts_holdExactlyWhenTheStructureNamesThem() {
    Organization bare = Organization.builder().name("Bare").employees(40).build();
    Organization team = bare.withCrisisTeam(List.of(Responder.of("Maria", "Incident lead")));
    Organization accounts =
        bare.withAccounts(
            List.of(SocialAccount.of(Platform.FACEBOOK, "bare", LocalDate.of(2020, 1, 1))));
    FactMeaning crisis = FactMeaning.of(Fact.CRISIS_TEAM_NAMED);
    FactMeaning inventory = FactMeaning.of(Fact.ACCOUNTS_INVENTORIED);
    assertEquals(
        List.of(false, true, false, false, false, true),
        List.of(
            crisis.holds(bare),
            crisis.holds(team),
            crisis.holds(accounts),
            inventory.holds(bare),
            inventory.holds(team),
            inventory.holds(accounts)));
    assertEquals(Role.CORPORATE_SOCIAL_STRATEGIST, crisis.owner());
    assertEquals(Role.BUSINESS_UNIT_LIAISON, inventory.owner());
    assertEquals(
        "Name the people who will respond in a crisis, with their roles", crisis.recommendation());
    assertEquals(
        "Take an inventory of every official social account, with its owner and business unit",
        inventory.recommendation());
    // a what-if: placeholders, as for the roster facts
    assertEquals(
        "[Crisis lead (to be named) (lead)]",
        crisis.establish(bare, AS_OF).crisisTeam().toString());
    SocialAccount placeholder = inventory.establish(bare, AS_OF).accounts().get(0);
    assertEquals("OTHER Account (to be named)", placeholder.toString());
    assertEquals("Owner (to be named)", placeholder.owner().orElseThrow());
    assertEquals(AS_OF, placeholder.created());
    assertSame(team, crisis.establish(team, AS_OF));
    assertSame(accounts, inventory.establish(accounts, AS_OF));
  }

  @Example
  void crisisTeamAndAccounts_areNotGateCriteria() {
    Set<Fact> gated = EnumSet.noneOf(Fact.class);
    for (Rung.Ladder ladder : Rung.Ladder.values()) {
      for (Rung r : ladder.rungs()) {
        for (Criterion c : r.entryCriteria()) {
          if (c instanceof FactCriterion f) {
            gated.add(f.fact());
          }
        }
      }
    }
    // the gates are unchanged: the crisis team and the account inventory are asked and read, but no
    // stage or level requires them
    assertEquals(
        EnumSet.of(
            Fact.EXECUTIVE_SPONSOR_NAMED,
            Fact.CENTER_OF_EXCELLENCE_STAFFED,
            Fact.SOCIAL_STRATEGIST_APPOINTED,
            Fact.CHARTER_WRITTEN,
            Fact.COORDINATION_BEGUN),
        gated);
  }

  @Property
  void aFactNotRecorded_turnsOnlyTheSilencesNoIntoUnknown(@ForAll Organization o, @ForAll Fact f) {
    Organization recorded = o.withNotRecorded(List.of());
    Organization unrecorded = o.withNotRecorded(EnumSet.allOf(Fact.class));
    Truth before = FactReading.truth(recorded, f);
    Truth after = FactReading.truth(unrecorded, f);
    if (before.isFalse()) {
      // a "no" stays only where someone said it; the file's silence alone is no longer one
      assertTrue(after.isFalse() || after.isUnknown());
      // (coordination is begun by a sponsor or a hub, each no longer "no" unless someone said so)
      assertEquals(
          after.isFalse(),
          saidNo(o, f)
              && (f != Fact.COORDINATION_BEGUN
                  || (saidNo(o, Fact.EXECUTIVE_SPONSOR_NAMED)
                      && saidNo(o, Fact.CENTER_OF_EXCELLENCE_STAFFED))));
    } else {
      assertEquals(before, after);
    }
    // the gates' hot path agrees with the reading
    assertEquals(after.isTrue(), FactMeaning.of(f).holds(unrecorded));
    assertEquals(after.isPossible(), FactMeaning.of(f).possible(unrecorded));
  }

  private static boolean saidNo(Organization o, Fact f) {
    return o.factEvidence(f).map(e -> e.stated().isFalse()).orElse(false);
  }

  @Property
  void establishing_makesTheFactHold_andLeavesAHoldingFactAlone(
      @ForAll Organization o, @ForAll Fact f) {
    FactMeaning m = FactMeaning.of(f);
    Organization done = m.establish(o, AS_OF);
    assertTrue(m.holds(done), () -> f + " does not hold after establishing it in " + done);
    assertEquals(done, m.establish(done, AS_OF));
    // a fact that held is left alone, one that did not is established by a change
    assertEquals(
        m.holds(o),
        o.equals(done),
        () -> f + " held: " + m.holds(o) + ", establishing it gave " + done);
  }
}
