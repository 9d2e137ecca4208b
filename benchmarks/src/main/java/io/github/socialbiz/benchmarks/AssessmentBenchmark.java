package io.github.socialbiz.benchmarks;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.report.Reports;
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

/** A full assessment of each sample (every standard book, findings, roadmap, units, benchmarks), and each report. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessmentBenchmark {

  @Param({"harbor", "bluefin", "globex"})
  public String sample = "globex";

  private final Assessor assessor = Assessor.standard();
  private Organization organization = Fixtures.sample("globex");
  private Assessment assessment = assessor.assess(organization, Fixtures.AS_OF);

  @Setup(Level.Trial)
  public void setUp() {
    organization = Fixtures.sample(sample);
    assessment = assessor.assess(organization, Fixtures.AS_OF);
  }

  @Benchmark
  public Assessment assess() {
    return assessor.assess(organization, Fixtures.AS_OF);
  }

  @Benchmark
  public String markdown() {
    return Reports.markdown(assessment);
  }

  @Benchmark
  public String html() {
    return Reports.html(assessment);
  }
}
