package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.excel.SocialBusinessExcel;
import io.github.socialbiz.jackson.SocialBusinessCsv;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MainTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void noOptionsButTheFolder_assessesGlobexPrintsMarkdownAndWritesHtml() throws IOException {
    assertEquals(0, run("--out", dir.toString()));
    var expected =
        SocialBusiness.assess(SampleOrganizations.multinational(), SampleOrganizations.AS_OF);
    assertEquals(SocialBusiness.markdown(expected), out());
    Path html = dir.resolve("globex-industries.html").toAbsolutePath().normalize();
    assertEquals("HTML report written to " + html + "\n", err());
    assertEquals(SocialBusiness.html(expected), Files.readString(html));
  }

  @Test
  void sampleByShortName_dateAndEveryFormat() throws IOException {
    assertEquals(
        0,
        run(
            "--sample",
            "Bluefin",
            "--as-of",
            "2026-09-30",
            "--out",
            dir.toString(),
            "--format",
            "html, markdown,json"));
    assertTrue(
        out().startsWith("# Social business assessment: Bluefin Foods\n\nAs of 2026-09-30."),
        out());
    assertEquals(3, err().lines().count());
    assertEquals(
        SampleOrganizations.presenceWithoutResponse(),
        SocialBusinessJson.readAssessment(Files.readString(dir.resolve("bluefin-foods.json")))
            .organization());
    assertTrue(
        Files.readString(dir.resolve("bluefin-foods.md"))
            .startsWith("# Social business assessment: Bluefin Foods"));
  }

  @Test
  void pdf_writtenWithoutABrowser() throws IOException {
    assertEquals(
        0,
        run(
            "--sample",
            "globex",
            "--as-of",
            "2026-12-01",
            "--out",
            dir.toString(),
            "--format",
            "pdf"));
    Path pdf = dir.resolve("globex-industries.pdf").toAbsolutePath().normalize();
    assertEquals("PDF report written to " + pdf + "\n", err());
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      assertEquals(8, doc.getNumberOfPages());
      assertEquals(
          "Social business assessment: Globex Industries", doc.getDocumentInformation().getTitle());
    }
  }

  @Test
  void branding_fromTheOptions_reachesEveryFormat() throws IOException {
    Path logo = dir.resolve("logo.svg");
    Files.writeString(
        logo,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\""
            + " height=\"20\" fill=\"#7b2d8e\"/></svg>");
    assertEquals(
        0,
        run(
            "--sample", "harbor",
            "--out", dir.toString(),
            "--format", "html,markdown",
            "--firm", "Northwind Advisory",
            "--author", "Ana Ruiz",
            "--confidential", "Confidential: prepared for Harbor Credit Union",
            "--accent", "#7b2d8e",
            "--logo", logo.toString()));
    String html = Files.readString(dir.resolve("harbor-credit-union.html"));
    assertTrue(html.contains("<img class=\"logo\" src=\"data:image/svg+xml;base64,"), html);
    assertTrue(html.contains("<p>Prepared by Ana Ruiz, Northwind Advisory.</p>"), html);
    assertTrue(html.contains("h2{border-bottom-color:#7b2d8e}"), html);
    String md = Files.readString(dir.resolve("harbor-credit-union.md"));
    assertTrue(md.contains("\n**Confidential: prepared for Harbor Credit Union**\n"), md);
  }

  @Test
  void branding_fromAJsonFile_withTheLogoBesideIt_andLaterOptionsWin() throws IOException {
    Files.writeString(
        dir.resolve("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>");
    Path style = dir.resolve("style.json");
    Files.writeString(
        style,
        "{\"firm\": \"Northwind Advisory\", \"author\": \"Ana Ruiz\", \"accent\": \"#7b2d8e\","
            + " \"logo\": \"logo.svg\"}");
    assertEquals(
        0,
        run(
            "--sample",
            "harbor",
            "--out",
            dir.toString(),
            "--style",
            style.toString(),
            "--author",
            "Li Wei"));
    String html = Files.readString(dir.resolve("harbor-credit-union.html"));
    assertTrue(html.contains("<p>Prepared by Li Wei, Northwind Advisory.</p>"), html);
    assertTrue(html.contains("src=\"data:image/svg+xml;base64,"), html);
    Files.writeString(style, "{\"firm\": \"Northwind\", \"colour\": \"#7b2d8e\"}");
    assertEquals(
        2, run("--sample", "harbor", "--out", dir.toString(), "--style", style.toString()));
    // the error follows the first run's line on standard error
    assertTrue(
        err()
            .endsWith(
                "\nerror: "
                    + style
                    + ", field colour: is not a style field; the fields are [firm, author,"
                    + " confidentiality, accent, logo]\nRun with --help for the options.\n"),
        err());
  }

  @Test
  void branding_badValues_areOneClearMessage() throws IOException {
    assertEquals(2, run("--sample", "harbor", "--out", dir.toString(), "--accent", "purple"));
    assertEquals(
        "error: ReportStyle.accent must be a colour written #RRGGBB, such as #7b2d8e, but was"
            + " 'purple'\n",
        err());
    Path gif = dir.resolve("logo.gif");
    Files.write(gif, new byte[] {'G', 'I', 'F'});
    assertEquals(2, run("--sample", "harbor", "--out", dir.toString(), "--logo", gif.toString()));
    assertTrue(err().contains("--logo must name a .png or .svg file, but was '"), err());
  }

  @Test
  void organizationFile_ofTheUsersOwn() throws IOException {
    Path file = dir.resolve("acme.json");
    Files.writeString(
        file,
        "{\"name\":\"Acme Retail\",\"employees\":4000,\"evidence\":[{\"practice\":\"LISTENING\",\"adoption\":\"HALF\"}]}");
    assertEquals(
        0,
        run("--organization", file.toString(), "--as-of", "2026-01-15", "--out", dir.toString()));
    assertTrue(
        out()
            .startsWith(
                "# Social business assessment: Acme Retail\n\nAs of 2026-01-15. 4,000 employees"),
        out());
    assertTrue(Files.exists(dir.resolve("acme-retail.html")));
  }

  @Test
  void missingFile_isOneClearError() {
    assertEquals(2, run("--organization", dir.resolve("nope.json").toString()));
    assertEquals("error: no such file: " + dir.resolve("nope.json") + "\n", err());
    assertEquals("", out());
  }

  @Test
  void malformedFile_namesThePath() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        "{\"name\":\"Acme\",\"employees\":40,\"evidence\":[{\"practice\":\"LISTENING\",\"adoption\":\"LOTS\"}]}");
    assertEquals(2, run("--organization", file.toString()));
    assertEquals(
        "error: "
            + file
            + " is not a valid organization: $.evidence[0].adoption: 'LOTS' is not a Adoption; "
            + "allowed: NONE, SOME, HALF, MOST\n",
        err());
  }

  @Test
  void badArguments_sayWhatIsWrong() {
    assertEquals(2, run("--sample", "acme"));
    assertEquals(
        "error: no sample named 'acme'; the samples are Harbor Credit Union, Bluefin Foods, Globex Industries\n"
            + "Run with --help for the options.\n",
        err());
    err.reset();
    assertEquals(2, run("--format", "docx"));
    assertEquals(
        "error: unknown format 'docx'; the formats are html, pdf, markdown, json, plan\nRun with --help"
            + " for the options.\n",
        err());
    err.reset();
    assertEquals(2, run("--as-of", "June"));
    assertEquals(
        "error: --as-of needs an ISO-8601 date such as 2026-06-30, but was 'June'\nRun with --help for the options.\n",
        err());
    err.reset();
    assertEquals(2, run("--out"));
    assertEquals("error: --out needs a value\nRun with --help for the options.\n", err());
    err.reset();
    assertEquals(2, run("--colour", "red"));
    assertEquals("error: unknown option '--colour'\nRun with --help for the options.\n", err());
    err.reset();
    assertEquals(2, run("--sample", "harbor", "--organization", "x.json"));
    assertEquals(
        "error: give --sample or --organization, not both\nRun with --help for the options.\n",
        err());
  }

  @Test
  void questionnaire_withoutResponses_writesTheGuideTheCsvTemplateAndTheWorkbook()
      throws IOException {
    assertEquals(0, run("--questionnaire", "standard", "--out", dir.toString()));
    Path guide = dir.resolve("interview-guide.md").toAbsolutePath().normalize();
    Path csv = dir.resolve("responses-template.csv").toAbsolutePath().normalize();
    Path xlsx = dir.resolve("questionnaire.xlsx").toAbsolutePath().normalize();
    assertEquals(
        "Interview guide written to "
            + guide
            + "\nCSV template written to "
            + csv
            + "\nWorkbook written to "
            + xlsx
            + "\n",
        err());
    assertEquals("", out());
    assertTrue(Files.readString(guide).startsWith("# Interview guide"), Files.readString(guide));
    List<String> rows = Files.readAllLines(csv);
    assertEquals(
        "respondent,role,unit,answered,question,answer,note,basis,reason,text,options",
        rows.get(0));
    assertEquals(1 + 45, rows.size()); // the header and one row per question
    assertEquals("PK", new String(Files.readAllBytes(xlsx), 0, 2, StandardCharsets.US_ASCII));
  }

  @Test
  void responses_fromCsvAndJson_areMergedAssessedAndTheirDisagreementReported() throws IOException {
    Path answers = Files.createDirectories(dir.resolve("answers"));
    Questionnaire q = Questionnaire.standard();
    List<Response> three = Workshop.responses();
    Files.writeString(answers.resolve("ana.csv"), SocialBusinessCsv.write(three.subList(0, 1), q));
    SocialBusinessJson.write(three.get(1), answers.resolve("li.json"));
    Files.writeString(answers.resolve("notes.txt"), "not an answer file: ignored");
    Files.writeString(answers.resolve("sam.csv"), SocialBusinessCsv.write(three.subList(2, 3), q));
    assertEquals(
        0,
        run(
            "--responses",
            answers.toString(),
            "--out",
            dir.toString(),
            "--format",
            "markdown,plan"));
    String report = out();
    assertTrue(
        report.contains("- **Stage:** 2. Presence (proven), possibly 3. Engagement: 28 practices"),
        report);
    assertTrue(report.contains("## Items for the consensus meeting"), report);
    assertTrue(
        report.contains(
            "| 1 | **Listening and monitoring** | Whole organization | Ana Ruiz (social strategist):"
                + " **Most or all** “Weekly listening report, seen”; Li Wei (community manager):"
                + " **Some**; Sam Okafor (product marketing): **About half** |"),
        report);
    List<String> messages = err().lines().toList();
    assertEquals(
        "Merged 3 responses from " + answers + ": 8 practices assessed, 1 disagreement",
        messages.get(0));
    assertEquals(4, messages.size(), err());
    assertEquals(
        "Phase,Action,\"Practice or fact\",\"Grade now\",Target,Owner,Reason,Citation,Assignee,"
            + "\"Due date\",Status",
        Files.readAllLines(dir.resolve("globex-industries-action-plan.csv")).get(0));
    assertTrue(Files.isRegularFile(dir.resolve("globex-industries-action-plan.xlsx")));
  }

  @Test
  void responses_aBadFileIsNamedWithItsRowAndColumn_andNothingIsWritten() throws IOException {
    Path answers = Files.createDirectories(dir.resolve("answers"));
    Files.writeString(
        answers.resolve("ana.csv"),
        "respondent,role,answered,question,answer\n"
            + "Ana Ruiz,strategist,2026-06-12,q.listening,most\n"
            + "Ana Ruiz,strategist,2026-06-12,q.official-presence,sometimes\n");
    assertEquals(2, run("--responses", answers.toString(), "--out", dir.resolve("out").toString()));
    assertEquals(
        "error: "
            + answers.resolve("ana.csv")
            + " is not a valid response file: row 3, column answer: 'sometimes' is not an answer to"
            + " q.official-presence; allowed: none, some, half, most, dont-know, not-applicable\n",
        err());
    assertEquals("", out());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void responses_workbooksInTheFolderAreReadToo() throws IOException {
    Path answers = Files.createDirectories(dir.resolve("answers"));
    Files.writeString(
        answers.resolve("ana.csv"),
        SocialBusinessCsv.write(Workshop.responses().subList(0, 1), Questionnaire.standard()));
    Path blank = answers.resolve("li.xlsx");
    SocialBusinessExcel.writeQuestionnaire(Questionnaire.standard(), blank);
    Files.writeString(answers.resolve("~$li.xlsx"), "an office lock file: skipped");
    assertEquals(2, run("--responses", answers.toString()));
    assertEquals(
        "error: li.xlsx, sheet Respondent, cell B3: the name is empty; write the respondent's name\n",
        err());
  }

  @Test
  void responses_oneRespondentTwice_namesTheFiles() throws IOException {
    Path answers = Files.createDirectories(dir.resolve("answers"));
    Response ana = Workshop.responses().get(0);
    Files.writeString(
        answers.resolve("ana.csv"),
        SocialBusinessCsv.write(List.of(ana), Questionnaire.standard()));
    SocialBusinessJson.write(ana, answers.resolve("ana-again.json"));
    assertEquals(2, run("--responses", answers.toString()));
    assertEquals(
        "error: two responses of 'Ana Ruiz': in "
            + answers.resolve("ana-again.json")
            + " and in "
            + answers.resolve("ana.csv")
            + "; give each respondent one response\n",
        err());
    err.reset();
    Files.delete(answers.resolve("ana-again.json"));
    Files.writeString(
        answers.resolve("ana.csv"),
        "respondent,role,answered,question,answer\n"
            + "Ana Ruiz,strategist,2026-06-12,q.listening,most\n"
            + "Ana Ruiz,strategst,2026-06-12,q.official-presence,some\n");
    assertEquals(2, run("--responses", answers.toString()));
    assertEquals(
        "error: two responses of 'Ana Ruiz': in "
            + answers.resolve("ana.csv")
            + " (twice: check the role, unit and date of each row); give each respondent one"
            + " response\n",
        err());
  }

  @Test
  void responses_aFolderWithoutResponseFiles_isAnError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("readme.txt"), "answers go here");
    assertEquals(2, run("--responses", empty.toString()));
    assertEquals(
        "error: no responses in "
            + empty
            + ": it has no .json, .csv or .xlsx file of answers\nRun with --help for the options.\n",
        err());
  }

  @Test
  void policy_decidedByARespondent_andBadPolicies() throws IOException {
    Path answers = Files.createDirectories(dir.resolve("answers"));
    Files.writeString(
        answers.resolve("all.csv"),
        SocialBusinessCsv.write(Workshop.responses(), Questionnaire.standard()));
    assertEquals(
        0,
        run(
            "--responses",
            answers.toString(),
            "--policy",
            "decided-by=Li Wei",
            "--format",
            "markdown",
            "--out",
            dir.toString()));
    assertTrue(
        Files.readString(dir.resolve("globex-industries.md"))
            .contains("Listening and monitoring: Some"),
        "Li Wei said some");
    err.reset();
    assertEquals(2, run("--policy", "loudest"));
    assertEquals(
        "error: unknown policy 'loudest'; the policies are median, conservative, decided-by=NAME\n"
            + "Run with --help for the options.\n",
        err());
    err.reset();
    assertEquals(2, run("--policy", "conservative"));
    assertEquals(
        "error: --policy says how responses merge; give --responses too\n"
            + "Run with --help for the options.\n",
        err());
    err.reset();
    assertEquals(2, run("--responses", answers.toString(), "--policy", "decided-by=Bo"));
    assertEquals(
        "error: MergePolicy.decidedBy must name one of the respondents [Ana Ruiz, Li Wei, Sam"
            + " Okafor], but was 'Bo'\n",
        err());
  }

  @Test
  void previous_anEarlierAssessmentGivesTrendsAndSinceLastTime() throws IOException {
    Path before = dir.resolve("before");
    assertEquals(
        0,
        run(
            "--sample",
            "bluefin",
            "--as-of",
            "2026-03-31",
            "--format",
            "json",
            "--out",
            before.toString()));
    out.reset();
    err.reset();
    assertEquals(
        0,
        run(
            "--sample",
            "bluefin",
            "--previous",
            before.resolve("bluefin-foods.json").toString(),
            "--out",
            dir.toString()));
    assertTrue(out().contains("## Since last time: 2026-03-31 to 2026-06-30"), out());
    out.reset();
    err.reset();
    Path organization = dir.resolve("bluefin.json");
    SocialBusinessJson.write(SampleOrganizations.presenceWithoutResponse(), organization);
    assertEquals(
        0,
        run("--sample", "bluefin", "--previous", organization.toString(), "--out", dir.toString()));
    assertTrue(out().contains("## Since last time: 2026-06-30 to 2026-06-30"), out());
    err.reset();
    Path junk = Files.writeString(dir.resolve("junk.json"), "{\"name\":\"X\"}");
    assertEquals(2, run("--previous", junk.toString(), "--out", dir.toString()));
    assertTrue(
        err().startsWith("error: " + junk + " is not a valid assessment or organization: "), err());
  }

  @Test
  void help_printsTheOptions() {
    assertEquals(0, run("--help"));
    assertEquals(Main.USAGE + System.lineSeparator(), out());
  }
}
