package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built artifacts work for both kinds of consumer: a fresh JVM runs the main job from the module path
 * (named modules {@code io.github.socialbiz}, {@code io.github.socialbiz.jackson} and the examples) and
 * from the plain class path. Each JVM is isolated from the account that runs the build (an empty home,
 * its own preferences root and temporary folder, see {@link ChildProcess}), so what passes here passes for
 * a user who has never run Java; one of them also runs under a foreign locale, time zone and charset.
 */
final class ConsumersTest {

  @TempDir Path dir;

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
    Path out = dir.resolve("module");
    String stdout =
        java(
            List.of(
                "--module-path",
                String.join(File.pathSeparator, modulePath()),
                "--module",
                "io.github.socialbiz.examples/io.github.socialbiz.examples.Main",
                "--sample",
                "harbor",
                "--format",
                "json",
                "--out",
                out.toString()));
    assertTrue(stdout.startsWith("# Social business assessment: Harbor Credit Union\n"), stdout);
    assertEquals(
        SampleOrganizations.listeningPilot(),
        SocialBusinessJson.readAssessment(Files.readString(out.resolve("harbor-credit-union.json")))
            .organization());
  }

  @Test
  void classPath_unnamed() throws Exception {
    Path out = dir.resolve("classpath");
    String stdout =
        java(
            List.of(
                "--class-path",
                String.join(File.pathSeparator, modulePath()),
                "io.github.socialbiz.examples.Main",
                "--sample",
                "bluefin",
                "--format",
                "json",
                "--out",
                out.toString()));
    assertTrue(stdout.startsWith("# Social business assessment: Bluefin Foods\n"), stdout);
    assertEquals(
        SampleOrganizations.presenceWithoutResponse(),
        SocialBusinessJson.readAssessment(Files.readString(out.resolve("bluefin-foods.json")))
            .organization());
  }

  /**
   * The main job in a fresh JVM with a Turkish locale, the earliest time zone on Earth and Latin-1 as the
   * default charset writes byte for byte the reports of core's golden files.
   */
  @Test
  void foreignLocaleTimeZoneAndCharset_writeTheGoldenReports() throws Exception {
    Path out = dir.resolve("foreign");
    java(
        List.of(
            "-Duser.language=tr",
            "-Duser.country=TR",
            "-Duser.timezone=Pacific/Kiritimati",
            "-Dfile.encoding=ISO-8859-1",
            "--class-path",
            String.join(File.pathSeparator, modulePath()),
            "io.github.socialbiz.examples.Main",
            "--sample",
            "globex",
            "--format",
            "html,markdown",
            "--out",
            out.toString()));
    Path golden = Path.of("..", "core", "src", "test", "resources", "golden");
    for (String report : List.of("globex-industries.html", "globex-industries.md")) {
      assertEquals(
          Files.readString(golden.resolve(report), StandardCharsets.UTF_8),
          Files.readString(out.resolve(report), StandardCharsets.UTF_8),
          report);
    }
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
