package io.github.socialbiz.testing;

import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Guidance;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Unit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The one jqwik domain of socialbiz: generators of valid values for every type, shared by the property
 * tests of every package.
 */
public class SocialBusinessDomain extends DomainContextBase {

  /** Non-blank single-line text. */
  public static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', '\'', '&', '<').ofMinLength(1).ofMaxLength(24)
        .filter(s -> !s.isBlank());
  }

  /** Dotted, hyphenated keys such as {@code crises.avoidable}. */
  public static Arbitrary<String> dottedKey() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    return word.list().ofMinSize(2).ofMaxSize(4).map(parts -> String.join(".", parts));
  }

  @Provide
  public Arbitrary<Citation> citations() {
    return Combinators.combine(
            Arbitraries.of(Source.class), text(), Arbitraries.of(Provenance.class))
        .as(Citation::of);
  }

  @Provide
  public Arbitrary<Statistic> statistics() {
    Arbitrary<Unit> units = Arbitraries.of(Unit.class);
    Arbitrary<Double> values = Arbitraries.doubles().between(0, 100).ofScale(1);
    return Combinators.combine(dottedKey(), text(), values, units, text(), text(), citations(), text().optional())
        .as(
            (key, description, value, unit, population, wave, citation, note) ->
                Statistic.builder()
                    .key(key)
                    .description(description)
                    .value(value)
                    .unit(unit)
                    .population(population)
                    .wave(wave)
                    .citation(citation)
                    .note(note)
                    .build());
  }

  @Provide
  public Arbitrary<Guidance> guidance() {
    return Combinators.combine(Arbitraries.of(Guidance.Kind.class), text(), citations()).as(Guidance::of);
  }

  @Provide
  public Arbitrary<Criterion> criteria() {
    Arbitrary<Criterion> practices =
        Combinators.combine(dottedKey(), Arbitraries.of(Practice.class), Arbitraries.of(Adoption.SOME, Adoption.HALF, Adoption.MOST), citations())
            .as(Criterion::practice);
    Arbitrary<Criterion> facts =
        Combinators.combine(dottedKey(), Arbitraries.of(Fact.class), citations()).as(Criterion::fact);
    return Arbitraries.oneOf(practices, facts);
  }
}
