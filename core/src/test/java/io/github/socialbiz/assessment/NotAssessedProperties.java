package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.testing.SocialBusinessDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** The semantics of practices not assessed: proven and possible results, and what evidence does to them. */
@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
final class NotAssessedProperties {

  private static int number(Optional<MaturityLevel> level) {
    return level.map(MaturityLevel::number).orElse(0);
  }

  @Property
  void provenIsNeverAbovePossible(@ForAll Organization o) {
    Stage proven = Gates.stages().reached(o).orElseThrow();
    Stage possible = Gates.stages().possible(o).orElseThrow();
    assertTrue(possible.isAtLeast(proven), proven + " above " + possible);
    assertTrue(number(Gates.levels().possible(o)) >= number(Gates.levels().reached(o)));
  }

  @Property
  void assessingAPractice_neverRaisesThePossible_norLowersTheProven(
      @ForAll Organization o, @ForAll int pick, @ForAll Adoption grade) {
    // a practice not assessed, picked among them rather than filtered (few tries run under PIT)
    Assume.that(!o.notAssessed().isEmpty());
    Practice practice = o.notAssessed().asList().get(Math.floorMod(pick, o.notAssessed().size()));
    Organization assessed = o.withEvidence(practice, grade);
    assertTrue(
        Gates.stages()
            .possible(o)
            .orElseThrow()
            .isAtLeast(Gates.stages().possible(assessed).orElseThrow()));
    assertTrue(
        Gates.stages()
            .reached(assessed)
            .orElseThrow()
            .isAtLeast(Gates.stages().reached(o).orElseThrow()));
    assertTrue(number(Gates.levels().possible(o)) >= number(Gates.levels().possible(assessed)));
    assertTrue(number(Gates.levels().reached(assessed)) >= number(Gates.levels().reached(o)));
  }

  @Property
  void raisingEvidence_neverLowersTheProven(@ForAll Organization o, @ForAll Practice practice) {
    Assume.that(o.isInScope(practice) && o.grade(practice).lowest().next().isPresent());
    Organization raised = o.withEvidence(practice, o.grade(practice).lowest().next().orElseThrow());
    assertTrue(
        Gates.stages()
            .reached(raised)
            .orElseThrow()
            .isAtLeast(Gates.stages().reached(o).orElseThrow()));
    assertTrue(number(Gates.levels().reached(raised)) >= number(Gates.levels().reached(o)));
  }

  @Property
  void withEverythingAssessedAndAnswered_possibleIsProven(
      @ForAll Organization o, @ForAll Adoption grade, @ForAll boolean yes) {
    Organization complete = o;
    for (Practice p : o.notAssessed()) {
      complete = complete.withEvidence(p, grade);
    }
    // a fact nobody could answer keeps the possible open: answer it too
    List<FactEvidence> answered = new ArrayList<>();
    for (FactEvidence f : o.factEvidence()) {
      answered.add(f.stated().isUnknown() ? FactEvidence.of(f.fact(), Truth.of(yes)) : f);
    }
    // and so does a fact the file does not record yet, which nobody stated
    for (Fact f : o.notRecorded()) {
      if (o.factEvidence(f).isEmpty()) {
        answered.add(FactEvidence.of(f, Truth.of(yes)));
      }
    }
    complete = complete.withFactEvidence(answered);
    assertEquals(Gates.stages().reached(complete), Gates.stages().possible(complete));
    assertEquals(Gates.levels().reached(complete), Gates.levels().possible(complete));
    assertTrue(Completeness.of(complete).isComplete());
  }

  @Property
  void aFactNobodyCouldAnswer_isUnknownUnlessTheFileShowsIt(@ForAll Organization o) {
    for (FactEvidence f : o.factEvidence()) {
      if (f.stated().isUnknown()) {
        FactMeaning meaning = FactMeaning.of(f.fact());
        boolean onFile =
            meaning.shownOnFile(o)
                || (f.fact() == Fact.COORDINATION_BEGUN
                    && (FactMeaning.EXECUTIVE_SPONSOR_NAMED.truth(o).isTrue()
                        || FactMeaning.CENTER_OF_EXCELLENCE_STAFFED.truth(o).isTrue()));
        assertEquals(onFile ? Truth.TRUE : Truth.UNKNOWN, meaning.truth(o), f::toString);
      }
    }
  }

  @Property
  void completeness_countsEveryPracticeInScopeOnce(@ForAll Organization o) {
    Completeness c = Completeness.of(o);
    assertEquals(c.practicesInScope().size(), c.assessed() + c.practicesNotAssessed().size());
    int byBasis = c.basisMix().values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(c.assessed(), byBasis);
  }
}
