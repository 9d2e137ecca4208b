package io.github.socialbiz.maturity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.source.Citation;
import java.util.Locale;
import java.util.Optional;

/**
 * What the two ladders share, written once: a rung by number, the rung above and below, the ids of the
 * criteria of a rung's gate, and every criterion by id. {@link Stage} and {@link MaturityLevel} delegate
 * here with their own type, so that their public methods stay typed ({@code Optional<Stage>}).
 */
final class Ladders {

  private Ladders() {}

  static <R extends Enum<R> & Rung> R of(R[] rungs, int number, String type) {
    Checks.inRange(number, 1, rungs.length, type, "number");
    return rungs[number - 1];
  }

  static <R extends Enum<R> & Rung> Optional<R> next(R rung, R[] rungs) {
    int next = rung.ordinal() + 1;
    return next < rungs.length ? Optional.of(rungs[next]) : Optional.empty();
  }

  static <R extends Enum<R> & Rung> Optional<R> previous(R rung, R[] rungs) {
    return rung.ordinal() == 0 ? Optional.empty() : Optional.of(rungs[rung.ordinal() - 1]);
  }

  /** A criterion of {@code rung}'s gate over a practice, with the id {@code <ladder>.<rung>.<practice>}. */
  static Criterion practice(Rung rung, Practice practice, Adoption minimum, Citation citation) {
    return Criterion.practice(idPrefix(rung) + practice.slug(), practice, minimum, citation);
  }

  /** A criterion of {@code rung}'s gate over a fact, with the id {@code <ladder>.<rung>.<fact>}. */
  static Criterion fact(Rung rung, Fact fact, Citation citation) {
    return Criterion.fact(idPrefix(rung) + fact.slug(), fact, citation);
  }

  private static String idPrefix(Rung rung) {
    return rung.ladder().prefix() + "." + rung.displayName().toLowerCase(Locale.ROOT) + ".";
  }

  static ImmutableList<Rung> rungs(Rung.Ladder ladder) {
    return ladder == Rung.Ladder.STAGES ? Built.STAGES : Built.LEVELS;
  }

  static ImmutableMap<String, Criterion> criteria() {
    return Built.CRITERIA;
  }

  /** Built on first use, after both enums: a rung's own class initialization never reads these. */
  private static final class Built {
    static final ImmutableList<Rung> STAGES = ImmutableList.copyOf(Stage.values());
    static final ImmutableList<Rung> LEVELS = ImmutableList.copyOf(MaturityLevel.values());
    static final ImmutableMap<String, Criterion> CRITERIA = catalogue();

    private static ImmutableMap<String, Criterion> catalogue() {
      ImmutableMap.Builder<String, Criterion> all = ImmutableMap.builder();
      for (Rung rung : STAGES) {
        all.putAll(ids(rung));
      }
      for (Rung rung : LEVELS) {
        all.putAll(ids(rung));
      }
      return all.buildOrThrow();
    }

    private static ImmutableMap<String, Criterion> ids(Rung rung) {
      return rung.entryCriteria().stream()
          .collect(ImmutableMap.toImmutableMap(Criterion::id, c -> c));
    }
  }
}
