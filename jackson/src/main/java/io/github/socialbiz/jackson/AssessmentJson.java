package io.github.socialbiz.jackson;

import static io.github.socialbiz.jackson.JsonTypes.BOOLEAN;
import static io.github.socialbiz.jackson.JsonTypes.DATE;
import static io.github.socialbiz.jackson.JsonTypes.INT;
import static io.github.socialbiz.jackson.JsonTypes.NUMBER;
import static io.github.socialbiz.jackson.JsonTypes.TEXT;
import static io.github.socialbiz.jackson.JsonTypes.enumType;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.Action;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Benchmark;
import io.github.socialbiz.assessment.BookResult;
import io.github.socialbiz.assessment.DimensionScore;
import io.github.socialbiz.assessment.GateSummary;
import io.github.socialbiz.assessment.ModelRecommendation;
import io.github.socialbiz.assessment.Phase;
import io.github.socialbiz.assessment.Roadmap;
import io.github.socialbiz.assessment.UnitStanding;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.rules.Unverified;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Unit;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** The JSON shape of an {@link Assessment} and its parts, one field table per type; see {@code docs/json.md}. */
final class AssessmentJson {

  private AssessmentJson() {}

  /** A stage or maturity level by its constant name. */
  private static final JsonType<Rung> RUNG =
      JsonTypes.converted(
          "rung: a `Stage` or `MaturityLevel` name", "rung", TEXT, Rung::name, Rung::named);

  // -----------------------------------------------------------------------
  private static final Field<Citation, Source> SOURCE =
      Field.required("source", enumType(Source.class), Citation::source);
  private static final Field<Citation, String> LOCATOR =
      Field.required("locator", TEXT, Citation::locator)
          .notes("where in the source, such as a page or section");
  private static final Field<Citation, Provenance> PROVENANCE =
      Field.required("provenance", enumType(Provenance.class), Citation::provenance);

  static final ObjectType<Citation> CITATION =
      ObjectType.of(
          "a citation",
          List.of(SOURCE, LOCATOR, PROVENANCE),
          v -> Citation.of(v.get(SOURCE), v.get(LOCATOR), v.get(PROVENANCE)));

  // -----------------------------------------------------------------------
  private static final Field<Criterion, String> CRITERION_ID =
      Field.required("id", TEXT, Criterion::id);
  private static final Field<Criterion, Practice> CRITERION_PRACTICE =
      Field.<Criterion, Practice>optional(
              "practice",
              enumType(Practice.class),
              c -> c instanceof PracticeCriterion p ? Optional.of(p.practice()) : Optional.empty())
          .notes("with `minimum`, unless `fact`");
  private static final Field<Criterion, Adoption> MINIMUM =
      Field.<Criterion, Adoption>optional(
              "minimum",
              enumType(Adoption.class),
              c -> c instanceof PracticeCriterion p ? Optional.of(p.minimum()) : Optional.empty())
          .notes("the lowest grade that meets it");
  private static final Field<Criterion, Fact> FACT =
      Field.<Criterion, Fact>optional(
              "fact",
              enumType(Fact.class),
              c -> c instanceof FactCriterion f ? Optional.of(f.fact()) : Optional.empty())
          .notes("instead of `practice` and `minimum`");
  private static final Field<Criterion, Citation> CRITERION_CITATION =
      Field.required("citation", CITATION, Criterion::citation);

  static final ObjectType<Criterion> CRITERION =
      ObjectType.of(
          "a criterion",
          List.of(CRITERION_ID, CRITERION_PRACTICE, MINIMUM, FACT, CRITERION_CITATION),
          v -> {
            String id = v.get(CRITERION_ID);
            Citation citation = v.get(CRITERION_CITATION);
            Optional<Fact> fact = v.find(FACT);
            if (fact.isPresent()) {
              if (v.has(CRITERION_PRACTICE) || v.has(MINIMUM)) {
                throw v.error("a criterion has either a fact or a practice and minimum, not both");
              }
              return Criterion.fact(id, fact.get(), citation);
            }
            return Criterion.practice(
                id, v.require(CRITERION_PRACTICE), v.require(MINIMUM), citation);
          });

