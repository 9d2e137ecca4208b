package io.github.socialbiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.jackson.SocialBusinessCsv;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code socialbiz assess} on a sample or an organization file, with answers given by hand. */
final class AssessCommandTest {

  @TempDir Path dir;

  private final Cli cli = new Cli();

  /** Three respondents of a workshop: two grades of listening apart, one "don't know". */
  static List<Response> workshop() {
    LocalDate day = LocalDate.of(2026, 6, 12);
    return List.of(
        Response.of(
            Respondent.of("Ana Ruiz", "social strategist"),
            day,
            List.of(
                Answer.of("q.business-goals", "half"),
                Answer.of(
                    "q.listening", "most", "Weekly listening report, seen", Basis.ARTIFACT_CHECKED),
                Answer.of("q.official-presence", "most"))),
        Response.of(
            Respondent.of("Li Wei", "community manager"),
            day,
            List.of(
                Answer.of("q.listening", "some"),
                Answer.of("q.official-presence", "half"),
                Answer.of("q.content-strategy", "dont-know"))),
        Response.of(
            Respondent.of("Sam Okafor", "product marketing"),
            day,
            List.of(Answer.of("q.business-goals", "some"), Answer.of("q.listening", "half"))));
  }

  @Test
  void aSample_writesTheHtmlReport_printsNothingOnStandardOutput() throws IOException {
    assertEquals(
        0, cli.run("assess", "--sample", "globex", "--out", dir.toString()), cli::describe);
    assertEquals("", cli.out());
    Assessment expected =
        SocialBusiness.assess(SampleOrganizations.multinational(), SampleOrganizations.AS_OF);
    assertEquals(
        SocialBusiness.html(expected), Files.readString(dir.resolve("globex-industries.html")));
    List<String> err = cli.err().lines().toList();
    assertEquals("Globex Industries, assessed as of 2026-06-30", err.get(0));
    assertEquals("Written:", err.get(err.size() - 2));
    assertEquals(
        "  " + dir.resolve("globex-industries.html").toAbsolutePath(), err.get(err.size() - 1));
    assertTrue(err.size() < 25, "one screen: " + err.size() + " lines");
  }

  @Test
  void print_writesTheReportOnStandardOutputToo() {
    assertEquals(
        0,
        cli.run(
            "assess",
            "--sample",
            "bluefin",
            "--as-of",
            "2026-09-30",
            "--out",
            dir.toString(),
            "--format",
            "html, markdown,JSON",
            "--print",
            "markdown"),
        cli::describe);
    assertTrue(
        cli.out().startsWith("# Social business assessment: Bluefin Foods\n\nAs of 2026-09-30."),
        cli.out());
    assertTrue(Files.exists(dir.resolve("bluefin-foods.json")));
    assertTrue(Files.exists(dir.resolve("bluefin-foods.md")));
  }

  @Test
  void pdf_isMadeWithoutABrowser() throws IOException {
    assertEquals(
        0,
        cli.run(
            "assess",
            "--sample",
            "globex",
            "--as-of",
            "2026-12-01",
            "--out",
            dir.toString(),
            "--format",
            "pdf"),
        cli::describe);
    assertTrue(cli.err().startsWith("Making the PDF report...\n"), cli::describe);
    try (PDDocument doc =
        Loader.loadPDF(Files.readAllBytes(dir.resolve("globex-industries.pdf")))) {
      assertEquals(8, doc.getNumberOfPages());
      assertEquals(
          "Social business assessment: Globex Industries", doc.getDocumentInformation().getTitle());
    }
  }

