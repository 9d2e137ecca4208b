package io.github.socialbiz.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import org.junit.jupiter.api.Test;

final class DefinitionTest {

  @Test
  void socialBusiness_isDefinedWithItsCitation() {
    assertEquals("Social business", Definition.SOCIAL_BUSINESS.term());
    assertEquals(
        "Social media and social methods built deep into the organization so that they drive business"
            + " impact",
        Definition.SOCIAL_BUSINESS.definition());
    assertEquals(
        Source.SIX_STAGES_2013.at(
            "Introduction: what a social business is", Provenance.CORROBORATED),
        Definition.SOCIAL_BUSINESS.citation());
  }

  @Test
  void socialBusinessStrategy_isDefinedWithItsCitation() {
    assertEquals("Social business strategy", Definition.SOCIAL_BUSINESS_STRATEGY.term());
    assertEquals(
        "The visions, goals, plans and resources that tie an organization's social media initiatives"
            + " to its business objectives",
        Definition.SOCIAL_BUSINESS_STRATEGY.definition());
    assertEquals(
        Source.SIX_STAGES_2013.at(
            "Defining a social business strategy (as quoted by one review of the report)",
            Provenance.SINGLE_SOURCE),
        Definition.SOCIAL_BUSINESS_STRATEGY.citation());
  }

  @Test
  void parse_acceptsTheTermInAnyCase() {
    assertSame(Definition.SOCIAL_BUSINESS_STRATEGY, Definition.parse("social business strategy"));
    assertSame(Definition.SOCIAL_BUSINESS, Definition.parse("SOCIAL_BUSINESS"));
    assertSame(Definition.SOCIAL_BUSINESS, Definition.parse("1"));
  }
}
