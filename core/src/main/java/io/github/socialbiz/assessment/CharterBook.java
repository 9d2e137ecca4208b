package io.github.socialbiz.assessment;

import static io.github.socialbiz.source.Provenance.INFERRED;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.internal.TermScanner;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Verdict;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.stage.Stage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The book "charter": the charter's sections, its currency and tool talk in place of goals. */
final class CharterBook {

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
              if (!o.coe().isStaffed() && !s.stage().isAtLeast(Stage.FORMALIZED)) {
                return Verdict.notApplicable(
                    "no CoE yet, and the organization is not yet formalized");
              }
              Reason r =
                  Reason.of(
                      "A charter exists",
                      o.charter().isPresent(),
                      o.charter()
                          .map(c -> "charter dated " + c.versionDate())
                          .orElse("no charter"));
              return r.isHeld() ? Verdict.pass(r) : Verdict.fail("The program has no charter", r);
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
            "The charter names no tool, platform, vendor or technology",
            Severity.MEDIUM,
            CharterElement.prohibitionCitation(),
            "Remove tools and technology from the charter; keep them in the program plan",
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
                      "No tool or technology named",
                      hits.isEmpty(),
                      hits.isEmpty() ? "none found" : String.join("; ", hits));
              return hits.isEmpty()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      "The charter names tools or technology: " + String.join("; ", hits),
                      hits,
                      ImmutableList.of(r));
            }),
        StandardRule.of(
            "charter.beyond-marketing-and-support",
            "The charter reaches beyond marketing and customer support",
            Severity.LOW,
            CharterElement.BREADTH.citation(),
            "Name functions beyond marketing and support, such as HR, supply chain, partners or product innovation, even if you start small",
            s -> {
              if (s.organization().charter().isEmpty()) {
                return Verdict.notApplicable("no charter");
              }
              Set<BusinessFunction> f = s.organization().charter().get().functions();
              boolean beyond = f.stream().anyMatch(x -> !x.isTraditional());
              Reason r =
                  Reason.of("A function beyond marketing and support", beyond, "functions: " + f);
              return beyond
                  ? Verdict.pass(r)
                  : Verdict.fail("The charter covers only marketing and customer support", r);
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
