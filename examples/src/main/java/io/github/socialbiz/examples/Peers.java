package io.github.socialbiz.examples;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.peers.Facet;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.peers.PeerBase;
import io.github.socialbiz.peers.PeerComparison;
import io.github.socialbiz.peers.PeerFilter;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Among your peers (the twin of {@code jshell/08-peers.jsh}). */
public final class Peers {

  private Peers() {}

  /**
   * Prints Bluefin Foods against twelve clients like it.
   *
   * @param args  ignored
   * @throws IOException if the temporary peer file cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(System.out);
  }

  static void run(PrintStream out) throws IOException {
    Assessment bluefin =
        SocialBusiness.assess(
            SampleOrganizations.presenceWithoutResponse(), SampleOrganizations.AS_OF);
    List<Assessment> past = new ArrayList<>();
    for (Adoption grade : Adoption.values()) {
      for (Practice p :
          List.of(
              Practice.LISTENING, Practice.CONTENT_STRATEGY, Practice.OBJECTIVE_ALIGNED_METRICS)) {
        past.add(
            SocialBusiness.assess(
                SampleOrganizations.presenceWithoutResponse().withEvidence(p, grade),
                SampleOrganizations.AS_OF.minusMonths(grade.ordinal())));
      }
    }
    Path file = Files.createTempFile("peers", ".jsonl");
    SocialBusinessJson.writePeers(past.stream().map(Peer::of).toList(), file);
    PeerBase base =
        PeerBase.of(SocialBusinessJson.readPeers(file)).withFacets(Facet.SIZE_BAND, Facet.STAGE);
    out.println(base);
    PeerComparison c =
        base.compare(
            bluefin,
            PeerFilter.all()
                .withSizeBand(
                    bluefin.organization().employees() < 5000
                        ? SizeBand.FROM_1_000_TO_4_999
                        : SizeBand.FROM_5_000_TO_99_999)
                .withStage(bluefin.stage()));
    out.println(c);
    c.dimensions().forEach((d, r) -> out.println("  " + d.displayName() + ": " + r));
    out.println(c.coe().map(f -> "CoE people " + f.headcount()).orElse(c.coeWithheld().orElse("")));
    // a group too small is refused, saying what to relax
    try {
      base.withThreshold(5).compare(bluefin, PeerFilter.all().withStage(Stage.FORMALIZED));
    } catch (SocialBusinessException e) {
      out.println(e.getMessage());
    }
    Files.delete(file);
  }
}