  @Test
  void branding_fromTheOptions_andFromAFile() throws IOException {
    Files.writeString(
        dir.resolve("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\""
            + " height=\"20\" fill=\"#7b2d8e\"/></svg>");
    assertEquals(
        0,
        cli.run(
            "assess",
            "--sample",
            "harbor",
            "--out",
            dir.toString(),
            "--format",
            "html,markdown",
            "--firm",
            "Northwind Advisory",
            "--author",
            "Ana Ruiz",
            "--confidential",
            "Confidential: prepared for Harbor Credit Union",
            "--accent",
            "#7b2d8e",
            "--logo",
            dir.resolve("logo.svg").toString()),
        cli::describe);
    String html = Files.readString(dir.resolve("harbor-credit-union.html"));
    assertTrue(html.contains("<img class=\"logo\" src=\"data:image/svg+xml;base64,"), html);
    assertTrue(html.contains("<p>Prepared by Ana Ruiz, Northwind Advisory.</p>"), html);
    assertTrue(html.contains("h2{border-bottom-color:#7b2d8e}"), html);
    String md = Files.readString(dir.resolve("harbor-credit-union.md"));
    assertTrue(md.contains("\n**Confidential: prepared for Harbor Credit Union**\n"), md);

    Path style = dir.resolve("style.json");
    Files.writeString(
        style,
        "{\"firm\": \"Northwind Advisory\", \"author\": \"Ana Ruiz\", \"accent\": \"#7b2d8e\","
            + " \"logo\": \"logo.svg\"}");
    assertEquals(
        0,
        cli.run(
            "assess",
            "--sample",
            "harbor",
            "--out",
            dir.toString(),
            "--style",
            style.toString(),
            "--author",
            "Li Wei"));
    html = Files.readString(dir.resolve("harbor-credit-union.html"));
    assertTrue(html.contains("<p>Prepared by Li Wei, Northwind Advisory.</p>"), html);
    Files.writeString(style, "{\"firm\": \"Northwind\", \"accnt\": \"#7b2d8e\"}");
    assertEquals(
        2,
        cli.run(
            "assess", "--sample", "harbor", "--out", dir.toString(), "--style", style.toString()));
    assertEquals(
        "error: "
            + style
            + ", field accnt: is not a style field; the fields are [firm, author, confidentiality,"
            + " accent, logo] Did you mean 'accent'?\n",
        cli.err());
    Path gif = Files.write(dir.resolve("logo.gif"), new byte[] {'G', 'I', 'F'});
    assertEquals(
        2,
        cli.run("assess", "--sample", "harbor", "--out", dir.toString(), "--logo", gif.toString()));
    assertEquals("error: --logo must name a .png or .svg file, but was '" + gif + "'\n", cli.err());
  }

  @Test
  void anOrganizationFile_ofTheUsersOwn_withCommentsAndAByteOrderMark() throws IOException {
    Path file = dir.resolve("acme.json");
    Files.write(
        file,
        ("\uFEFF// saved by Notepad\n{\"name\":\"Acme Retail\",\"employees\":4000,"
                + "\"evidence\":[{\"practice\":\"LISTENING\",\"adoption\":\"HALF\"}]}")
            .getBytes(StandardCharsets.UTF_8));
    assertEquals(
        0,
        cli.run(
            "assess",
            file.toString(),
            "--as-of",
            "2026-01-15",
            "--out",
            dir.toString(),
            "--print",
            "markdown"),
        cli::describe);
    assertTrue(
        cli.out()
            .startsWith(
                "# Social business assessment: Acme Retail\n\nAs of 2026-01-15. 4,000 employees"),
        cli.out());
    assertTrue(Files.exists(dir.resolve("acme-retail.html")));

    Files.writeString(
        file,
        "{\"name\":\"Acme\",\"employees\":40,\"evidence\":[{\"practice\":\"LISTENING\",\"adoption\":\"LOTS\"}]}");
    assertEquals(2, cli.run("assess", file.toString(), "--out", dir.toString()));
    assertEquals(
        "error: "
            + file
            + ": $.evidence[0].adoption: 'LOTS' is not a Adoption; allowed: NONE, SOME, HALF, MOST\n",
        cli.err());
  }

  @Test
  void answers_inEveryFormat_areMergedAndTheirDisagreementReported() throws IOException {
    Path answers = Files.createDirectories(dir.resolve("answers"));
    Questionnaire q = Questionnaire.standard();
    List<Response> three = workshop();
    Files.writeString(answers.resolve("ana.csv"), SocialBusinessCsv.write(three.subList(0, 1), q));
    SocialBusinessJson.write(three.get(1), answers.resolve("li.json"));
    Files.writeString(answers.resolve("sam.csv"), SocialBusinessCsv.write(three.subList(2, 3), q));
    assertEquals(
        0,
        cli.run(
            "assess",
            "--sample",
            "globex",
            "--responses",
            answers.toString(),
            "--out",
            dir.toString(),
            "--format",
            "markdown,plan",
            "--print",
            "markdown"),
        cli::describe);
    String report = cli.out();
    assertTrue(report.contains("## Items for the consensus meeting"), report);
    assertTrue(
        report.contains(
            "| 1 | **Listening and monitoring** | Whole organization | Ana Ruiz (social strategist):"
                + " **Most or all** “Weekly listening report, seen”; Li Wei (community manager):"
                + " **Some**; Sam Okafor (product marketing): **About half** |"),
        report);
    assertEquals(
        "Merged 3 responses: 1 disagreement to settle",
        cli.err().lines().findFirst().orElseThrow());
    assertEquals(
        "Phase,Action,\"Practice or fact\",\"Grade now\",Target,Owner,Reason,Citation,Assignee,"
            + "\"Due date\",Status",
        Files.readAllLines(dir.resolve("globex-industries-action-plan.csv")).get(0));
    assertTrue(Files.isRegularFile(dir.resolve("globex-industries-action-plan.xlsx")));
  }

  @Test
  void answers_oneRespondentTwice_namesTheFiles() throws IOException {
    Path answers = Files.createDirectories(dir.resolve("answers"));
    Response ana = workshop().get(0);
    Files.writeString(
        answers.resolve("ana.csv"),
        SocialBusinessCsv.write(List.of(ana), Questionnaire.standard()));
    SocialBusinessJson.write(ana, answers.resolve("ana-again.json"));
    assertEquals(2, cli.run("assess", "--sample", "globex", "--responses", answers.toString()));
    assertEquals(
        "error: two responses of 'Ana Ruiz': in "
            + answers.resolve("ana-again.json")
            + " and in "
            + answers.resolve("ana.csv")
            + "; give each respondent one response\n",
        cli.err());
    Files.delete(answers.resolve("ana-again.json"));
    Files.writeString(
        answers.resolve("ana.csv"),
        "respondent,role,answered,question,answer\n"
            + "Ana Ruiz,strategist,2026-06-12,q.listening,most\n"
            + "Ana Ruiz,strategst,2026-06-12,q.official-presence,some\n");
    assertEquals(2, cli.run("assess", "--sample", "globex", "--responses", answers.toString()));
    assertEquals(
        "error: two responses of 'Ana Ruiz': in "
            + answers.resolve("ana.csv")
            + " (twice: check the role, unit and date of each row); give each respondent one"
            + " response\n",
        cli.err());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("README.md"), "answers go here");
    assertEquals(2, cli.run("assess", "--sample", "globex", "--responses", empty.toString()));
    assertEquals(
        "error: no answers in " + empty + ": it has no .json, .csv or .xlsx file\n", cli.err());
  }

