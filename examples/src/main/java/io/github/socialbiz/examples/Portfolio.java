package io.github.socialbiz.examples;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A portfolio job: assesses many organizations in parallel with plain {@code java.util.concurrent}, one
 * shared {@link Assessor} (immutable, so safe to share), and counts them by stage.
 */
public final class Portfolio {

  private Portfolio() {}

  /**
   * Makes a portfolio of variations on the samples: each sample with one practice raised, for every practice.
   *
   * @return the organizations, in a fixed order
   */
  public static List<Organization> variations() {
    List<Organization> portfolio = new ArrayList<>();
    for (Organization o : SampleOrganizations.all()) {
      for (Practice p : Practice.values()) {
        portfolio.add(o.withEvidence(p, Adoption.MOST));
      }
    }
    return portfolio;
  }

  /**
   * Assesses every organization on a pool of threads.
   *
   * @param organizations  the portfolio
   * @param asOf  the date
   * @param threads  how many threads
   * @return the assessments, in the portfolio's order
   * @throws InterruptedException if interrupted while waiting
   * @throws ExecutionException if an assessment fails
   */
  public static List<Assessment> assessAll(
      List<Organization> organizations, LocalDate asOf, int threads)
      throws InterruptedException, ExecutionException {
    Assessor assessor = Assessor.standard();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Assessment>> futures = new ArrayList<>(organizations.size());
      for (Organization o : organizations) {
        futures.add(pool.submit(() -> assessor.assess(o, asOf)));
      }
      List<Assessment> results = new ArrayList<>(futures.size());
      for (Future<Assessment> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Counts assessments by stage.
   *
   * @param assessments  the assessments
   * @return the count per stage, every stage present
   */
  public static Map<Stage, Integer> byStage(List<Assessment> assessments) {
    Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      counts.put(s, 0);
    }
    assessments.forEach(a -> counts.merge(a.stage(), 1, Integer::sum));
    return counts;
  }

  /**
   * Assesses the portfolio on every core and prints the count per stage.
   *
   * @param args  ignored
   * @throws Exception if an assessment fails
   */
  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  static void run(PrintStream out) throws InterruptedException, ExecutionException {
    List<Organization> portfolio = variations();
    List<Assessment> results =
        assessAll(portfolio, SampleOrganizations.AS_OF, Runtime.getRuntime().availableProcessors());
    out.println(portfolio.size() + " organizations assessed");
    byStage(results).forEach((stage, n) -> out.println("  " + stage.displayName() + ": " + n));
  }
}
