package io.github.socialbiz.docs;

import io.github.socialbiz.testing.GeneratedDocs;
import java.io.IOException;
import java.util.Map;

/**
 * Compares a generated documentation page with the committed one, or rewrites it when the system
 * property {@code socialbiz.updateDocs} is {@code true}:
 * {@code ./mvnw -B -ntp -pl core test -Dtest='*PageTest' -Dsocialbiz.updateDocs=true}.
 *
 * <p>A page may also be hand-written with generated sections ({@link #checkSections}); see {@link
 * GeneratedDocs}.
 */
final class GeneratedPage {

  private static final String REGENERATE =
      "./mvnw -B -ntp -pl core test -Dtest='*PageTest' -Dsocialbiz.updateDocs=true";

  private GeneratedPage() {}

  static void check(String relativePath, String generated) throws IOException {
    GeneratedDocs.check(relativePath, generated, REGENERATE);
  }

  static void checkSections(String relativePath, Map<String, String> sections) throws IOException {
    GeneratedDocs.checkSections(relativePath, sections, REGENERATE);
  }

  static String cell(Object text) {
    return String.valueOf(text).replace("|", "\\|").replace("\n", " ");
  }
}
