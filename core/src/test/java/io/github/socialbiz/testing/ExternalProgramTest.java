package io.github.socialbiz.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}
