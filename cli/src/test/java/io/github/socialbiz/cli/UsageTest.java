package io.github.socialbiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line's usage: help, versions, completion, every usage error with its exact message and
 * the exit codes. A usage error writes nothing and prints nothing on standard output.
 */
final class UsageTest {

  @TempDir Path dir;

  private final Cli cli = new Cli();

  private void assertUsageError(String message, String command, String... args) {
    assertEquals(2, cli.run(args), cli::describe);
    assertEquals(
        "error: " + message + "\nRun '" + command + " --help' for the options.\n", cli.err());
    assertEquals("", cli.out());
  }

  private void assertBadInput(String message, String... args) {
    assertEquals(2, cli.run(args), cli::describe);
    assertEquals("error: " + message + "\n", cli.err());
    assertEquals("", cli.out());
  }

  @Test
  void noCommand_printsTheUsageOnStandardErrorAndEndsWithTwo() {
    assertEquals(2, cli.run());
    assertTrue(cli.err().startsWith("Usage: socialbiz [-hV] [COMMAND]\n"), cli::describe);
    assertTrue(
        cli.err().endsWith("\nerror: name a command, such as: socialbiz assess --sample globex\n"),
        cli::describe);
    assertEquals("", cli.out());
  }

  @Test
  void help_listsTheCommandsAndTheExitCodes() {
    assertEquals(0, cli.run("--help"));
    String help = cli.out();
    assertTrue(help.startsWith("Usage: socialbiz [-hV] [COMMAND]\n"), help);
    for (String command :
        new String[] {
          "init", "questionnaire", "assess", "compare", "samples", "explain", "generate-completion"
        }) {
      assertTrue(help.contains("\n  " + command + " "), command + " in\n" + help);
    }
    assertTrue(
        help.contains(
            "Exit codes:\n"
                + "  0   done\n"
                + "  1   the assessment has a finding at or above --fail-on\n"),
        help);
    assertEquals("", cli.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"init", "questionnaire", "assess", "compare", "samples", "explain"})
  void everyCommand_hasItsHelp(String command) {
    assertEquals(0, cli.run(command, "--help"));
    assertTrue(cli.out().startsWith("Usage: socialbiz " + command + " "), cli.out());
  }

  @Test
  void version_namesTheModelVersion() {
    assertEquals(0, cli.run("--version"));
    assertEquals("socialbiz (development build)\nmodel version 6\n", cli.out());
  }

  @Test
  void completion_isABashScriptOnStandardOutput() {
    assertEquals(0, cli.run("generate-completion"));
    assertTrue(cli.out().startsWith("#!/usr/bin/env bash\n"), cli.out());
    assertTrue(cli.out().contains("complete -F _complete_socialbiz"), cli.out());
    assertTrue(cli.out().contains("--fail-on"), "assess's options are completed");
  }

