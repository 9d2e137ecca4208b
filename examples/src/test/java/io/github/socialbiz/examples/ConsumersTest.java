package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built artifacts work for both kinds of consumer: a fresh JVM runs an example from the module path
 * (named modules {@code io.github.socialbiz}, {@code io.github.socialbiz.jackson} and the examples) and
 * from the plain class path. Each JVM is isolated from the account that runs the build (an empty home,
 * its own preferences root and temporary folder, see {@link ChildProcess}), so what passes here passes for
 * a user who has never run Java. The command line's run under a foreign locale, time zone and charset is
 * the cli module's {@code ForeignLocaleTest}.
 */
final class ConsumersTest {

  /** The examples' own module path: the examples, core, jackson and their dependencies, without test tools. */
  private static List<String> modulePath() {
    List<String> entries = new ArrayList<>();
    for (String e : System.getProperty("jdk.module.path", "").split(File.pathSeparator)) {
      if (!e.isEmpty()
          && !e.contains("junit")
          && !e.contains("opentest4j")
          && !e.contains("apiguardian")) {
        entries.add(e);
      }
    }
    return entries;
  }

  @Test
  void modulePath_namedModules() throws Exception {
    String stdout =
        java(
            List.of(
                "--module-path",
                String.join(File.pathSeparator, modulePath()),
                "--module",
                "io.github.socialbiz.examples/io.github.socialbiz.examples.Quickstart"));
    assertTrue(stdout.startsWith("The six stages of social business transformation:\n"), stdout);
    assertTrue(stdout.contains("  3. Engagement \"Dialog Deepens Relationships\""), stdout);
  }

  @Test
  void classPath_unnamed() throws Exception {
    String stdout =
        java(
            List.of(
                "--class-path",
                String.join(File.pathSeparator, modulePath()),
                "io.github.socialbiz.examples.Quickstart"));
    assertTrue(stdout.startsWith("The six stages of social business transformation:\n"), stdout);
  }

  /** Runs {@code java} with {@code args} in a JVM isolated from this account ({@link ChildProcess}); returns its standard output. */
  private static String java(List<String> args) throws IOException, InterruptedException {
    ChildProcess isolation = ChildProcess.isolated("consumer");
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.jdkTool("java"));
    command.addAll(isolation.isolationProperties());
    command.addAll(args);
    ChildProcess.Result result = isolation.run(command, 2);
    assertEquals(0, result.exitCode(), result::describe);
    return result.stdout();
  }
}