  // -----------------------------------------------------------------------
  private static final Field<GateSummary, Rung> GATE_RUNG =
      Field.required("rung", RUNG, GateSummary::rung).notes("the rung the gate opens");
  private static final Field<GateSummary, List<Criterion>> MET =
      Field.list("met", CRITERION, GateSummary::met);
  private static final Field<GateSummary, List<Criterion>> UNMET =
      Field.list("unmet", CRITERION, GateSummary::unmet).notes("known not to be met");
  private static final Field<GateSummary, List<Criterion>> GATE_UNKNOWN =
      Field.list("unknown", CRITERION, GateSummary::unknown)
          .notes(
              "not verified: they rest on a practice nobody has assessed, so neither met nor unmet;"
                  + " from format 4");

  static final ObjectType<GateSummary> GATE =
      ObjectType.of(
          "a gate",
          List.of(GATE_RUNG, MET, UNMET, GATE_UNKNOWN),
          v -> GateSummary.of(v.get(GATE_RUNG), v.list(MET), v.list(UNMET), v.list(GATE_UNKNOWN)));

  // -----------------------------------------------------------------------
  private static final Field<DimensionScore, Dimension> DIMENSION =
      Field.required("dimension", enumType(Dimension.class), DimensionScore::dimension);
  private static final Field<DimensionScore, Double> MEAN =
      Field.required("mean", NUMBER, DimensionScore::mean)
          .notes(
              "from 0 to 1: what the known grades prove, a practice not assessed counted at none");
  private static final Field<DimensionScore, Double> MEAN_POSSIBLE =
      Field.required("meanPossible", NUMBER, DimensionScore::meanPossible)
          .notes(
              "from `mean` to 1: the mean if every practice not assessed turned out fully adopted;"
                  + " equal to `mean` when `notAssessed` is 0");
  private static final Field<DimensionScore, Double> WEAKEST =
      Field.required("weakest", NUMBER, DimensionScore::weakest)
          .notes(
              "the weakest practice's grade, from 0 to 1, a practice not assessed counted at none");
  private static final Field<DimensionScore, Double> WEAKEST_POSSIBLE =
      Field.required("weakestPossible", NUMBER, DimensionScore::weakestPossible)
          .notes(
              "from `weakest` to 1: the weakest link if every practice not assessed were fully adopted");
  private static final Field<DimensionScore, Integer> NOT_ASSESSED =
      Field.required("notAssessed", INT, DimensionScore::notAssessed)
          .notes("the number of practices in scope nobody has assessed");
  private static final Field<DimensionScore, Double> TARGET_MEAN =
      Field.required("targetMean", NUMBER, DimensionScore::targetMean).notes("from 0 to 1");
  private static final Field<DimensionScore, Double> TARGET_WEAKEST =
      Field.required("targetWeakest", NUMBER, DimensionScore::targetWeakest).notes("from 0 to 1");
  private static final Field<DimensionScore, Integer> SCORE_OUT_OF_SCOPE =
      Field.required("outOfScope", INT, DimensionScore::outOfScope)
          .notes("the number of practices out of scope");

  static final ObjectType<DimensionScore> SCORE =
      ObjectType.of(
          "a dimension score",
          List.of(
              DIMENSION,
              MEAN,
              MEAN_POSSIBLE,
              WEAKEST,
              WEAKEST_POSSIBLE,
              NOT_ASSESSED,
              TARGET_MEAN,
              TARGET_WEAKEST,
              SCORE_OUT_OF_SCOPE),
          v ->
              DimensionScore.builder()
                  .dimension(v.get(DIMENSION))
                  .mean(v.get(MEAN))
                  .meanPossible(v.get(MEAN_POSSIBLE))
                  .weakest(v.get(WEAKEST))
                  .weakestPossible(v.get(WEAKEST_POSSIBLE))
                  .notAssessed(v.get(NOT_ASSESSED))
                  .targetMean(v.get(TARGET_MEAN))
                  .targetWeakest(v.get(TARGET_WEAKEST))
                  .outOfScope(v.get(SCORE_OUT_OF_SCOPE))
                  .build());

