package io.github.socialbiz.docs;

import static io.github.socialbiz.docs.GeneratedPage.cell;

import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import java.io.IOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Generates the summary and the per-source sections of {@code docs/provenance.md} from {@link
 * CitationIndex} and fails when the committed page is stale; the page's introduction is hand-written.
 */
final class ProvenancePageTest {

  private static final Comparator<Citation> BY_LOCATOR =
      Comparator.comparing(Citation::locator).thenComparing(Citation::provenance);

  @Test
  void provenancePage_isUpToDate() throws IOException {
    Map<Source, Map<Citation, Set<String>>> bySource = bySource(CitationIndex.all());
    Map<String, String> sections = new LinkedHashMap<>();
    sections.put("summary", summary(bySource));
    sections.put("sources", sources(bySource));
    GeneratedPage.checkSections("provenance.md", sections);
  }

  /** Groups the uses by source (enum order), then by citation (locator order), keeping what cites each. */
  static Map<Source, Map<Citation, Set<String>>> bySource(List<CitationIndex.Use> uses) {
    Map<Source, Map<Citation, Set<String>>> bySource = new EnumMap<>(Source.class);
    for (Source s : Source.values()) {
      bySource.put(s, new TreeMap<>(BY_LOCATOR));
    }
    for (CitationIndex.Use u : uses) {
      bySource
          .get(u.citation().source())
          .computeIfAbsent(u.citation(), c -> new LinkedHashSet<>())
          .add(u.citedBy());
    }
    return bySource;
  }

  static String summary(Map<Source, Map<Citation, Set<String>>> bySource) {
    StringBuilder md = new StringBuilder("| Source |");
    for (Provenance p : Provenance.values()) {
      md.append(' ').append(p).append(" |");
    }
    md.append(" citations | uses |\n|---|");
    md.append("---:|".repeat(Provenance.values().length + 2)).append('\n');
    int[] totals = new int[Provenance.values().length];
    int citations = 0;
    int uses = 0;
    for (Map.Entry<Source, Map<Citation, Set<String>>> e : bySource.entrySet()) {
      int[] counts = new int[Provenance.values().length];
      int sourceUses = 0;
      for (Map.Entry<Citation, Set<String>> c : e.getValue().entrySet()) {
        counts[c.getKey().provenance().ordinal()]++;
        sourceUses += c.getValue().size();
      }
      md.append("| [`")
          .append(e.getKey().name())
          .append("`](#")
          .append(anchor(e.getKey()))
          .append(") |");
      for (int i = 0; i < counts.length; i++) {
        md.append(' ').append(counts[i]).append(" |");
        totals[i] += counts[i];
      }
      md.append(' ').append(e.getValue().size()).append(" | ").append(sourceUses).append(" |\n");
      citations += e.getValue().size();
      uses += sourceUses;
    }
    md.append("| all sources |");
    for (int t : totals) {
      md.append(' ').append(t).append(" |");
    }
    return md.append(' ').append(citations).append(" | ").append(uses).append(" |\n").toString();
  }

  static String sources(Map<Source, Map<Citation, Set<String>>> bySource) {
    StringBuilder md = new StringBuilder();
    for (Map.Entry<Source, Map<Citation, Set<String>>> e : bySource.entrySet()) {
      Source s = e.getKey();
      md.append("\n### ").append(s.name()).append("\n\n");
      md.append("*")
          .append(s.title())
          .append("*, ")
          .append(s.authors())
          .append(", ")
          .append(s.date())
          .append(" (")
          .append(s.kind())
          .append("). ")
          .append(s.url().map(u -> "<" + u + ">").orElse("No public address known."))
          .append("\n\n");
      if (e.getValue().isEmpty()) {
        md.append("Nothing in the library cites this source.\n");
        continue;
      }
      md.append("| Locator | Grade | Cited by |\n|---|---|---|\n");
      for (Map.Entry<Citation, Set<String>> c : e.getValue().entrySet()) {
        md.append("| ")
            .append(cell(c.getKey().locator()))
            .append(" | ")
            .append(c.getKey().provenance())
            .append(" | ")
            .append(cell(String.join("; ", c.getValue())))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  /** The anchor GitHub gives the heading {@code ### NAME}: the name in lower case. */
  private static String anchor(Source s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}
