package io.github.socialbiz.source;

import io.github.socialbiz.testing.SocialBusinessDomain;
import io.github.socialbiz.testing.ValueContract;
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
  }
}
