package io.github.socialbiz.benchmarks;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.profile.Organization;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A portfolio of organizations assessed on every core with one shared assessor and a fixed thread pool.
 * Every assessment of the portfolio is kept until the end of an operation, so the live set is large; a
 * fixed 4 GB heap keeps garbage collection from dominating the variance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PortfolioBenchmark {

  @Param({"10000"})
  public int organizations = 10_000;

  private final Assessor assessor = Assessor.standard();
  private List<Organization> portfolio = List.of();
  private ExecutorService pool = Executors.newSingleThreadExecutor();

  @Setup(Level.Trial)
  public void setUp() {
    portfolio = Fixtures.portfolio(organizations);
    pool.shutdown();
    pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdown();
  }

  @Benchmark
  public List<Assessment> allCores() throws InterruptedException, ExecutionException {
    int threads = Runtime.getRuntime().availableProcessors();
    int chunk = (portfolio.size() + threads - 1) / threads;
    List<Future<List<Assessment>>> parts = new ArrayList<>(threads);
    for (int from = 0; from < portfolio.size(); from += chunk) {
      List<Organization> slice = portfolio.subList(from, Math.min(portfolio.size(), from + chunk));
      parts.add(
          pool.submit(
              () -> {
                List<Assessment> out = new ArrayList<>(slice.size());
                for (Organization o : slice) {
                  out.add(assessor.assess(o, Fixtures.AS_OF));
                }
                return out;
              }));
    }
    List<Assessment> all = new ArrayList<>(portfolio.size());
    for (Future<List<Assessment>> part : parts) {
      all.addAll(part.get());
    }
    return all;
  }
}
