package io.github.socialbiz.assessment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.RuleBook;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an organization into an {@link Assessment} by running rule books over it, such as {@code
 * Assessor[model, coe, charter, accounts, crisis, success]}.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.standard()
 *     .with(myRules)                                          // a RuleBook<Snapshot> of your own
 *     .without("success");                                    // leave a standard book out
 * Assessment a = assessor.assess(organization, LocalDate.of(2026, 6, 30));
 * }</pre>
 *
 * <p>Besides its books, every assessment evaluates the gate to the next stage and to the next level
 * (books {@code next-stage-gate} and {@code next-level-gate}), so that what blocks the next step appears
 * among the findings. An assessor is immutable: share one across threads; {@link #assess} is a pure
 * function of its arguments and reads no clock.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Assessor {

  private static final Assessor STANDARD =
      new Assessor(
          ImmutableList.of(
              StandardRules.modelFit(),
              StandardRules.coeCoverage(),
              StandardRules.charter(),
              StandardRules.accountHygiene(),
              StandardRules.crisisReadiness(),
              StandardRules.successFactors()));

  /** The name of the result book of a ladder's next gate: {@code next-stage-gate}, {@code next-level-gate}. */
  static String gateBook(Rung.Ladder ladder) {
    return "next-" + ladder.prefix() + "-gate";
  }

  private final ImmutableList<RuleBook<Snapshot>> books;

  private Assessor(ImmutableList<RuleBook<Snapshot>> books) {
    Set<String> names = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (RuleBook<Snapshot> b : books) {
      if (!names.add(b.name())
          || b.name().equals(gateBook(Rung.Ladder.STAGES))
          || b.name().equals(gateBook(Rung.Ladder.LEVELS))) {
        throw new SocialBusinessException(
            "Assessor.books must have unique names, but '" + b.name() + "' is taken");
      }
      for (var r : b.rules()) {
        if (!ids.add(r.id())) {
          throw new SocialBusinessException(
              "Assessor.books must have unique rule ids, but '" + r.id() + "' appears twice");
        }
      }
    }
    this.books = books;
  }

  /**
   * Gets the standard assessor: model fit, CoE coverage, charter lint, account hygiene (90-day idle
   * threshold), crisis readiness and success factors.
   *
   * @return the standard assessor, not null
   */
  public static Assessor standard() {
    return STANDARD;
  }

  /**
   * Gets the books this assessor runs, in order.
   *
   * @return the books, not null
   */
  public ImmutableList<RuleBook<Snapshot>> books() {
    return books;
  }

  /**
   * Returns an assessor that also runs a book over snapshots.
   *
   * @param book  the book
   * @return the new assessor, not null
   * @throws SocialBusinessException if the book's name or one of its rule ids is already taken
   */
  public Assessor with(RuleBook<Snapshot> book) {
    return new Assessor(
        ImmutableList.<RuleBook<Snapshot>>builder()
            .addAll(books)
            .add(requireNonNull(book, "book"))
            .build());
  }

  /**
   * Returns an assessor that also runs a book over organizations, the usual shape of custom rules.
   *
   * @param book  the book
   * @return the new assessor, not null
   * @throws SocialBusinessException if the book's name or one of its rule ids is already taken
   */
  public Assessor withRules(RuleBook<Organization> book) {
    return with(requireNonNull(book, "book").on(Snapshot::organization));
  }

  /**
   * Returns an assessor without a book.
   *
   * @param name  the book's name, such as {@code success}
   * @return the new assessor, not null
   * @throws SocialBusinessException if the assessor has no such book
   */
  public Assessor without(String name) {
    requireNonNull(name, "name");
    if (books.stream().noneMatch(b -> b.name().equals(name))) {
      throw new SocialBusinessException(
          "Assessor.without: no book named '"
              + name
              + "' (books: "
              + books.stream().map(RuleBook::name).collect(ImmutableList.toImmutableList())
              + ")");
    }
    return new Assessor(
        books.stream()
            .filter(b -> !b.name().equals(name))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Assesses an organization as of a date.
   *
   * @param organization  the organization
   * @param asOf  the date the evidence describes
   * @return the assessment, not null
   * @throws io.github.socialbiz.rules.RuleFailedException if a rule throws
   */
  public Assessment assess(Organization organization, LocalDate asOf) {
    requireNonNull(organization, "organization");
    requireNonNull(asOf, "asOf");
    Snapshot snapshot = Snapshot.of(organization, asOf);
    Grades grades = Grades.of(organization);
    // stage and level once per assessment: every rule that asks reads them from the snapshot
    Stage stage = snapshot.stage();
    Optional<MaturityLevel> level = snapshot.level();
    Optional<GateResult<Stage>> stageGate =
        stage.next().map(n -> Gates.stages().evaluate(organization, n));
    Optional<MaturityLevel> nextLevel =
        level.isEmpty() ? Optional.of(MaturityLevel.FOUNDATION) : level.get().next();
    Optional<GateResult<MaturityLevel>> levelGate =
        nextLevel.map(n -> Gates.levels().evaluate(organization, n));

    ImmutableList.Builder<BookResult> results = ImmutableList.builder();
    stageGate.ifPresent(
        g -> results.add(BookResult.of(gateBook(Rung.Ladder.STAGES), g.evaluation())));
    levelGate.ifPresent(
        g -> results.add(BookResult.of(gateBook(Rung.Ladder.LEVELS), g.evaluation())));
    for (RuleBook<Snapshot> b : books) {
      results.add(BookResult.of(b.evaluate(snapshot)));
    }

    // the roadmap to the next stage has one phase, the next stage's gate, already evaluated above
    Roadmap roadmap =
        stageGate
            .map(g -> Roadmap.of(g.rung(), Roadmap.phases(organization, List.of(g))))
            .orElseGet(() -> Roadmap.of(stage, List.of()));
    return Assessment.builder()
        .organization(organization)
        .asOf(asOf)
        .stage(stage)
        .stageGate(stageGate.map(GateSummary::of))
        .level(level)
        .levelGate(levelGate.map(GateSummary::of))
        .addAllScores(Scores.of(grades, grades.after(roadmap)))
        .recommendedModel(ModelFit.recommend(organization))
        .addAllBooks(results.build())
        .addAllBenchmarks(Benchmarks.of(organization))
        .roadmap(roadmap)
        .addAllUnits(units(organization, stage, level))
        .build();
  }

  /**
   * Each unit's standing: its view (the unit's overrides over the organization's evidence) through the
   * gates and the scores, the overall score as the two ends of its range, and the respondents the unit
   * rests on, as the merge recorded them on the unit.
   */
  private static ImmutableList<UnitStanding> units(
      Organization o, Stage stage, Optional<MaturityLevel> level) {
    ImmutableList.Builder<UnitStanding> units = ImmutableList.builder();
    int orgLevel = level.map(MaturityLevel::number).orElse(0);
    for (BusinessUnit u : o.businessUnits()) {
      Grades view = Grades.of(o, u);
      Stage unitStage = Gates.stages().reached(o, view).orElse(Stage.PLANNING);
      Optional<MaturityLevel> unitLevel = Gates.levels().reached(o, view);
      // the weakest dimension is the one whose best case is lowest, a weakness the known evidence
      // proves; between equal best cases, the lower proven mean; then the first in order
      Dimension weakest = Dimension.STRATEGY;
      double weakestPossible = 2;
      double weakestMean = 2;
      double sum = 0;
      double sumPossible = 0;
      for (Dimension d : Dimension.values()) {
        double mean = Scores.meanAndWeakest(view, d, false)[0];
        double possible = Scores.meanAndWeakest(view, d, true)[0];
        sum += mean;
        sumPossible += possible;
        if (possible < weakestPossible || (possible == weakestPossible && mean < weakestMean)) {
          weakestPossible = possible;
          weakestMean = mean;
          weakest = d;
        }
      }
      int notAssessed = 0;
      for (Practice p : Practice.values()) {
        if (view.isInScope(p) && !view.grade(p).isAssessed()) {
          notAssessed++;
        }
      }
      boolean behind =
          unitStage.compareTo(stage) < 0
              || unitLevel.map(MaturityLevel::number).orElse(0) < orgLevel;
      int dimensions = Dimension.values().length;
      units.add(
          UnitStanding.builder()
              .unit(u.name())
              .stage(unitStage)
              .level(unitLevel)
              .weakestDimension(weakest)
              .overall(sum / dimensions)
              .overallPossible(Math.max(sum / dimensions, sumPossible / dimensions))
              .notAssessed(notAssessed)
              .respondents(u.respondents())
              .holdingBack(behind)
              .build());
    }
    return units.build();
  }

  /**
   * Returns the assessor as text, such as {@code Assessor[model, coe, charter, accounts, crisis, success]}.
   *
   * @return the assessor as text, not null
   */
  @Override
  public String toString() {
    return "Assessor" + books.stream().map(RuleBook::name).collect(ImmutableList.toImmutableList());
  }
}
