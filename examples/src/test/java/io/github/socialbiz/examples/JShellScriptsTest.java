package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every consultant script in {@code examples/jshell/} through the JDK's own {@code jshell}, with the
 * same startup script as the README's JShell command, and compares what it prints on standard output with
 * the committed transcript in {@code examples/jshell/expected/}. Each run is isolated from the account
 * (its own preferences root, home and temporary folder under {@code target/}, see {@link ChildProcess}),
 * so a machine that has never run Java prints what a used one prints. Standard error is kept apart (the
 * JDK logs there, for instance when it creates a preferences folder) and shown when a test fails; an
 * {@code Error:} in either stream fails the test.
 *
 * <p>A changed output fails until the transcript is updated on purpose: {@code ./mvnw -B -ntp -pl examples -am verify
 * -Dtest=JShellScriptsTest -Dsurefire.failIfNoSpecifiedTests=false -Dsocialbiz.updateTranscripts=true}.
 */
final class JShellScriptsTest {

  private static final Path SCRIPTS = Path.of("jshell");

  /**
   * Locale and time zone settings that break careless code: German decimal commas, the Turkish dotless i,
   * and the earliest time zone on Earth (UTC+14, where it is already tomorrow).
   */
  private static final List<List<String>> FOREIGN_SETTINGS =
      List.of(
          List.of("-Duser.language=de", "-Duser.country=DE", "-Duser.timezone=Pacific/Kiritimati"),
          List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati"));

  static Stream<String> scripts() throws IOException {
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("\\d\\d-.*\\.jsh"))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void script_printsItsCommittedTranscript(String script) throws Exception {
    String source = Files.readString(SCRIPTS.resolve(script), StandardCharsets.UTF_8);
    assertTrue(source.stripTrailing().endsWith("/exit"), script + " must end with /exit");
    ChildProcess.Result result = run(ChildProcess.isolated("jshell"), script, List.of());
    Path expected = transcript(script);
    if (Boolean.getBoolean("socialbiz.updateTranscripts")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, result.stdout(), StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "",
        result.stdout(),
        () ->
            script
                + " no longer prints its transcript; if the change is intended, update it with -Dsocialbiz.updateTranscripts=true\n"
                + "--- standard error ---\n"
                + result.stderr());
  }

  /**
   * The first JShell an account ever runs creates the user preferences folder, and the JDK logs that on
   * standard error; the script's output is the same on that first run and on a later one.
   */
  @Test
  void newAndUsedPreferences_printTheSameTranscript() throws Exception {
    ChildProcess isolation = ChildProcess.isolated("prefs");
    assertFalse(Files.exists(isolation.preferences()));
    ChildProcess.Result first = run(isolation, "01-quickstart.jsh", List.of());
    assertTrue(
        Files.isDirectory(isolation.preferences()),
        "JShell did not use the preferences root it was given:\n" + first.describe());
    ChildProcess.Result second =
        run(ChildProcess.at(isolation.root()), "01-quickstart.jsh", List.of());
    String expected = Files.readString(transcript("01-quickstart.jsh"), StandardCharsets.UTF_8);
    assertEquals(expected, first.stdout(), first::describe);
    assertEquals(expected, second.stdout(), second::describe);
  }

  /** German and Turkish locales and the earliest time zone on Earth change nothing a script prints. */
  @Test
  void everyScript_printsTheSameUnderForeignLocalesAndTimeZones() throws Exception {
    List<String> scripts = scripts().collect(Collectors.toList());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> checks = new ArrayList<>();
      for (List<String> settings : FOREIGN_SETTINGS) {
        for (String script : scripts) {
          checks.add(
              pool.submit(
                  () -> {
                    ChildProcess.Result result =
                        run(ChildProcess.isolated("jshell-foreign"), script, settings);
                    String expected = Files.readString(transcript(script), StandardCharsets.UTF_8);
                    return expected.equals(result.stdout())
                        ? ""
                        : script
                            + " under "
                            + settings
                            + " differs from its transcript:\n"
                            + result.describe();
                  }));
        }
      }
      List<String> failures = new ArrayList<>();
      for (Future<String> check : checks) {
        String failure = check.get();
        if (!failure.isEmpty()) {
          failures.add(failure);
        }
      }
      assertEquals(List.of(), failures);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Path transcript(String script) {
    return SCRIPTS.resolve("expected").resolve(script.replace(".jsh", ".txt"));
  }

  /**
   * Runs a script in JShell isolated by {@code isolation}, with {@code settings} (system properties) given
   * to both JShell's own JVM ({@code -J}) and the one that runs the snippets ({@code -R}). Fails on any
   * {@code Error:} in either stream, showing both.
   */
  private static ChildProcess.Result run(
      ChildProcess isolation, String script, List<String> settings)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.jdkTool("jshell"));
    List<String> properties = new ArrayList<>(isolation.isolationProperties());
    properties.addAll(settings);
    for (String property : properties) {
      command.add("-J" + property);
      command.add("-R" + property);
    }
    command.addAll(
        List.of(
            "--class-path",
            ChildProcess.testClassPath(),
            "--startup",
            "DEFAULT",
            "--startup",
            SCRIPTS.resolve("startup.jsh").toString(),
            SCRIPTS.resolve(script).toString()));
    ChildProcess.Result result = isolation.run(command, 3);
    assertFalse(
        result.stdout().contains("Error:") || result.stderr().contains("Error:"),
        () -> script + " has errors:\n" + result.describe());
    return result;
  }
}
