package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every consultant script in {@code examples/jshell/} through the JDK's own {@code jshell}, with the
 * same startup script as the README's JShell command, and compares the output with the committed
 * transcript in {@code examples/jshell/expected/}. A changed output fails until the transcript is updated
 * on purpose: {@code ./mvnw -B -ntp -pl examples -am verify -Dtest=JShellScriptsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsocialbiz.updateTranscripts=true}.
 */
final class JShellScriptsTest {

  private static final Path SCRIPTS = Path.of("jshell");

  static Stream<String> scripts() throws IOException {
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d\\d-.*\\.jsh")).sorted()
          .collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void script_printsItsCommittedTranscript(String script) throws Exception {
    String source = Files.readString(SCRIPTS.resolve(script));
    assertTrue(source.stripTrailing().endsWith("/exit"), script + " must end with /exit");
    String output = run(script);
    assertFalse(output.contains("Error:"), () -> script + " has errors:\n" + output);
    Path expected = SCRIPTS.resolve("expected").resolve(script.replace(".jsh", ".txt"));
    if (Boolean.getBoolean("socialbiz.updateTranscripts")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, output, StandardCharsets.UTF_8);
    }
    assertEquals(Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "", output,
        () -> script + " no longer prints its transcript; if the change is intended, update it with -Dsocialbiz.updateTranscripts=true");
  }

  private static String run(String script) throws IOException, InterruptedException {
    String jshell = Path.of(System.getProperty("java.home"), "bin", "jshell").toString();
    List<String> command = new ArrayList<>(List.of(jshell, "--class-path", classPath(),
        "--startup", "DEFAULT", "--startup", SCRIPTS.resolve("startup.jsh").toString(), "-R-Duser.language=en", "-R-Duser.country=US",
        SCRIPTS.resolve(script).toString()));
    Path log = Files.createTempFile("jshell", ".txt");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")))
          .start();
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError(script + " did not finish in 3 minutes");
      }
      return Files.readString(log, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** The test's module path and class path: the examples, core and jackson with their dependencies. */
  private static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      if (!value.isEmpty()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