  /**
   * A dimension score as formats 1 to 3 wrote it, one number for each end; read only. Its range is
   * recovered from the organization once the whole assessment is read ({@link OlderFormats}).
   */
  private static final ObjectType<DimensionScore> SCORE_FORMAT_3 =
      ObjectType.of(
          "a dimension score",
          List.of(DIMENSION, MEAN, WEAKEST, TARGET_MEAN, TARGET_WEAKEST, SCORE_OUT_OF_SCOPE),
          v ->
              DimensionScore.builder()
                  .dimension(v.get(DIMENSION))
                  .mean(v.get(MEAN))
                  .weakest(v.get(WEAKEST))
                  .targetMean(v.get(TARGET_MEAN))
                  .targetWeakest(v.get(TARGET_WEAKEST))
                  .outOfScope(v.get(SCORE_OUT_OF_SCOPE))
                  .build());

  // -----------------------------------------------------------------------
  private static final Field<ModelRecommendation, OrganizationalModel> MODEL =
      Field.required("model", enumType(OrganizationalModel.class), ModelRecommendation::model);
  private static final Field<ModelRecommendation, List<String>> REASONS =
      Field.list("reasons", TEXT, ModelRecommendation::reasons);
  private static final Field<ModelRecommendation, List<Citation>> CITATIONS =
      Field.list("citations", CITATION, ModelRecommendation::citations);

  static final ObjectType<ModelRecommendation> RECOMMENDATION =
      ObjectType.of(
          "a model recommendation",
          List.of(MODEL, REASONS, CITATIONS),
          v -> ModelRecommendation.of(v.get(MODEL), v.list(REASONS), v.list(CITATIONS)));

  // -----------------------------------------------------------------------
  private static final Field<Reference, Source> REFERENCE_SOURCE =
      Field.<Reference, Source>optional(
              "source",
              enumType(Source.class),
              r -> r instanceof Citation c ? Optional.of(c.source()) : Optional.empty())
          .notes("with `locator` and `provenance`, unless `text`");
  private static final Field<Reference, String> REFERENCE_LOCATOR =
      Field.optional(
          "locator",
          TEXT,
          r -> r instanceof Citation c ? Optional.of(c.locator()) : Optional.empty());
  private static final Field<Reference, Provenance> REFERENCE_PROVENANCE =
      Field.optional(
          "provenance",
          enumType(Provenance.class),
          r -> r instanceof Citation c ? Optional.of(c.provenance()) : Optional.empty());
  private static final Field<Reference, String> REFERENCE_TEXT =
      Field.<Reference, String>optional(
              "text",
              TEXT,
              r -> r instanceof Citation ? Optional.empty() : Optional.of(r.toString()))
          .notes("a custom rule's free-text reference");

  static final ObjectType<Reference> REFERENCE =
      ObjectType.of(
          "a reference",
          List.of(REFERENCE_SOURCE, REFERENCE_LOCATOR, REFERENCE_PROVENANCE, REFERENCE_TEXT),
          v -> {
            Optional<String> text = v.find(REFERENCE_TEXT);
            if (text.isPresent()) {
              if (v.has(REFERENCE_SOURCE)
                  || v.has(REFERENCE_LOCATOR)
                  || v.has(REFERENCE_PROVENANCE)) {
                throw v.error(
                    "a reference is either a citation (source, locator, provenance) or a text, not both");
              }
              return Reference.of(text.get());
            }
            Source source = v.require(REFERENCE_SOURCE);
            String locator = v.require(REFERENCE_LOCATOR);
            Provenance provenance = v.require(REFERENCE_PROVENANCE);
            try {
              return Citation.of(source, locator, provenance);
            } catch (SocialBusinessException e) {
              throw v.error("invalid citation: " + e.getMessage(), e);
            }
          });

