package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.governance.CrisisSeverity;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.stage.Stage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class JavadocSamplesTest {

  @Test
  void source() {
    assertEquals("Li et al. 2013, \"Stage 4, Formalized: key activities\" [CORROBORATED]", JavadocSamples.source().toString());
  }

  @Test
  void statistics() {
    List<Object> r = JavadocSamples.statistics();
    assertEquals("crises.avoidable = 76% (2001-2011)", r.get(0).toString());
    assertEquals(9, ((List<?>) r.get(1)).size()); // the nine crises.* statistics
  }

  @Test
  void stage() {
    assertEquals(List.of(Stage.FORMALIZED, Stage.FORMALIZED), JavadocSamples.stage());
  }

  @Test
  void organizationalModel() {
    List<Object> r = JavadocSamples.organizationalModel();
    assertEquals(OrganizationalModel.HUB_AND_SPOKE, r.get(0));
    assertEquals(OrganizationalModel.HONEYCOMB, r.get(1));
    assertEquals("Optional[model.dandelion.2012 = 23.6% (2012)]", r.get(2).toString());
  }

  @Test
  void crisisSeverity() {
    assertEquals(List.of(Optional.of(CrisisSeverity.LEVEL_2), Optional.empty()), JavadocSamples.crisisSeverity());
  }
}
