package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.coe.Role;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.testing.SocialBusinessDomain;
import java.time.LocalDate;
import java.util.EnumSet;
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
