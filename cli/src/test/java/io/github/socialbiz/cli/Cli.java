package io.github.socialbiz.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Runs the command line in this JVM with its standard output and error captured, on a fixed today. */
final class Cli {

  /** The day the tests take as today. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs one command, forgetting the output of the one before; returns its exit code. */
  int run(String... args) {
    out.reset();
    err.reset();
    return SocialBizCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        TODAY);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  /** Standard error without the progress line of reading workbooks ("Reading 3 answer files ..."). */
  String errWithoutProgress() {
    return err().replaceFirst("^Reading \\d+ answer files? in [^\n]*\n", "");
  }

  /** What a failed assertion shows: both streams. */
  String describe() {
    return "stdout:\n" + out() + "\nstderr:\n" + err();
  }
}
