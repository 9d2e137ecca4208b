package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Evaluation;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Reason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The charter lint on the charter guidance's own terms: named products, and social's usual homes. */
final class CharterBookTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** A charter with every section but approach and vision, and a function beyond the usual homes. */
  private static Charter.Builder complete(BusinessFunction... functions) {
    return Charter.builder()
        .versionDate(LocalDate.of(2026, 6, 1))
        .putSection(CharterElement.BUSINESS_GOALS, "More repeat customers and fewer support calls")
        .putSection(
            CharterElement.MEASUREMENT, "Repeat-purchase rate and cost per contact, each quarter")
        .putSection(
            CharterElement.RELATIONSHIP_CHANGE, "Customers and staff talk with us, not past us")
        .putSection(CharterElement.BREADTH, "Recruiting and product ideas after the first year")
        .addFunctions(functions);
  }

  private static Charter.Builder complete() {
    return complete(BusinessFunction.MARKETING, BusinessFunction.HUMAN_RESOURCES);
  }

  private static Evaluation<Snapshot> lint(Charter c) {
    Organization o = Organization.builder().name("Acme").employees(2_000).charter(c).build();
    return StandardRules.charter().evaluate(Snapshot.of(o, AS_OF));
  }

  private static List<String> findings(Charter c) {
    return lint(c).findings().stream().map(Finding::toString).toList();
  }

  @Test
  void aVisionOfUsingSocialMediaTechnologyForTheGoals_isNotFlagged() {
    Charter c =
        complete()
            .putSection(CharterElement.APPROACH, "Start with two business units, then widen")
            .putSection(
                CharterElement.VISION,
                "Acme will put social media technology to work for its business goals, and will grow"
                    + " closer to its customers, staff and partners along the way")
            .build();
    assertEquals(List.of(), findings(c));
  }

  @Test
  void aCharterMadeOfTheElementsOwnDescriptions_isNotFlagged() {
    Charter.Builder b =
        Charter.builder()
            .versionDate(LocalDate.of(2026, 6, 1))
            .addFunctions(BusinessFunction.SUPPLY_CHAIN);
    for (CharterElement e : CharterElement.values()) {
      b.putSection(e, e.description());
    }
    assertEquals(List.of(), findings(b.build()));
  }

  @Test
  void aNamedProduct_isFlagged_withTheSectionItIsIn() {
    Charter c =
        complete()
            .putSection(
                CharterElement.APPROACH, "Choose one listening platform, then roll out Hootsuite")
            .putSection(
                CharterElement.VISION, "Social technologies help us reach our goals with Yammer")
            .build();
    assertEquals(
        List.of(
            "MEDIUM charter.no-tools: The charter names specific tools, platforms or vendors:"
                + " 'Hootsuite' in Approach; 'Yammer' in Vision"),
        findings(c));
    Finding f = lint(c).findings().get(0);
    assertEquals(List.of("'Hootsuite' in Approach", "'Yammer' in Vision"), f.involved());
    assertEquals(
        "Take named tools, platforms and vendors out of the charter and keep them in the program"
            + " plan; the vision may still say that social technology serves the goals",
        f.recommendation());
    assertEquals(
        "Owyang 2011b, \"Charter: no tools or technology, read as no named tool, platform, vendor or"
            + " product, because the same passage asks the vision to mention social media technology"
            + " (the library's reading)\" [INFERRED]",
        f.citation().toString());
  }

  @Test
  void marketingCommunicationsAndSupportOnly_doNotReachBeyond() {
    Charter c =
        complete(
                BusinessFunction.MARKETING,
                BusinessFunction.CUSTOMER_SUPPORT,
                BusinessFunction.COMMUNICATIONS)
            .putSection(CharterElement.APPROACH, "Start with two business units, then widen")
            .putSection(CharterElement.VISION, "Social helps us reach our goals")
            .build();
    assertEquals(
        List.of(
            "LOW charter.beyond-marketing-and-support: The charter names no business function"
                + " beyond marketing, corporate communications and customer support"),
        findings(c));
    assertEquals(
        List.of(
            Reason.notHeld(
                "A function beyond marketing, corporate communications and customer support",
                "functions: Marketing, Customer support, Communications")),
        lint(c).explain("charter.beyond-marketing-and-support").notHeld());
  }

  @Test
  void communicationsAndOneFunctionBeyond_reachBeyond() {
    Charter c =
        complete(BusinessFunction.COMMUNICATIONS, BusinessFunction.PARTNERS)
            .putSection(CharterElement.APPROACH, "Start with two business units, then widen")
            .putSection(CharterElement.VISION, "Social helps us reach our goals")
            .build();
    assertEquals(List.of(), findings(c));
    assertEquals(
        List.of(
            Reason.held(
                "A function beyond marketing, corporate communications and customer support",
                "functions: Communications, Partners")),
        lint(c).explain("charter.beyond-marketing-and-support").held());
  }

  @Test
  void noFunctions_reachNowhere() {
    Charter c =
        complete(new BusinessFunction[0])
            .putSection(CharterElement.APPROACH, "Start with two business units, then widen")
            .putSection(CharterElement.VISION, "Social helps us reach our goals")
            .build();
    assertEquals(
        List.of(
            "LOW charter.beyond-marketing-and-support: The charter names no business function"
                + " beyond marketing, corporate communications and customer support"),
        findings(c));
    assertEquals(
        "functions: none",
        lint(c).explain("charter.beyond-marketing-and-support").notHeld().get(0).evidence());
  }
}
