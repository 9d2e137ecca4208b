package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The screenshots of the sample reports in {@code docs/images}, which the README shows, exist and are PNG
 * images 1280 pixels wide. Checked without a browser; {@link ReportBrowserTest} writes them.
 */
final class ReportScreenshotsTest {

  static Stream<Organization> samples() {
    return SampleOrganizations.all().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void screenshot_existsAsAPng1280Wide(Organization o) throws IOException {
    Path file = ReportBrowserTest.IMAGES.resolve(ReportBrowserTest.screenshotName(o));
    assertTrue(
        Files.isRegularFile(file),
        () ->
            file
                + " is missing; write it with -Dsocialbiz.updateScreenshots=true (ReportBrowserTest)");
    assertEquals(1280, ReportBrowserTest.width(Files.readAllBytes(file)), file::toString);
  }

  @Test
  void peerSectionScreenshot_existsAsAPng() throws IOException {
    Path file = ReportBrowserTest.IMAGES.resolve(ReportBrowserTest.PEERS_SCREENSHOT);
    assertTrue(
        Files.isRegularFile(file),
        () ->
            file
                + " is missing; write it with -Dsocialbiz.updateScreenshots=true (ReportBrowserTest)");
    assertTrue(ReportBrowserTest.width(Files.readAllBytes(file)) > 600, file::toString);
  }
}
