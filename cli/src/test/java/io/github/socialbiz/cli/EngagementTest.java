package io.github.socialbiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Organization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engagement from end to end, as a consultant runs it in an empty folder: init, the questionnaire,
 * three answers in three formats (a typed workbook, a CSV file in a spreadsheet's spellings, a JSON file
 * with a byte-order mark), an assessment, a second round, the comparison, and every way a run refuses
 * bad input before it writes anything.
 */
final class EngagementTest {

  @TempDir Path dir;

  private final Cli cli = new Cli();

  private Path acme() {
    return dir.resolve("acme");
  }

  private void init() {
    assertEquals(
        0,
        cli.run("init", acme().toString(), "--name", "Acme Foods", "--employees", "4200"),
        cli::describe);
  }

  private static final String CSV_HEADER = "respondent,role,answered,question,answer,basis\n";

  /** Ana's workbook, Ben's CSV file and Chen's JSON file, as they come back from the respondents. */
  private void firstRound() throws IOException {
    Path answers = acme().resolve("answers");
    byte[] blank = Files.readAllBytes(acme().resolve("questionnaire/questionnaire.xlsx"));
    Files.write(
        answers.resolve("ana.xlsx"),
        Workbooks.fill(
            blank,
            "Ana Ruiz",
            "social strategist",
            "2026-11-20",
            Map.of(
                "q.listening", "most",
                "q.social-media-policy", "About half",
                "q.fact.executive-sponsor-named", "Don\u2019t know"),
            Map.of("q.listening", "artifact checked")));
    Files.writeString(
        answers.resolve("ben.csv"),
        CSV_HEADER
            + "Ben Okafor,customer care lead,2026-11-21 00:00:00,q.listening,A few,Interview\n"
            + "Ben Okafor,customer care lead,2026-11-21 00:00:00,q.social-media-policy,HALF,\n"
            + "Ben Okafor,customer care lead,2026-11-21 00:00:00,q.fact.executive-sponsor-named,No,\n",
        StandardCharsets.UTF_8);
    Files.write(
        answers.resolve("chen.json"),
        ("\uFEFF{\"respondent\": {\"name\": \"Chen Li\", \"role\": \"CMO\"},"
                + " \"answered\": \"2026-11-22\","
                + " \"answers\": [{\"questionId\": \"q.business-goals\", \"optionId\": \"Most or all\","
                + " \"basis\": \"interview\"}]}")
            .getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void init_writesAFolderWhoseTemplateReadsAndValidates() throws IOException {
    init();
    assertEquals(
        "Created the engagement folder "
            + acme()
            + " for Acme Foods.\n"
            + "Next:\n"
            + "  1. fill in "
            + acme().resolve("organization.json")
            + "\n"
            + "  2. socialbiz questionnaire "
            + acme()
            + "   the questionnaire to send\n"
            + "  3. put the filled questionnaires in "
            + acme().resolve("answers")
            + "\n"
            + "  4. socialbiz assess "
            + acme()
            + "\n",
        cli.err());
    assertEquals("", cli.out());
    assertEquals(
        List.of(
            ".gitignore", "answers", "history", "organization.json", "questionnaire", "reports"),
        names(acme()));
    assertEquals(List.of("README.md"), names(acme().resolve("answers")));
    String template = Files.readString(acme().resolve("organization.json"));
    assertTrue(template.startsWith("// The organization this engagement assesses"), template);
    // whether it is regulated is asked, and not stated until answered
    assertTrue(
        template.contains(
            "  \"employees\" : 4200,\n"
                + "  // Whether a regulator oversees its communications (a bank, an insurer, a"
                + " hospital):\n"
                + "  // true or false. Leave null while nobody has said.\n"
                + "  \"regulated\" : null,\n"),
        template);
    Organization o = SocialBusinessJson.readOrganization(acme().resolve("organization.json"));
    assertEquals(Optional.empty(), o.regulated());
    assertEquals("Acme Foods", o.name());
    assertEquals(4200, o.employees());
    assertEquals("*", Files.readAllLines(acme().resolve(".gitignore")).get(2));

    // without --employees the template marks the count to replace, and assess warns of it
    Path other = dir.resolve("globex-east");
    assertEquals(0, cli.run("init", other.toString()));
    String text = Files.readString(other.resolve("organization.json"));
    assertTrue(
        text.contains(
            "  // TEMPLATE: how many people work there; replace 1000 with the real count (at least"
                + " 1).\n  \"employees\" : 1000,"),
        text);
    assertEquals(
        "Globex East",
        SocialBusinessJson.readOrganization(other.resolve("organization.json")).name());
    assertEquals(0, cli.run("assess", other.toString(), "--format", "html"), cli::describe);
    assertTrue(
        cli.err()
            .startsWith(
                "warning: "
                    + other.resolve("organization.json")
                    + " still has a value marked TEMPLATE: to replace\n"
                    + "warning: "
                    + other.resolve("answers")
                    + " holds no answers yet; the assessment rests on organization.json alone\n"),
        cli::describe);

    // init never overwrites
    assertEquals(2, cli.run("init", acme().toString()));
    assertEquals(
        "error: "
            + acme()
            + " is an engagement folder already; assess it with: socialbiz assess "
            + acme()
            + "\n",
        cli.err());
  }

  @Test
  void aFreshEngagement_findsNothingNobodyRecordedOrWasAskedAbout() throws IOException {
    init();
    String template = Files.readString(acme().resolve("organization.json"));
    assertTrue(
        template.contains(
            "  // Facts this file does not record yet: while one is listed here and nobody has"
                + " answered for it,\n"
                + "  // it is not known, never \"not in place\". Take a fact off once this file"
                + " records it,\n"
                + "  // also when what it records is that the fact is not in place (no crisis team,"
                + " no sponsor).\n"
                + "  \"notRecorded\" : [\n"
                + "    \"EXECUTIVE_SPONSOR_NAMED\",\n"
                + "    \"CENTER_OF_EXCELLENCE_STAFFED\",\n"
                + "    \"POLICY_AUTHORITY\",\n"
                + "    \"SOCIAL_STRATEGIST_APPOINTED\",\n"
                + "    \"CHARTER_WRITTEN\",\n"
                + "    \"BUSINESS_UNIT_LIAISONS\",\n"
                + "    \"CRISIS_TEAM_NAMED\",\n"
                + "    \"ACCOUNTS_INVENTORIED\"\n"
                + "  ],\n"),
        template);
    assertEquals(
        0,
        cli.run("assess", acme().toString(), "--format", "html", "--as-of", "2026-06-30"),
        cli::describe);
    // nobody was asked about a crisis team, and the file does not record one yet: no finding
    assertTrue(cli.err().contains("\n  Findings     none\n"), cli::describe);
    String report = Files.readString(acme().resolve("reports/acme-foods-2026-06-30.html"));
    assertTrue(
        report.contains(
            "Not verified: people are named to respond in a crisis; the organization file does not"
                + " record it yet, nor has anyone said"),
        report);

    // the consultant records that there is no crisis team: now it is a finding
    Files.writeString(
        acme().resolve("organization.json"),
        template.replace("    \"CRISIS_TEAM_NAMED\",\n", ""),
        StandardCharsets.UTF_8);
    assertEquals(
        0,
        cli.run("assess", acme().toString(), "--format", "html", "--as-of", "2026-07-01"),
        cli::describe);
    assertTrue(cli.err().contains("\n  Findings     1 medium\n"), cli::describe);
  }

  @Test
  void anEngagement_fromInitToTheSecondRoundAndTheComparison() throws IOException {
    init();
    assertEquals(0, cli.run("questionnaire", acme().toString()), cli::describe);
    assertEquals(
        List.of(
            "README.md",
            "interview-guide.md",
            "questionnaire.json",
            "questionnaire.xlsx",
            "responses-template.csv"),
        names(acme().resolve("questionnaire")));
    firstRound();

    assertEquals(0, cli.run("assess", acme().toString(), "--as-of", "2026-11-30"), cli::describe);
    assertEquals("", cli.out(), "nothing on standard output unless asked");
    List<String> err = cli.err().lines().toList();
    assertEquals(
        "Reading 3 answer files in " + acme().resolve("answers") + "...",
        err.get(0),
        cli::describe);
    assertEquals("Merged 3 responses: 1 disagreement to settle", err.get(1), cli::describe);
    assertEquals("Making the PDF report...", err.get(2));
    assertEquals("Acme Foods, assessed as of 2026-11-30", err.get(3));
    assertTrue(
        err.contains(
            "  Assessed     3 of 36 practices in scope; the others are not assessed, not absent"),
        cli::describe);
    assertEquals(
        List.of("README.md", "acme-foods-2026-11-30.html", "acme-foods-2026-11-30.pdf"),
        names(acme().resolve("reports")));
    assertEquals(List.of("2026-11-30.json", "README.md"), names(acme().resolve("history")));
    Assessment first = SocialBusinessJson.readAssessment(acme().resolve("history/2026-11-30.json"));
    assertEquals(LocalDate.of(2026, 11, 30), first.asOf());
    assertEquals(3, first.completeness().assessed());
    String html = Files.readString(acme().resolve("reports/acme-foods-2026-11-30.html"));
    assertFalse(html.contains("Over time"), "one assessment has no trend");
    assertTrue(html.contains("Items for the consensus meeting"), "Ana's and Ben's grades differ");

    // the second round: Ben's answers again, later, and a fourth respondent
    Path answers = acme().resolve("answers");
    Files.writeString(
        answers.resolve("ben.csv"),
        CSV_HEADER
            + "Ben Okafor,customer care lead,2026-12-02,q.listening,most,interview\n"
            + "Ben Okafor,customer care lead,2026-12-02,q.social-media-policy,half,\n"
            + "Ben Okafor,customer care lead,2026-12-02,q.employee-education,a few,\n",
        StandardCharsets.UTF_8);
    assertEquals(
        0,
        cli.run(
            "assess", acme().toString(), "--as-of", "2026-12-03", "--format", "html,pdf,markdown"),
        cli::describe);
    String md = Files.readString(acme().resolve("reports/acme-foods-2026-12-03.md"));
    assertTrue(md.contains("## Since last time: 2026-11-30 to 2026-12-03"), md);
    assertTrue(md.contains("## Over time\n"), md);
    assertTrue(md.contains("| 2026-11-30 | Planning | no maturity level yet"), md);
    assertTrue(md.contains("1 practice assessed for the first time (learned, not progress) |"), md);
    try (PDDocument pdf =
        Loader.loadPDF(Files.readAllBytes(acme().resolve("reports/acme-foods-2026-12-03.pdf")))) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Over time"), "the PDF has the trend too");
      assertTrue(text.contains("Since the one before"), "and its table");
    }

    assertEquals(0, cli.run("compare", acme().toString()), cli::describe);
    List<String> compare = cli.out().lines().toList();
    assertEquals("Acme Foods, from 2026-11-30 to 2026-12-03", compare.get(0));
    assertTrue(
        compare.contains(
            "  Knowledge    1 practice newly assessed (learned, not progress), 0 no longer assessed,"
                + " 1 grade changed"),
        cli::describe);
    assertEquals("", cli.err());

    assertEquals(
        0,
        cli.run(
            "compare",
            acme().resolve("history/2026-11-30.json").toString(),
            acme().resolve("history/2026-12-03.json").toString()));
    assertEquals(compare, cli.out().lines().toList());
    assertEquals(
        2,
        cli.run(
            "compare",
            acme().resolve("history/2026-12-03.json").toString(),
            acme().resolve("history/2026-11-30.json").toString()));
    assertEquals(
        "error: "
            + acme().resolve("history/2026-12-03.json")
            + " is as of 2026-12-03, not before "
            + acme().resolve("history/2026-11-30.json")
            + " as of 2026-11-30; give the earlier assessment first\n",
        cli.err());

    assertEquals(0, cli.run("explain", "stage.presence.official-presence", acme().toString()));
    assertTrue(cli.out().startsWith("stage.presence.official-presence "), cli::describe);

    // the same day again replaces that day's assessment in the history
    assertEquals(
        0, cli.run("assess", acme().toString(), "--as-of", "2026-12-03", "--format", "json"));
    assertTrue(
        cli.err().endsWith("(the history's assessment of 2026-12-03 was replaced by this one)\n"),
        cli::describe);
    assertEquals(
        List.of("2026-11-30.json", "2026-12-03.json", "README.md"),
        names(acme().resolve("history")));
  }

  @Test
  void filesThatAreNotAnswers_areNamedWithWhatToDo_andNothingIsWritten() throws IOException {
    init();
    assertEquals(0, cli.run("questionnaire", acme().toString()));
    Path answers = acme().resolve("answers");
    Files.copy(
        acme().resolve("questionnaire/questionnaire.xlsx"), answers.resolve("questionnaire.xlsx"));
    assertEquals(2, cli.run("assess", acme().toString()));
    assertEquals(
        "error: "
            + answers.resolve("questionnaire.xlsx")
            + " is a blank questionnaire: nobody has filled it in. Send it to a respondent and put the"
            + " filled copy here, or move it out of "
            + answers
            + "/\n",
        cli.errWithoutProgress());
    Files.delete(answers.resolve("questionnaire.xlsx"));
    Files.copy(
        acme().resolve("questionnaire/responses-template.csv"), answers.resolve("template.csv"));
    assertEquals(2, cli.run("assess", acme().toString()));
    assertTrue(
        cli.errWithoutProgress()
            .startsWith("error: " + answers.resolve("template.csv") + " is a blank questionnaire"),
        cli::describe);
    Files.delete(answers.resolve("template.csv"));
    Files.writeString(answers.resolve("notes.docx"), "minutes of the workshop");
    assertEquals(2, cli.run("assess", acme().toString()));
    assertEquals(
        "error: "
            + answers.resolve("notes.docx")
            + " is not an answer file: answers are .json, .csv or .xlsx files; move it out of "
            + answers
            + "/\n",
        cli.errWithoutProgress());
    Files.delete(answers.resolve("notes.docx"));
    // an office lock file and a hidden file are passed over
    Files.writeString(answers.resolve("~$ana.xlsx"), "lock");
    Files.writeString(answers.resolve(".DS_Store"), "hidden");
    Files.writeString(
        answers.resolve("ben.csv"),
        CSV_HEADER + "Ben Okafor,customer care lead,2026-11-21,q.listening,sometimes,\n",
        StandardCharsets.UTF_8);
    assertEquals(2, cli.run("assess", acme().toString()));
    assertEquals(
        "error: "
            + answers.resolve("ben.csv")
            + ": row 2, column answer: 'sometimes' is not an answer to q.listening; allowed: none,"
            + " some, half, most, dont-know, not-applicable, or an option's text or grade in words,"
            + " such as 'None'\n",
        cli.errWithoutProgress());
    Files.write(
        answers.resolve("ben.csv"),
        (CSV_HEADER + "Jos\u00e9 Ruiz,analyst,2026-11-21,q.listening,half,\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(2, cli.run("assess", acme().toString()));
    assertEquals(
        "error: "
            + answers.resolve("ben.csv")
            + ": row 2: not UTF-8 text: line 2 has the byte 0xE9, which UTF-8 does not allow there"
            + " (the file looks saved as Latin-1 or Windows-1252); save it as UTF-8, such as \"CSV"
            + " UTF-8\" in Excel or the encoding UTF-8 in your editor's Save As\n",
        cli.errWithoutProgress());
    assertEquals(List.of("README.md"), names(acme().resolve("reports")));
    assertEquals(List.of("README.md"), names(acme().resolve("history")));
  }

  @Test
  void datesThatCannotBeRight_areRefused_andOldAnswersWarned() throws IOException {
    init();
    assertEquals(0, cli.run("questionnaire", acme().toString()));
    firstRound();
    assertEquals(2, cli.run("assess", acme().toString(), "--as-of", "2026-11-21"));
    assertEquals(
        "error: "
            + acme().resolve("answers/chen.json")
            + ": the answers of Chen Li are dated 2026-11-22, after the assessment date 2026-11-21;"
            + " assess as of 2026-11-22 or later (--as-of), or correct the answers' date\n",
        cli.errWithoutProgress());

    Organization withCharter =
        SocialBusinessJson.readOrganization(acme().resolve("organization.json"))
            .withCharter(
                Charter.builder()
                    .putSection(CharterElement.BUSINESS_GOALS, "Fewer support calls")
                    .versionDate(LocalDate.of(2026, 12, 1))
                    .build());
    SocialBusinessJson.write(withCharter, acme().resolve("organization.json"));
    assertEquals(2, cli.run("assess", acme().toString(), "--as-of", "2026-11-30"));
    assertEquals(
        "error: "
            + acme().resolve("organization.json")
            + ": the charter is dated 2026-12-01, after the assessment date 2026-11-30; assess as of"
            + " that day or later (--as-of), or correct the charter's date\n",
        cli.errWithoutProgress());

    assertEquals(0, cli.run("assess", acme().toString(), "--format", "json", "--max-age", "10"));
    List<String> warnings =
        cli.errWithoutProgress().lines().filter(l -> l.startsWith("warning:")).toList();
    assertEquals(
        List.of(
            "warning: "
                + acme().resolve("answers/ana.xlsx")
                + ": the answers of Ana Ruiz are 14 days old (2026-11-20); ask again, or allow them"
                + " with --max-age 14",
            "warning: "
                + acme().resolve("answers/ben.csv")
                + ": the answers of Ben Okafor are 13 days old (2026-11-21); ask again, or allow them"
                + " with --max-age 13",
            "warning: "
                + acme().resolve("answers/chen.json")
                + ": the answers of Chen Li are 12 days old (2026-11-22); ask again, or allow them"
                + " with --max-age 12"),
        warnings);
    assertEquals(List.of("2026-12-04.json", "README.md"), names(acme().resolve("history")));

    // the history holds an assessment later than the one asked for
    assertEquals(2, cli.run("assess", acme().toString(), "--as-of", "2026-12-02"));
    assertEquals(
        "error: "
            + acme().resolve("history/2026-12-04.json")
            + " is an assessment as of 2026-12-04, after this one as of 2026-12-02; assess as of that"
            + " day or later (--as-of), or move that file out of the history\n",
        cli.errWithoutProgress());
    // an earlier assessment given by hand must be earlier
    assertEquals(
        2,
        cli.run(
            "assess",
            "--sample",
            "bluefin",
            "--out",
            dir.resolve("out").toString(),
            "--previous",
            acme().resolve("history/2026-12-04.json").toString()));
    assertEquals(
        "error: "
            + acme().resolve("history/2026-12-04.json")
            + " is an assessment as of 2026-12-04, after this one as of 2026-06-30; --previous names"
            + " an earlier assessment\n",
        cli.errWithoutProgress());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }

  @Test
  void aRunThatFailsToWrite_leavesNoReportAndNoHistoryEntry() throws IOException {
    init();
    Path history = acme().resolve("history");
    try (Stream<Path> files = Files.list(history)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(history);
    Files.writeString(history, "a file where the history folder should be");
    assertEquals(3, cli.run("assess", acme().toString(), "--format", "html,markdown"));
    assertEquals(
        "error: cannot read or write " + history.toAbsolutePath() + ": a file is in the way\n",
        cli.err().lines().filter(l -> l.startsWith("error:")).findFirst().orElse("") + "\n");
    assertEquals(
        List.of("README.md"), names(acme().resolve("reports")), "no report, no temporary file");
  }
}
