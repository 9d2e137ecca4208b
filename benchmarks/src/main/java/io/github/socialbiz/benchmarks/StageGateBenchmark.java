package io.github.socialbiz.benchmarks;

import io.github.socialbiz.assessment.Gates;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.profile.Organization;
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

/** The six-stage gate evaluation of each sample: socialbiz's {@code Gates} against the same gates in Easy Rules. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageGateBenchmark {

  @Param({"harbor", "bluefin", "globex"})
  public String sample = "globex";

  private Organization organization = Fixtures.sample("globex");
  private final Gates<Stage> gates = Gates.stages();
  private final EasyRulesGates easyRules = new EasyRulesGates();

  @Setup(Level.Trial)
  public void setUp() {
    organization = Fixtures.sample(sample);
  }

  @Benchmark
  public Stage socialbiz() {
    return gates.reached(organization).orElseThrow();
  }

  @Benchmark
  public Stage easyRules() {
    return easyRules.reached(organization);
  }
}
