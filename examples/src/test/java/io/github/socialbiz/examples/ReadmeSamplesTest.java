package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.stage.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReadmeSamplesTest {

  @Test
  void modelAtAGlance_givesWhatTheCommentsSay() {
    List<Object> r = ReadmeSamples.modelAtAGlance();
    assertEquals(Stage.FORMALIZED, r.get(0));
    assertEquals(4, ((List<?>) r.get(1)).size());
    assertEquals(MaturityLevel.FORMATION, r.get(2));
    assertEquals(OrganizationalModel.HUB_AND_SPOKE, r.get(3));
    assertEquals("crises.avoidable = 76% (2001-2011)", r.get(4).toString());
  }

  @Test
  void describingAnOrganization_givesWhatTheCommentsSay() {
    assertEquals(List.of(io.github.socialbiz.practice.Adoption.NONE, 178), ReadmeSamples.describingAnOrganization());
  }
}
