package io.github.socialbiz.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.source.Citation;
import io.github.socialbiz.testing.Change;
import io.github.socialbiz.testing.SocialBusinessDomain;
import io.github.socialbiz.testing.ValueContract;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
final class CriterionProperties implements ValueContract<Criterion> {

  @Override
  public Arbitrary<Criterion> values() {
    return new SocialBusinessDomain().criteria();
  }

  /** Practice criteria only: the monotonicity property has nothing to say of facts. */
  @Provide
  Arbitrary<PracticeCriterion> practiceCriteria() {
    return new SocialBusinessDomain().practiceCriteria();
  }

  @Override
  public Criterion copyOf(Criterion c) {
    if (c instanceof PracticeCriterion p) {
      return Criterion.practice(p.id(), p.practice(), p.minimum(), p.citation());
    }
    return Criterion.fact(c.id(), ((FactCriterion) c).fact(), c.citation());
  }

  @Override
  public List<Criterion> oneAttributeChanged(Criterion c) {
    Citation other =
        c.citation().source().at(Change.text(c.citation().locator()), c.citation().provenance());
    if (c instanceof PracticeCriterion p) {
      return List.of(
          Criterion.practice(Change.text(p.id()), p.practice(), p.minimum(), p.citation()),
          Criterion.practice(p.id(), Change.next(p.practice()), p.minimum(), p.citation()),
          // NONE is no valid minimum
          Criterion.practice(
              p.id(),
              p.practice(),
              Change.nextOf(p.minimum(), Adoption.SOME, Adoption.HALF, Adoption.MOST),
              p.citation()),
          Criterion.practice(p.id(), p.practice(), p.minimum(), other),
          // the other kind of criterion with the same id and citation
          Criterion.fact(p.id(), Fact.values()[0], p.citation()));
    }
    FactCriterion f = (FactCriterion) c;
    return List.of(
        Criterion.fact(Change.text(f.id()), f.fact(), f.citation()),
        Criterion.fact(f.id(), Change.next(f.fact()), f.citation()),
        Criterion.fact(f.id(), f.fact(), other),
        // the other kind of criterion with the same id and citation
        Criterion.practice(f.id(), Practice.values()[0], Adoption.SOME, f.citation()));
  }

  @Property
  void isMetBy_isMonotoneInTheGrade(
      @ForAll("practiceCriteria") PracticeCriterion p, @ForAll Adoption a, @ForAll Adoption b) {
    Adoption lower = a.isAtLeast(b) ? b : a;
    Adoption higher = a.isAtLeast(b) ? a : b;
    assertEquals(
        true,
        !p.isMetBy(lower) || p.isMetBy(higher),
        () -> p + " is met by " + lower + " but not by " + higher);
  }

  @Property
  void adoption_nextAndPreviousAreInverse(@ForAll Adoption a) {
    a.next().ifPresent(n -> assertEquals(a, n.previous().orElseThrow()));
    assertEquals(true, a.next().map(n -> n.weight() > a.weight()).orElse(true));
  }
}
