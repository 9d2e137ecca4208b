package io.github.socialbiz.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ExternalProgramTest {

  @Test
  void findsAProgramOnThePathByItsFileName() {
    Optional<Path> sh = ExternalProgram.find("sh");
    assertTrue(sh.isPresent(), "sh is on every PATH these tests run with");
    assertEquals("sh", sh.get().getFileName().toString());
  }

  @Test
  void findsNothingForAProgramThatIsNotInstalled() {
    assertEquals(Optional.empty(), ExternalProgram.find("socialbiz-no-such-program"));
  }

  @Test
  void aMissingProgramSkipsTheTestOutsideCiAndFailsItUnderCi() {
    Throwable thrown =
        assertThrows(
            Throwable.class,
            () -> ExternalProgram.require("socialbiz-no-such-program", "Demo tests", "demo-tools"));
    String problem =
        "Demo tests need 'socialbiz-no-such-program', which is not on the PATH; install it with:"
            + " apt-get install -y demo-tools (.ci/run does this itself)";
    if (ExternalProgram.underCi()) {
      assertInstanceOf(AssertionFailedError.class, thrown);
      assertEquals(problem + "; under CI=true a missing program is a failure", thrown.getMessage());
    } else {
      assertInstanceOf(TestAbortedException.class, thrown);
      assertEquals("skipped: " + problem, thrown.getMessage());
    }
  }

  @Test
  void aProgramOnThePathIsReturned() {
    assertEquals(
        "sh", ExternalProgram.require("sh", "Shell tests", "dash").getFileName().toString());
  }
}
