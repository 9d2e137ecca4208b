package io.github.socialbiz.source;

import io.github.socialbiz.testing.Change;
import io.github.socialbiz.testing.SocialBusinessDomain;
import io.github.socialbiz.testing.ValueContract;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Group;
import net.jqwik.api.domains.Domain;

/** The value contract of every value type in the source package. */
@Domain(SocialBusinessDomain.class)
@SuppressWarnings("ClassCanBeStatic") // jqwik groups are inner classes
final class SourceValueProperties {

  @Group
  final class CitationContract implements ValueContract<Citation> {
    @Override
    public Arbitrary<Citation> values() {
      return new SocialBusinessDomain().citations();
    }

    @Override
    public Citation copyOf(Citation value) {
      return value.source().at(new String(value.locator().toCharArray()), value.provenance());
    }

    @Override
    public List<Citation> oneAttributeChanged(Citation c) {
      return changed(c);
    }
  }

  @Group
  final class StatisticContract implements ValueContract<Statistic> {
    @Override
    public Arbitrary<Statistic> values() {
      return new SocialBusinessDomain().statistics();
    }

    @Override
    public Statistic copyOf(Statistic value) {
      return Statistic.builder()
          .key(value.key())
          .description(value.description())
          .value(value.value())
          .unit(value.unit())
          .population(value.population())
          .wave(value.wave())
          .citation(value.citation())
          .note(value.note())
          .build();
    }

    @Override
    public List<Statistic> oneAttributeChanged(Statistic s) {
      ImmutableStatistic i = (ImmutableStatistic) ImmutableStatistic.copyOf(s);
      return List.of(
          i.withKey(Change.text(s.key())),
          i.withDescription(Change.text(s.description())),
          // within 0..100, so valid for every unit including PERCENT
          i.withValue(s.value() >= 50 ? s.value() - 1 : s.value() + 1),
          i.withUnit(Change.next(s.unit())),
          i.withPopulation(Change.text(s.population())),
          i.withWave(Change.text(s.wave())),
          i.withCitation(changed(s.citation()).get(1)),
          i.withNote(Change.text(s.note())),
          i.withNote(s.note().isPresent() ? Optional.empty() : Optional.of("a note")));
    }
  }

  @Group
  final class GuidanceContract implements ValueContract<Guidance> {
    @Override
    public Arbitrary<Guidance> values() {
      return new SocialBusinessDomain().guidance();
    }

    @Override
    public Guidance copyOf(Guidance value) {
      return Guidance.of(value.kind(), new String(value.text().toCharArray()), value.citation());
    }

    @Override
    public List<Guidance> oneAttributeChanged(Guidance g) {
      return List.of(
          Guidance.of(Change.next(g.kind()), g.text(), g.citation()),
          Guidance.of(g.kind(), Change.text(g.text()), g.citation()),
          Guidance.of(g.kind(), g.text(), changed(g.citation()).get(1)));
    }
  }

  /** A citation with its source, its locator, then its provenance changed. */
  static List<Citation> changed(Citation c) {
    ImmutableCitation i = (ImmutableCitation) ImmutableCitation.copyOf(c);
    return List.of(
        i.withSource(Change.next(c.source())),
        i.withLocator(Change.text(c.locator())),
        i.withProvenance(Change.next(c.provenance())));
  }
}
