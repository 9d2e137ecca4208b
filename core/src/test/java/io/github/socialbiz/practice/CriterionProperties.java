package io.github.socialbiz.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.testing.SocialBusinessDomain;
import io.github.socialbiz.testing.ValueContract;
import net.jqwik.api.Arbitrary;
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
    if (c.practice().isPresent()) {
      return Criterion.practice(c.id(), c.practice().get(), c.minimum().orElseThrow(), c.citation());
    }
    return Criterion.fact(c.id(), c.fact().orElseThrow(), c.citation());
  }

  @Property
  void isMetBy_isMonotoneInTheGrade(@ForAll("values") Criterion c, @ForAll Adoption lower, @ForAll Adoption higher) {
    if (higher.isAtLeast(lower) && c.isMetBy(lower)) {
      assertEquals(true, c.isMetBy(higher));
    }
  }

  @Property
  void adoption_nextAndPreviousAreInverse(@ForAll Adoption a) {
    a.next().ifPresent(n -> assertEquals(a, n.previous().orElseThrow()));
    assertEquals(true, a.next().map(n -> n.weight() > a.weight()).orElse(true));
  }
}
