package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.rules.Evaluation;
import io.github.socialbiz.rules.Explanation;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Status;
import io.github.socialbiz.rules.Unverified;
import io.github.socialbiz.testing.OtherThread;
import io.github.socialbiz.testing.SocialBusinessDomain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** The semantics of ARCHITECTURE.md section 7 for the gates and standard books, over arbitrary valid organizations. */
@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
final class StandardRulesProperties {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Property
  void noSkipping_everyGateUpToTheReachedRungHolds_andTheNextDoesNot(@ForAll Organization o) {
    Stage stage = Gates.stages().reached(o).orElseThrow();
    for (Stage s : Stage.values()) {
      if (stage.isAtLeast(s)) {
        assertTrue(
            Gates.stages().evaluate(o, s).isMet(), () -> s + " gate must hold below " + stage);
      }
    }
    stage.next().ifPresent(n -> assertTrue(!Gates.stages().evaluate(o, n).isMet()));
    var level = Gates.levels().reached(o);
    for (MaturityLevel l : MaturityLevel.values()) {
      boolean reached = level.map(r -> r.isAtLeast(l)).orElse(false);
      if (reached) {
        assertTrue(Gates.levels().evaluate(o, l).isMet());
      }
    }
    Gates.levels().next(o).ifPresent(n -> assertTrue(!Gates.levels().evaluate(o, n).isMet()));
  }

  @Property
  void fastPath_agreesWithEvaluatingTheGatesRuleBooks(@ForAll Organization o) {
    assertEquals(slowReached(Gates.stages(), o), Gates.stages().reached(o));
    assertEquals(slowReached(Gates.levels(), o), Gates.levels().reached(o));
  }

  /**
   * The definition: the highest rung whose gate's rules all pass (none failed, none unknown), with every
   * gate below passing too.
   */
  private static <L extends Enum<L> & Rung> Optional<L> slowReached(
      Gates<L> gates, Organization o) {
    L reached = null;
    for (L rung : gates.rungs()) {
      Evaluation<Organization> e = gates.gate(rung).evaluate(o);
      if (!e.isClean() || !e.unknown().isEmpty()) {
        break;
      }
      reached = rung;
    }
    return Optional.ofNullable(reached);
  }

  @Property
  void monotonicity_raisingEvidenceNeverLowersAStageOrLevelNorAddsAFailedCriterion(
      @ForAll Organization o, @ForAll Practice practice, @ForAll Adoption grade) {
    Assume.that(!o.grade(practice).atLeast(grade).isTrue());
    Adoption raised = max(o.grade(practice).lowest(), grade);
    Organization better = o.withEvidence(practice, raised);
    assertTrue(
        Gates.stages()
            .reached(better)
            .orElseThrow()
            .isAtLeast(Gates.stages().reached(o).orElseThrow()));
    int before = Gates.levels().reached(o).map(MaturityLevel::number).orElse(0);
    int after = Gates.levels().reached(better).map(MaturityLevel::number).orElse(0);
    assertTrue(after >= before);
    // a criterion not verified before may turn out unmet: assessing reveals it, it does not lower
    // it
    Set<String> failedBefore = new HashSet<>(Gates.stages().allGates().evaluate(o).failed());
    failedBefore.addAll(Gates.levels().allGates().evaluate(o).failed());
    failedBefore.addAll(Gates.stages().allGates().evaluate(o).unknown());
    failedBefore.addAll(Gates.levels().allGates().evaluate(o).unknown());
    Set<String> failedAfter = new HashSet<>(Gates.stages().allGates().evaluate(better).failed());
    failedAfter.addAll(Gates.levels().allGates().evaluate(better).failed());
    assertTrue(failedBefore.containsAll(failedAfter), () -> "new failures: " + failedAfter);
  }

  @Property
  void totalityAndDeterminism_everyStandardBookEvaluatesTheSameOnAnotherThread(
      @ForAll Organization o, @ForAll("dates") LocalDate asOf) {
    Snapshot s = Snapshot.of(o, asOf);
    for (RuleBook<Snapshot> book : StandardRules.all()) {
      Evaluation<Snapshot> a = book.evaluate(s);
      Evaluation<Snapshot> b = OtherThread.compute(() -> book.evaluate(Snapshot.of(o, asOf)));
      assertEquals(a.outcomes(), b.outcomes());
      assertEquals(a.findings(), b.findings());
    }
  }

  @Property
  void explain_agreesWithTheOutcomes(@ForAll Organization o) {
    Snapshot s = Snapshot.of(o, AS_OF);
    for (RuleBook<Snapshot> book : StandardRules.all()) {
      Evaluation<Snapshot> e = book.evaluate(s);
      for (var rule : book.rules()) {
        Explanation x = e.explain(rule.id());
        assertEquals(e.outcome(rule.id()).status(), x.status());
        if (x.status() == Status.PASSED) {
          assertTrue(x.notHeld().isEmpty(), () -> rule.id() + " passed with unmet reasons " + x);
        }
        if (x.status() == Status.FAILED) {
          assertTrue(!x.findings().isEmpty());
        }
        if (x.status() == Status.UNKNOWN) {
          // unknown is never a failure: an item to verify, and no finding
          assertEquals(List.of(), x.findings(), rule::id);
          assertEquals(1, x.unverified().size(), rule::id);
          assertTrue(!x.unknown().isEmpty(), () -> rule.id() + " unknown with no unknown reason");
        } else {
          assertEquals(List.of(), x.unverified(), rule::id);
        }
      }
    }
  }

