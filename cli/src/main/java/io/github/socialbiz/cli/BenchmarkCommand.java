package io.github.socialbiz.cli;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.internal.Decimals;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.peers.AccountFigures;
import io.github.socialbiz.peers.Facet;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.peers.PeerBase;
import io.github.socialbiz.peers.PeerComparison;
import io.github.socialbiz.peers.PeerFilter;
import io.github.socialbiz.peers.Quartiles;
import io.github.socialbiz.peers.StaffingFigures;
import io.github.socialbiz.profile.Sector;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code socialbiz benchmark}: an assessment against the consultancy's own peers. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Compares an assessment with your own peers: other organizations you have assessed.",
      "",
      "Peers come from peer files (*.jsonl, written by --export), folders of engagements and folders",
      "of assessment files: each organization once, by its latest assessment, and never the one",
      "compared (by its folder or its name). A peer keeps no name, note or day, so peer files cannot",
      "be told apart by client: pool each client once. A group smaller than --threshold, or one that",
      "another filter would cut by fewer peers than that, is refused, saying what to relax."
    })
final class BenchmarkCommand implements Callable<Integer> {

  @ParentCommand SocialBizCli top = SocialBizCli.placeholder();

  @Parameters(
      index = "0",
      paramLabel = "ENGAGEMENT | ASSESSMENT",
      description = "an engagement folder (its latest assessment) or an assessment file")
  Path subject = Path.of(".");

  @Option(
      names = "--peers",
      paramLabel = "FILE | FOLDER",
      required = true,
      description =
          "a peer file, a folder of engagements or of assessment files; repeat for several")
  List<Path> sources = new ArrayList<>();

  @Option(names = "--same-size", description = "only peers of the assessment's size band")
  boolean sameSize;

  @Option(names = "--same-stage", description = "only peers at the assessment's stage")
  boolean sameStage;

  @Option(names = "--same-sector", description = "only peers of the organization's sector")
  boolean sameSector;

  @Option(
      names = "--region",
      paramLabel = "NAME",
      description = "only peers operating in NAME, such as EMEA (in any case)")
  @Nullable String region;

  @Option(
      names = "--regulated",
      description =
          "only peers stated to be regulated, or with =false only those stated not to be (a peer that"
              + " did not say is in neither)")
  @Nullable Boolean regulated;

  @Option(
      names = "--same-model",
      description = "only peers assessed under the same model version as the assessment")
  boolean sameModel;

  @Option(
      names = "--within-years",
      paramLabel = "N",
      description =
          "only peers assessed in the assessment's year less N or later (2 in 2026: from 2024),"
              + " N from 1 to 20")
  @Nullable Integer withinYears;

  @Option(
      names = "--from-year",
      paramLabel = "YEAR",
      description = "only peers assessed in YEAR or later")
  @Nullable Integer fromYear;

  @Option(
      names = "--min-completeness",
      paramLabel = "PERCENT",
      description = "only peers that assessed at least PERCENT of their practices (10, 20 ... 100)")
  @Nullable Integer minCompleteness;

  @Option(
      names = "--threshold",
      paramLabel = "N",
      description =
          "the fewest peers any figure may describe (default: ${DEFAULT-VALUE}, at least 3)")
  int threshold = PeerBase.DEFAULT_THRESHOLD;

  @Option(
      names = "--export",
      paramLabel = "FILE",
      description = "also write every peer read to FILE, a peer file to pool with other firms")
  @Nullable Path export;

  @Override
  public Integer call() throws IOException {
    Assessment assessment;
    @Nullable Path own = null;
    if (Files.isDirectory(subject)) {
      List<Assessment> history = Engagement.open(subject).assessments();
      if (history.isEmpty()) {
        throw new BadInput(
            subject + " has no assessment yet; run first: socialbiz assess " + subject);
      }
      assessment = history.get(history.size() - 1);
      own = subject.toRealPath();
    } else {
      assessment = SocialBusinessJson.readAssessment(subject);
    }
    PeerFilter filter = filter(assessment);
    List<Peer> peers = read(sources, own, assessment.organization().name(), top.err);
    if (export != null) {
      SocialBusinessJson.writePeers(peers, export);
      top.err.println("wrote " + peers.size() + " peers to " + export);
    }
    // groups can be chosen only as the options given choose them, so only those can cut a group
    Set<Facet> facets = EnumSet.of(Facet.SIZE_BAND, Facet.STAGE);
    for (Facet f : Facet.values()) {
      if (f.isIn(filter)) {
        facets.add(f);
      }
    }
    PeerBase base =
        PeerBase.of(peers).withThreshold(threshold).withFacets(facets.toArray(new Facet[0]));
    PeerComparison c = base.compare(assessment, filter);
    print(assessment, c);
    return 0;
  }

