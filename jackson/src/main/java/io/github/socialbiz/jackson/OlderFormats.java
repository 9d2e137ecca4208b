package io.github.socialbiz.jackson;

import com.google.common.collect.ImmutableSet;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.assessment.Benchmark;
import io.github.socialbiz.assessment.BookResult;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.assessment.UnitStanding;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.rules.Unverified;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What older formats wrote as a "no" that was an unknown. Formats 1 to 5 wrote every organization
 * {@code regulated: false} unless it was said to be regulated ({@link #regulation}). Before format 4 a practice nobody had assessed
 * was read as graded none, so a stored assessment could fail a rule, miss a benchmark or leave a gate
 * criterion unmet on a practice nobody had answered for, and its scores were single numbers. The
 * organization is in the document, so what was not assessed is known: reading such a document takes
 * today's reading of that organization ({@link Assessor#standard()} as of the assessment's date) for
 * exactly those results that rested on a practice not assessed, and keeps every other result as recorded.
 *
 * <ul>
 *   <li>a gate criterion recorded unmet whose practice is not assessed becomes unknown;
 *   <li>a rule of a standard book recorded failed that today's reading cannot tell becomes unknown: its
 *       finding is dropped and today's unverified item takes its place (custom books are kept as
 *       recorded);
 *   <li>a benchmark recorded unfavourable that today's reading cannot place becomes unknown, with today's
 *       position, which says what to ask;
 *   <li>each dimension score keeps its recorded low ends (format 3 counted a practice not assessed at
 *       none, as the low end does) and gains the number of practices not assessed and the high ends;
 *   <li>each business unit's standing keeps its recorded results and gains, from today's reading, its
 *       practices not assessed, its respondents and its score's high end, which it did not record.
 * </ul>
 */
final class OlderFormats {

  /** The first format that writes unknowns as such. */
  static final int FIRST_WITH_UNKNOWNS = 4;

  /** The first format that writes whether an organization is regulated only when it was stated. */
  static final int FIRST_STATING_REGULATION = 6;

  private OlderFormats() {}

  /**
   * Reads an organization's (or a peer's) {@code regulated} in the format of its document. Formats 1 to 5
   * always wrote it, {@code false} when nobody had said, so their {@code false} cannot be told from not
   * stated and is read as not stated; their {@code true} was always stated.
   *
   * @param read  the field as read, empty when absent or null
   * @param format  the document's format
   * @return whether regulated, or empty when not stated
   */
  static Optional<Boolean> regulation(Optional<Boolean> read, int format) {
    return format < FIRST_STATING_REGULATION && read.equals(Optional.of(false))
        ? Optional.empty()
        : read;
  }

  /** Returns the assessment with what it recorded as "no" on a practice not assessed read as unknown. */
  static Assessment recoverUnknowns(Assessment recorded) {
    Organization o = recorded.organization();
    Assessment today = Assessor.standard().assess(o, recorded.asOf());
    Assessment.Builder b =
        Assessment.builder()
            .modelVersion(recorded.modelVersion())
            .organization(o)
            .asOf(recorded.asOf())
            .stage(recorded.stage())
            .stageGate(recorded.stageGate().map(g -> gate(g, o)))
            .level(recorded.level())
            .levelGate(recorded.levelGate().map(g -> gate(g, o)))
            .recommendedModel(recorded.recommendedModel())
            .roadmap(recorded.roadmap());
    for (UnitStanding u : recorded.units()) {
      b.addUnits(
          today.units().stream()
              .filter(t -> t.unit().equals(u.unit()))
              .findFirst()
              .map(t -> unit(u, t))
              .orElse(u));
    }
    for (DimensionScore s : recorded.scores()) {
      b.addScores(score(s, today.score(s.dimension())));
    }
    for (BookResult book : recorded.books()) {
      b.addBooks(today.book(book.name()).map(now -> book(book, now)).orElse(book));
    }
    for (Benchmark line : recorded.benchmarks()) {
      b.addBenchmarks(benchmark(line, today.benchmarks()));
    }
    return b.build();
  }

  private static GateSummary gate(GateSummary recorded, Organization o) {
    List<Criterion> unmet = new ArrayList<>();
    List<Criterion> unknown = new ArrayList<>(recorded.unknown());
    for (Criterion c : recorded.unmet()) {
      boolean notAssessed =
          c instanceof PracticeCriterion p
              && o.grade(p.practice()).atLeast(p.minimum()) == Truth.UNKNOWN;
      (notAssessed ? unknown : unmet).add(c);
    }
    return GateSummary.of(recorded.rung(), recorded.met(), unmet, unknown);
  }

  private static DimensionScore score(DimensionScore recorded, DimensionScore today) {
    return DimensionScore.builder()
        .dimension(recorded.dimension())
        .mean(recorded.mean())
        .meanPossible(Math.max(recorded.mean(), today.meanPossible()))
        .weakest(recorded.weakest())
        .weakestPossible(Math.max(recorded.weakest(), today.weakestPossible()))
        .notAssessed(today.notAssessed())
        .targetMean(recorded.targetMean())
        .targetWeakest(recorded.targetWeakest())
        .outOfScope(recorded.outOfScope())
        .build();
  }

  /**
   * A unit standing of a format that recorded neither its practices not assessed nor its respondents
   * (nor, so, its score's high end): they come from today's reading of the organization, as a score's
   * do, rather than reading as none; the recorded results are kept.
   */
  private static UnitStanding unit(UnitStanding recorded, UnitStanding today) {
    return UnitStanding.builder()
        .unit(recorded.unit())
        .stage(recorded.stage())
        .level(recorded.level())
        .weakestDimension(recorded.weakestDimension())
        .overall(recorded.overall())
        .overallPossible(Math.max(recorded.overall(), today.overallPossible()))
        .notAssessed(today.notAssessed())
        .respondents(today.respondents())
        .holdingBack(recorded.isHoldingBack())
        .build();
  }

  private static BookResult book(BookResult recorded, BookResult today) {
    ImmutableSet<String> unknown =
        recorded.failed().stream()
            .filter(today.unknown()::contains)
            .collect(ImmutableSet.toImmutableSet());
    if (unknown.isEmpty()) {
      return recorded;
    }
    BookResult.Builder b =
        BookResult.builder()
            .name(recorded.name())
            .addAllPassed(recorded.passed())
            .addAllNotApplicable(recorded.notApplicable())
            .addAllUnknown(recorded.unknown())
            .addAllUnverified(recorded.unverified());
    recorded.failed().stream().filter(id -> !unknown.contains(id)).forEach(b::addFailed);
    recorded.findings().stream().filter(f -> !unknown.contains(f.ruleId())).forEach(b::addFindings);
    b.addAllUnknown(unknown);
    for (Unverified u : today.unverified()) {
      if (unknown.contains(u.ruleId())) {
        b.addUnverified(u);
      }
    }
    return b.build();
  }

  private static Benchmark benchmark(Benchmark recorded, List<Benchmark> today) {
    if (!recorded.favourable().isFalse()) {
      return recorded;
    }
    Optional<Benchmark> now =
        today.stream()
            .filter(t -> t.statistic().key().equals(recorded.statistic().key()))
            .findFirst();
    return now.filter(t -> t.favourable().isUnknown())
        .map(t -> Benchmark.of(recorded.statistic(), Truth.UNKNOWN, t.position()))
        .orElse(recorded);
  }
}
