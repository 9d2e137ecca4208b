package io.github.socialbiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a fresh JVM with a Turkish locale, the earliest time zone on Earth, Latin-1 as the
 * default charset and an empty home writes byte for byte the reports of core's golden files.
 */
final class ForeignLocaleTest {

  @TempDir Path dir;

  @Test
  void foreignLocaleTimeZoneAndCharset_writeTheGoldenReports() throws Exception {
    Path out = dir.resolve("reports");
    Path home = Files.createDirectories(dir.resolve("home"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Duser.language=tr",
                    "-Duser.country=TR",
                    "-Duser.timezone=Pacific/Kiritimati",
                    "-Dfile.encoding=ISO-8859-1",
                    "-Duser.home=" + home,
                    "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
                    "--class-path",
                    System.getProperty("java.class.path"),
                    SocialBizCli.class.getName(),
                    "assess",
                    "--sample",
                    "globex",
                    "--format",
                    "html,markdown",
                    "--out",
                    out.toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(2, TimeUnit.MINUTES);
    assertEquals(0, p.exitValue(), output);
    Path golden = Path.of("..", "core", "src", "test", "resources", "golden");
    for (String report : List.of("globex-industries.html", "globex-industries.md")) {
      assertEquals(
          Files.readString(golden.resolve(report), StandardCharsets.UTF_8),
          Files.readString(out.resolve(report), StandardCharsets.UTF_8),
          report);
    }
  }
}
