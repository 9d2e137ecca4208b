package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The charter lint flags named products and nothing else: generic technology talk is never flagged. */
final class CharterBookProperties {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** Words about technology in general, none of them the name of a product. */
  private static final List<String> GENERIC =
      List.of(
          "technology",
          "technologies",
          "social media technology",
          "social technologies",
          "platform",
          "platforms",
          "tool",
          "tools",
          "tooling",
          "software",
          "app",
          "apps",
          "API",
          "CRM",
          "SMMS",
          "digital",
          "online",
          "mobile",
          "cloud",
          "web",
          "network",
          "networks",
          "channel",
          "channels",
          "system",
          "systems",
          "analytics",
          "vendor",
          "vendors",
          "product",
          "products");

  /** Words of business goals and relationships. */
  private static final List<String> GOALS =
      List.of(
          "we",
          "will",
          "use",
          "to",
          "reach",
          "our",
          "business",
          "goals",
          "grow",
          "revenue",
          "loyalty",
          "repeat",
          "purchases",
          "cut",
          "cost",
          "support",
          "contacts",
          "improve",
          "relationships",
          "with",
          "customers",
          "employees",
          "prospects",
          "partners",
          "innovation",
          "and",
          "as",
          "a",
          "result");

  private static List<String> noTools(CharterElement section, String text) {
    Organization o =
        Organization.builder()
            .name("T")
            .employees(10)
            .charter(
                Charter.builder()
                    .versionDate(AS_OF)
                    .putSection(section, text)
                    .addFunctions(BusinessFunction.PARTNERS)
                    .build())
            .build();
    return StandardRules.charter().evaluate(Snapshot.of(o, AS_OF)).findings().stream()
        .filter(f -> f.ruleId().equals("charter.no-tools"))
        .map(Finding::involved)
        .flatMap(List::stream)
        .toList();
  }

  @Property
  void genericTechnologyAndGoalWords_areNeverFlagged(
      @ForAll CharterElement section, @ForAll("genericAndGoalTexts") String text) {
    assertEquals(List.of(), noTools(section, text));
  }

  @Property
  void aNamedProduct_amongGenericAndGoalWords_isFlaggedAlone(
      @ForAll CharterElement section,
      @ForAll("genericAndGoalTexts") String before,
      @ForAll("products") String product,
      @ForAll("genericAndGoalTexts") String after) {
    assertEquals(
        List.of("'" + product + "' in " + section.displayName()),
        noTools(section, before + " " + product + " " + after));
  }

  @Provide
  Arbitrary<String> products() {
    return cased(Arbitraries.of(StandardRules.TOOL_TERMS));
  }

  @Provide
  Arbitrary<String> genericAndGoalTexts() {
    Arbitrary<String> words = cased(Arbitraries.of(GENERIC));
    Arbitrary<String> goals = cased(Arbitraries.of(GOALS));
    Arbitrary<String> gaps = Arbitraries.of(" ", ", ", "; ", "-", "/", ". ");
    return Combinators.combine(Arbitraries.oneOf(words, goals), gaps)
        .as((w, g) -> w + g)
        .list()
        .ofMinSize(1)
        .ofMaxSize(15)
        .map(l -> String.join("", l).strip());
  }

  private static Arbitrary<String> cased(Arbitrary<String> words) {
    return Combinators.combine(words, Arbitraries.integers().between(0, 2))
        .as(
            (w, c) ->
                c == 0 ? w : c == 1 ? w.toUpperCase(Locale.ROOT) : w.toLowerCase(Locale.ROOT));
  }
}
