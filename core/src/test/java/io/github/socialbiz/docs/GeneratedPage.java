package io.github.socialbiz.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a generated documentation page with the committed one, or rewrites it when the system
 * property {@code socialbiz.updateDocs} is {@code true}:
 * {@code ./mvnw -B -ntp -pl core test -Dtest='*PageTest' -Dsocialbiz.updateDocs=true}.
 */
final class GeneratedPage {

  private GeneratedPage() {}

  static void check(String relativePath, String generated) throws IOException {
    Path page = Path.of("..", "docs").resolve(relativePath);
    if (Boolean.getBoolean("socialbiz.updateDocs")) {
      Files.writeString(page, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
    assertEquals(
        generated,
        committed,
        () ->
            "docs/"
                + relativePath
                + " is stale: regenerate it with "
                + "./mvnw -B -ntp -pl core test -Dtest='*PageTest' -Dsocialbiz.updateDocs=true");
  }

  static String cell(Object text) {
    return String.valueOf(text).replace("|", "\\|").replace("\n", " ");
  }
}
