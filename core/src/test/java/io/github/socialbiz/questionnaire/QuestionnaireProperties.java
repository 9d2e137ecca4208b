package io.github.socialbiz.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.PracticeCriterion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class QuestionnaireProperties {

  private static final Questionnaire STANDARD = Questionnaire.standard();

  @Provide
  Arbitrary<Set<Dimension>> dimensions() {
    return Arbitraries.of(Dimension.class).set();
  }

  @Provide
  Arbitrary<Rung> rungs() {
    List<Rung> all = new ArrayList<>(List.of(Stage.values()));
    all.addAll(List.of(MaturityLevel.values()));
    return Arbitraries.of(all);
  }

  @Property
  void forDimensions_keepsEachQuestionAndItsMapping(@ForAll("dimensions") Set<Dimension> keep) {
    Questionnaire tailored = STANDARD.forDimensions(keep);
    List<Question> expected =
        STANDARD.questions().stream().filter(q -> keep.contains(q.dimension())).toList();
    assertEquals(expected, tailored.questions());
    for (Question q : tailored.questions()) {
      Question original = STANDARD.question(q.id()).orElseThrow();
      assertEquals(
          original.options().stream().map(o -> o.id() + "=" + o.meaning()).toList(),
          q.options().stream().map(o -> o.id() + "=" + o.meaning()).toList());
    }
  }

  @Property
  void forDimensions_composesAsIntersection(
      @ForAll("dimensions") Set<Dimension> a, @ForAll("dimensions") Set<Dimension> b) {
    Set<Dimension> both = EnumSet.noneOf(Dimension.class);
    both.addAll(a);
    both.retainAll(b);
    assertEquals(STANDARD.forDimensions(both), STANDARD.forDimensions(a).forDimensions(b));
  }

  @Property
  void forGate_asksAboutEveryCriterionOfTheGateAndNothingElse(@ForAll("rungs") Rung rung) {
    Questionnaire tailored = STANDARD.forGate(rung);
    List<Criterion> criteria = rung.cumulativeCriteria();
    for (Criterion c : criteria) {
      int asked =
          c instanceof PracticeCriterion p
              ? tailored.questionsFor(p.practice()).size()
              : tailored.questionsFor(((FactCriterion) c).fact()).size();
      assertEquals(1, asked, c.id());
    }
    for (Question q : tailored.questions()) {
      assertTrue(
          criteria.stream()
              .anyMatch(
                  c ->
                      c instanceof PracticeCriterion p
                          ? q instanceof PracticeQuestion pq && pq.practice() == p.practice()
                          : q instanceof FactQuestion fq
                              && fq.fact() == ((FactCriterion) c).fact()),
          q.id());
    }
  }
}
