package io.github.socialbiz.jackson;

import static io.github.socialbiz.jackson.ResponsesFixtures.ANA;
import static io.github.socialbiz.jackson.ResponsesFixtures.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Response;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every public static method of the one-line readers and writers refuses null, naming the parameter. */
final class NullArgumentsTest {

  private static NullPointerTester tester(Path dir) {
    Organization o = SampleOrganizations.multinational();
    Assessment a = Assessor.standard().assess(o, SampleOrganizations.AS_OF);
    return new NullPointerTester()
        // a file that is never written: each method checks its arguments before it touches a file
        .setDefault(Path.class, dir.resolve("never-written.json"))
        .setDefault(Questionnaire.class, SMALL)
        .setDefault(Response.class, ANA)
        .setDefault(Organization.class, o)
        .setDefault(Assessment.class, a)
        .setDefault(ActionPlan.class, ActionPlan.of(a));
  }

  @Test
  void socialBusinessJson(@TempDir Path dir) {
    tester(dir).testAllPublicStaticMethods(SocialBusinessJson.class);
  }

  @Test
  void socialBusinessCsv(@TempDir Path dir) {
    tester(dir).testAllPublicStaticMethods(SocialBusinessCsv.class);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void theMessageIsTheParameter(@TempDir Path dir) {
    assertEquals(
        "json",
        assertThrows(
                NullPointerException.class,
                () -> SocialBusinessJson.readResponses((String) null, SMALL))
            .getMessage());
    assertEquals(
        "file",
        assertThrows(NullPointerException.class, () -> SocialBusinessJson.write(ANA, (Path) null))
            .getMessage());
    assertEquals(
        "questionnaire",
        assertThrows(
                NullPointerException.class,
                () -> SocialBusinessJson.write((Questionnaire) null, dir.resolve("q.json")))
            .getMessage());
    assertEquals(
        "file",
        assertThrows(
                NullPointerException.class,
                () -> SocialBusinessCsv.readResponses((Path) null, SMALL))
            .getMessage());
  }
}