  // -----------------------------------------------------------------------
  private static final Field<Finding, String> RULE_ID =
      Field.required("ruleId", TEXT, Finding::ruleId);
  private static final Field<Finding, Severity> SEVERITY =
      Field.required("severity", enumType(Severity.class), Finding::severity);
  private static final Field<Finding, String> MESSAGE =
      Field.required("message", TEXT, Finding::message);
  private static final Field<Finding, String> RECOMMENDATION_TEXT =
      Field.defaulted("recommendation", TEXT, Finding::recommendation)
          .notes("default: none (an empty text)");
  private static final Field<Finding, Reference> FINDING_REFERENCE =
      Field.required("reference", REFERENCE, Finding::citation);
  private static final Field<Finding, List<String>> INVOLVED =
      Field.list("involved", TEXT, Finding::involved)
          .notes("the parts involved, such as account handles or unit names");

  static final ObjectType<Finding> FINDING =
      ObjectType.of(
          "a finding",
          List.of(RULE_ID, SEVERITY, MESSAGE, RECOMMENDATION_TEXT, FINDING_REFERENCE, INVOLVED),
          v -> {
            Finding.Builder b =
                Finding.builder()
                    .ruleId(v.get(RULE_ID))
                    .severity(v.get(SEVERITY))
                    .message(v.get(MESSAGE))
                    .citation(v.get(FINDING_REFERENCE))
                    .addAllInvolved(v.list(INVOLVED));
            Optional<String> recommendation = v.find(RECOMMENDATION_TEXT);
            if (recommendation.isPresent()) {
              b.recommendation(recommendation.get());
            }
            return b.build();
          });

  private static final Field<BookResult, String> BOOK_NAME =
      Field.required("name", TEXT, BookResult::name);
  private static final Field<BookResult, List<String>> PASSED =
      Field.list("passed", TEXT, BookResult::passed).notes("rule ids");
  private static final Field<BookResult, List<String>> FAILED =
      Field.list("failed", TEXT, BookResult::failed).notes("rule ids");
  private static final Field<BookResult, List<String>> NOT_APPLICABLE =
      Field.list("notApplicable", TEXT, BookResult::notApplicable).notes("rule ids");
  private static final Field<BookResult, List<Finding>> FINDINGS =
      Field.list("findings", FINDING, BookResult::findings).notes("one per failed rule");
  private static final Field<BookResult, List<String>> BOOK_UNKNOWN =
      Field.list("unknown", TEXT, BookResult::unknown)
          .notes("rule ids that could not tell, neither passed nor failed; from format 4");

  // -----------------------------------------------------------------------
  private static final Field<Unverified, String> UNVERIFIED_RULE_ID =
      Field.required("ruleId", TEXT, Unverified::ruleId);
  private static final Field<Unverified, Severity> AT_STAKE =
      Field.required("severity", enumType(Severity.class), Unverified::severity)
          .notes("the severity the finding would have if the rule turned out to fail");
  private static final Field<Unverified, String> UNVERIFIED_MESSAGE =
      Field.required("message", TEXT, Unverified::message).notes("what is not known");
  private static final Field<Unverified, List<String>> ASK =
      Field.list("ask", TEXT, Unverified::ask)
          .notes("what to ask to decide it, such as a standard question and its id");
  private static final Field<Unverified, Reference> UNVERIFIED_CITATION =
      Field.required("citation", REFERENCE, Unverified::citation)
          .notes("where the rule comes from, as a finding's `reference`");

  static final ObjectType<Unverified> UNVERIFIED =
      ObjectType.of(
          "an unverified item",
          List.of(UNVERIFIED_RULE_ID, AT_STAKE, UNVERIFIED_MESSAGE, ASK, UNVERIFIED_CITATION),
          v ->
              Unverified.builder()
                  .ruleId(v.get(UNVERIFIED_RULE_ID))
                  .severity(v.get(AT_STAKE))
                  .message(v.get(UNVERIFIED_MESSAGE))
                  .addAllAsk(v.list(ASK))
                  .citation(v.get(UNVERIFIED_CITATION))
                  .build());

  private static final Field<BookResult, List<Unverified>> BOOK_UNVERIFIED =
      Field.list("unverified", UNVERIFIED, BookResult::unverified)
          .notes("what to verify for the rules that could not tell, never findings; from format 4");

