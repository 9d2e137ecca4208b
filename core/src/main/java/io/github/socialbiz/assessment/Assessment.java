package io.github.socialbiz.assessment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Explanation;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Unverified;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an organization stands as of a date, why, and what to do next: its stage and the gate to the
 * next one, its maturity level and gap, a score per dimension, the recommended organizational model, the
 * results of every rule book, benchmarks against the published surveys, a roadmap, and each business
 * unit's standing. Made by an {@link Assessor}:
 *
 * <pre>{@code
 * Assessment a = Assessor.standard().assess(SampleOrganizations.multinational(), LocalDate.of(2026, 6, 30));
 * a.stage();                      // FORMALIZED
 * a.level();                      // Optional[FORMATION]
 * a.findings(Severity.HIGH);      // the high and critical findings, each with its citation
 * a.roadmap();                    // Roadmap to STRATEGIC: 1 phase, 1 action
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Assessment {

  private static final Comparator<Finding> MOST_SEVERE_FIRST =
      Comparator.comparing(Finding::severity).reversed();

  Assessment() {}

  /**
   * Obtains a builder, for readers of stored assessments; assessments are normally made by an {@link
   * Assessor}. An assessment made under this library's model ({@link #modelVersion()} equal to {@link
   * ModelVersion#CURRENT}) must agree with its own organization: {@code build()} rejects a stage, a level or
   * a next gate that the organization does not have under the model. One recorded under an earlier model
   * is kept as recorded (the model that judged it is not this one).
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the organization assessed.
   *
   * @return the organization, not null
   */
  public abstract Organization organization();

  /**
   * Gets the date the assessment describes.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Gets the stage the evidence reaches.
   *
   * @return the stage, not null
   */
  public abstract Stage stage();

  /**
   * Gets the gate to the next stage, with its criteria met and unmet.
   *
   * @return the gate, or empty at {@link Stage#CONVERGED}
   */
  public abstract Optional<GateSummary> stageGate();

  /**
   * Gets the maturity level the evidence reaches.
   *
   * @return the level, or empty if not even {@link MaturityLevel#FOUNDATION} is reached
   */
  public abstract Optional<MaturityLevel> level();

  /**
   * Gets the gate to the next maturity level: the gap.
   *
   * @return the gate, or empty at {@link MaturityLevel#ENLIGHTENMENT}
   */
  public abstract Optional<GateSummary> levelGate();

  /**
   * Gets the score of every dimension, in dimension order.
   *
   * @return the scores, one per dimension
   */
  public abstract ImmutableList<DimensionScore> scores();

  /**
   * Gets the organizational model the evidence supports.
   *
   * @return the recommendation, not null
   */
  public abstract ModelRecommendation recommendedModel();

  /**
   * Gets the result of every rule book, in the assessor's order.
   *
   * @return the book results, not null
   */
  public abstract ImmutableList<BookResult> books();

  /**
   * Gets the benchmarks against the published surveys.
   *
   * @return the benchmark lines, not null
   */
  public abstract ImmutableList<Benchmark> benchmarks();

  /**
   * Gets the roadmap to the next stage.
   *
   * @return the roadmap, not null
   */
  public abstract Roadmap roadmap();

  /**
   * Gets each business unit's standing, in unit order.
   *
   * @return the standings, empty if the organization has no units
   */
  public abstract ImmutableList<UnitStanding> units();

  /**
   * Gets the version of the model ({@link ModelVersion}) the assessment was made under.
   *
   * @return the model version, from 1; {@link ModelVersion#CURRENT} unless a stored assessment says
   *     otherwise
   */
  @Value.Default
  public int modelVersion() {
    return ModelVersion.CURRENT;
  }

  @Value.Check
  void check() {
    Checks.check(
        modelVersion() >= 1,
        "Assessment.modelVersion must be at least 1, but was %s",
        modelVersion());
    if (modelVersion() == ModelVersion.CURRENT) {
      Stage reached = Gates.stages().reached(organization()).orElse(Stage.PLANNING);
      Checks.check(
          stage() == reached,
          "Assessment.stage must be %s, the stage %s reaches under model version %s, but was %s",
          reached,
          organization().name(),
          modelVersion(),
          stage());
      Optional<MaturityLevel> level = Gates.levels().reached(organization());
      Checks.check(
          level().equals(level),
          "Assessment.level must be %s, the level %s reaches under model version %s, but was %s",
          level.map(Enum::name).orElse("no level"),
          organization().name(),
          modelVersion(),
          level().map(Enum::name).orElse("no level"));
      Optional<Stage> next = reached.next();
      Checks.check(
          stageGate().map(GateSummary::rung).equals(next),
          "Assessment.stageGate must lead to %s, the stage after %s, but led to %s",
          next.map(Enum::name).orElse("nothing (the top)"),
          reached,
          stageGate().map(g -> g.rung().name()).orElse("nothing"));
    }
  }

  // -----------------------------------------------------------------------
  /**
   * Gets what the assessment rests on: the share of practices in scope assessed, overall and per
   * dimension, and the basis of the grades. Derived from the organization, once per assessment.
   *
   * @return the completeness, not null
   */
  @Value.Lazy
  public Completeness completeness() {
    return Completeness.of(organization());
  }

  /**
   * Gets the highest stage still possible if every practice not yet assessed turned out to meet its
   * criteria ({@link Gates#possible}): never below {@link #stage()}, the stage the evidence proves, and
   * equal to it when nothing that matters is missing. Derived under the current model.
   *
   * @return the possible stage, not null
   */
  @Value.Lazy
  public Stage possibleStage() {
    return Gates.stages().possible(organization()).orElse(Stage.PLANNING);
  }

  /**
   * Gets the highest maturity level still possible if every practice not yet assessed turned out to meet
   * its criteria: never below {@link #level()}. Derived under the current model.
   *
   * @return the possible level, or empty if even that reaches none
   */
  @Value.Lazy
  public Optional<MaturityLevel> possibleLevel() {
    return Gates.levels().possible(organization());
  }

  /**
   * Gets the stage profile: each stage's gate evaluated on its own, so that work done above the stage
   * reached shows, such as a Formalized gate met while Presence gaps remain ({@link Gates#profile}).
   * Derived from the organization under the current model, once per assessment; not stored.
   *
   * @return one summary per stage from Presence to Converged, not null
   */
  @Value.Lazy
  public ImmutableList<GateSummary> stageProfile() {
    return Gates.stages().profile(organization());
  }

  /**
   * Gets every finding of every book, most severe first. Computed once per assessment.
   *
   * @return the findings, possibly empty
   */
  @Value.Lazy
  public ImmutableList<Finding> findings() {
    ImmutableList.Builder<Finding> all = ImmutableList.builder();
    for (BookResult b : books()) {
      all.addAll(b.findings());
    }
    return ImmutableList.sortedCopyOf(MOST_SEVERE_FIRST, all.build());
  }

  /**
   * Gets what could not be verified in every book: the rules that could not tell because what they read
   * is not assessed, each with what to ask, highest severity at stake first, in book order within a
   * severity. Never findings: finding counts and severities count only what is known. Computed once per
   * assessment.
   *
   * @return the items to verify, possibly empty
   */
  @Value.Lazy
  public ImmutableList<Unverified> unverified() {
    ImmutableList.Builder<Unverified> all = ImmutableList.builder();
    for (BookResult b : books()) {
      all.addAll(b.unverified());
    }
    return ImmutableList.sortedCopyOf(
        Comparator.comparing(Unverified::severity).reversed(), all.build());
  }

  /**
   * Gets the findings of at least a severity, most severe first.
   *
   * @param minimum  the lowest severity to include
   * @return the findings, possibly empty
   */
  public ImmutableList<Finding> findings(Severity minimum) {
    requireNonNull(minimum, "minimum");
    return findings().stream()
        .filter(f -> f.severity().isAtLeast(minimum))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the result of one rule book.
   *
   * @param name  the book's name, such as {@code accounts}
   * @return the result, or empty if the assessor had no such book
   */
  public Optional<BookResult> book(String name) {
    requireNonNull(name, "name");
    return books().stream().filter(b -> b.name().equals(name)).findFirst();
  }

  /**
   * Explains why a standard rule passed or failed for this assessment, or why it did not apply: the
   * criteria that held, those that did not, and the evidence read. Any standard rule may be asked, not
   * only those of the books' results: every stage and level gate criterion (such as {@code
   * stage.engagement.triage-process}, even for a stage far ahead) and every rule of {@link
   * StandardRules#all()} (such as {@code coe.strategist-owns-charter}). The rule is judged again, as the
   * standard rules judge it, over this assessment's organization as of its date.
   *
   * <pre>{@code
   * Assessment a = SocialBusiness.assess(SocialBusiness.presenceWithoutResponse());
   * a.explain("stage.engagement.triage-process").status();   // FAILED
   * }</pre>
   *
   * @param ruleId  the id of a standard rule; see {@code docs/rules.md} for them all
   * @return the explanation, not null
   * @throws io.github.socialbiz.SocialBusinessException if no standard rule has that id (a custom rule is
   *     explained on its own {@link io.github.socialbiz.rules.Evaluation#explain evaluation}), or the
   *     assessment was made under another {@link #modelVersion() model version}, whose rules this
   *     library no longer has
   */
  public Explanation explain(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    Checks.check(
        modelVersion() == ModelVersion.CURRENT,
        "Assessment.explain needs an assessment made under model version %s, the library's rules, but"
            + " this one was made under version %s; assess the organization again",
        ModelVersion.CURRENT,
        modelVersion());
    for (RuleBook<Organization> gates :
        ImmutableList.of(Gates.stages().allGates(), Gates.levels().allGates())) {
      if (has(gates, ruleId)) {
        return gates.evaluate(organization()).explain(ruleId);
      }
    }
    for (RuleBook<Snapshot> book : StandardRules.all()) {
      if (has(book, ruleId)) {
        return book.evaluate(Snapshot.of(organization(), asOf())).explain(ruleId);
      }
    }
    throw new SocialBusinessException(
        "Assessment.explain: no standard rule has the id '"
            + ruleId
            + "' (see docs/rules.md for the standard rules; a custom rule is explained on its own"
            + " Evaluation)");
  }

  private static boolean has(RuleBook<?> book, String ruleId) {
    return book.rules().stream().anyMatch(r -> r.id().equals(ruleId));
  }

  /**
   * Gets the score of one dimension.
   *
   * @param dimension  the dimension
   * @return the score, not null
   */
  public DimensionScore score(Dimension dimension) {
    requireNonNull(dimension, "dimension");
    return scores().stream().filter(s -> s.dimension() == dimension).findFirst().orElseThrow();
  }

  /**
   * Gets the low end of the mean of the dimension means: what the known evidence proves (see {@link
   * DimensionScore}). Show it with {@link #overallPossible()} unless {@link #isScoreExact()}.
   *
   * @return the overall score's low end, from 0 to 1
   */
  public double overall() {
    return scores().stream().mapToDouble(DimensionScore::mean).average().orElse(0);
  }

  /**
   * Gets the high end of the mean of the dimension means: what is still possible.
   *
   * @return the overall score's high end, from {@link #overall()} to 1
   */
  public double overallPossible() {
    return scores().stream().mapToDouble(DimensionScore::meanPossible).average().orElse(0);
  }

  /**
   * Gets the low end of the weakest link of all dimensions.
   *
   * @return the lowest dimension weakest-link score's low end, from 0 to 1
   */
  public double overallWeakest() {
    return scores().stream().mapToDouble(DimensionScore::weakest).min().orElse(0);
  }

  /**
   * Gets the high end of the weakest link of all dimensions.
   *
   * @return the weakest link's high end, from {@link #overallWeakest()} to 1
   */
  public double overallWeakestPossible() {
    return scores().stream().mapToDouble(DimensionScore::weakestPossible).min().orElse(0);
  }

  /**
   * Checks if the scores are exact: every practice in scope is assessed.
   *
   * @return true if no score is a range
   */
  public boolean isScoreExact() {
    return scores().stream().allMatch(DimensionScore::isExact);
  }

  /**
   * Gets the model the organization declares.
   *
   * @return the declared model, or empty
   */
  public Optional<OrganizationalModel> declaredModel() {
    return organization().declaredModel();
  }

  /**
   * Gets the evidence that carries a note: what the assessor saw or heard.
   *
   * @return the noted evidence, in the organization's order
   */
  public ImmutableList<Evidence> evidenceNotes() {
    return organization().evidence().stream()
        .filter(e -> e.note().isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the practices left out of scope: reported, never counted as met.
   *
   * @return the practices, possibly empty
   */
  public ImmutableSet<Practice> outOfScope() {
    return organization().outOfScope();
  }

  /**
   * Returns a one-line summary, such as {@code Assessment{Globex Industries as of 2026-06-30: FORMALIZED,
   * FORMATION, overall 0.64, 13 findings}}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Assessment{"
        + organization().name()
        + " as of "
        + asOf()
        + ": "
        + stage()
        + ", "
        + level().map(Enum::name).orElse("no level")
        + ", overall "
        + DimensionScore.round(overall())
        + ", "
        + findings().size()
        + " findings}";
  }

  /** Builder of {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
