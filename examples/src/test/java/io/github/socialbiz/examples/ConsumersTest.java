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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built artifacts work for both kinds of consumer: a fresh JVM runs the main job from the module path
 * (named modules {@code io.github.socialbiz}, {@code io.github.socialbiz.jackson} and the examples) and
 * from the plain class path.
 */
final class ConsumersTest {

  @TempDir
  Path dir;

  /** The examples' own module path: the examples, core, jackson and their dependencies, without test tools. */
  private static List<String> modulePath() {
    List<String> entries = new ArrayList<>();
    for (String e : System.getProperty("jdk.module.path", "").split(File.pathSeparator)) {
      if (!e.isEmpty() && !e.contains("junit") && !e.contains("opentest4j") && !e.contains("apiguardian")) {
        entries.add(e);
      }
    }
    return entries;
  }

  @Test
  void modulePath_namedModules() throws Exception {
    Path out = dir.resolve("module");
    String stdout = java(List.of("--module-path", String.join(File.pathSeparator, modulePath()),
        "--module", "io.github.socialbiz.examples/io.github.socialbiz.examples.Main", "--sample", "harbor", "--format", "json", "--out", out.toString()));
    assertTrue(stdout.startsWith("# Social business assessment: Harbor Credit Union\n"), stdout);
    assertEquals(SampleOrganizations.listeningPilot(),
        SocialBusinessJson.readAssessment(Files.readString(out.resolve("harbor-credit-union.json"))).organization());
  }

  @Test
  void classPath_unnamed() throws Exception {
    Path out = dir.resolve("classpath");
    String stdout = java(List.of("--class-path", String.join(File.pathSeparator, modulePath()),
        "io.github.socialbiz.examples.Main", "--sample", "bluefin", "--format", "json", "--out", out.toString()));
    assertTrue(stdout.startsWith("# Social business assessment: Bluefin Foods\n"), stdout);
    assertEquals(SampleOrganizations.presenceWithoutResponse(),
        SocialBusinessJson.readAssessment(Files.readString(out.resolve("bluefin-foods.json"))).organization());
  }

  private static String java(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Path log = Files.createTempFile("consumer", ".txt");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("the consumer did not finish in 2 minutes");
      }
      String output = Files.readString(log, StandardCharsets.UTF_8).replace("\r\n", "\n");
      assertEquals(0, p.exitValue(), output);
      return output;
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
