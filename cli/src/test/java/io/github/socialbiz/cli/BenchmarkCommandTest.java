package io.github.socialbiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code socialbiz benchmark} over folders of engagements and peer files. */
final class BenchmarkCommandTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** An engagement folder holding an organization and its assessment as of a date. */
  private static Path engagement(Path parent, String name, Organization o, LocalDate asOf)
      throws IOException {
    Path folder = Files.createDirectories(parent.resolve(name));
    SocialBusinessJson.write(o, folder.resolve("organization.json"));
    Assessment a = SocialBusiness.assess(o, asOf);
    Files.createDirectories(folder.resolve("history"));
    SocialBusinessJson.write(a, folder.resolve("history").resolve(asOf + ".json"));
    return folder;
  }

  /** The organization under another name (the library has no wither for it). */
  private static Organization named(Organization o, String name) throws IOException {
    return SocialBusinessJson.readOrganization(
        SocialBusinessJson.write(o).replace("\"" + o.name() + "\"", "\"" + name + "\""));
  }

  /** {@code n} clients like Bluefin, named Client 0, Client 1 ...: its evidence with content strategy at each grade in turn. */
  private static Path clients(Path dir, int n) throws IOException {
    Path clients = Files.createDirectories(dir.resolve("clients"));
    Adoption[] grades = {Adoption.SOME, Adoption.HALF, Adoption.MOST};
    for (int i = 0; i < n; i++) {
      engagement(
          clients,
          "client-" + i,
          named(
              SampleOrganizations.presenceWithoutResponse()
                  .withEvidence(Practice.CONTENT_STRATEGY, grades[i % 3]),
              "Client " + i),
          AS_OF.minusMonths(i));
    }
    return clients;
  }

  @Test
  void comparesAnEngagement_withTheLatestAssessmentOfEachClient(@TempDir Path dir)
      throws IOException {
    Path clients = clients(dir, 6);
    // the subject is one of the clients: it is not its own peer
    Path bluefin = clients.resolve("client-0");
    Cli cli = new Cli();
    assertEquals(
        0,
        cli.run(
            "benchmark",
            bluefin.toString(),
            "--peers",
            clients.toString(),
            "--same-size",
            "--same-stage"),
        cli::describe);
    assertEquals(
        String.join(
            "\n",
            "Client 0 as of 2026-06-30 among 5 peers (1,000 to 4,999 employees, at stage 2,"
                + " Presence); no figure rests on fewer than 5.",
            "  Strategy      50th percentile",
            "  Governance    50th percentile",
            "  Organization  50th percentile",
            "  Process       10th percentile",
            "  Education     50th percentile",
            "  Engagement    50th percentile",
            "  Measurement   50th percentile",
            "  Overall       10th percentile",
            "Stages of the peers: 5 at Presence. Its own: Presence.",
            "CoE among 5 peers of the same size and stage: people median 1 (middle half 1 to 1), FTE"
                + " median 0.5 (middle half 0.5 to 0.5). Its own: 1 person, 0.5 FTE.",
            "Accounts among 5 peers with an inventory: median 14 (middle half 14 to 14), idle median"
                + " 21% (middle half 21% to 21%). Its own: 14 accounts, 21% idle.",
            ""),
        cli.out());
  }

  @Test
  void anInventoryWithoutActivity_isNotOnRecord_neverNoAccounts(@TempDir Path dir)
      throws IOException {
    Path clients = clients(dir, 5);
    // the subject's inventory lists its accounts but not when each was last active
    Organization subject =
        SocialBusinessJson.readOrganization(
            SocialBusinessJson.write(
                    named(SampleOrganizations.presenceWithoutResponse(), "Subject"))
                .replaceAll(",\\s*\"lastActivity\"\\s*:\\s*\"[0-9-]+\"", ""));
    assertEquals(14, subject.accounts().size());
    assertEquals(0, subject.accounts().stream().filter(a -> a.lastActivity().isPresent()).count());
    Path folder = engagement(dir, "subject", subject, AS_OF);
    Cli cli = new Cli();
    assertEquals(
        0, cli.run("benchmark", folder.toString(), "--peers", clients.toString()), cli::describe);
    assertEquals(
        "Accounts among 5 peers with an inventory: median 14 (middle half 14 to 14), idle median"
            + " 21% (middle half 21% to 21%). Its own: not on record (no inventory, or an account's"
            + " last activity not recorded).",
        cli.out().lines().filter(l -> l.startsWith("Accounts")).findFirst().orElseThrow());
  }

  @Test
  void regionModelAndYears_chooseTheGroup_andSayHowInItsWords(@TempDir Path dir)
      throws IOException {
    // six clients assessed in 2026, one in 2023, and in a peer file one peer assessed under model 4
    Path clients = clients(dir, 6);
    engagement(
        clients,
        "old",
        named(SampleOrganizations.presenceWithoutResponse(), "Old Client"),
        LocalDate.of(2023, 6, 30));
    Path older = dir.resolve("model-5.jsonl");
    Files.writeString(
        older,
        SocialBusinessJson.writePeers(
                List.of(
                    Peer.of(
                        SocialBusiness.assess(
                            SampleOrganizations.presenceWithoutResponse(), AS_OF))))
            .replace("\"modelVersion\":6", "\"modelVersion\":5"),
        StandardCharsets.UTF_8);
    Path subject = engagement(dir, "bluefin", SampleOrganizations.presenceWithoutResponse(), AS_OF);
    Cli cli = new Cli();
    assertEquals(
        0,
        cli.run(
            "benchmark",
            subject.toString(),
            "--peers",
            clients.toString(),
            "--peers",
            older.toString(),
            "--region",
            " north america ",
            "--same-model",
            "--within-years",
            "1"),
        cli::describe);
    assertEquals(
        "Bluefin Foods as of 2026-06-30 among 6 peers (operating in north america, assessed under"
            + " model 6, assessed in 2025 or later); no figure rests on fewer than 5.",
        cli.out().lines().findFirst().orElseThrow());
    // a region no peer operates in: the refusal says how many match and what to relax
    assertEquals(
        2,
        cli.run(
            "benchmark",
            subject.toString(),
            "--peers",
            clients.toString(),
            "--peers",
            older.toString(),
            "--region",
            "EMEA"),
        cli::describe);
    assertEquals(
        "error: Peer group refused: 0 peers match (operating in EMEA), fewer than the threshold of 5."
            + " Relax a filter; peers matching without the region, 8.\n",
        cli.err());
    // options are checked before anything is read or written
    Path export = dir.resolve("export.jsonl");
    Map<List<String>, String> refused =
        ImmutableMap.of(
            List.of("--region", "  "),
            "--region takes a region's name, such as EMEA, but was blank",
            List.of("--from-year", "2025", "--within-years", "1"),
            "--from-year and --within-years both choose the first year; give one of them",
            List.of("--within-years", "0"),
            "--within-years takes 1 to 20 years, but was 0",
            List.of("--from-year", "10000"),
            "--from-year takes a year from 2000 to 9999, but was 10000");
    for (Map.Entry<List<String>, String> e : refused.entrySet()) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "benchmark",
                  subject.toString(),
                  "--peers",
                  clients.toString(),
                  "--export",
                  export.toString()));
      args.addAll(e.getKey());
      assertEquals(2, cli.run(args.toArray(new String[0])), cli::describe);
      assertEquals("error: " + e.getValue() + "\n", cli.err());
      assertEquals(false, Files.exists(export), "written though refused: " + args);
    }
  }

  @Test
  void refusesAGroupTooSmall_sayingHowMany(@TempDir Path dir) throws IOException {
    Path clients = clients(dir, 4);
    Cli cli = new Cli();
    assertEquals(
        2,
        cli.run("benchmark", clients.resolve("client-0").toString(), "--peers", clients.toString()),
        cli::describe);
    assertEquals(
        clients.resolve("client-0")
            + ": left out, the engagement compared\n"
            + "error: Peer group refused: 3 peers match (all peers), fewer than the threshold of 5."
            + " The base holds only 3 peers.\n",
        cli.err());
  }

  @Test
  void exportsAPeerFile_thatComparesTheSame(@TempDir Path dir) throws IOException {
    Path clients = clients(dir, 7);
    Path subject = engagement(dir, "bluefin", SampleOrganizations.presenceWithoutResponse(), AS_OF);
    Path file = dir.resolve("peers.jsonl");
    Cli cli = new Cli();
    assertEquals(
        0,
        cli.run(
            "benchmark",
            subject.toString(),
            "--peers",
            clients.toString(),
            "--export",
            file.toString()),
        cli::describe);
    String fromFolders = cli.out();
    assertEquals("wrote 7 peers to " + file + "\n", cli.err());
    assertEquals(7, Files.readAllLines(file).size());
    assertEquals(false, Files.readString(file).contains("Client"));
    assertEquals(
        0, cli.run("benchmark", subject.toString(), "--peers", file.toString()), cli::describe);
    assertEquals(fromFolders, cli.out());
  }

  @Test
  void readsAFolderOfAssessmentFiles_eachOrganizationOnce_neverItself(@TempDir Path dir)
      throws IOException {
    Path folder = Files.createDirectories(dir.resolve("assessments"));
    // five clients, the first assessed three times, and two assessments of the subject itself
    for (int i = 0; i < 5; i++) {
      Organization client = named(SampleOrganizations.presenceWithoutResponse(), "Client " + i);
      // the first client's latest assessment is neither the first file read nor the last
      long[] monthsBack = i == 0 ? new long[] {3, 0, 6} : new long[] {0};
      for (int k = 0; k < monthsBack.length; k++) {
        SocialBusinessJson.write(
            SocialBusiness.assess(client, AS_OF.minusMonths(monthsBack[k])),
            folder.resolve("client-" + i + "-" + k + ".json"));
      }
    }
    for (int month = 1; month <= 2; month++) {
      SocialBusinessJson.write(
          SocialBusiness.assess(
              SampleOrganizations.presenceWithoutResponse(), AS_OF.minusMonths(month)),
          folder.resolve("bluefin-" + month + ".json"));
    }
    Path subject = dir.resolve("bluefin.json");
    SocialBusinessJson.write(
        SocialBusiness.assess(SampleOrganizations.presenceWithoutResponse(), AS_OF), subject);
    Cli cli = new Cli();
    assertEquals(
        0,
        cli.run(
            "benchmark",
            subject.toString(),
            "--peers",
            folder.toString(),
            "--export",
            dir.resolve("p.jsonl").toString()),
        cli::describe);
    assertEquals(
        "Bluefin Foods as of 2026-06-30 among 5 peers (all peers); no figure rests on fewer than 5.",
        cli.out().lines().findFirst().orElseThrow());
    assertEquals(
        "9 assessments of 6 organizations: each counts once, by its latest assessment\n"
            + "left out Bluefin Foods itself, which is never its own peer\n"
            + "wrote 5 peers to "
            + dir.resolve("p.jsonl")
            + "\n",
        cli.err());
    // the client assessed three times counts by its latest assessment: all five peers are of 2026
    // Q2
    assertEquals(5, Files.readString(dir.resolve("p.jsonl")).split("\"2026-Q2\"", -1).length - 1);
  }

  @Test
  void assess_addsAmongYourPeers_orSaysWhyNot(@TempDir Path dir) throws IOException {
    Path clients = clients(dir, 6);
    Path subject = engagement(dir, "bluefin", SampleOrganizations.presenceWithoutResponse(), AS_OF);
    Cli cli = new Cli();
    assertEquals(
        0,
        cli.run(
            "assess",
            subject.toString(),
            "--as-of",
            "2026-07-01",
            "--format",
            "markdown",
            "--peers",
            clients.toString()),
        cli::describe);
    Path report;
    try (var files = Files.list(subject.resolve("reports"))) {
      report = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
    }
    String md = Files.readString(report);
    assertEquals(true, md.contains("## Among your peers\n\nCompared with 6 organizations"), md);
    // too few: the report is written without the section, and standard error says why
    Path few = clients(dir.resolve("few"), 2);
    assertEquals(
        0,
        cli.run(
            "assess",
            subject.toString(),
            "--as-of",
            "2026-07-02",
            "--format",
            "markdown",
            "--peers",
            few.toString()),
        cli::describe);
    assertEquals(
        true,
        cli.err()
            .contains(
                "Among your peers left out of the report: Peer group refused: 2 peers match (1,000 to"
                    + " 4,999 employees, at stage 2, Presence), fewer than the threshold of 5."),
        cli::describe);
  }
}
