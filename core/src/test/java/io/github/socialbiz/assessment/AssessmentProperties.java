package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.report.Reports;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistics;
import io.github.socialbiz.testing.Change;
import io.github.socialbiz.testing.OtherThread;
import io.github.socialbiz.testing.Rebuild;
import io.github.socialbiz.testing.SocialBusinessDomain;
import io.github.socialbiz.testing.ValueContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * The semantics of ARCHITECTURE.md section 7 for whole assessments: determinism down to the bytes of
 * the reports, monotonic scores, roadmaps that reach their targets in gate order, and empty self-diffs.
 */
@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
@SuppressWarnings("ClassCanBeStatic") // jqwik groups are inner classes
final class AssessmentProperties {

  private static final Assessor ASSESSOR = Assessor.standard();

  @Property
  void determinism_equalInputsGiveEqualAssessmentsAndByteEqualReportsOnAnotherThread(
      @ForAll Organization o, @ForAll("dates") LocalDate asOf) {
    Assessment a = ASSESSOR.assess(o, asOf);
    Assessment b = OtherThread.compute(() -> Assessor.standard().assess(Rebuild.rebuild(o), asOf));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    List<String> reportsOfB =
        OtherThread.compute(() -> List.of(Reports.markdown(b), Reports.html(b)));
    assertEquals(Reports.markdown(a), reportsOfB.get(0));
    assertEquals(Reports.html(a), reportsOfB.get(1));
  }

  @Property
  void monotonicity_raisingAnInScopePracticeNeverLowersAnyScore(
      @ForAll Organization o, @ForAll Practice practice, @ForAll Adoption grade) {
    Assume.that(o.isInScope(practice) && !o.grade(practice).atLeast(grade).isTrue());
    Assessment before = ASSESSOR.assess(o, LocalDate.of(2026, 6, 30));
    Assessment after = ASSESSOR.assess(o.withEvidence(practice, grade), LocalDate.of(2026, 6, 30));
    for (Dimension d : Dimension.values()) {
      assertTrue(after.score(d).mean() >= before.score(d).mean(), () -> d + " mean fell");
      assertTrue(after.score(d).weakest() >= before.score(d).weakest(), () -> d + " weakest fell");
    }
    assertTrue(after.overall() >= before.overall());
    assertTrue(after.overallWeakest() >= before.overallWeakest());
    assertTrue(after.stage().isAtLeast(before.stage()));
    // the raised practice's own dimension rises by exactly its weight difference over the scored
    // practices
    DimensionScore was = before.score(practice.dimension());
    DimensionScore now = after.score(practice.dimension());
    long scored =
        Arrays.stream(Practice.values())
            .filter(p -> p.dimension() == practice.dimension() && o.isInScope(p))
            .count();
    assertEquals(
        (grade.weight() - o.grade(practice).lowest().weight()) / scored,
        now.mean() - was.mean(),
        1e-9);
  }

  @Property
  void roadmap_reachesAnyStageTargetInGateOrder(@ForAll Organization o, @ForAll Stage target) {
    Roadmap r = Roadmap.to(o, target);
    Organization done = r.applyTo(o, LocalDate.of(2026, 6, 30));
    assertTrue(
        Gates.stages().reached(done).orElseThrow().isAtLeast(target), () -> r + " left " + done);
    Stage previous = Gates.stages().reached(o).orElseThrow();
    for (Phase p : r.phases()) {
      Stage rung = (Stage) p.rung();
      assertTrue(rung.number() > previous.number(), () -> "phase " + p + " out of order");
      previous = rung;
    }
    assertEquals(Gates.stages().reached(o).orElseThrow().isAtLeast(target), r.isDone());
  }

  @Property
  void roadmap_reachesAnyLevelTarget(@ForAll Organization o, @ForAll MaturityLevel target) {
    Roadmap r = Roadmap.to(o, target);
    Organization done = r.applyTo(o, LocalDate.of(2026, 6, 30));
    assertTrue(
        Gates.levels().reached(done).map(l -> l.isAtLeast(target)).orElse(false),
        () -> r + " left " + done);
    int previous = Gates.levels().reached(o).map(MaturityLevel::number).orElse(0);
    for (Phase p : r.phases()) {
      assertEquals(Rung.Ladder.LEVELS, p.rung().ladder());
      int rung = p.rung().number();
      assertTrue(rung > previous);
      previous = rung;
    }
  }

  @Property
  void diff_ofAnAssessmentWithItselfIsEmpty(
      @ForAll Organization o, @ForAll("dates") LocalDate asOf) {
    Assessment a = ASSESSOR.assess(o, asOf);
    AssessmentDiff d = AssessmentDiff.between(a, a);
    assertTrue(d.isEmpty(), d::toString);
    assertTrue(d.resolved().isEmpty() && d.added().isEmpty() && d.completedActions().isEmpty());
    d.scoreDeltas().values().forEach(v -> assertEquals(0.0, v, 0.0));
  }

