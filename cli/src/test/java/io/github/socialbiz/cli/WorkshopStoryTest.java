package io.github.socialbiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.practice.Practice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workshop story of issue #21, end to end through the command line's {@code assess}: three respondents answer in CSV files
 * (two for the whole organization, with "don't know" among their answers and a yes against a no on a
 * fact; one for a business unit), then a second round with more practices assessed is compared with the
 * first. The report must contradict nothing: no unknown printed as a "no", a "none" or a zero, no new
 * knowledge shown as progress.
 */
final class WorkshopStoryTest {

  private static final String HEADER = "respondent,role,unit,answered,question,answer,note\n";

  /** The practices someone in the workshop answered for the whole organization, first round. */
  private static final Set<Practice> ANSWERED =
      Set.of(Practice.LISTENING, Practice.SOCIAL_MEDIA_POLICY);

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    List<String> command = new ArrayList<>();
    command.add("assess");
    command.addAll(List.of(args));
    command.addAll(List.of("--print", "markdown"));
    return SocialBizCli.run(
        command.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        LocalDate.of(2026, 12, 4));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String row(String who, String role, String unit, String day, String q, String a) {
    return who + "," + role + "," + unit + "," + day + "," + q + "," + a + ",\n";
  }

  private Path firstRound() throws IOException {
    Path answers = Files.createDirectories(dir.resolve("round-1"));
    Files.writeString(
        answers.resolve("ana.csv"),
        HEADER
            + row("Ana Ruiz", "social strategist", "", "2026-11-20", "q.listening", "most")
            + row(
                "Ana Ruiz",
                "social strategist",
                "",
                "2026-11-20",
                "q.account-inventory",
                "dont-know")
            + row(
                "Ana Ruiz", "social strategist", "", "2026-11-20", "q.social-media-policy", "half")
            + row(
                "Ana Ruiz",
                "social strategist",
                "",
                "2026-11-20",
                "q.employee-education",
                "dont-know")
            + row(
                "Ana Ruiz",
                "social strategist",
                "",
                "2026-11-20",
                "q.fact.crisis-team-named",
                "yes"));
    Files.writeString(
        answers.resolve("ben.csv"),
        HEADER
            + row("Ben Okafor", "customer care lead", "", "2026-11-21", "q.listening", "half")
            + row(
                "Ben Okafor",
                "customer care lead",
                "",
                "2026-11-21",
                "q.account-inventory",
                "dont-know")
            + row(
                "Ben Okafor",
                "customer care lead",
                "",
                "2026-11-21",
                "q.social-media-policy",
                "half")
            + row(
                "Ben Okafor",
                "customer care lead",
                "",
                "2026-11-21",
                "q.fact.crisis-team-named",
                "no"));
    Files.writeString(
        answers.resolve("chen.csv"),
        HEADER
            + row(
                "Chen Li",
                "community manager",
                "Healthcare Devices",
                "2026-11-22",
                "q.account-inventory",
                "most")
            + row(
                "Chen Li",
                "community manager",
                "Healthcare Devices",
                "2026-11-22",
                "q.listening",
                "some"));
    return answers;
  }