  /** The filter the options ask for, checked before anything is read. */
  private PeerFilter filter(Assessment assessment) {
    PeerFilter filter = PeerFilter.all();
    Peer self = Peer.of(assessment);
    if (sameSize) {
      filter = filter.withSizeBand(self.sizeBand());
    }
    if (sameStage) {
      filter = filter.withStage(self.stage());
    }
    if (sameSector) {
      Sector sector =
          self.sector()
              .orElseThrow(
                  () ->
                      new BadInput(
                          "--same-sector needs the organization's sector; add \"sector\" to its"
                              + " organization.json, such as \"FINANCE_AND_INSURANCE\""));
      filter = filter.withSector(sector);
    }
    if (region != null) {
      if (region.isBlank()) {
        throw new BadInput("--region takes a region's name, such as EMEA, but was blank");
      }
      filter = filter.withRegion(region.strip());
    }
    if (regulated != null) {
      filter = filter.withRegulated(regulated);
    }
    if (sameModel) {
      filter = filter.withModelVersion(self.modelVersion());
    }
    if (fromYear != null && withinYears != null) {
      throw new BadInput(
          "--from-year and --within-years both choose the first year; give one of them");
    }
    if (withinYears != null) {
      if (withinYears < 1 || withinYears > 20) {
        throw new BadInput("--within-years takes 1 to 20 years, but was " + withinYears);
      }
      filter = filter.withinYears(withinYears, assessment.asOf());
    }
    if (fromYear != null) {
      if (fromYear < 2000 || fromYear > 9999) {
        throw new BadInput("--from-year takes a year from 2000 to 9999, but was " + fromYear);
      }
      filter = filter.withAssessedFrom(fromYear);
    }
    if (minCompleteness != null) {
      if (minCompleteness % 10 != 0 || minCompleteness < 10 || minCompleteness > 100) {
        throw new BadInput(
            "--min-completeness takes 10, 20 ... 100 (whole tenths), but was " + minCompleteness);
      }
      filter = filter.withMinCompletenessTenths(minCompleteness / 10);
    }
    return filter;
  }

  /**
   * The peers of some sources: peer files; folders of engagement folders (the latest assessment of each);
   * engagement folders; folders of assessment files. An organization found in several places or assessed
   * several times is one peer, its latest assessment, told apart by name in any case; the organization
   * compared is never its own peer, left out by its engagement folder {@code own} or by its name. What was
   * counted once or left out is said on {@code notes}. Peers read from peer files name no one and are
   * taken as they are.
   */
  static List<Peer> read(List<Path> sources, @Nullable Path own, String ownName, PrintStream notes)
      throws IOException {
    List<Peer> out = new ArrayList<>();
    Map<String, Assessment> latest = new LinkedHashMap<>();
    int assessments = 0;
    for (Path source : sources) {
      if (!Files.isDirectory(source)) {
        out.addAll(SocialBusinessJson.readPeers(source));
        continue;
      }
      List<Path> folders;
      List<Path> files;
      try (Stream<Path> listing = Files.list(source)) {
        List<Path> all = listing.sorted().toList();
        folders = all.stream().filter(Engagement::is).toList();
        files =
            all.stream()
                .filter(f -> Files.isRegularFile(f) && !Inputs.skipped(f))
                .filter(f -> f.getFileName().toString().endsWith(".json"))
                .toList();
      }
      if (Engagement.is(source)) {
        folders = List.of(source);
        files = List.of();
      }
      List<Assessment> found = new ArrayList<>();
      for (Path folder : folders) {
        if (own != null && folder.toRealPath().equals(own)) {
          notes.println(folder + ": left out, the engagement compared");
          continue;
        }
        List<Assessment> history = Engagement.open(folder).assessments();
        if (!history.isEmpty()) {
          found.add(history.get(history.size() - 1));
        }
      }
      for (Path file : files) {
        found.add(SocialBusinessJson.readAssessment(file));
      }
      for (Assessment a : found) {
        assessments++;
        latest.merge(key(a.organization().name()), a, BenchmarkCommand::later);
      }
    }
    if (latest.size() < assessments) {
      notes.println(
          assessments
              + " assessments of "
              + latest.size()
              + " organizations: each counts once, by its latest assessment");
    }
    if (latest.remove(key(ownName)) != null) {
      notes.println("left out " + ownName + " itself, which is never its own peer");
    }
    for (Assessment a : latest.values()) {
      out.add(Peer.of(a));
    }
    return out;
  }