  @Property
  void everyUnitIsAssessed_andUnitsBelowTheOrganizationAreFlagged(@ForAll Organization o) {
    Assessment a = ASSESSOR.assess(o, LocalDate.of(2026, 6, 30));
    assertEquals(o.businessUnits().size(), a.units().size());
    for (UnitStanding u : a.units()) {
      int orgLevel = a.level().map(MaturityLevel::number).orElse(0);
      boolean behind =
          u.stage().number() < a.stage().number()
              || u.level().map(MaturityLevel::number).orElse(0) < orgLevel;
      assertEquals(behind, u.isHoldingBack(), u::toString);
    }
  }

  @Property
  void unitGrades_areTheOrganizationWithTheUnitsOverridesApplied(@ForAll Organization o) {
    for (BusinessUnit u : o.businessUnits()) {
      Organization view = o;
      for (Evidence e : u.overrides()) {
        view = view.withEvidence(e.practice(), e.adoption());
      }
      Grades grades = Grades.of(o, u);
      for (Practice p : Practice.values()) {
        assertEquals(view.grade(p), grades.grade(p));
        assertEquals(view.isInScope(p), grades.isInScope(p));
      }
      assertEquals(Gates.stages().reached(view), Gates.stages().reached(o, grades));
    }
  }

  @Property
  void targetGrades_areTheRoadmapAppliedToTheOrganization(
      @ForAll Organization o, @ForAll Stage target) {
    Roadmap r = Roadmap.to(o, target);
    Organization done = r.applyTo(o, LocalDate.of(2026, 6, 30));
    Grades after = Grades.of(o).after(r);
    for (Practice p : Practice.values()) {
      assertEquals(done.grade(p), after.grade(p), p::name);
      assertEquals(done.isInScope(p), after.isInScope(p), p::name);
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return SocialBusinessDomain.dates();
  }

  @Group
  final class AssessmentContract implements ValueContract<Assessment> {
    @Override
    public Arbitrary<Assessment> values() {
      return new SocialBusinessDomain()
          .organizations()
          .map(o -> ASSESSOR.assess(o, LocalDate.of(2026, 6, 30)));
    }

    @Override
    public Assessment copyOf(Assessment value) {
      return Assessment.builder()
          .organization(Rebuild.rebuild(value.organization()))
          .asOf(
              LocalDate.of(
                  value.asOf().getYear(), value.asOf().getMonth(), value.asOf().getDayOfMonth()))
          .stage(value.stage())
          .stageGate(value.stageGate())
          .level(value.level())
          .levelGate(value.levelGate())
          .addAllScores(value.scores())
          .recommendedModel(value.recommendedModel())
          .addAllBooks(value.books())
          .addAllBenchmarks(value.benchmarks())
          .roadmap(value.roadmap())
          .addAllUnits(value.units())
          .build();
    }

    /*
     * The stage, the level and (when there is a next stage) the stage gate are not changed alone: under the
     * current model the builder refuses an assessment whose stage, level or stage gate contradicts its
     * organization, so each follows from the organization. The organization is changed in its name, which
     * no gate reads. At the top stage the stage gate must be absent.
     */
    @Override
    public List<Assessment> oneAttributeChanged(Assessment a) {
      ImmutableAssessment i = (ImmutableAssessment) ImmutableAssessment.copyOf(a);
      List<Assessment> changed =
          new ArrayList<>(
              List.of(
                  i.withOrganization(
                      Rebuild.rebuildWithName(
                          a.organization(), Change.text(a.organization().name()))),
                  i.withAsOf(a.asOf().plusDays(1)),
                  i.withScores(
                      replaceFirst(
                          a.scores(),
                          new DimensionScoreContract()
                              .oneAttributeChanged(a.scores().get(0))
                              .get(1))),
                  i.withRecommendedModel(
                      ((ImmutableModelRecommendation)
                              ImmutableModelRecommendation.copyOf(a.recommendedModel()))
                          .withModel(Change.next(a.recommendedModel().model()))),
                  i.withBooks(
                      replaceFirst(
                          a.books(),
                          ((ImmutableBookResult) ImmutableBookResult.copyOf(a.books().get(0)))
                              .withName(Change.text(a.books().get(0).name())))),
                  i.withRoadmap(
                      ((ImmutableRoadmap) ImmutableRoadmap.copyOf(a.roadmap()))
                          .withTarget(nextRung(a.roadmap().target()))),
                  i.withModelVersion(ModelVersion.CURRENT + 1)));
      a.stageGate().ifPresent(g -> changed.add(i.withStageGate(withOneMoreUnmet(g))));
      // the level gate is not checked against the organization: changed in content, or dropped
      a.levelGate().ifPresent(g -> changed.add(i.withLevelGate(withOneMoreUnmet(g))));
      a.levelGate().ifPresent(g -> changed.add(i.withLevelGate(Optional.empty())));
      changed.add(
          a.benchmarks().isEmpty()
              ? i.withBenchmarks(
                  ImmutableBenchmark.builder()
                      .statistic(Statistics.all().get(0))
                      .favourable(Truth.TRUE)
                      .position("level")
                      .build())
              : i.withBenchmarks(
                  replaceFirst(
                      a.benchmarks(),
                      ((ImmutableBenchmark) ImmutableBenchmark.copyOf(a.benchmarks().get(0)))
                          .withFavourable(Truth.of(!a.benchmarks().get(0).isFavourable())))));
      changed.add(
          a.units().isEmpty()
              ? i.withUnits(
                  UnitStanding.builder()
                      .unit("New unit")
                      .stage(a.stage())
                      .level(a.level())
                      .weakestDimension(Dimension.values()[0])
                      .overall(a.overall())
                      .holdingBack(false)
                      .build())
              : i.withUnits(
                  replaceFirst(
                      a.units(),
                      ((ImmutableUnitStanding) ImmutableUnitStanding.copyOf(a.units().get(0)))
                          .withHoldingBack(!a.units().get(0).isHoldingBack()))));
      return changed;
    }

    private static GateSummary withOneMoreUnmet(GateSummary g) {
      List<Criterion> unmet = new ArrayList<>(g.unmet());
      unmet.add(
          Criterion.practice(
              "test.changed",
              Practice.values()[0],
              Adoption.SOME,
              Source.values()[0].at("test", Provenance.values()[0])));
      return ((ImmutableGateSummary) ImmutableGateSummary.copyOf(g)).withUnmet(unmet);
    }

    private static Rung nextRung(Rung r) {
      return r instanceof Stage s ? Change.next(s) : Change.next((MaturityLevel) r);
    }
  }

  @Group
  final class DimensionScoreContract implements ValueContract<DimensionScore> {
    @Override
    public Arbitrary<DimensionScore> values() {
      return values(new SocialBusinessDomain().organizations());
    }

    private Arbitrary<DimensionScore> values(Arbitrary<Organization> orgs) {
      return orgs.flatMap(
          o -> Arbitraries.of(ASSESSOR.assess(o, LocalDate.of(2026, 6, 30)).scores()));
    }

    @Override
    public DimensionScore copyOf(DimensionScore v) {
      return DimensionScore.builder()
          .dimension(v.dimension())
          .mean(v.mean())
          .weakest(v.weakest())
          .targetMean(v.targetMean())
          .targetWeakest(v.targetWeakest())
          .outOfScope(v.outOfScope())
          .notAssessed(v.notAssessed())
          .meanPossible(v.meanPossible())
          .weakestPossible(v.weakestPossible())
          .build();
    }

    @Override
    public List<DimensionScore> oneAttributeChanged(DimensionScore v) {
      ImmutableDimensionScore i = (ImmutableDimensionScore) ImmutableDimensionScore.copyOf(v);
      Dimension other = Change.next(v.dimension());
      List<DimensionScore> changed = new ArrayList<>();
      // the counts kept within the other dimension's practices
      changed.add(
          i.withOutOfScope(Math.min(v.outOfScope(), other.practices().size()))
              .withNotAssessed(Math.min(v.notAssessed(), other.practices().size()))
              .withDimension(other));
      // each low end kept at or below its high end, and each high end at or above its low end
      below(v.mean(), v.meanPossible()).ifPresent(m -> changed.add(i.withMean(m)));
      below(v.weakest(), v.weakestPossible()).ifPresent(w -> changed.add(i.withWeakest(w)));
      above(v.meanPossible(), v.mean()).ifPresent(m -> changed.add(i.withMeanPossible(m)));
      above(v.weakestPossible(), v.weakest()).ifPresent(w -> changed.add(i.withWeakestPossible(w)));
      changed.add(i.withTargetMean(changedShare(v.targetMean())));
      changed.add(i.withTargetWeakest(changedShare(v.targetWeakest())));
      changed.add(
          i.withOutOfScope(
              v.outOfScope() < v.dimension().practices().size()
                  ? v.outOfScope() + 1
                  : v.outOfScope() - 1));
      changed.add(
          i.withNotAssessed(
              v.notAssessed() < v.dimension().practices().size()
                  ? v.notAssessed() + 1
                  : v.notAssessed() - 1));
      return changed;
    }

    /** Another value from a floor up to 1, or empty if the value is 1 and so is the floor. */
    private static Optional<Double> above(double value, double floor) {
      if (value <= 0.75) {
        return Optional.of(value + 0.25);
      }
      return value > floor ? Optional.of((value + floor) / 2) : Optional.empty();
    }

    /** Another value from 0 up to a cap, or empty if the value is 0 and so is the cap. */
    private static Optional<Double> below(double value, double cap) {
      if (value >= 0.25) {
        return Optional.of(value - 0.25);
      }
      if (cap > value) {
        return Optional.of((value + cap) / 2);
      }
      return value > 0 ? Optional.of(value / 2) : Optional.empty();
    }

    /** A share kept within 0..1. */
    private static double changedShare(double share) {
      return share >= 0.5 ? share - 0.25 : share + 0.25;
    }
  }

  private static <E> List<E> replaceFirst(List<E> list, E first) {
    List<E> all = new ArrayList<>(list);
    all.set(0, first);
    return all;
  }
}
