package io.github.socialbiz.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Compares a generated documentation page with the committed one, or rewrites it when the system
 * property {@code socialbiz.updateDocs} is {@code true}:
 * {@code ./mvnw -B -ntp -pl core test -Dtest='*PageTest' -Dsocialbiz.updateDocs=true}.
 *
 * <p>A page may also be hand-written with generated sections ({@link #checkSections}): each is the text
 * between {@code <!-- generated: NAME -->} and {@code <!-- end generated -->}, and only those are
 * compared and rewritten.
 */
final class GeneratedPage {

  private static final String END = "<!-- end generated -->";

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

  static void checkSections(String relativePath, Map<String, String> sections) throws IOException {
    Path page = Path.of("..", "docs").resolve(relativePath);
    String committed = Files.readString(page, StandardCharsets.UTF_8);
    String generated = committed;
    for (Map.Entry<String, String> s : sections.entrySet()) {
      generated = replace(generated, s.getKey(), s.getValue());
    }
    if (Boolean.getBoolean("socialbiz.updateDocs")) {
      Files.writeString(page, generated, StandardCharsets.UTF_8);
      committed = generated;
    }
    assertEquals(
        generated,
        committed,
        () ->
            "docs/"
                + relativePath
                + " is stale: regenerate it with "
                + "./mvnw -B -ntp -pl core test -Dtest='*PageTest' -Dsocialbiz.updateDocs=true");
  }

  /** Replaces the content of the one section {@code name} of a page. */
  static String replace(String page, String name, String content) {
    String start = "<!-- generated: " + name + " -->\n";
    int from = page.indexOf(start);
    if (from < 0 || page.indexOf(start, from + 1) >= 0) {
      throw new AssertionError(
          "the page needs the marker '" + start.trim() + "' once, followed by '" + END + "'");
    }
    int to = page.indexOf(END, from + start.length());
    if (to < 0) {
      throw new AssertionError("the section '" + name + "' has no '" + END + "'");
    }
    return page.substring(0, from + start.length()) + content + page.substring(to);
  }

  static String cell(Object text) {
    return String.valueOf(text).replace("|", "\\|").replace("\n", " ");
  }
}