  /** Of two assessments of one organization, the later; the first read when they are of one day. */
  private static Assessment later(Assessment was, Assessment now) {
    return now.asOf().isAfter(was.asOf()) ? now : was;
  }

  /** An organization's name as peers are told apart: without surrounding spaces, in any case. */
  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private void print(Assessment a, PeerComparison c) {
    top.out.println(
        a.organization().name()
            + " as of "
            + a.asOf()
            + " among "
            + c.group().size()
            + " peers ("
            + c.group().filter().describe()
            + "); no figure rests on fewer than "
            + c.group().threshold()
            + ".");
    c.dimensions().forEach((d, r) -> top.out.println("  " + pad(d.displayName()) + r));
    top.out.println("  " + pad("Overall") + c.overall());
    StringBuilder stages = new StringBuilder("Stages of the peers:");
    c.stages()
        .forEach(
            (s, n) -> {
              if (n > 0) {
                stages.append(' ').append(n).append(" at ").append(s.displayName()).append(';');
              }
            });
    top.out.println(
        stages.substring(0, stages.length() - 1)
            + ". Its own: "
            + c.own().stage().displayName()
            + (c.own().possibleStage() == c.own().stage()
                ? ""
                : " (possibly up to " + c.own().possibleStage().displayName() + ")")
            + ".");
    String ownCoe =
        c.own()
            .coe()
            .map(
                s ->
                    s.totalHeadcount()
                        + (s.totalHeadcount() == 1 ? " person, " : " people, ")
                        + Decimals.tenths(s.totalFte())
                        + " FTE")
            .orElse("not on record");
    if (c.coe().isPresent()) {
      StaffingFigures f = c.coe().get();
      top.out.println(
          "CoE among "
              + f.size()
              + " peers of the same size and stage: people "
              + spread(f.headcount(), false)
              + ", FTE "
              + spread(f.fte(), false)
              + ". Its own: "
              + ownCoe
              + ".");
    } else {
      top.out.println("CoE: " + c.coeWithheld().orElse("") + ". Its own: " + ownCoe + ".");
    }
    String ownAccounts =
        c.own().accounts().isPresent()
            ? c.own().accounts().get()
                + " accounts, "
                + Math.round(c.own().idleShare().orElseThrow() * 100) // given with the accounts
                + "% idle"
            : "not on record (no inventory, or an account's last activity not recorded)";
    if (c.accounts().isPresent()) {
      AccountFigures f = c.accounts().get();
      top.out.println(
          "Accounts among "
              + f.size()
              + " peers with an inventory: "
              + spread(f.accounts(), false)
              + ", idle "
              + spread(f.idleShare(), true)
              + ". Its own: "
              + ownAccounts
              + ".");
    } else {
      top.out.println(
          "Accounts: " + c.accountsWithheld().orElse("") + ". Its own: " + ownAccounts + ".");
    }
  }

  /** A median and the middle half, such as {@code median 4 (middle half 3 to 7)}. */
  private static String spread(Quartiles q, boolean percent) {
    return "median "
        + figure(q.median(), percent)
        + " (middle half "
        + figure(q.lower(), percent)
        + " to "
        + figure(q.upper(), percent)
        + ")";
  }

  private static String figure(double v, boolean percent) {
    return percent ? Math.round(v * 100) + "%" : Decimals.tenths(v);
  }

  private static String pad(String s) {
    return String.format("%-14s", s);
  }
}
