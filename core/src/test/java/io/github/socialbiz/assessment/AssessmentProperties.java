package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.Rung;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.report.Reports;
import io.github.socialbiz.stage.Stage;
import io.github.socialbiz.testing.Rebuild;
import io.github.socialbiz.testing.SocialBusinessDomain;
import io.github.socialbiz.testing.ValueContract;
import java.time.LocalDate;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
  void determinism_equalInputsGiveEqualAssessmentsAndByteEqualReports(@ForAll Organization o, @ForAll("dates") LocalDate asOf) {
    Assessment a = ASSESSOR.assess(o, asOf);
    Assessment b = Assessor.standard().assess(Rebuild.rebuild(o), asOf);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(Reports.markdown(a), Reports.markdown(b));
    assertEquals(Reports.html(a), Reports.html(b));
  }

  @Property
  void monotonicity_raisingAnInScopePracticeNeverLowersAnyScore(@ForAll Organization o, @ForAll Practice practice, @ForAll Adoption grade) {
    if (!o.isInScope(practice) || o.adoption(practice).isAtLeast(grade)) {
      return;
    }
    Assessment before = ASSESSOR.assess(o, LocalDate.of(2026, 6, 30));
    Assessment after = ASSESSOR.assess(o.withEvidence(practice, grade), LocalDate.of(2026, 6, 30));
    for (Dimension d : Dimension.values()) {
      assertTrue(after.score(d).mean() >= before.score(d).mean(), () -> d + " mean fell");
      assertTrue(after.score(d).weakest() >= before.score(d).weakest(), () -> d + " weakest fell");
    }
    assertTrue(after.overall() >= before.overall());
    assertTrue(after.overallWeakest() >= before.overallWeakest());
    assertTrue(after.stage().isAtLeast(before.stage()));
    // the raised practice's own dimension rises by exactly its weight difference over the scored practices
    DimensionScore was = before.score(practice.dimension());
    DimensionScore now = after.score(practice.dimension());
    long scored = Arrays.stream(Practice.values()).filter(p -> p.dimension() == practice.dimension() && o.isInScope(p)).count();
    assertEquals((grade.weight() - o.adoption(practice).weight()) / scored, now.mean() - was.mean(), 1e-9);
  }

  @Property
  void roadmap_reachesAnyStageTargetInGateOrder(@ForAll Organization o, @ForAll Stage target) {
    Roadmap r = Roadmap.to(o, target);
    Organization done = r.applyTo(o, LocalDate.of(2026, 6, 30));
    assertTrue(Gates.stages().reached(done).orElseThrow().isAtLeast(target), () -> r + " left " + done);
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
    assertTrue(Gates.levels().reached(done).map(l -> l.isAtLeast(target)).orElse(false), () -> r + " left " + done);
    int previous = Gates.levels().reached(o).map(MaturityLevel::number).orElse(0);
    for (Phase p : r.phases()) {
      assertEquals(Rung.Ladder.LEVELS, p.rung().ladder());
      int rung = p.rung().number();
      assertTrue(rung > previous);
      previous = rung;
    }
  }

  @Property
  void diff_ofAnAssessmentWithItselfIsEmpty(@ForAll Organization o, @ForAll("dates") LocalDate asOf) {
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
      boolean behind = u.stage().number() < a.stage().number() || u.level().map(MaturityLevel::number).orElse(0) < orgLevel;
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
        assertEquals(view.adoption(p), grades.adoption(p));
        assertEquals(view.isInScope(p), grades.isInScope(p));
      }
      assertEquals(Gates.stages().reached(view), Gates.stages().reached(o, grades));
    }
  }

  @Property
  void targetGrades_areTheRoadmapAppliedToTheOrganization(@ForAll Organization o, @ForAll Stage target) {
    Roadmap r = Roadmap.to(o, target);
    Organization done = r.applyTo(o, LocalDate.of(2026, 6, 30));
    Grades after = Grades.of(o).after(r);
    for (Practice p : Practice.values()) {
      assertEquals(done.adoption(p), after.adoption(p), p::name);
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
      return new SocialBusinessDomain().organizations().map(o -> ASSESSOR.assess(o, LocalDate.of(2026, 6, 30)));
    }

    @Override
    public Assessment copyOf(Assessment value) {
      return Assessment.builder()
          .organization(Rebuild.rebuild(value.organization()))
          .asOf(LocalDate.of(value.asOf().getYear(), value.asOf().getMonth(), value.asOf().getDayOfMonth()))
          .stage(value.stage()).stageGate(value.stageGate()).level(value.level()).levelGate(value.levelGate())
          .addAllScores(value.scores()).recommendedModel(value.recommendedModel()).addAllBooks(value.books())
          .addAllBenchmarks(value.benchmarks()).roadmap(value.roadmap()).addAllUnits(value.units())
          .build();
    }
  }

  @Group
  final class DimensionScoreContract implements ValueContract<DimensionScore> {
    @Override
    public Arbitrary<DimensionScore> values() {
      return values(new SocialBusinessDomain().organizations());
    }

    private Arbitrary<DimensionScore> values(Arbitrary<Organization> orgs) {
      return orgs.flatMap(o -> Arbitraries.of(ASSESSOR.assess(o, LocalDate.of(2026, 6, 30)).scores()));
    }

    @Override
    public DimensionScore copyOf(DimensionScore v) {
      return DimensionScore.builder().dimension(v.dimension()).mean(v.mean()).weakest(v.weakest())
          .targetMean(v.targetMean()).targetWeakest(v.targetWeakest()).outOfScope(v.outOfScope()).build();
    }
  }
}