  static final ObjectType<BookResult> BOOK =
      ObjectType.of(
          "a book result",
          List.of(
              BOOK_NAME, PASSED, FAILED, NOT_APPLICABLE, FINDINGS, BOOK_UNKNOWN, BOOK_UNVERIFIED),
          v ->
              BookResult.builder()
                  .name(v.get(BOOK_NAME))
                  .addAllPassed(v.list(PASSED))
                  .addAllFailed(v.list(FAILED))
                  .addAllNotApplicable(v.list(NOT_APPLICABLE))
                  .addAllFindings(v.list(FINDINGS))
                  .addAllUnknown(v.list(BOOK_UNKNOWN))
                  .addAllUnverified(v.list(BOOK_UNVERIFIED))
                  .build());

  // -----------------------------------------------------------------------
  private static final Field<Statistic, String> KEY = Field.required("key", TEXT, Statistic::key);
  private static final Field<Statistic, String> DESCRIPTION =
      Field.required("description", TEXT, Statistic::description);
  private static final Field<Statistic, Double> VALUE =
      Field.required("value", NUMBER, Statistic::value);
  private static final Field<Statistic, Unit> UNIT =
      Field.required("unit", enumType(Unit.class), Statistic::unit);
  private static final Field<Statistic, String> POPULATION =
      Field.required("population", TEXT, Statistic::population);
  private static final Field<Statistic, String> WAVE =
      Field.required("wave", TEXT, Statistic::wave).notes("the survey's wave, such as a year");
  private static final Field<Statistic, Citation> STATISTIC_CITATION =
      Field.required("citation", CITATION, Statistic::citation);
  private static final Field<Statistic, String> STATISTIC_NOTE =
      Field.optional("note", TEXT, Statistic::note);

  static final ObjectType<Statistic> STATISTIC =
      ObjectType.of(
          "a statistic",
          List.of(
              KEY, DESCRIPTION, VALUE, UNIT, POPULATION, WAVE, STATISTIC_CITATION, STATISTIC_NOTE),
          v ->
              Statistic.builder()
                  .key(v.get(KEY))
                  .description(v.get(DESCRIPTION))
                  .value(v.get(VALUE))
                  .unit(v.get(UNIT))
                  .population(v.get(POPULATION))
                  .wave(v.get(WAVE))
                  .citation(v.get(STATISTIC_CITATION))
                  .note(v.find(STATISTIC_NOTE))
                  .build());

  private static final Field<Benchmark, Statistic> BENCHMARK_STATISTIC =
      Field.required("statistic", STATISTIC, Benchmark::statistic);
  private static final Field<Benchmark, Truth> FAVOURABLE =
      Field.required("favourable", enumType(Truth.class), Benchmark::favourable)
          .notes(
              "whether the organization compares well: `TRUE`, `FALSE`, or `UNKNOWN` when what"
                  + " places it is not assessed or not on file (`true` or `false` before format 4)");
  private static final Field<Benchmark, String> POSITION =
      Field.required("position", TEXT, Benchmark::position)
          .notes("where the organization stands against the figure, or what to ask");

  static final ObjectType<Benchmark> BENCHMARK =
      ObjectType.of(
          "a benchmark",
          List.of(BENCHMARK_STATISTIC, FAVOURABLE, POSITION),
          v -> Benchmark.of(v.get(BENCHMARK_STATISTIC), v.get(FAVOURABLE), v.get(POSITION)));

  /** A benchmark as formats 1 to 3 wrote it, {@code favourable} a boolean; read only. */
  private static final Field<Benchmark, Boolean> FAVOURABLE_FORMAT_3 =
      Field.required("favourable", BOOLEAN, Benchmark::isFavourable);

  private static final ObjectType<Benchmark> BENCHMARK_FORMAT_3 =
      ObjectType.of(
          "a benchmark",
          List.of(BENCHMARK_STATISTIC, FAVOURABLE_FORMAT_3, POSITION),
          v ->
              Benchmark.of(
                  v.get(BENCHMARK_STATISTIC), v.get(FAVOURABLE_FORMAT_3), v.get(POSITION)));

