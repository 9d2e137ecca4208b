package io.github.socialbiz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.socialbiz.SocialBusinessException;
import org.junit.jupiter.api.Test;

final class CitationTest {

  @Test
  void equality_isByAllThreeParts() {
    new EqualsTester()
        .addEqualityGroup(
            Citation.of(Source.SIX_STAGES_2013, "Stage 4", Provenance.CORROBORATED),
            Source.SIX_STAGES_2013.at("Stage 4", Provenance.CORROBORATED))
        .addEqualityGroup(Source.SIX_STAGES_2013.at("Stage 4", Provenance.INFERRED))
        .addEqualityGroup(Source.SIX_STAGES_2013.at("Stage 5", Provenance.CORROBORATED))
        .addEqualityGroup(Source.KMWORLD_2011.at("Stage 4", Provenance.CORROBORATED))
        .testEquals();
  }

  @Test
  void nulls_areRejectedWithTheParameterName() {
    new NullPointerTester().testAllPublicStaticMethods(Citation.class);
    new NullPointerTester()
        .testAllPublicInstanceMethods(Source.KMWORLD_2011.at("x", Provenance.REPORTED));
  }

  @Test
  void toString_namesAuthorsYearLocatorAndGrade() {
    assertEquals(
        "Owyang 2011b, \"Charter guidance\" [SINGLE_SOURCE]",
        Source.KMWORLD_2011.at("Charter guidance", Provenance.SINGLE_SOURCE).toString());
    assertEquals(
        "Li & Solis 2013, \"Factor 1\" [REPORTED]",
        Source.SEVEN_SUCCESS_FACTORS_2013.at("Factor 1", Provenance.REPORTED).toString());
  }

  @Test
  void blankLocator_isRejected() {
    SocialBusinessException e =
        assertThrows(
            SocialBusinessException.class, () -> Source.KMWORLD_2011.at("  ", Provenance.REPORTED));
    assertEquals("Citation.locator must not be blank, but was '  '", e.getMessage());
  }

  @Test
  void inferred_isTheLibrarysReading() {
    assertTrue(Source.KMWORLD_2011.at("x", Provenance.INFERRED).isLibraryReading());
    assertFalse(Source.KMWORLD_2011.at("x", Provenance.CORROBORATED).isLibraryReading());
  }
}
