package io.github.socialbiz.assessment;

import static io.github.socialbiz.source.Provenance.INFERRED;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.internal.TermScanner;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Verdict;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The book "charter": the charter's sections, named products in it, its breadth and its currency.
 *
 * <p>The rule {@code charter.no-tools} flags only the names it is given ({@link
 * StandardRules#TOOL_TERMS} by default): the guidance that keeps tools and technology out of the
 * charter also asks its vision to say that social media technology will serve the business goals, so
 * generic technology words are never flagged. The rule {@code charter.beyond-marketing-and-support}
 * counts corporate communications with marketing and customer support as social's usual starting homes
 * (see {@link BusinessFunction#isTraditional()}).
 */
final class CharterBook {

  /**
   * Where the product rule comes from: the KMWorld 2011 advice to leave tools and technology out of the
   * charter, read by the library as "no named products" because the same passage wants the vision to
   * mention social media technology.
   */
  static final Citation NO_NAMED_PRODUCTS =
      Source.KMWORLD_2011.at(
          "Charter: no tools or technology, read as no named tool, platform, vendor or product,"
              + " because the same passage asks the vision to mention social media technology"
              + " (the library's reading)",
          INFERRED);

  /**
   * Where the breadth rule comes from: the KMWorld 2011 advice to think beyond customer support and
   * marketing, with corporate communications counted among the usual homes after the governance chapter
   * of the seven success factors, which names marketing or corporate communications as social's default
   * home (the Oracle article of 2012, seed S3, likewise has the strategist come from one of the two).
   * Joining the sources is the library's reading.
   */
  static final Citation BEYOND_USUAL_HOMES =
      Source.KMWORLD_2011.at(
          "Charter: think bigger than support and marketing; corporate communications counted with"
              + " them as social's default home, after Li & Solis 2013, governance chapter"
              + " (the library's reading)",
          INFERRED);

  private CharterBook() {}

  static RuleBook<Snapshot> build(ImmutableList<String> terms, int maxAgeDays) {
    if (maxAgeDays < 1) {
      throw new SocialBusinessException(
          "StandardRules.charter maxAgeDays must be at least 1, but was " + maxAgeDays);
    }
    for (String t : terms) {
      if (t.isBlank()) {
        throw new SocialBusinessException(
            "StandardRules.charter toolTerms must not hold a blank term, but held '" + t + "'");
      }
    }
    TermScanner tools = new TermScanner(terms);
    Citation charterGuide = CharterElement.BUSINESS_GOALS.citation();
    return RuleBook.of(
        "charter",
        StandardRule.of(
            "charter.written",
            "A formalized program has a written charter",
            Severity.MEDIUM,
            charterGuide,
            "Write a charter: business goals, approach, measures, relationship change and vision",
            s -> {
              Organization o = s.organization();
              if (!o.coe().hasMembers() && !s.stage().isAtLeast(Stage.FORMALIZED)) {
                return Verdict.notApplicable(
                    "no CoE yet, and the organization is not yet formalized");
              }
              Reason r =
                  StandardRule.fact(
                      o,
                      Fact.CHARTER_WRITTEN,
                      "A charter exists",
                      o.charter().isPresent(),
                      o.charter()
                          .map(c -> "charter dated " + c.versionDate())
                          .orElse("no charter"));
              return StandardRule.onFact(
                  o, Fact.CHARTER_WRITTEN, r, "The program has no charter", ImmutableList.of());
            }),
        StandardRule.of(
            "charter.required-elements",
            "The charter has every required element",
            Severity.MEDIUM,
            charterGuide,
            "Add the missing sections; keep each short",
            s -> {
              if (s.organization().charter().isEmpty()) {
                return Verdict.notApplicable("no charter");
              }
              Charter c = s.organization().charter().get();
              List<Reason> reasons = new ArrayList<>();
              List<String> missing = new ArrayList<>();
              for (CharterElement e : CharterElement.values()) {
                boolean present =
                    e == CharterElement.BREADTH
                        ? c.section(e).isPresent() || !c.functions().isEmpty()
                        : c.section(e).isPresent();
                reasons.add(Reason.of(e.displayName(), present, present ? "present" : "missing"));
                if (!present) {
                  missing.add(e.displayName());
                }
              }
              return missing.isEmpty()
                  ? Verdict.pass(reasons)
                  : Verdict.fail(
                      "The charter lacks: " + String.join(", ", missing), missing, reasons);
            }),
        StandardRule.of(
            "charter.no-tools",
            "The charter names no specific tool, platform, vendor or product",
            Severity.MEDIUM,
            NO_NAMED_PRODUCTS,
            "Take named tools, platforms and vendors out of the charter and keep them in the program plan; the vision may still say that social technology serves the goals",
            s -> {
              if (s.organization().charter().isEmpty()) {
                return Verdict.notApplicable("no charter");
              }
              List<String> hits = new ArrayList<>();
              for (Map.Entry<CharterElement, String> section :
                  s.organization().charter().get().sections().entrySet()) {
                for (String hit : tools.find(section.getValue())) {
                  hits.add("'" + hit + "' in " + section.getKey().displayName());
                }
              }
              Reason r =
                  Reason.of(
                      "No specific tool, platform, vendor or product named",
                      hits.isEmpty(),
                      hits.isEmpty() ? "none found" : String.join("; ", hits));
              return hits.isEmpty()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      "The charter names specific tools, platforms or vendors: "
                          + String.join("; ", hits),
                      hits,
                      ImmutableList.of(r));
            }),
        StandardRule.of(
            "charter.beyond-marketing-and-support",
            "The charter reaches beyond marketing, corporate communications and customer support",
            Severity.LOW,
            BEYOND_USUAL_HOMES,
            "Name functions beyond marketing, communications and support, such as HR, supply chain, partners or product innovation, even if you start small",
            s -> {
              if (s.organization().charter().isEmpty()) {
                return Verdict.notApplicable("no charter");
              }
              Set<BusinessFunction> f = s.organization().charter().get().functions();
              boolean beyond = f.stream().anyMatch(x -> !x.isTraditional());
              Reason r =
                  Reason.of(
                      "A function beyond marketing, corporate communications and customer support",
                      beyond,
                      "functions: "
                          + (f.isEmpty()
                              ? "none"
                              : f.stream()
                                  .map(BusinessFunction::displayName)
                                  .collect(Collectors.joining(", "))));
              return beyond
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      "The charter names no business function beyond marketing, corporate communications and customer support",
                      r);
            }),
        StandardRule.of(
            "charter.current",
            "The charter was revised within the last " + maxAgeDays + " days",
            Severity.LOW,
            Source.KMWORLD_2011.at(
                "Charter: written in pencil (age limit is the library's reading)", INFERRED),
            "Review the charter with the sponsor and re-date it",
            s -> {
              if (s.organization().charter().isEmpty()) {
                return Verdict.notApplicable("no charter");
              }
              LocalDate version = s.organization().charter().get().versionDate();
              long age = ChronoUnit.DAYS.between(version, s.asOf());
              Reason r =
                  Reason.of(
                      "Version at most " + maxAgeDays + " days old",
                      age <= maxAgeDays,
                      "version " + version + ", " + age + " days before " + s.asOf());
              return r.isHeld()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      "The charter was last revised "
                          + version
                          + ", "
                          + age
                          + " days before "
                          + s.asOf(),
                      r);
            }));
  }
}