  @Test
  void policy_decidedByARespondent() throws IOException {
    Path answers = Files.createDirectories(dir.resolve("answers"));
    Files.writeString(
        answers.resolve("all.csv"), SocialBusinessCsv.write(workshop(), Questionnaire.standard()));
    assertEquals(
        0,
        cli.run(
            "assess",
            "--sample",
            "globex",
            "--responses",
            answers.toString(),
            "--policy",
            "decided-by=Li Wei",
            "--format",
            "markdown",
            "--out",
            dir.toString()),
        cli::describe);
    assertTrue(
        Files.readString(dir.resolve("globex-industries.md"))
            .contains("Listening and monitoring: Some"),
        "Li Wei said some");
    assertEquals(
        2,
        cli.run(
            "assess",
            "--sample",
            "globex",
            "--responses",
            answers.toString(),
            "--policy",
            "decided-by=Bo",
            "--out",
            dir.toString()));
    assertEquals(
        "error: MergePolicy.decidedBy must name one of the respondents [Ana Ruiz, Li Wei, Sam"
            + " Okafor], but was 'Bo'\n",
        cli.err());
  }

  @Test
  void previous_givesSinceLastTime() throws IOException {
    Path before = dir.resolve("before");
    assertEquals(
        0,
        cli.run(
            "assess",
            "--sample",
            "bluefin",
            "--as-of",
            "2026-03-31",
            "--format",
            "json",
            "--out",
            before.toString()));
    assertEquals(
        0,
        cli.run(
            "assess",
            "--sample",
            "bluefin",
            "--previous",
            before.resolve("bluefin-foods.json").toString(),
            "--out",
            dir.toString(),
            "--print",
            "markdown"),
        cli::describe);
    assertTrue(cli.out().contains("## Since last time: 2026-03-31 to 2026-06-30"), cli.out());
    // an organization file as the previous one is assessed as of this day: a re-assessment
    Path organization = dir.resolve("bluefin.json");
    SocialBusinessJson.write(SampleOrganizations.presenceWithoutResponse(), organization);
    assertEquals(
        0,
        cli.run(
            "assess",
            "--sample",
            "bluefin",
            "--previous",
            organization.toString(),
            "--out",
            dir.toString(),
            "--print",
            "markdown"),
        cli::describe);
    assertTrue(cli.out().contains("## Since last time: 2026-06-30 to 2026-06-30"), cli.out());
    Path junk = Files.writeString(dir.resolve("junk.json"), "{\"name\":\"X\"}");
    assertEquals(
        2,
        cli.run(
            "assess",
            "--sample",
            "bluefin",
            "--previous",
            junk.toString(),
            "--out",
            dir.toString()));
    assertEquals("error: " + junk + ": $: missing required field 'employees'\n", cli.err());
  }

  @Test
  void questionnaire_withoutAnEngagement_goesToOut() throws IOException {
    Path out = dir.resolve("q");
    assertEquals(0, cli.run("questionnaire", "--out", out.toString(), "--respondents", "3"));
    assertEquals(
        "The questionnaire (45 questions) is in "
            + out
            + ": interview-guide.md, responses-template.csv, questionnaire.xlsx,"
            + " questionnaire-for-3.xlsx, questionnaire.json\n",
        cli.err());
    assertEquals("", cli.out());
    assertTrue(Files.readString(out.resolve("interview-guide.md")).startsWith("# Interview guide"));
    List<String> rows = Files.readAllLines(out.resolve("responses-template.csv"));
    assertEquals(
        "respondent,role,unit,answered,question,answer,note,basis,reason,text,options",
        rows.get(0));
    assertEquals(1 + 45, rows.size());
    assertEquals(
        Questionnaire.standard(),
        SocialBusinessJson.readQuestionnaire(out.resolve("questionnaire.json")));
    assertEquals(
        "PK",
        new String(
            Files.readAllBytes(out.resolve("questionnaire-for-3.xlsx")),
            0,
            2,
            StandardCharsets.US_ASCII));
  }
}
