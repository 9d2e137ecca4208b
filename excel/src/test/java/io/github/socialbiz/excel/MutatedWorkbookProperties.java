package io.github.socialbiz.excel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * A valid filled workbook with its bytes damaged (bytes changed, cut short, or a run repeated) is read or
 * refused, and nothing else: the responses, validated, or a {@link WorkbookException} that names the
 * file; never another exception, an error or a half-read response.
 */
final class MutatedWorkbookProperties {

  private static final Questionnaire STANDARD = Questionnaire.standard();
  private static final byte[] FILLED = HostileWorkbooks.filled();

  /** One damage to a workbook's bytes. */
  record Damage(String kind, int at, int length, byte value) {
    byte[] applyTo(byte[] bytes) {
      int from = Math.floorMod(at, bytes.length);
      return switch (kind) {
        case "change" -> {
          byte[] b = bytes.clone();
          for (int i = from; i < Math.min(b.length, from + length); i++) {
            b[i] ^= value == 0 ? 1 : value;
          }
          yield b;
        }
        case "cut" -> Arrays.copyOf(bytes, from);
        default -> {
          int n = Math.min(length * 64, bytes.length - from);
          byte[] b = new byte[bytes.length + n];
          System.arraycopy(bytes, 0, b, 0, from + n);
          System.arraycopy(bytes, from, b, from + n, bytes.length - from);
          yield b;
        }
      };
    }
  }

  @Provide
  Arbitrary<Damage> damages() {
    return Combinators.combine(
            Arbitraries.of("change", "cut", "repeat"),
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.integers().between(1, 16),
            Arbitraries.bytes())
        .as(Damage::new);
  }

  /** Tries per run: the workbook is one of the untrusted input formats (SECURITY.md). */
  static final int TRIES = 10_000;

  private static final AtomicInteger READ = new AtomicInteger();
  private static final AtomicInteger REFUSED = new AtomicInteger();

  @Property(tries = TRIES)
  void damagedWorkbooks_areReadOrRefused(@ForAll("damages") Damage damage) {
    byte[] bytes = damage.applyTo(FILLED);
    Object outcome;
    try {
      outcome =
          SocialBusinessExcel.readResponses(
              new ByteArrayInputStream(bytes), "damaged.xlsx", STANDARD);
    } catch (WorkbookException e) {
      outcome = e;
    } catch (Exception | Error e) {
      throw new AssertionError(damage + " ended in " + e, e);
    }
    Statistics.collect(outcome instanceof WorkbookException ? "refused" : "read");
    (outcome instanceof WorkbookException ? REFUSED : READ).incrementAndGet();
    if (outcome instanceof WorkbookException e) {
      String m = String.valueOf(e.getMessage());
      assertTrue(m.startsWith("damaged.xlsx"), m);
      assertFalse(e.problem().isBlank());
    } else {
      @SuppressWarnings("unchecked")
      List<Response> read = (List<Response>) outcome;
      assertFalse(read.isEmpty());
      read.forEach(r -> r.validate(STANDARD));
    }
  }

  /** Writes the counts of this run to {@code target/untrusted-inputs.txt}, which {@code .ci/run} prints. */
  @AfterContainer
  static void writeCounts() throws IOException {
    int refused = REFUSED.get();
    int read = READ.get();
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target", "untrusted-inputs.txt"),
        String.format(
            "%-22s %,7d tries, %,7d refused with their place, %,6d read%n",
            "responses as workbook", refused + read, refused, read),
        StandardCharsets.UTF_8);
  }
}
