package io.github.socialbiz.testing;

import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Computes a value on a thread of its own, for determinism checks that compare a result computed on the
 * test's thread with one computed on another: a single-thread executor started and shut down per call.
 */
public final class OtherThread {

  private static final long TIMEOUT_SECONDS = 60;

  private OtherThread() {}

  /** Computes the value on a new thread, not the caller's, and returns it; an exception there is rethrown here. */
  public static <T> T compute(Callable<T> task) {
    Thread caller = Thread.currentThread();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<T> result =
          executor.submit(
              () -> {
                assertNotSame(caller, Thread.currentThread());
                return task.call();
              });
      return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("no result within " + TIMEOUT_SECONDS + " s", e);
    } finally {
      executor.shutdownNow();
      try {
        if (!executor.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the executor did not terminate");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
