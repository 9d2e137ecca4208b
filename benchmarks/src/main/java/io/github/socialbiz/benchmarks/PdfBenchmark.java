package io.github.socialbiz.benchmarks;

import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.pdf.SocialBusinessPdf;
import io.github.socialbiz.report.ReportContext;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Rendering Globex's report as a PDF (socialbiz-pdf), after warm-up: the budget is under one second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfBenchmark {

  private final ReportContext globex =
      ReportContext.of(Assessor.standard().assess(Fixtures.sample("globex"), Fixtures.AS_OF));

  @Benchmark
  public byte[] globex() {
    return SocialBusinessPdf.report(globex);
  }
}