  // -----------------------------------------------------------------------
  private static final Field<Action, Criterion> ACTION_CRITERION =
      Field.required("criterion", CRITERION, Action::criterion)
          .notes("the criterion the action meets, as in the gates");
  private static final Field<Action, Role> ACTION_OWNER =
      Field.required("owner", enumType(Role.class), Action::owner);
  private static final Field<Action, String> REASON =
      Field.required("reason", TEXT, Action::reason);
  private static final Field<Action, Rung> UNBLOCKS =
      Field.required("unblocks", RUNG, Action::unblocks).notes("the rung it opens");

  private static final Field<Action, Boolean> ASSESS_FIRST =
      Field.defaulted("assessFirst", BOOLEAN, Action::isAssessFirst)
          .notes(
              "`true` when the practice has not been assessed and the action asks first; default"
                  + " `false` (and always `false` before format 3)");

  static final ObjectType<Action> ACTION =
      ObjectType.of(
          "an action",
          List.of(ACTION_CRITERION, ACTION_OWNER, REASON, UNBLOCKS, ASSESS_FIRST),
          v -> {
            Action a =
                Action.of(
                    v.get(ACTION_CRITERION), v.get(ACTION_OWNER), v.get(REASON), v.get(UNBLOCKS));
            return v.find(ASSESS_FIRST).orElse(false) ? a.toAssessFirst(a.reason()) : a;
          });

  // format 1 named the criterion by id beside copies of its parts; the id says it all, the copies
  // are skipped
  private static final Field<Action, Criterion> CRITERION_BY_ID =
      Field.required(
          "criterionId",
          JsonTypes.converted("text", "criterion", TEXT, Criterion::id, Rung::criterion),
          Action::criterion);

  /** An action as format 1 wrote it; read only. */
  static final ObjectType<Action> ACTION_FORMAT_1 =
      ObjectType.of(
          "an action",
          List.of(
              CRITERION_BY_ID,
              Field.ignored("practice"),
              Field.ignored("grade"),
              Field.ignored("fact"),
              ACTION_OWNER,
              REASON,
              Field.ignored("citation"),
              UNBLOCKS),
          v ->
              Action.of(
                  v.get(CRITERION_BY_ID), v.get(ACTION_OWNER), v.get(REASON), v.get(UNBLOCKS)));

  /** A roadmap of the given action type (formats 1 and 2 differ in their actions only). */
  private static ObjectType<Roadmap> roadmap(ObjectType<Action> action) {
    Field<Phase, Integer> number =
        Field.required("number", INT, Phase::number).notes("1, 2, 3... in order");
    Field<Phase, Rung> rung =
        Field.required("rung", RUNG, Phase::rung).notes("the rung the phase opens");
    Field<Phase, List<Action>> actions = Field.list("actions", action, Phase::actions);
    ObjectType<Phase> phase =
        ObjectType.of(
            "a phase",
            List.of(number, rung, actions),
            v -> Phase.of(v.get(number), v.get(rung), v.list(actions)));
    Field<Roadmap, Rung> target = Field.required("target", RUNG, Roadmap::target);
    Field<Roadmap, List<Phase>> phases = Field.list("phases", phase, Roadmap::phases);
    return ObjectType.of(
        "a roadmap", List.of(target, phases), v -> Roadmap.of(v.get(target), v.list(phases)));
  }

  static final ObjectType<Roadmap> ROADMAP = roadmap(ACTION);
  private static final ObjectType<Roadmap> ROADMAP_FORMAT_1 = roadmap(ACTION_FORMAT_1);

