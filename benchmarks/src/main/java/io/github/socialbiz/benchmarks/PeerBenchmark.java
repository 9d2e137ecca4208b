package io.github.socialbiz.benchmarks;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.jackson.SocialBusinessJsonException;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.peers.Facet;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.peers.PeerBase;
import io.github.socialbiz.peers.PeerComparison;
import io.github.socialbiz.peers.PeerFilter;
import io.github.socialbiz.peers.PeerGroup;
import io.github.socialbiz.peers.Quarter;
import io.github.socialbiz.peers.Rank;
import io.github.socialbiz.peers.Span;
import io.github.socialbiz.peers.Staffing;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.profile.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A peer base of 1,000 to 100,000 peers: reading it from a JSON Lines file, choosing a group (with the
 * check against small groups), ranking one organization in it, and a whole comparison.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class PeerBenchmark {

  /** A base of a given size, its file, and Bluefin Foods to compare. */
  @State(Scope.Benchmark)
  public static class Base {
    @Param({"1000", "10000", "100000"})
    public int peers = 1000;

    String file = "";
    PeerBase base = PeerBase.of(List.of());

    @SuppressWarnings("NullAway.Init") // set in setUp
    PeerGroup group;

    final Assessment bluefin =
        SocialBusiness.assess(
            SampleOrganizations.presenceWithoutResponse(), LocalDate.of(2026, 6, 30));
    final PeerFilter filter =
        PeerFilter.all().withSizeBand(SizeBand.FROM_1_000_TO_4_999).withStage(Stage.PRESENCE);
    final Span overall = new Span(0.3, 0.45);

    @Setup(Level.Trial)
    public void setUp() throws SocialBusinessJsonException {
      file = SocialBusinessJson.writePeers(generate(peers));
      base = base(file);
      group = base.group(filter);
    }
  }

  static PeerBase base(String file) throws SocialBusinessJsonException {
    return PeerBase.of(SocialBusinessJson.readPeers(file)).withFacets(Facet.SIZE_BAND, Facet.STAGE);
  }

  /** Peers of four size bands, three stages, twenty sectors, scores and staffing at random. */
  static List<Peer> generate(int n) {
    SplittableRandom random = new SplittableRandom(42);
    List<Peer> out = new ArrayList<>(n);
    SizeBand[] bands = SizeBand.values();
    Stage[] stages = {Stage.PLANNING, Stage.PRESENCE, Stage.ENGAGEMENT};
    for (int i = 0; i < n; i++) {
      double low = random.nextInt(0, 8) / 10.0;
      Peer.Builder b =
          Peer.builder()
              .assessed(new Quarter(2024 + random.nextInt(3), 1 + random.nextInt(4)))
              .modelVersion(5)
              .sizeBand(bands[random.nextInt(bands.length)])
              .sector(Sector.values()[random.nextInt(Sector.values().length)])
              .addRegions("North America")
              .regulated(random.nextBoolean())
              .stage(stages[i % stages.length])
              .possibleStage(stages[i % stages.length])
              .overall(new Span(low, low + 0.2))
              .completeness(random.nextInt(5, 11) / 10.0)
              .coe(
                  new Staffing(
                      ImmutableMap.of(Role.COMMUNITY_MANAGER, 1 + random.nextInt(5)),
                      ImmutableMap.of(Role.COMMUNITY_MANAGER, 1.0)))
              .accounts(1 + random.nextInt(60))
              .idleShare(random.nextInt(0, 11) / 10.0);
      for (Dimension d : Dimension.values()) {
        double l = random.nextInt(0, 9) / 10.0;
        b.putScore(d, new Span(l, l + 0.1));
      }
      out.add(b.build());
    }
    return out;
  }

  /** Reads the peer file and builds the base. */
  @Benchmark
  public PeerBase read(Base s) throws SocialBusinessJsonException {
    return base(s.file);
  }

  /** Chooses the group of one size band and stage, checked against small groups. */
  @Benchmark
  public PeerGroup group(Base s) {
    return s.base.group(s.filter);
  }

  /** Ranks one overall score in a group already chosen. */
  @Benchmark
  public Rank rank(Base s) {
    return s.group.rankOverall(s.overall);
  }

  /** A whole comparison: group, ranks, stage counts, CoE and account subgroups. */
  @Benchmark
  public Object compare(Base s) {
    PeerComparison c = s.base.compare(s.bluefin, s.filter);
    return List.of(c.overall(), c.coe(), c.accounts());
  }
}
