package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertEquals(2, run("--format", "pdf"));
    assertEquals(
        "error: unknown format 'pdf'; the formats are html, markdown, json\nRun with --help for the options.\n",
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
  void help_printsTheOptions() {
    assertEquals(0, run("--help"));
    assertEquals(Main.USAGE + System.lineSeparator(), out());
  }
}
