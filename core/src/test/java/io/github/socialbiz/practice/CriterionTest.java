package io.github.socialbiz.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import org.junit.jupiter.api.Test;

final class CriterionTest {

  private static final Citation CITE = Source.SIX_STAGES_2013.at("Stage 1", Provenance.REPORTED);

  @Test
  void practiceCriterion_isMetFromItsMinimumUp() {
    PracticeCriterion c =
        Criterion.practice("stage.presence.listening", Practice.LISTENING, Adoption.HALF, CITE);
    assertFalse(c.isMetBy(Adoption.NONE));
    assertFalse(c.isMetBy(Adoption.SOME));
    assertTrue(c.isMetBy(Adoption.HALF));
    assertTrue(c.isMetBy(Adoption.MOST));
    assertEquals("stage.presence.listening: LISTENING >= HALF", c.toString());
    assertEquals("Listening and monitoring: at least about half", c.description());
  }

  @Test
  void factCriterion_namesItsFact() {
    FactCriterion c =
        Criterion.fact("stage.formalized.sponsor", Fact.EXECUTIVE_SPONSOR_NAMED, CITE);
    assertEquals(Fact.EXECUTIVE_SPONSOR_NAMED, c.fact());
    assertEquals("stage.formalized.sponsor: EXECUTIVE_SPONSOR_NAMED", c.toString());
    assertEquals("A named executive sponsor", c.description());
  }

  @Test
  void minimumNone_isRejected() {
    SocialBusinessException e =
        assertThrows(
            SocialBusinessException.class,
            () -> Criterion.practice("a.b", Practice.LISTENING, Adoption.NONE, CITE));
    assertEquals(
        "Criterion.minimum must be SOME, HALF or MOST, but was NONE for a.b", e.getMessage());
  }

  @Test
  void malformedId_isRejected() {
    SocialBusinessException e =
        assertThrows(
            SocialBusinessException.class,
            () -> Criterion.fact("nodots", Fact.POLICY_AUTHORITY, CITE));
    assertEquals(
        "Criterion.id must be lower-case words joined by '-' with at least one '.', such as 'stage.presence.listening', but was 'nodots'",
        e.getMessage());
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            Criterion.practice("a.b", Practice.LISTENING, Adoption.HALF, CITE),
            Criterion.practice("a.b", Practice.LISTENING, Adoption.HALF, CITE))
        .addEqualityGroup(Criterion.practice("a.b", Practice.LISTENING, Adoption.MOST, CITE))
        .addEqualityGroup(Criterion.practice("a.c", Practice.LISTENING, Adoption.HALF, CITE))
        .addEqualityGroup(Criterion.fact("a.b", Fact.POLICY_AUTHORITY, CITE))
        .testEquals();
    new NullPointerTester()
        .setDefault(Citation.class, CITE)
        .testAllPublicStaticMethods(Criterion.class);
    new NullPointerTester()
        .testAllPublicInstanceMethods(Criterion.fact("a.b", Fact.POLICY_AUTHORITY, CITE));
  }

  @Test
  void adoption_hasSammsWeightsAndOrder() {
    assertEquals(0.0, Adoption.NONE.weight());
    assertEquals(0.25, Adoption.SOME.weight());
    assertEquals(0.5, Adoption.HALF.weight());
    assertEquals(1.0, Adoption.MOST.weight());
    assertEquals(Adoption.SOME, Adoption.parse("yes for some"));
    assertEquals(Adoption.MOST, Adoption.parse("Most or all"));
    assertEquals(Adoption.HALF, Adoption.parse("about half"));
    assertTrue(Adoption.HALF.isAtLeast(Adoption.SOME));
    assertEquals(Adoption.HALF, Adoption.SOME.next().orElseThrow());
    assertEquals(Adoption.SOME, Adoption.HALF.previous().orElseThrow());
    assertTrue(Adoption.MOST.next().isEmpty());
    assertTrue(Adoption.NONE.previous().isEmpty());
  }

  @Test
  void practices_belongToOneDimensionEachAndParse() {
    int total = 0;
    for (Dimension d : Dimension.values()) {
      assertFalse(d.practices().isEmpty(), d::name);
      total += d.practices().size();
      assertEquals(d, Dimension.parse(d.displayName()));
    }
    assertEquals(Practice.values().length, total);
    assertEquals(Practice.CRISIS_PLAN, Practice.parse("crisis plan and team"));
    assertEquals("crisis-plan", Practice.CRISIS_PLAN.slug());
    assertEquals(Dimension.PROCESS, Practice.CRISIS_PLAN.dimension());
  }
}
