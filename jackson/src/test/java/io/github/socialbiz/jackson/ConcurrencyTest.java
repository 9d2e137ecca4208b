package io.github.socialbiz.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared ObjectMapper with the module, many threads: the same JSON and the same values as one thread. */
final class ConcurrencyTest {

  private static final int THREADS = 8;

  @Test
  void sharedMapper_writesAndReadsTheSameOnEveryThread() throws Exception {
    ObjectMapper shared = new ObjectMapper().registerModule(new SocialBusinessModule());
    List<Organization> organizations = new ArrayList<>();
    for (Organization o : SampleOrganizations.all()) {
      for (Practice p : Practice.values()) {
        organizations.add(o.withEvidence(p, Adoption.MOST));
      }
    }
    List<Assessment> assessments = new ArrayList<>();
    List<String> json = new ArrayList<>();
    for (Organization o : organizations) {
      Assessment a = Assessor.standard().assess(o, SampleOrganizations.AS_OF);
      assessments.add(a);
      json.add(shared.writeValueAsString(a));
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
                  for (int i = 0; i < organizations.size(); i++) {
                    int k = (i + offset * 13) % organizations.size();
                    assertEquals(json.get(k), shared.writeValueAsString(assessments.get(k)));
                    assertEquals(
                        assessments.get(k), shared.readValue(json.get(k), Assessment.class));
                    assertEquals(
                        organizations.get(k),
                        shared.readValue(
                            shared.writeValueAsString(organizations.get(k)), Organization.class));
                  }
                  return organizations.size();
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
