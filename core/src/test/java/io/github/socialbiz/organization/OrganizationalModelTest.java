package io.github.socialbiz.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

final class OrganizationalModelTest {

  @ParameterizedTest
  @CsvSource({
    "Organic, DECENTRALIZED",
    "Tire, DECENTRALIZED",
    "Decentralized, DECENTRALIZED",
    "Tower, CENTRALIZED",
    "centralized, CENTRALIZED",
    "Coordinated, HUB_AND_SPOKE",
    "hub & spoke, HUB_AND_SPOKE",
    "Hub and Spoke, HUB_AND_SPOKE",
    "hub-and-spoke, HUB_AND_SPOKE",
    "Multiple Hub and Spoke, DANDELION",
    "multiple hub & spoke, DANDELION",
    "Dandelion, DANDELION",
    "Holistic, HONEYCOMB",
    "HONEYCOMB, HONEYCOMB",
    "5, HONEYCOMB"
  })
  void parse_acceptsEveryPublishedAlias(String text, OrganizationalModel model) {
    assertSame(model, OrganizationalModel.parse(text));
  }

  @ParameterizedTest
  @EnumSource(OrganizationalModel.class)
  void everyModel_isFullyDescribed(OrganizationalModel model) {
    assertSame(model, OrganizationalModel.parse(model.toString()));
    assertFalse(model.advantages().isEmpty());
    assertFalse(model.drawbacks().isEmpty());
    assertFalse(model.exampleCompanies().isEmpty());
    assertFalse(model.caveat().isBlank());
    assertFalse(model.adoption().isEmpty());
    // the 2010 matrix and seed 003, plus the 2013 reading for three models and the honeycomb's
    // cut-off
    // cell
    int expected =
        switch (model) {
          case HONEYCOMB -> 4;
          case DECENTRALIZED, CENTRALIZED -> 3;
          default -> 2;
        };
    assertEquals(expected, model.citations().size());
  }

  @Test
  void adoption_isKeptPerSurveyYear() {
    assertEquals(41.0, OrganizationalModel.HUB_AND_SPOKE.adoption(2010).orElseThrow().value());
    assertEquals(35.4, OrganizationalModel.HUB_AND_SPOKE.adoption(2012).orElseThrow().value());
    assertEquals(
        "model.dandelion.2012 = 23.6% (2012)",
        OrganizationalModel.DANDELION.adoption(2012).orElseThrow().toString());
    assertEquals(Optional.empty(), OrganizationalModel.HONEYCOMB.adoption(2012));
    assertEquals(Optional.empty(), OrganizationalModel.CENTRALIZED.adoption(2013));
  }

  @Test
  void parse_unknown_throws() {
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> OrganizationalModel.parse("Matrix"));
    assertEquals(
        "Unknown OrganizationalModel: 'Matrix' (accepted, in any case: DECENTRALIZED (1, 'Organic', 'Tire', "
            + "'Distributed'); CENTRALIZED (2, 'Tower'); HUB_AND_SPOKE (3, 'Coordinated', 'Cross-functional'); "
            + "DANDELION (4, 'Multiple Hub and Spoke'); HONEYCOMB (5, 'Holistic'))",
        e.getMessage());
  }

  @Test
  void honeycomb_drawbackFromACutOffCell_isInferred() {
    assertEquals(
        "Needs heavy employee education and monitoring (the library's reading: the rest of the 2010"
            + " cell is cut off in every copy)",
        OrganizationalModel.HONEYCOMB.drawbacks().get(1));
    assertEquals(
        Source.FIVE_WAYS_TO_ORGANIZE_2010.at(
            "Framework and matrix: Honeycomb drawbacks, cut off in every copy (heavy education and"
                + " monitoring is the library's reading)",
            Provenance.INFERRED),
        OrganizationalModel.HONEYCOMB.citations().get(2));
    assertEquals(2, OrganizationalModel.DANDELION.citations().size());
  }
}