  // -----------------------------------------------------------------------
  private static final Field<UnitStanding, String> STANDING_UNIT =
      Field.required("unit", TEXT, UnitStanding::unit).notes("the unit's name");
  private static final Field<UnitStanding, Stage> STANDING_STAGE =
      Field.required("stage", enumType(Stage.class), UnitStanding::stage);
  private static final Field<UnitStanding, MaturityLevel> STANDING_LEVEL =
      Field.optional("level", enumType(MaturityLevel.class), UnitStanding::level);
  private static final Field<UnitStanding, Dimension> WEAKEST_DIMENSION =
      Field.required("weakestDimension", enumType(Dimension.class), UnitStanding::weakestDimension);
  private static final Field<UnitStanding, Double> OVERALL =
      Field.required("overall", NUMBER, UnitStanding::overall).notes("from 0 to 1");
  private static final Field<UnitStanding, Double> OVERALL_POSSIBLE =
      Field.required("overallPossible", NUMBER, UnitStanding::overallPossible)
          .notes(
              "the high end of the unit's overall score; from format 4 (earlier formats are read as for"
                  + " `notAssessed`)");
  private static final Field<UnitStanding, Integer> STANDING_NOT_ASSESSED =
      Field.required("notAssessed", INT, UnitStanding::notAssessed)
          .notes(
              "practices in scope not assessed in the unit's view; from format 4 (in earlier formats"
                  + " they are read again from the organization, see [Versions](#versions))");
  private static final Field<UnitStanding, Integer> STANDING_RESPONDENTS =
      Field.required("respondents", INT, UnitStanding::respondents)
          .notes(
              "respondents who answered for the unit; from format 4 (earlier formats are read as for"
                  + " `notAssessed`)");
  private static final Field<UnitStanding, Boolean> HOLDING_BACK =
      Field.required("holdingBack", BOOLEAN, UnitStanding::isHoldingBack)
          .notes("whether the unit holds the organization back");

  static final ObjectType<UnitStanding> UNIT_STANDING =
      ObjectType.of(
          "a unit standing",
          List.of(
              STANDING_UNIT,
              STANDING_STAGE,
              STANDING_LEVEL,
              WEAKEST_DIMENSION,
              OVERALL,
              OVERALL_POSSIBLE,
              STANDING_NOT_ASSESSED,
              STANDING_RESPONDENTS,
              HOLDING_BACK),
          v ->
              recorded(v)
                  .overallPossible(v.get(OVERALL_POSSIBLE))
                  .notAssessed(v.get(STANDING_NOT_ASSESSED))
                  .respondents(v.get(STANDING_RESPONDENTS))
                  .build());

  /** What every format recorded of a unit's standing. */
  private static UnitStanding.Builder recorded(ObjectType<UnitStanding>.Values v)
      throws IOException {
    UnitStanding.Builder b = UnitStanding.builder();
    b.unit(v.get(STANDING_UNIT))
        .stage(v.get(STANDING_STAGE))
        .level(v.find(STANDING_LEVEL))
        .weakestDimension(v.get(WEAKEST_DIMENSION))
        .overall(v.get(OVERALL))
        .holdingBack(v.get(HOLDING_BACK));
    return b;
  }

  /**
   * A unit standing of format 3 and earlier, which recorded neither its practices not assessed, nor its
   * respondents, nor its score's high end: read here as none and exact, and then recovered from the
   * organization ({@link OlderFormats#recoverUnknowns}) before anyone sees them.
   */
  private static final ObjectType<UnitStanding> UNIT_STANDING_FORMAT_3 =
      ObjectType.of(
          "a unit standing",
          List.of(
              STANDING_UNIT,
              STANDING_STAGE,
              STANDING_LEVEL,
              WEAKEST_DIMENSION,
              OVERALL,
              HOLDING_BACK),
          v -> recorded(v).overallPossible(v.get(OVERALL)).build());

