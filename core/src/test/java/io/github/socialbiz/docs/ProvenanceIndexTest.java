package io.github.socialbiz.docs;

import static io.github.socialbiz.source.Provenance.INFERRED;
import static io.github.socialbiz.source.Provenance.REPORTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every citation of the model says where in its source it points, and every source is cited. */
final class ProvenanceIndexTest {

  /** Sources the library registers but does not cite yet, each with the reason. */
  private static final ImmutableMap<Source, String> KNOWN_UNCITED =
      ImmutableMap.of(
          Source.SCALABLE_SOCIAL_BUSINESS_2013,
          "registered for its case studies of distributed programs; no fact of it is encoded yet");

  /** Words that mark a locator as a placeholder rather than a place in the source. */
  private static final ImmutableList<String> PLACEHOLDERS =
      ImmutableList.of("todo", "tbd", "fixme", "unknown", "n/a", "?", "xxx");

  @Test
  void theIndex_findsCitationsInEveryPartOfTheModel() {
    List<String> citedBy =
        CitationIndex.all().stream().map(CitationIndex.Use::citedBy).collect(Collectors.toList());
    for (String kind :
        List.of(
            "stage ",
            "guidance of stage ",
            "criterion `stage.",
            "level ",
            "criterion `level.",
            "readiness finding ",
            "practice `",
            "fact `",
            "organizational model ",
            "adoption of organizational model ",
            "role ",
            "CoE responsibility ",
            "team benchmark of size band ",
            "crisis definition",
            "participation stance ",
            "proliferation step ",
            "success factor ",
            "charter element ",
            "charter prohibition",
            "rule `",
            "statistic `",
            "model recommendation")) {
      assertTrue(
          citedBy.stream().anyMatch(c -> c.startsWith(kind)),
          () -> "no citation found for '" + kind + "'");
    }
  }

  @Test
  void everyStandardRule_citesASourceRatherThanFreeText() {
    assertEquals(List.of(), CitationIndex.uncitedRules());
  }

  @Test
  void everyCitation_hasALocator() {
    List<String> bad =
        CitationIndex.all().stream()
            .filter(u -> !isLocator(u.citation()))
            .map(u -> u.citedBy() + ": " + u.citation())
            .distinct()
            .collect(Collectors.toList());
    assertEquals(List.of(), bad, "citations without a real locator");
  }

  @Test
  void aLocator_isAPlaceInTheSourceNotAPlaceholderNorTheTitle() {
    Source s = Source.SIX_STAGES_2013;
    assertTrue(isLocator(s.at("Key findings", INFERRED)));
    assertTrue(isLocator(s.at("Stage 4, Formalized: executive sponsor", REPORTED)));
    assertFalse(isLocator(s.at("TODO", INFERRED)));
    assertFalse(isLocator(s.at("tbd: find the page", INFERRED)));
    assertFalse(isLocator(s.at("?", INFERRED)));
    assertFalse(isLocator(s.at(" Key findings", INFERRED)));
    assertFalse(isLocator(s.at("p.", INFERRED)));
    assertFalse(isLocator(s.at(s.title(), REPORTED)));
  }

  @Test
  void everySource_isCitedOrKnownUncited() {
    Set<Source> cited = EnumSet.noneOf(Source.class);
    CitationIndex.all().forEach(u -> cited.add(u.citation().source()));
    Set<Source> uncited = EnumSet.complementOf(EnumSet.copyOf(cited));
    assertEquals(KNOWN_UNCITED.keySet(), uncited, "sources cited by nothing in the library");
  }

  private static boolean isLocator(Citation c) {
    String l = c.locator();
    String lower = l.toLowerCase(Locale.ROOT);
    return !l.isBlank()
        && l.equals(l.strip())
        && l.length() >= 3
        && !l.equalsIgnoreCase(c.source().title())
        && PLACEHOLDERS.stream()
            .noneMatch(
                p -> lower.equals(p) || lower.startsWith(p + " ") || lower.startsWith(p + ":"));
  }
}
