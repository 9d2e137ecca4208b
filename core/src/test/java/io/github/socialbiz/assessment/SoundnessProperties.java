package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Evaluation;
import io.github.socialbiz.rules.Outcome;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Status;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.testing.SocialBusinessDomain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * Unknown is never no, proven: what an assessment states from known evidence holds however the unknowns
 * turn out, and what it calls possible bounds every way they can turn out.
 *
 * <p>A <em>completion</em> of an organization fills in everything nobody knows: each practice in scope
 * that is not assessed gets an adoption, each fact stated "nobody could say" ({@link Truth#UNKNOWN})
 * is stated yes or no instead, and so is each fact the file does not record yet that nobody stated.
 * Nothing else changes: grades given, practices out of scope, statements of yes or no and the
 * organization's file stay as they are.
 */
@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
final class SoundnessProperties {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final Assessor ASSESSOR = Assessor.standard();
  private static final double EPSILON = 1e-9;

  /**
   * The rules that judge the organization against the stage its evidence reaches, so that what they ask
   * changes with the stage: the roles, the emerging roles and the team size expected at that stage. Their
   * verdict is a statement about the proven stage; a completion that reaches a higher stage asks more of
   * the same roster, so they keep their status only in completions that reach the same stage.
   */
  private static final Set<String> JUDGED_AT_THE_STAGE_REACHED =
      Set.of("coe.roles-for-stage", "coe.emerging-roles-for-stage", "coe.headcount-benchmark");

  /**
   * One way to fill in the unknowns: an adoption per practice (used where the practice is not assessed)
   * and a yes or no per fact (used where the fact is stated unknown).
   */
  record Completion(List<Adoption> grades, List<Boolean> facts) {

    static Completion all(Adoption grade, boolean fact) {
      return new Completion(
          Collections.nCopies(Practice.values().length, grade),
          Collections.nCopies(Fact.values().length, fact));
    }

    Organization applyTo(Organization o) {
      List<Evidence> evidence = new ArrayList<>(o.evidence());
      for (Practice p : o.notAssessed()) {
        evidence.add(Evidence.of(p, grades.get(p.ordinal())));
      }
      List<FactEvidence> statements = new ArrayList<>();
      for (FactEvidence f : o.factEvidence()) {
        statements.add(
            f.stated().isUnknown() ? restated(f, Truth.of(facts.get(f.fact().ordinal()))) : f);
      }
      for (Fact f : o.notRecorded()) {
        if (o.factEvidence(f).isEmpty()) {
          statements.add(FactEvidence.of(f, Truth.of(facts.get(f.ordinal()))));
        }
      }
      return o.withEvidence(evidence, o.outOfScope()).withFactEvidence(statements);
    }
  }

  /** The statement with another truth, its note and basis kept. */
  static FactEvidence restated(FactEvidence f, Truth stated) {
    return f.note()
        .map(n -> FactEvidence.of(f.fact(), stated, n, f.basis()))
        .orElseGet(() -> FactEvidence.of(f.fact(), stated));
  }

  @Provide
  Arbitrary<Completion> completions() {
    return Combinators.combine(
            Arbitraries.of(Adoption.class).list().ofSize(Practice.values().length),
            Arbitraries.of(true, false).list().ofSize(Fact.values().length))
        .as(Completion::new);
  }

  private static int number(Optional<MaturityLevel> level) {
    return level.map(MaturityLevel::number).orElse(0);
  }

  private static boolean hasUnknowns(Organization o) {
    return !o.notAssessed().isEmpty()
        || o.factEvidence().stream().anyMatch(f -> f.stated().isUnknown())
        || o.notRecorded().stream().anyMatch(f -> o.factEvidence(f).isEmpty());
  }

  // ---------------------------------------------------------------------------------------------
  // Soundness: every completion lies within the bounds, and keeps every proven statement

  @Property
  void stageAndLevel_everyCompletionLiesBetweenTheProvenAndThePossible(
      @ForAll Organization o, @ForAll("completions") Completion fill) {
    Organization c = fill.applyTo(o);
    assertTrue(c.notAssessed().isEmpty());
    Stage proven = Gates.stages().reached(o).orElseThrow();
    Stage possible = Gates.stages().possible(o).orElseThrow();
    Stage completed = Gates.stages().reached(c).orElseThrow();
    assertTrue(completed.isAtLeast(proven), () -> completed + " below the proven " + proven);
    assertTrue(possible.isAtLeast(completed), () -> completed + " above the possible " + possible);
    int provenLevel = number(Gates.levels().reached(o));
    int possibleLevel = number(Gates.levels().possible(o));
    int completedLevel = number(Gates.levels().reached(c));
    assertTrue(provenLevel <= completedLevel && completedLevel <= possibleLevel);
    // a completion knows everything that matters: its proven and possible agree
    assertEquals(Gates.stages().reached(c), Gates.stages().possible(c));
    assertEquals(Gates.levels().reached(c), Gates.levels().possible(c));
  }

  @Property
  void assessment_everyCompletionLiesWithinItsStageLevelAndScoreRanges(
      @ForAll Organization o, @ForAll("completions") Completion fill) {
    Assessment a = ASSESSOR.assess(o, AS_OF);
    Assessment b = ASSESSOR.assess(fill.applyTo(o), AS_OF);
    assertTrue(b.stage().isAtLeast(a.stage()) && a.possibleStage().isAtLeast(b.stage()));
    assertTrue(number(a.level()) <= number(b.level()));
    assertTrue(number(b.level()) <= number(a.possibleLevel()));
    for (Dimension d : Dimension.values()) {
      DimensionScore range = a.score(d);
      DimensionScore exact = b.score(d);
      assertTrue(exact.isExact(), exact::toString);
      assertTrue(range.mean() <= exact.mean() + EPSILON, () -> range + " against " + exact);
      assertTrue(exact.mean() <= range.meanPossible() + EPSILON, () -> range + " against " + exact);
      assertTrue(range.weakest() <= exact.weakest() + EPSILON, () -> range + " against " + exact);
      assertTrue(
          exact.weakest() <= range.weakestPossible() + EPSILON, () -> range + " against " + exact);
    }
    assertTrue(
        a.overall() <= b.overall() + EPSILON && b.overall() <= a.overallPossible() + EPSILON);
    assertTrue(
        a.overallWeakest() <= b.overallWeakest() + EPSILON
            && b.overallWeakest() <= a.overallWeakestPossible() + EPSILON);
    assertTrue(b.isScoreExact());
  }

  @Property
  void everyRulePassedOrFailed_keepsItsStatusInEveryCompletion(
      @ForAll Organization o, @ForAll("completions") Completion fill) {
    Organization c = fill.applyTo(o);
    Snapshot before = Snapshot.of(o, AS_OF);
    Snapshot after = Snapshot.of(c, AS_OF);
    boolean sameStage = before.stage() == after.stage();
    // every standard book, the stage and level gates' criteria among them
    for (RuleBook<Snapshot> book : StandardRules.all()) {
      Evaluation<Snapshot> known = book.evaluate(before);
      Evaluation<Snapshot> completed = book.evaluate(after);
      for (var rule : book.rules()) {
        Outcome was = known.outcome(rule.id());
        Outcome is = completed.outcome(rule.id());
        if (!sameStage && JUDGED_AT_THE_STAGE_REACHED.contains(rule.id())) {
          continue;
        }
        if (was.isFailed()) {
          assertEquals(
              Status.FAILED,
              is.status(),
              () -> rule.id() + " was " + was + " and became " + is + " in " + c);
        }
        if (was.isPassed()) {
          // a rule that holds either way may find, once its condition is known false, that it does
          // not apply (crisis.engagement-before-response: triage in place, engagement not
          // assessed);
          // it never fails nor becomes unknown
          assertTrue(
              is.isPassed() || is.status() == Status.NOT_APPLICABLE,
              () -> rule.id() + " was " + was + " and became " + is + " in " + c);
        }
      }
    }
    // and every gate as the gates evaluate it
    for (var gates : List.of(Gates.stages().allGates(), Gates.levels().allGates())) {
      Evaluation<Organization> known = gates.evaluate(o);
      Evaluation<Organization> completed = gates.evaluate(c);
      for (String id : known.passed()) {
        assertTrue(completed.outcome(id).isPassed(), id);
      }
      for (String id : known.failed()) {
        assertTrue(completed.outcome(id).isFailed(), id);
      }
      assertEquals(List.of(), completed.unknown(), "a completion leaves no criterion unknown");
    }
  }

  @Property
  void everyKnownBenchmark_keepsItsValueInEveryCompletion(
      @ForAll Organization o, @ForAll("completions") Completion fill) {
    List<Benchmark> known = Benchmarks.of(o);
    List<Benchmark> completed = Benchmarks.of(fill.applyTo(o));
    assertEquals(known.size(), completed.size());
    for (int i = 0; i < known.size(); i++) {
      Benchmark was = known.get(i);
      Benchmark is = completed.get(i);
      assertEquals(was.statistic(), is.statistic());
      if (was.isKnown()) {
        assertEquals(was.favourable(), is.favourable(), () -> was + " became " + is);
        assertEquals(was.position(), is.position());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tightness: the bounds are reached

  @Property
  void theBestCompletionReachesThePossible_theWorstTheProven(@ForAll Organization o) {
    Organization best = Completion.all(Adoption.MOST, true).applyTo(o);
    Organization worst = Completion.all(Adoption.NONE, false).applyTo(o);
    assertEquals(Gates.stages().possible(o), Gates.stages().reached(best));
    assertEquals(Gates.levels().possible(o), Gates.levels().reached(best));
    assertEquals(Gates.stages().reached(o), Gates.stages().reached(worst));
    assertEquals(Gates.levels().reached(o), Gates.levels().reached(worst));
    Assessment a = ASSESSOR.assess(o, AS_OF);
    Assessment high = ASSESSOR.assess(best, AS_OF);
    Assessment low = ASSESSOR.assess(worst, AS_OF);
    for (Dimension d : Dimension.values()) {
      assertEquals(a.score(d).meanPossible(), high.score(d).mean(), EPSILON);
      assertEquals(a.score(d).weakestPossible(), high.score(d).weakest(), EPSILON);
      assertEquals(a.score(d).mean(), low.score(d).mean(), EPSILON);
      assertEquals(a.score(d).weakest(), low.score(d).weakest(), EPSILON);
    }
  }

  /**
   * On small cases, every completion tried: the proven stage and level are the lowest any completion
   * reaches, the possible ones the highest. The small case keeps up to three of the organization's
   * practices not assessed and up to two facts stated unknown, and fills in the rest.
   */
  @Property
  void onSmallCases_theBoundsAreTheLowestAndHighestOfAllCompletions(
      @ForAll Organization o,
      @ForAll("completions") Completion rest,
      @ForAll @IntRange(min = 0, max = 3) int practicesLeft,
      @ForAll @IntRange(min = 0, max = 2) int factsLeft,
      @ForAll @IntRange(min = 0, max = 35) int offset) {
    Organization small = smallCase(o, rest, practicesLeft, factsLeft, offset);
    List<Practice> open = small.notAssessed().asList();
    List<Fact> unknownFacts = unknownFacts(small);
    Assume.that(open.size() <= 3 && unknownFacts.size() <= 2);
    int completions = (int) Math.pow(4, open.size()) << unknownFacts.size();
    Stage lowest = Stage.CONVERGED;
    Stage highest = Stage.PLANNING;
    int lowestLevel = MaturityLevel.values().length;
    int highestLevel = 0;
    for (int n = 0; n < completions; n++) {
      List<Adoption> grades =
          new ArrayList<>(Collections.nCopies(Practice.values().length, Adoption.NONE));
      int code = n;
      for (Practice p : open) {
        grades.set(p.ordinal(), Adoption.values()[code % 4]);
        code /= 4;
      }
      List<Boolean> facts = new ArrayList<>(Collections.nCopies(Fact.values().length, false));
      for (Fact f : unknownFacts) {
        facts.set(f.ordinal(), code % 2 == 1);
        code /= 2;
      }
      Organization c = new Completion(grades, facts).applyTo(small);
      Stage stage = Gates.stages().reached(c).orElseThrow();
      int level = number(Gates.levels().reached(c));
      lowest = stage.isAtLeast(lowest) ? lowest : stage;
      highest = stage.isAtLeast(highest) ? stage : highest;
      lowestLevel = Math.min(lowestLevel, level);
      highestLevel = Math.max(highestLevel, level);
    }
    assertEquals(Gates.stages().reached(small).orElseThrow(), lowest);
    assertEquals(Gates.stages().possible(small).orElseThrow(), highest);
    assertEquals(number(Gates.levels().reached(small)), lowestLevel);
    assertEquals(number(Gates.levels().possible(small)), highestLevel);
  }

  /**
   * The organization with at most {@code practicesLeft} practices still not assessed (picked from an
   * offset among them) and at most {@code factsLeft} facts still stated unknown; the rest filled in.
   */
  private static Organization smallCase(
      Organization o, Completion rest, int practicesLeft, int factsLeft, int offset) {
    List<Practice> open = new ArrayList<>(o.notAssessed());
    Collections.rotate(open, offset);
    List<Practice> keep = open.subList(0, Math.min(practicesLeft, open.size()));
    List<Evidence> evidence = new ArrayList<>(o.evidence());
    for (Practice p : open) {
      if (!keep.contains(p)) {
        evidence.add(Evidence.of(p, rest.grades().get(p.ordinal())));
      }
    }
    List<FactEvidence> statements = new ArrayList<>();
    int unknownKept = 0;
    for (FactEvidence f : o.factEvidence()) {
      if (f.stated().isUnknown() && unknownKept++ >= factsLeft) {
        statements.add(restated(f, Truth.of(rest.facts().get(f.fact().ordinal()))));
      } else {
        statements.add(f);
      }
    }
    // a fact the file does not record yet, which nobody stated, is an unknown too
    for (Fact f : o.notRecorded()) {
      if (o.factEvidence(f).isEmpty() && unknownKept++ >= factsLeft) {
        statements.add(FactEvidence.of(f, Truth.of(rest.facts().get(f.ordinal()))));
      }
    }
    return o.withEvidence(evidence, o.outOfScope()).withFactEvidence(statements);
  }

  /** The facts nobody knows: stated "nobody could say", or not recorded yet and not stated. */
  private static List<Fact> unknownFacts(Organization o) {
    List<Fact> unknown = new ArrayList<>();
    for (FactEvidence f : o.factEvidence()) {
      if (f.stated().isUnknown()) {
        unknown.add(f.fact());
      }
    }
    for (Fact f : o.notRecorded()) {
      if (o.factEvidence(f).isEmpty()) {
        unknown.add(f);
      }
    }
    return unknown;
  }

  // ---------------------------------------------------------------------------------------------
  // Knowing more never widens a range

  @Property
  void assessingOneMorePractice_neverWidensARange(
      @ForAll Organization o,
      @ForAll @IntRange(min = 0, max = 35) int pick,
      @ForAll Adoption grade) {
    Assume.that(!o.notAssessed().isEmpty());
    Practice practice = o.notAssessed().asList().get(pick % o.notAssessed().size());
    assertNarrower(o, o.withEvidence(practice, grade));
  }

  @Property
  void answeringOneUnknownFact_neverWidensARange(
      @ForAll Organization o, @ForAll @IntRange(min = 0, max = 8) int pick, @ForAll boolean yes) {
    List<FactEvidence> unknown =
        o.factEvidence().stream().filter(f -> f.stated().isUnknown()).toList();
    Assume.that(!unknown.isEmpty());
    FactEvidence answered = unknown.get(pick % unknown.size());
    List<FactEvidence> statements = new ArrayList<>();
    for (FactEvidence f : o.factEvidence()) {
      statements.add(f == answered ? restated(f, Truth.of(yes)) : f);
    }
    assertNarrower(o, o.withFactEvidence(statements));
  }

  @Property
  void recordingOrAnsweringAFactNotRecorded_neverWidensARange(
      @ForAll Organization o, @ForAll Fact fact, @ForAll @IntRange(min = 0, max = 2) int how) {
    // the fact not recorded yet and not stated
    Set<Fact> marks = EnumSet.of(fact);
    marks.addAll(o.notRecorded());
    List<FactEvidence> others = new ArrayList<>(o.factEvidence());
    others.removeIf(f -> f.fact() == fact);
    Organization open = o.withFactEvidence(others).withNotRecorded(marks);
    Organization more;
    if (how == 0) {
      // the consultant records the file as it stands
      Set<Fact> fewer = EnumSet.copyOf(marks);
      fewer.remove(fact);
      more = open.withNotRecorded(fewer);
    } else {
      List<FactEvidence> statements = new ArrayList<>(others);
      statements.add(FactEvidence.of(fact, Truth.of(how == 1)));
      more = open.withFactEvidence(statements);
    }
    assertNarrower(open, more);
  }

  /** Knowing more: low ends never fall, high ends never rise. */
  private static void assertNarrower(Organization o, Organization more) {
    Assessment a = ASSESSOR.assess(o, AS_OF);
    Assessment b = ASSESSOR.assess(more, AS_OF);
    assertTrue(b.stage().isAtLeast(a.stage()), () -> a.stage() + " fell to " + b.stage());
    assertTrue(
        a.possibleStage().isAtLeast(b.possibleStage()),
        () -> a.possibleStage() + " rose to " + b.possibleStage());
    assertTrue(number(b.level()) >= number(a.level()));
    assertTrue(number(a.possibleLevel()) >= number(b.possibleLevel()));
    for (Dimension d : Dimension.values()) {
      DimensionScore was = a.score(d);
      DimensionScore is = b.score(d);
      assertTrue(is.mean() >= was.mean() - EPSILON, () -> was + " widened to " + is);
      assertTrue(is.weakest() >= was.weakest() - EPSILON, () -> was + " widened to " + is);
      assertTrue(
          is.meanPossible() <= was.meanPossible() + EPSILON, () -> was + " widened to " + is);
      assertTrue(
          is.weakestPossible() <= was.weakestPossible() + EPSILON, () -> was + " widened to " + is);
      assertTrue(is.notAssessed() <= was.notAssessed());
    }
    assertTrue(b.overall() >= a.overall() - EPSILON);
    assertTrue(b.overallPossible() <= a.overallPossible() + EPSILON);
    assertTrue(b.overallWeakest() >= a.overallWeakest() - EPSILON);
    assertTrue(b.overallWeakestPossible() <= a.overallWeakestPossible() + EPSILON);
  }

  /** With nothing unknown there is nothing to fill in: every completion is the organization itself. */
  @Property
  void withNothingUnknown_theCompletionIsTheOrganization(
      @ForAll Organization o, @ForAll("completions") Completion fill) {
    Organization known = Completion.all(Adoption.SOME, false).applyTo(o);
    assertTrue(!hasUnknowns(known), known::toString);
    assertEquals(known, fill.applyTo(known));
  }
}