  // -----------------------------------------------------------------------
  private static final Field<Assessment, Integer> FORMAT_VERSION = DocumentVersions.format();
  private static final Field<Assessment, Integer> MODEL_VERSION =
      DocumentVersions.model(Assessment::modelVersion);
  private static final Field<Assessment, Organization> ORGANIZATION =
      Field.required("organization", OrganizationJson.PART, Assessment::organization)
          .readingWith(inFormat(OrganizationJson::partIn));
  private static final Field<Assessment, LocalDate> AS_OF =
      Field.required("asOf", DATE, Assessment::asOf);
  private static final Field<Assessment, Stage> STAGE =
      Field.required("stage", enumType(Stage.class), Assessment::stage);
  private static final Field<Assessment, GateSummary> STAGE_GATE =
      Field.optional("stageGate", GATE, Assessment::stageGate)
          .notes("the next stage's gate; absent at the top");
  private static final Field<Assessment, MaturityLevel> LEVEL =
      Field.optional("level", enumType(MaturityLevel.class), Assessment::level)
          .notes("absent below Foundation");
  private static final Field<Assessment, GateSummary> LEVEL_GATE =
      Field.optional("levelGate", GATE, Assessment::levelGate)
          .notes("the next level's gate; absent at the top");
  private static final Field<Assessment, List<DimensionScore>> SCORES =
      Field.list("scores", SCORE, Assessment::scores)
          .notes("one per dimension")
          .readingWith(inFormat(f -> JsonTypes.listOf(f < 4 ? SCORE_FORMAT_3 : SCORE)));
  private static final Field<Assessment, ModelRecommendation> RECOMMENDED_MODEL =
      Field.required("recommendedModel", RECOMMENDATION, Assessment::recommendedModel);
  private static final Field<Assessment, List<BookResult>> BOOKS =
      Field.list("books", BOOK, Assessment::books);
  private static final Field<Assessment, List<Benchmark>> BENCHMARKS =
      Field.list("benchmarks", BENCHMARK, Assessment::benchmarks)
          .readingWith(inFormat(f -> JsonTypes.listOf(f < 4 ? BENCHMARK_FORMAT_3 : BENCHMARK)));
  private static final Field<Assessment, Roadmap> ROADMAP_FIELD =
      Field.required("roadmap", ROADMAP, Assessment::roadmap)
          .readingWith(inFormat(f -> f == 1 ? ROADMAP_FORMAT_1 : ROADMAP));
  private static final Field<Assessment, List<UnitStanding>> UNITS =
      Field.list("units", UNIT_STANDING, Assessment::units)
          .notes("one per business unit")
          .readingWith(
              inFormat(f -> JsonTypes.listOf(f < 4 ? UNIT_STANDING_FORMAT_3 : UNIT_STANDING)));

  static final ObjectType<Assessment> ASSESSMENT =
      ObjectType.of(
          "an assessment",
          List.of(
              FORMAT_VERSION,
              MODEL_VERSION,
              ORGANIZATION,
              AS_OF,
              STAGE,
              STAGE_GATE,
              LEVEL,
              LEVEL_GATE,
              SCORES,
              RECOMMENDED_MODEL,
              BOOKS,
              BENCHMARKS,
              ROADMAP_FIELD,
              UNITS),
          v -> {
            Assessment read =
                Assessment.builder()
                    .modelVersion(v.find(MODEL_VERSION).orElse(DocumentVersions.ABSENT))
                    .organization(v.get(ORGANIZATION))
                    .asOf(v.get(AS_OF))
                    .stage(v.get(STAGE))
                    .stageGate(v.find(STAGE_GATE))
                    .level(v.find(LEVEL))
                    .levelGate(v.find(LEVEL_GATE))
                    .addAllScores(v.list(SCORES))
                    .recommendedModel(v.get(RECOMMENDED_MODEL))
                    .addAllBooks(v.list(BOOKS))
                    .addAllBenchmarks(v.list(BENCHMARKS))
                    .roadmap(v.get(ROADMAP_FIELD))
                    .addAllUnits(v.list(UNITS))
                    .build();
            return v.find(FORMAT_VERSION).orElse(DocumentVersions.ABSENT)
                    < OlderFormats.FIRST_WITH_UNKNOWNS
                ? OlderFormats.recoverUnknowns(read)
                : read;
          });

  /**
   * Reads a field in the document's format: at once when {@code formatVersion} came before it (as this
   * library writes it), else from a copy once the whole assessment is read and its format known.
   */
  private static Field.Reading<Assessment> inFormat(IntFunction<JsonType<?>> typeOf) {
    return (in, soFar) -> {
      Optional<Integer> format = soFar.find(FORMAT_VERSION);
      if (format.isPresent()) {
        return typeOf.apply(format.get()).read(in);
      }
      return new ObjectType.Later<Assessment>(
          in,
          (copy, whole) ->
              typeOf.apply(whole.find(FORMAT_VERSION).orElse(DocumentVersions.ABSENT)).read(copy));
    };
  }
}
