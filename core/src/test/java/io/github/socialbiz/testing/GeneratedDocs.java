package io.github.socialbiz.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Keeps a generated documentation page under {@code docs/} in step with the code: compares what the code
 * generates with the committed page, or rewrites the page when the system property {@code
 * socialbiz.updateDocs} is {@code true}. A page is generated whole ({@link #check}) or is hand-written
 * with generated sections ({@link #checkSections}), each the text between {@code <!-- generated: NAME -->}
 * and {@code <!-- end generated -->}; only those are compared and rewritten. Shared by the core and
 * Jackson modules' page tests.
 */
public final class GeneratedDocs {

  private static final String END = "<!-- end generated -->";

  private GeneratedDocs() {}

  /**
   * Checks, or rewrites, a page generated whole.
   *
   * @param relativePath  the page under {@code docs/}, such as {@code rules.md}
   * @param generated  the page as the code generates it
   * @param regenerate  the command that regenerates it, for the failure message
   * @throws IOException if the page cannot be read or written
   */
  public static void check(String relativePath, String generated, String regenerate)
      throws IOException {
    Path page = page(relativePath);
    String committed = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
    compare(relativePath, generated, committed, regenerate);
  }

  /**
   * Checks, or rewrites, the generated sections of a hand-written page.
   *
   * @param relativePath  the page under {@code docs/}
   * @param sections  each section's name and generated content, in any order
   * @param regenerate  the command that regenerates them, for the failure message
   * @throws IOException if the page cannot be read or written
   */
  public static void checkSections(
      String relativePath, Map<String, String> sections, String regenerate) throws IOException {
    String committed = Files.readString(page(relativePath), StandardCharsets.UTF_8);
    String generated = committed;
    for (Map.Entry<String, String> s : sections.entrySet()) {
      generated = replace(generated, s.getKey(), s.getValue());
    }
    compare(relativePath, generated, committed, regenerate);
  }

  /**
   * Replaces the content of the one section {@code name} of a page.
   *
   * @param page  the page's text
   * @param name  the section's name
   * @param content  the new content, ending with a line break
   * @return the page with the section replaced
   * @throws AssertionError if the page has the section's start marker not exactly once, or no end marker
   *     after it
   */
  public static String replace(String page, String name, String content) {
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

  private static Path page(String relativePath) {
    return Path.of("..", "docs").resolve(relativePath);
  }

  private static void compare(
      String relativePath, String generated, String committed, String regenerate)
      throws IOException {
    if (Boolean.getBoolean("socialbiz.updateDocs")) {
      Files.writeString(page(relativePath), generated, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(
        generated,
        committed,
        () -> "docs/" + relativePath + " is stale: regenerate it with " + regenerate);
  }
}
