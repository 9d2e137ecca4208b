package io.github.socialbiz.benchmarks;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.assessment.Snapshot;
import io.github.socialbiz.assessment.StandardRules;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Evaluation;
import io.github.socialbiz.rules.RuleBook;
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

/** How cost grows: account hygiene with the inventory's size; a full assessment with units and with evidence. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ScalingBenchmark {

  /** An inventory of a given size. */
  @State(Scope.Benchmark)
  public static class Accounts {
    @Param({"10", "1000", "100000", "1000000"})
    public int accounts = 10;

    Snapshot snapshot = Snapshot.of(Fixtures.withAccounts(10), Fixtures.AS_OF);
    final RuleBook<Snapshot> hygiene = StandardRules.accountHygiene();

    @Setup(Level.Trial)
    public void setUp() {
      snapshot = Snapshot.of(Fixtures.withAccounts(accounts), Fixtures.AS_OF);
    }
  }

  /** An organization with a given number of business units. */
  @State(Scope.Benchmark)
  public static class Units {
    @Param({"1", "10", "100", "1000"})
    public int units = 1;

    Organization organization = Fixtures.withUnits(1);
    final Assessor assessor = Assessor.standard();

    @Setup(Level.Trial)
    public void setUp() {
      organization = Fixtures.withUnits(units);
    }
  }

  /** An organization with evidence for a given number of practices. */
  @State(Scope.Benchmark)
  public static class EvidenceItems {
    @Param({"0", "8", "17", "34"})
    public int evidence = 0;

    Organization organization = Fixtures.withEvidence(0);
    final Assessor assessor = Assessor.standard();

    @Setup(Level.Trial)
    public void setUp() {
      organization = Fixtures.withEvidence(evidence);
    }
  }

  @Benchmark
  public Evaluation<Snapshot> accountHygiene(Accounts state) {
    return state.hygiene.evaluate(state.snapshot);
  }

  @Benchmark
  public Assessment assessWithUnits(Units state) {
    return state.assessor.assess(state.organization, Fixtures.AS_OF);
  }

  @Benchmark
  public Assessment assessWithEvidence(EvidenceItems state) {
    return state.assessor.assess(state.organization, Fixtures.AS_OF);
  }
}