  @Test
  void workshop_throughTheCommandLine_reportContradictsNothing() throws IOException {
    Path first = dir.resolve("first");
    assertEquals(
        0,
        run(
            "--sample",
            "globex",
            "--responses",
            firstRound().toString(),
            "--as-of",
            "2026-11-30",
            "--out",
            first.toString(),
            "--format",
            "markdown,json"),
        err.toString(StandardCharsets.UTF_8));
    String report = out();
    assertNothingUnknownStatedAsFact(report, ANSWERED);
    List<String> lines = report.lines().toList();
    // Ana and Ben said "don't know" on the account inventory: asked, never "no"
    assertFalse(report.contains("not among the 49%"), report);
    assertFalse(report.contains("not maintained"), report);
    assertTrue(
        lines.contains(
            "| V22 | Low | Not verified: account inventory: at least about half |"
                + " \u201cHow many of the organization's social accounts are on one maintained list"
                + " that names their owners?\u201d | Owyang 2012, \"Recommended steps, step 1\""
                + " \\[corroborated\\] |"),
        report);
    // the rule and the question's id are in the consultant's appendix, not on the client's pages
    assertTrue(lines.contains("| V22 | `accounts.inventory` | q.account-inventory |"), report);
    // the scores say what they rest on
    assertTrue(
        lines.contains(
            "- **Overall score:** 0.02 to 0.98 of 1.00 (weakest link 0.00 to 0.50; 34 practices not"
                + " assessed)"),
        report);
    // Chen answered for Healthcare Devices only: the unit's standing rests on one respondent, and
    // her
    // "most" on the inventory never enters the organization's evidence
    assertTrue(
        lines.contains(
            "| Healthcare Devices | Planning | not yet at Foundation | Engagement | 0.04 to 0.97 (33 not"
                + " assessed) | rests on 1 respondent |"),
        report);
    assertTrue(
        lines.contains(
            "- **Listening and monitoring** (About half, self-reported): Ana Ruiz (social strategist):"
                + " most or all; Ben Okafor (customer care lead): about half"),
        report);
    // a yes against a no on a fact is an item for the consensus meeting naming both
    assertTrue(
        lines.contains(
            "| 1 | **A named crisis team** | Whole organization | Ana Ruiz (social strategist):"
                + " **Holds**; Ben Okafor (customer care lead): **Does not hold** |"),
        report);
    assertTrue(
        lines.contains(
            "- **A named crisis team** (nobody could say, self-reported): Ana Ruiz (social strategist):"
                + " yes; Ben Okafor (customer care lead): no. On file: crisis team: 3 people; the file's"
                + " record stands."),
        report);

    // the next round: the same grades, and two practices assessed for the first time
    Path second = Files.createDirectories(dir.resolve("round-2"));
    Files.writeString(
        second.resolve("ana.csv"),
        HEADER
            + row("Ana Ruiz", "social strategist", "", "2026-12-01", "q.listening", "most")
            + row("Ana Ruiz", "social strategist", "", "2026-12-01", "q.account-inventory", "half")
            + row(
                "Ana Ruiz", "social strategist", "", "2026-12-01", "q.social-media-policy", "half")
            + row(
                "Ana Ruiz", "social strategist", "", "2026-12-01", "q.employee-education", "some"));
    Files.writeString(
        second.resolve("ben.csv"),
        HEADER
            + row("Ben Okafor", "customer care lead", "", "2026-12-01", "q.listening", "half")
            + row(
                "Ben Okafor", "customer care lead", "", "2026-12-01", "q.account-inventory", "half")
            + row(
                "Ben Okafor",
                "customer care lead",
                "",
                "2026-12-01",
                "q.social-media-policy",
                "half")
            + row(
                "Ben Okafor",
                "customer care lead",
                "",
                "2026-12-01",
                "q.employee-education",
                "some"));
    assertEquals(
        0,
        run(
            "--sample",
            "globex",
            "--responses",
            second.toString(),
            "--as-of",
            "2026-12-02",
            "--previous",
            first.resolve("globex-industries.json").toString(),
            "--out",
            dir.resolve("second").toString(),
            "--format",
            "markdown"),
        err.toString(StandardCharsets.UTF_8));
    String later = out();
    assertNothingUnknownStatedAsFact(
        later,
        Set.of(
            Practice.LISTENING,
            Practice.SOCIAL_MEDIA_POLICY,
            Practice.ACCOUNT_INVENTORY,
            Practice.EMPLOYEE_EDUCATION));
    // new knowledge is never shown as progress
    String since =
        later.substring(
            later.indexOf("## Since last time: 2026-11-30 to 2026-12-02"),
            later.indexOf("## Where the organization stands"));
    List<String> sinceLines = since.lines().toList();
    assertFalse(since.contains("\u2191"), since);
    assertTrue(sinceLines.contains("- **Stage:** unchanged at 1. Planning"), since);
    assertTrue(
        sinceLines.contains(
            "- **Overall score:** 0.02 to 0.98 then, 0.05 to 0.93 now: 0.02 higher (all from 2"
                + " practices assessed for the first time)"),
        since);
    assertTrue(
        sinceLines.contains(
            "| Governance | 0.07 to 0.93 | 0.14 to 0.86 | 0.07 higher (all from 1 practice assessed"
                + " for the first time) |"),
        since);
    assertTrue(
        sinceLines.contains(
            "**Practices assessed for the first time:** 2, new knowledge, not a change."),
        since);
    assertTrue(sinceLines.contains("- Account inventory: About half"), since);
  }

  /** No line that names a practice nobody assessed says ✖, "none" as its grade, or "not maintained". */
  static void assertNothingUnknownStatedAsFact(String report, Set<Practice> assessed) {
    List<String> lines = report.lines().toList();
    for (Practice p : Practice.values()) {
      if (assessed.contains(p)) {
        continue;
      }
      String name = p.displayName().toLowerCase(Locale.ROOT);
      for (String line : lines) {
        String l = line.toLowerCase(Locale.ROOT);
        if (!l.contains(name)) {
          continue;
        }
        assertFalse(line.contains("\u2716"), () -> p + " not assessed, yet: " + line);
        assertFalse(l.contains(name + " is not in place"), () -> p + " not assessed, yet: " + line);
        assertFalse(l.contains("| " + name + " | none"), () -> p + " not assessed, yet: " + line);
        assertFalse(l.contains("not maintained"), () -> p + " not assessed, yet: " + line);
      }
    }
    assertFalse(report.contains("0.00 of 1.00 (weakest link 0.00)"), report);
    assertTrue(report.contains("Items to verify"), report);
  }
}
