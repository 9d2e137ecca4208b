package io.github.socialbiz.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.testing.SocialBusinessDomain;
import io.github.socialbiz.testing.ValueContract;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
final class CriterionProperties implements ValueContract<Criterion> {

  @Override
  public Arbitrary<Criterion> values() {
    return new SocialBusinessDomain().criteria();
  }

  @Override
  public Criterion copyOf(Criterion c) {
    if (c instanceof PracticeCriterion p) {
      return Criterion.practice(p.id(), p.practice(), p.minimum(), p.citation());
    }
    return Criterion.fact(c.id(), ((FactCriterion) c).fact(), c.citation());
  }

  @Property
  void isMetBy_isMonotoneInTheGrade(@ForAll("values") Criterion c, @ForAll Adoption a, @ForAll Adoption b) {
    Assume.that(c instanceof PracticeCriterion);
    PracticeCriterion p = (PracticeCriterion) c;
    Adoption lower = a.isAtLeast(b) ? b : a;
    Adoption higher = a.isAtLeast(b) ? a : b;
    assertEquals(true, !p.isMetBy(lower) || p.isMetBy(higher), () -> p + " is met by " + lower + " but not by " + higher);
  }

  @Property
  void adoption_nextAndPreviousAreInverse(@ForAll Adoption a) {
    a.next().ifPresent(n -> assertEquals(a, n.previous().orElseThrow()));
    assertEquals(true, a.next().map(n -> n.weight() > a.weight()).orElse(true));
  }
}
