package io.github.socialbiz.examples;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program the tests start in a fresh JVM, isolated from the account that runs the build: its own home
 * directory, preferences root and temporary folder, all inside one new folder under {@code target/}, so
 * that neither {@code ~/.java}, {@code ~/.m2} nor anything else an earlier run left behind can change what
 * it prints, and two builds of the same checkout never share a folder. Standard output and standard
 * error are kept apart: the tests compare what a program prints, not what the JDK logs.
 */
final class ChildProcess {

  /** What a finished child printed, and how it ended. */
  record Result(int exitCode, String stdout, String stderr) {

    /** The standard error, for failure messages. */
    String describe() {
      return "exit code "
          + exitCode
          + "\n--- standard output ---\n"
          + stdout
          + "\n--- standard error ---\n"
          + stderr;
    }
  }

  private final Path root;

  private ChildProcess(Path root) {
    this.root = root;
  }

  /** A new, empty isolation folder under {@code target/child-runs/} (unique per call, so concurrent builds do not collide). */
  static ChildProcess isolated(String label) throws IOException {
    Path runs = Path.of("target", "child-runs");
    Files.createDirectories(runs);
    return new ChildProcess(Files.createTempDirectory(runs, label + "-").toAbsolutePath());
  }

  /** An isolation folder at a place of the test's choosing, which may already have been used. */
  static ChildProcess at(Path root) {
    return new ChildProcess(root.toAbsolutePath());
  }

  /** The isolation folder. */
  Path root() {
    return root;
  }

  /** The preferences root the child uses instead of {@code ~/.java/.userPrefs}; it does not exist until a child needs it. */
  Path preferences() {
    return root.resolve("prefs");
  }

  /**
   * The system properties that isolate a child JVM from the account: home, preferences and temporary
   * folder inside {@link #root()}, and UTF-8 for files and standard output whatever the machine's
   * locale says, so the bytes the test reads are the characters the program printed.
   */
  List<String> isolationProperties() throws IOException {
    Path home = Files.createDirectories(root.resolve("home"));
    Path tmp = Files.createDirectories(root.resolve("tmp"));
    return List.of(
        "-Duser.home=" + home,
        "-Djava.util.prefs.userRoot=" + preferences(),
        "-Djava.io.tmpdir=" + tmp,
        "-Dfile.encoding=UTF-8",
        "-Dsun.stdout.encoding=UTF-8",
        "-Dsun.stderr.encoding=UTF-8",
        "-Dstdout.encoding=UTF-8",
        "-Dstderr.encoding=UTF-8");
  }

  /** Runs a command with no input, waiting at most {@code minutes}; standard output and error are read as UTF-8. */
  Result run(List<String> command, int minutes) throws IOException, InterruptedException {
    Path out = Files.createTempFile(root, "stdout", ".txt");
    Path err = Files.createTempFile(root, "stderr", ".txt");
    Process p =
        new ProcessBuilder(new ArrayList<>(command))
            .directory(new File(".").getAbsoluteFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(
                ProcessBuilder.Redirect.from(
                    new File(
                        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")))
            .start();
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(command + " did not finish in " + minutes + " minutes");
    }
    return new Result(p.exitValue(), read(out), read(err));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** The path of a JDK tool ({@code java}, {@code jshell}) of the JDK running the tests. */
  static String jdkTool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  /** The tests' module path and class path: the examples, core and jackson with their dependencies. */
  static String testClassPath() {
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