  @Test
  void samples_listsTheIdsToType() {
    assertEquals(0, cli.run("samples"));
    assertEquals(
        "harbor   Harbor Credit Union, 1,200 employees\n"
            + "bluefin  Bluefin Foods, 3,500 employees\n"
            + "globex   Globex Industries, 120,000 employees, 3 business units\n"
            + "Assess one with: socialbiz assess --sample globex\n",
        cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void mistypedNames_suggestTheNearest() {
    assertUsageError(
        "Unmatched argument at index 0: 'asess'\nDid you mean 'assess'?", "socialbiz", "asess");
    assertUsageError(
        "Unknown option: '--fromat'\nDid you mean '--format'?",
        "socialbiz assess",
        "assess",
        "--sample",
        "globex",
        "--fromat",
        "pdf");
    assertUsageError(
        "Unknown option: '--sampel'\nDid you mean '--sample'?",
        "socialbiz assess",
        "assess",
        "--sampel",
        "globex");
    assertUsageError(
        "Invalid value for option '--format' (FORMAT): unknown format 'htm'. Did you mean 'html'?"
            + " The formats are html, pdf, markdown, json, plan",
        "socialbiz assess",
        "assess",
        "--sample",
        "globex",
        "--format",
        "htm");
    assertBadInput(
        "no sample 'globx'. Did you mean 'globex'? The samples are harbor, bluefin, globex"
            + " (socialbiz samples lists them)",
        "assess",
        "--sample",
        "globx");
    assertBadInput(
        "no sample 'acme'. The samples are harbor, bluefin, globex (socialbiz samples lists them)",
        "assess",
        "--sample",
        "acme");
    assertBadInput(
        "no rule 'coe.strategist-owns-chartr'. Did you mean 'coe.strategist-owns-charter'? The rule"
            + " ids are in the report's \"Rule references\" and in docs/rules.md",
        "explain",
        "coe.strategist-owns-chartr",
        "--sample",
        "globex");
    assertBadInput(
        "unknown policy 'medain'. Did you mean 'median'? The policies are median, conservative,"
            + " decided-by=NAME",
        "assess",
        "--sample",
        "globex",
        "--policy",
        "medain");
  }

  @Test
  void badValues_sayWhatIsAllowed() {
    assertUsageError(
        "Invalid value for option '--as-of': '30/06/2026' is not an ISO-8601 date such as"
            + " 2026-06-30",
        "socialbiz assess",
        "assess",
        "--sample",
        "globex",
        "--as-of",
        "30/06/2026");
    assertUsageError(
        "Missing required parameter for option '--out' (DIR)",
        "socialbiz assess",
        "assess",
        "--sample",
        "globex",
        "--out");
    assertUsageError(
        "Invalid value for option '--fail-on': expected one of [INFO, LOW, MEDIUM, HIGH,"
            + " CRITICAL] (case-insensitive) but was 'severe'",
        "socialbiz assess",
        "assess",
        "--sample",
        "globex",
        "--fail-on",
        "severe");
    assertBadInput(
        "name what to assess: an engagement folder, an organization file, or --sample ID",
        "assess");
    assertBadInput(
        "give an engagement folder, an organization file or --sample, not two of them",
        "assess",
        "acme.json",
        "--sample",
        "harbor");
    assertBadInput(
        "--policy says how answers merge; give --responses too",
        "assess",
        "--sample",
        "harbor",
        "--policy",
        "conservative");
    assertBadInput(
        "--print writes text: markdown or json, but was pdf",
        "assess",
        "--sample",
        "harbor",
        "--print",
        "pdf");
    assertBadInput(
        "ReportStyle.accent must be a colour written #RRGGBB, such as #7b2d8e, but was 'purple'",
        "assess",
        "--sample",
        "harbor",
        "--out",
        dir.toString(),
        "--accent",
        "purple");
    assertBadInput(
        "the assessment date 2026-12-05 is after today (2026-12-04); an assessment states what is"
            + " known on a day that has come",
        "assess",
        "--sample",
        "harbor",
        "--out",
        dir.toString(),
        "--as-of",
        "2026-12-05");
  }

  @Test
  void exitCodes_oneForAFailedPolicy_threeForAFileThatCannotBeWritten() throws Exception {
    assertEquals(
        1,
        cli.run("assess", "--sample", "bluefin", "--out", dir.toString(), "--fail-on", "medium"),
        cli::describe);
    assertTrue(cli.err().endsWith(" findings at or above medium (--fail-on)\n"), cli::describe);
    assertTrue(
        Files.exists(dir.resolve("bluefin-foods.html")), "the reports are written all the same");
    assertEquals(
        0,
        cli.run("assess", "--sample", "bluefin", "--out", dir.toString(), "--fail-on", "critical"),
        cli::describe);

    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    assertEquals(
        3, cli.run("assess", "--sample", "harbor", "--out", file.resolve("reports").toString()));
    assertEquals(
        "error: cannot read or write " + file.resolve("reports") + ": Not a directory\n",
        cli.err());
  }

  @Test
  void missingFiles_areNamed() {
    assertBadInput(
        "no such file or folder: " + dir.resolve("nope.json"),
        "assess",
        dir.resolve("nope.json").toString());
    assertBadInput(
        "no such file or folder: "
            + dir.resolve("acme")
            + "; create an engagement folder with: socialbiz init "
            + dir.resolve("acme"),
        "assess",
        dir.resolve("acme").toString());
  }
}
