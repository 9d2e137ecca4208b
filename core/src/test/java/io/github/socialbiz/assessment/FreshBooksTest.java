package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.testing.ReportFixtures;
import io.github.socialbiz.testing.SocialBusinessDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A standard book built again is the standard book: the same rules in the same order, with the same
 * titles, severities, citations and recommendations, and the same outcomes (statuses, reasons, findings,
 * questions) for every organization. A builder that kept state between builds, or read a clock or a
 * default locale, would fail here.
 *
 * <p>The standard books are built once, while {@link StandardRules} initializes, and every other test
 * reaches them through it. These tests build them after that, which is also what lets mutation testing
 * reach the builders' own code: a mutant swapped in after initialization runs only here.
 */
@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
final class FreshBooksTest {

  private static Stream<Arguments> books() {
    return Stream.of(
        book(StandardRules.modelFit(), ModelFitBook::build),
        book(StandardRules.coeCoverage(), CoeBook::build),
        book(
            StandardRules.charter(),
            () ->
                CharterBook.build(
                    StandardRules.TOOL_TERMS, StandardRules.DEFAULT_CHARTER_AGE_DAYS)),
        book(
            StandardRules.accountHygiene(),
            () -> AccountsBook.build(StandardRules.DEFAULT_IDLE_DAYS)),
        book(StandardRules.crisisReadiness(), CrisisBook::build),
        book(StandardRules.successFactors(), SuccessBook::build),
        book(
            StandardRules.stageGates(), () -> Gates.stages().allGates().on(Snapshot::organization)),
        book(
            StandardRules.levelGates(),
            () -> Gates.levels().allGates().on(Snapshot::organization)));
  }

  private static Arguments book(RuleBook<Snapshot> standard, Supplier<RuleBook<Snapshot>> build) {
    return Arguments.of(standard.name(), standard, build);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void aBookBuiltAgain_hasTheSameRules(
      String name, RuleBook<Snapshot> standard, Supplier<RuleBook<Snapshot>> build) {
    RuleBook<Snapshot> fresh = build.get();
    assertEquals(name, fresh.name());
    assertEquals(describe(standard), describe(fresh));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void aBookBuiltAgain_judgesTheSamplesAsTheStandardBook(
      String name, RuleBook<Snapshot> standard, Supplier<RuleBook<Snapshot>> build) {
    RuleBook<Snapshot> fresh = build.get();
    for (Organization o : samples()) {
      Snapshot s = Snapshot.of(o, SampleOrganizations.AS_OF);
      assertEquals(
          standard.evaluate(s).outcomes(), fresh.evaluate(s).outcomes(), name + " on " + o.name());
    }
  }

  @Property
  void booksBuiltAgain_judgeGeneratedOrganizationsAsTheStandardBooks(@ForAll Organization o) {
    Snapshot s = Snapshot.of(o, SampleOrganizations.AS_OF);
    books()
        .forEach(
            a -> {
              @SuppressWarnings("unchecked")
              RuleBook<Snapshot> standard = (RuleBook<Snapshot>) a.get()[1];
              @SuppressWarnings("unchecked")
              RuleBook<Snapshot> fresh = ((Supplier<RuleBook<Snapshot>>) a.get()[2]).get();
              assertEquals(
                  standard.evaluate(s).outcomes(), fresh.evaluate(s).outcomes(), standard.name());
            });
  }

  @Property
  void gatesBuiltAgain_placeGeneratedOrganizationsAsTheStandardGates(@ForAll Organization o) {
    assertSameGates(Gates.stages(), new Gates<>(Stage.class), o);
    assertSameGates(Gates.levels(), new Gates<>(MaturityLevel.class), o);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void gatesBuiltAgain_placeTheSamplesAsTheStandardGates(Organization o) {
    assertSameGates(Gates.stages(), new Gates<>(Stage.class), o);
    assertSameGates(Gates.levels(), new Gates<>(MaturityLevel.class), o);
  }

  private static <L extends Enum<L> & Rung> void assertSameGates(
      Gates<L> standard, Gates<L> fresh, Organization o) {
    assertEquals(standard.toString(), fresh.toString());
    assertEquals(standard.reached(o), fresh.reached(o), "reached");
    assertEquals(standard.possible(o), fresh.possible(o), "possible");
    assertEquals(standard.next(o), fresh.next(o), "next");
    assertEquals(standard.profile(o), fresh.profile(o), "profile");
  }

  /** The samples as they are, and each with some practices not assessed. */
  private static List<Organization> samples() {
    List<Organization> all = new ArrayList<>(SampleOrganizations.all());
    for (Organization o : SampleOrganizations.all()) {
      all.add(ReportFixtures.partlyAssessed(o));
    }
    return all;
  }

  private static List<String> describe(RuleBook<Snapshot> book) {
    List<String> lines = new ArrayList<>();
    for (Rule<Snapshot> r : book.rules()) {
      lines.add(
          String.join(
              " | ",
              r.id(),
              r.title(),
              r.severity().toString(),
              r.citation().toString(),
              r.recommendation()));
    }
    return lines;
  }
}
