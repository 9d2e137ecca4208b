package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.report.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared assessor, many threads, many organizations: the same results as one thread, and no exception. */
final class ConcurrencyTest {

  private static final int THREADS = 8;

  private static List<Organization> organizations() {
    List<Organization> out = new ArrayList<>();
    for (Organization o : SampleOrganizations.all()) {
      for (Practice p : Practice.values()) {
        for (Adoption a : Adoption.values()) {
          out.add(o.withEvidence(p, a));
        }
      }
    }
    return out;
  }

  @Test
  void sharedAssessor_givesTheSequentialResultsOnEveryThread() throws Exception {
    Assessor shared = Assessor.standard();
    List<Organization> organizations = organizations();
    List<Assessment> sequential = new ArrayList<>();
    List<String> pages = new ArrayList<>();
    for (Organization o : organizations) {
      Assessment a = shared.assess(o, SampleOrganizations.AS_OF);
      sequential.add(a);
      pages.add(Reports.html(a));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  int checked = 0;
                  // each thread walks the whole list from a different starting point, so threads
                  // overlap on every organization
                  for (int i = 0; i < organizations.size(); i++) {
                    int k = (i + offset * 37) % organizations.size();
                    Assessment a = shared.assess(organizations.get(k), SampleOrganizations.AS_OF);
                    assertEquals(sequential.get(k), a);
                    assertEquals(pages.get(k), Reports.html(a));
                    checked++;
                  }
                  return checked;
                }));
      }
      start.countDown();
      for (Future<Integer> w : workers) {
        assertEquals(organizations.size(), w.get(5, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
