package io.github.socialbiz.examples;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consultant's launcher {@code ./socialbiz-jshell}: the first start builds and records the class
 * path, later starts go straight to JShell, and a changed POM or source, or a jar gone from the recorded
 * class path, builds again. The launcher runs in a copy of the project's layout whose {@code mvnw} is a
 * stand-in that logs each call and writes this test's class path where the real build writes it, so the
 * launcher's own logic is tested in seconds; the real build is what the launcher's first start runs
 * (see the README).
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launcher is a POSIX shell script")
final class JShellLauncherTest {

  @TempDir Path project;

  private Path calls;

  @BeforeEach
  void layOutAProject() throws IOException {
    Files.copy(
        Path.of("..", "socialbiz-jshell"),
        project.resolve("socialbiz-jshell"),
        StandardCopyOption.COPY_ATTRIBUTES);
    calls = project.resolve("mvnw-calls");
    Path mvnw =
        Files.writeString(
            project.resolve("mvnw"),
            String.join(
                "\n",
                "#!/bin/sh",
                "echo \"$*\" >> \"" + calls + "\"",
                "for a in \"$@\"; do",
                "  case \"$a\" in -Dmdep.outputFile=*) printf '%s' \"$TEST_CLASS_PATH\" >"
                    + " \"${a#-Dmdep.outputFile=}\" ;; esac",
                "done",
                ""));
    assertTrue(mvnw.toFile().setExecutable(true));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.createDirectories(project.resolve("core/src/main/java"));
    Files.writeString(project.resolve("core/pom.xml"), "<project/>");
    Files.writeString(project.resolve("core/src/main/java/A.java"), "class A {}");
    Files.createDirectories(project.resolve("examples/jshell"));
    Files.copy(Path.of("jshell", "startup.jsh"), project.resolve("examples/jshell/startup.jsh"));
    Files.writeString(
        project.resolve("ready.jsh"),
        "System.out.println(\"ready: \" + assess(multinational(), AS_OF).stage())\n/exit\n");
  }

  @Test
  void theFirstStartBuildsAndTheSecondGoesStraightToJShell() throws Exception {
    Run first = launch();
    assertEquals("ready: FORMALIZED\n", first.stdout, first::describe);
    assertTrue(first.stderr.contains("building socialbiz"), first::describe);
    assertEquals(1, builds());
    assertTrue(
        Files.readString(calls).startsWith("-B -ntp -q -pl examples -am package"), this::callLog);

    Run second = launch();
    assertEquals("ready: FORMALIZED\n", second.stdout, second::describe);
    assertFalse(second.stderr.contains("building"), second::describe);
    assertEquals(1, builds());
  }

  @Test
  void aChangedSourceBuildsAgain() throws Exception {
    launch();
    Path record = project.resolve("target/socialbiz-jshell/classpath");
    Files.setLastModifiedTime(
        project.resolve("core/src/main/java/A.java"),
        FileTime.fromMillis(Files.getLastModifiedTime(record).toMillis() + 5_000));
    Run again = launch();
    assertEquals("ready: FORMALIZED\n", again.stdout, again::describe);
    assertEquals(2, builds());
  }

  @Test
  void aJarGoneFromTheRecordedClassPathBuildsAgain() throws Exception {
    launch();
    Path record = project.resolve("target/socialbiz-jshell/classpath");
    FileTime written = Files.getLastModifiedTime(record);
    Files.writeString(
        record, project.resolve("gone.jar") + File.pathSeparator + Files.readString(record));
    Files.setLastModifiedTime(record, written);
    launch();
    assertEquals(2, builds());
  }

  @Test
  void aRebuildCanBeAskedFor() throws Exception {
    launch();
    launch("SOCIALBIZ_JSHELL_REBUILD", "1");
    assertEquals(2, builds());
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

  private Run launch(String... environment) throws Exception {
    ChildProcess isolation = ChildProcess.isolated("launcher");
    List<String> command = new ArrayList<>();
    command.add(project.resolve("socialbiz-jshell").toString());
    for (String property : isolation.isolationProperties()) {
      command.add("-J" + property);
      command.add("-R" + property);
    }
    command.add(project.resolve("ready.jsh").toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("TEST_CLASS_PATH", ChildProcess.testClassPath());
    builder.environment().remove("SOCIALBIZ_JSHELL_REBUILD");
    for (int i = 0; i < environment.length; i += 2) {
      builder.environment().put(environment[i], environment[i + 1]);
    }
    Path out = Files.createTempFile(isolation.root(), "out", ".txt");
    Path err = Files.createTempFile(isolation.root(), "err", ".txt");
    Process p =
        builder
            .directory(project.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the launcher did not finish in 3 minutes");
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