  @Property
  void aFailure_alwaysRestsOnSomethingKnownNotToHold(@ForAll Organization o) {
    Snapshot s = Snapshot.of(o, AS_OF);
    for (RuleBook<Snapshot> book : StandardRules.all()) {
      Evaluation<Snapshot> e = book.evaluate(s);
      for (String id : e.failed()) {
        assertTrue(
            e.outcome(id).reasons().stream().anyMatch(r -> r.truth().isFalse()),
            () -> id + " failed on unknowns alone: " + e.explain(id));
      }
    }
  }

  @Property
  void aGateCriterionNotVerified_asksItsStandardQuestion(@ForAll Organization o) {
    Map<String, Criterion> criteria = new HashMap<>();
    for (Rung r : List.<Rung>of(Stage.values())) {
      r.entryCriteria().forEach(c -> criteria.put(c.id(), c));
    }
    for (Rung r : List.<Rung>of(MaturityLevel.values())) {
      r.entryCriteria().forEach(c -> criteria.put(c.id(), c));
    }
    for (var gates : List.of(Gates.stages().allGates(), Gates.levels().allGates())) {
      Evaluation<Organization> e = gates.evaluate(o);
      for (String id : e.unknown()) {
        Criterion c = Objects.requireNonNull(criteria.get(id), id);
        String question =
            c instanceof PracticeCriterion p
                ? Question.idOf(p.practice())
                : Question.idOf(((FactCriterion) c).fact());
        Unverified item = e.outcome(id).unverified().get(0);
        assertEquals(id, item.ruleId());
        assertEquals(1, item.ask().size(), item::toString);
        assertTrue(item.ask().get(0).startsWith("\u201c"), item::toString);
        assertTrue(item.ask().get(0).endsWith("\u201d (" + question + ")"), item::toString);
        assertEquals(List.of(), e.outcome(id).findings());
      }
    }
  }

  @Property
  void charterToolTerms_matchWholeWordsIgnoringCase(@ForAll("charterTexts") String text) {
    assertScannerAgreesWithReference(StandardRules.TOOL_TERMS, StandardRules.charter(), text);
  }

  /** Terms that overlap (one a prefix of another, a sign, two words) exercise the scanner's list order. */
  private static final List<String> OVERLAPPING_TERMS =
      List.of(
          "tool",
          "tools",
          "platform",
          "platforms",
          "Sprout",
          "Sprout Social",
          "Google+",
          "app",
          "apps",
          "CRM");

  @Property
  void charterOverlappingTerms_matchWholeWordsIgnoringCase(@ForAll("charterTexts") String text) {
    assertScannerAgreesWithReference(
        OVERLAPPING_TERMS,
        StandardRules.charter(OVERLAPPING_TERMS, StandardRules.DEFAULT_CHARTER_AGE_DAYS),
        text);
  }

  private static void assertScannerAgreesWithReference(
      List<String> terms, RuleBook<Snapshot> book, String text) {
    // the reference: one case-insensitive Unicode regex over the original terms
    Pattern reference =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])("
                + String.join("|", terms.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<String> expected = new ArrayList<>();
    Matcher m = reference.matcher(text);
    while (m.find()) {
      expected.add("'" + m.group(1) + "' in Approach");
    }
    Organization o =
        Organization.builder()
            .name("T")
            .employees(10)
            .charter(
                Charter.builder()
                    .versionDate(AS_OF)
                    .putSection(CharterElement.APPROACH, text)
                    .build())
            .build();
    Evaluation<Snapshot> e = book.evaluate(Snapshot.of(o, AS_OF));
    List<String> found =
        e.findings().stream()
            .filter(f -> f.ruleId().equals("charter.no-tools"))
            .flatMap(f -> f.involved().stream())
            .toList();
    assertEquals(expected, found);
  }

  @Provide
  Arbitrary<String> charterTexts() {
    Arbitrary<String> words =
        Arbitraries.oneOf(
            Arbitraries.of(StandardRules.TOOL_TERMS),
            Arbitraries.of(OVERLAPPING_TERMS),
            Arbitraries.of(
                "team",
                "goals",
                "technology",
                "technologies",
                "software",
                "apps2",
                "xtool",
                "toolbox",
                "İstanbul",
                "Straße",
                "platform-wide",
                "ẞ",
                "Ǉ"),
            Arbitraries.strings().alpha().ofMaxLength(6));
    Arbitrary<String> cased =
        Combinators.combine(words, Arbitraries.integers().between(0, 2))
            .as(
                (w, c) ->
                    c == 0 ? w : c == 1 ? w.toUpperCase(Locale.ROOT) : w.toLowerCase(Locale.ROOT));
    Arbitrary<String> gaps = Arbitraries.of(" ", ", ", "-", "_", "/", ".", "1", "");
    return Combinators.combine(cased, gaps)
        .as((w, g) -> w + g)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(l -> String.join("", l))
        .filter(t -> !t.isBlank());
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return SocialBusinessDomain.dates();
  }

  private static Adoption max(Adoption a, Adoption b) {
    return a.isAtLeast(b) ? a : b;
  }
}
