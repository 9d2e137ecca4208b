package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.report.Reports;
import io.github.socialbiz.testing.SocialBusinessDomain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * Knowledge is not change: two assessments with the same known grades, one with more practices assessed,
 * show no progress and no decline, and a change of grades alone has no part from knowledge.
 */
@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
final class AssessmentDiffProperties {

  private static final Assessor ASSESSOR = Assessor.standard();
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Property
  void sameKnownGrades_withMorePracticesAssessed_showNoProgress(
      @ForAll Organization o, @ForAll Set<Practice> forgotten, @ForAll boolean learning) {
    // the same organization with some of its evidence removed: nothing known differs, less is known
    Set<Practice> removed = EnumSet.noneOf(Practice.class);
    List<Evidence> kept = new ArrayList<>();
    for (Evidence e : o.evidence()) {
      if (forgotten.contains(e.practice())) {
        removed.add(e.practice());
      } else {
        kept.add(e);
      }
    }
    Organization lessKnown = o.withEvidence(kept, o.outOfScope());
    Assessment more = ASSESSOR.assess(o, AS_OF);
    Assessment less = ASSESSOR.assess(lessKnown, AS_OF);
    Assessment before = learning ? less : more;
    Assessment after = learning ? more : less;
    AssessmentDiff d = AssessmentDiff.between(before, after);

    assertEquals(List.of(), d.gradeChanges());
    assertEquals(
        removed,
        (learning ? d.newlyAssessed() : d.noLongerAssessed())
            .stream().map(GradeChange::practice).collect(Collectors.toSet()));
    assertEquals(List.of(), learning ? d.noLongerAssessed() : d.newlyAssessed());
    // stage, level and scores: every move comes from knowledge
    assertEquals(d.stageAfter(), d.stageWithTodaysKnowledge(), d::toString);
    assertEquals(d.levelAfter(), d.levelWithTodaysKnowledge(), d::toString);
    d.scoreDeltasFromChange().values().forEach(v -> assertEquals(0.0, v, 1e-12, d::toString));
    assertEquals(0.0, d.overallDeltaFromChange(), 1e-12);
    // nothing resolved, nothing new, nothing completed
    assertEquals(List.of(), d.resolved(), d::toString);
    assertEquals(List.of(), d.added(), d::toString);
    assertEquals(List.of(), d.completedActions(), d::toString);

    // the report shows no arrow, neither in the summary's trends nor in "Since last time"
    String md = Reports.markdown(ReportContext.of(after).withPrevious(before));
    assertFalse(md.contains("\u2191") || md.contains("\u2193"), md);
    assertTrue(md.contains("**Criteria newly met:** none."), md);
    assertTrue(md.contains("**Criteria no longer met:** none."), md);
    assertTrue(md.contains("**Findings resolved:** none."), md);
    assertTrue(md.contains("**New findings:** none."), md);
    assertTrue(md.contains("**Roadmap actions completed:** none."), md);
  }

  @Property
  void aGradeChangedAlone_hasNoPartFromKnowledge(
      @ForAll Organization o, @ForAll int pick, @ForAll boolean up) {
    // an assessed practice, picked among them rather than filtered, one grade up or down
    Assume.that(!o.evidence().isEmpty());
    Evidence e = o.evidence().get(Math.floorMod(pick, o.evidence().size()));
    Practice practice = e.practice();
    Adoption grade =
        (up ? e.adoption().next() : e.adoption().previous())
            .or(() -> up ? e.adoption().previous() : e.adoption().next())
            .orElseThrow();
    Assessment before = ASSESSOR.assess(o, AS_OF);
    AssessmentDiff d =
        AssessmentDiff.between(before, ASSESSOR.assess(o.withEvidence(practice, grade), AS_OF));

    assertFalse(d.isKnowledgeChanged());
    assertEquals(
        List.of(GradeChange.of(practice, o.grade(practice), Grade.of(grade))), d.gradeChanges());
    assertEquals(d.stageBefore(), d.stageWithTodaysKnowledge());
    assertEquals(d.levelBefore(), d.levelWithTodaysKnowledge());
    d.scoreDeltasFromKnowledge().values().forEach(v -> assertEquals(0.0, v, 0.0));
    assertEquals(d.scoreDeltas(), d.scoreDeltasFromChange());
    assertEquals(List.of(), d.withdrawn());
    assertEquals(List.of(), d.discovered());
    assertEquals(List.of(), d.answeredActions());
    assertEquals(o, d.previousWithTodaysKnowledge());
  }
}
