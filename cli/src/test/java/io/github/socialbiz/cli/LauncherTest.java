package io.github.socialbiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./socialbiz}: the first start builds and records the class path, later starts go
 * straight to java, a changed POM or source or a jar gone from the record builds again, a failed build
 * says so, and the command line's output and exit code pass through. It runs in a copy of the project's
 * layout whose {@code mvnw} is a stand-in that logs each call and writes this test's class path where the
 * real build writes it, so the launcher's own logic is tested in seconds; the real build is what CI's
 * first run of the README's commands does.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launcher is a POSIX shell script")
final class LauncherTest {

  @TempDir Path project;

  private Path calls;

  private static final String SAMPLES =
      "harbor   Harbor Credit Union, 1,200 employees\n"
          + "bluefin  Bluefin Foods, 3,500 employees\n"
          + "globex   Globex Industries, 120,000 employees, 3 business units\n"
          + "Assess one with: socialbiz assess --sample globex\n";

  @BeforeEach
  void layOutAProject() throws IOException {
    Files.copy(
        Path.of("..", "socialbiz"),
        project.resolve("socialbiz"),
        StandardCopyOption.COPY_ATTRIBUTES);
    calls = project.resolve("mvnw-calls");
    writeMvnw(true);
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.createDirectories(project.resolve("core/src/main/java"));
    Files.writeString(project.resolve("core/pom.xml"), "<project/>");
    Files.writeString(project.resolve("core/src/main/java/A.java"), "class A {}");
    Files.createDirectories(project.resolve("cli/target/classes"));
  }

  private void writeMvnw(boolean succeeds) throws IOException {
    Path mvnw =
        Files.writeString(
            project.resolve("mvnw"),
            String.join(
                "\n",
                "#!/bin/sh",
                "echo \"$*\" >> \"" + calls + "\"",
                succeeds
                    ? "for a in \"$@\"; do case \"$a\" in -Dmdep.outputFile=*) printf '%s'"
                        + " \"$TEST_CLASS_PATH\" > \"${a#-Dmdep.outputFile=}\" ;; esac; done"
                    : "echo '[ERROR] COMPILATION ERROR'; exit 1",
                ""));
    assertTrue(mvnw.toFile().setExecutable(true));
  }

  @Test
  void theFirstStartBuildsAndTheSecondGoesStraightToJava() throws Exception {
    Run first = launch(List.of("samples"));
    assertEquals(0, first.exitCode, first::describe);
    assertEquals(SAMPLES, first.stdout, first::describe);
    assertTrue(first.stderr.startsWith("socialbiz: building the command line"), first::describe);
    assertEquals(1, builds());
    assertTrue(
        Files.readString(calls)
            .startsWith("-B -ntp -pl cli -am package dependency:build-classpath"),
        this::callLog);

    Run second = launch(List.of("samples"));
    assertEquals(SAMPLES, second.stdout, second::describe);
    assertEquals("", second.stderr, second::describe);
    assertEquals(1, builds());
  }

  @Test
  void exitCodesAndMessagesPassThrough() throws Exception {
    launch(List.of("samples"));
    Run bad = launch(List.of("assess", "--sample", "globx"));
    assertEquals(2, bad.exitCode, bad::describe);
    assertEquals(
        "error: no sample 'globx'. Did you mean 'globex'? The samples are harbor, bluefin, globex"
            + " (socialbiz samples lists them)\n",
        bad.stderr);
    assertEquals("", bad.stdout);
  }

  @Test
  void aChangedSourceBuildsAgain() throws Exception {
    launch(List.of("samples"));
    Path record = project.resolve("target/socialbiz-cli/classpath");
    Files.setLastModifiedTime(
        project.resolve("core/src/main/java/A.java"),
        FileTime.fromMillis(Files.getLastModifiedTime(record).toMillis() + 5_000));
    Run again = launch(List.of("samples"));
    assertEquals(SAMPLES, again.stdout, again::describe);
    assertEquals(2, builds());
  }

  @Test
  void aJarGoneFromTheRecordedClassPathBuildsAgain() throws Exception {
    launch(List.of("samples"));
    Path record = project.resolve("target/socialbiz-cli/classpath");
    FileTime written = Files.getLastModifiedTime(record);
    Files.writeString(
        record, project.resolve("gone.jar") + File.pathSeparator + Files.readString(record));
    Files.setLastModifiedTime(record, written);
    launch(List.of("samples"));
    assertEquals(2, builds());
  }

  @Test
  void aRebuildCanBeAskedFor() throws Exception {
    launch(List.of("samples"));
    launch(List.of("samples"), "SOCIALBIZ_REBUILD", "1");
    assertEquals(2, builds());
  }

  @Test
  void aFailedBuildSaysSoAndEndsWithThree() throws Exception {
    writeMvnw(false);
    Run failed = launch(List.of("samples"));
    assertEquals(3, failed.exitCode, failed::describe);
    assertEquals("", failed.stdout);
    assertTrue(
        failed.stderr.endsWith(
            "[ERROR] COMPILATION ERROR\nsocialbiz: the build failed; run it yourself to see why:"
                + " ./mvnw -B -ntp -pl cli -am package -DskipTests\n"),
        failed::describe);
    assertFalse(Files.exists(project.resolve("target/socialbiz-cli/classpath")));
  }

  private long builds() throws IOException {
    return Files.readAllLines(calls).size();
  }

  private String callLog() {
    try {
      return Files.readString(calls);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** What one start of the launcher printed. */
  private record Run(int exitCode, String stdout, String stderr) {
    String describe() {
      return "exit " + exitCode + "\n--- out ---\n" + stdout + "\n--- err ---\n" + stderr;
    }
  }

  private Run launch(List<String> args, String... environment) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            Stream.concat(Stream.of(project.resolve("socialbiz").toString()), args.stream())
                .toList());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("TEST_CLASS_PATH", System.getProperty("java.class.path"));
    builder.environment().remove("SOCIALBIZ_REBUILD");
    for (int i = 0; i < environment.length; i += 2) {
      builder.environment().put(environment[i], environment[i + 1]);
    }
    Path out = Files.createTempFile(project, "out", ".txt");
    Path err = Files.createTempFile(project, "err", ".txt");
    Process p =
        builder
            .directory(project.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the launcher did not finish in 2 minutes");
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
