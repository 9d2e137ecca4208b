package io.github.socialbiz.assessment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.RuleFailedException;
import io.github.socialbiz.rules.Status;
import io.github.socialbiz.rules.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What changed between two assessments of the same organization, told apart from what is only known
 * better: the practices assessed for the first time (or no longer assessed) apart from the grades that
 * changed, stage, level and scores with the part that comes from each, the findings resolved and new, and
 * the roadmap actions completed.
 *
 * <pre>{@code
 * AssessmentDiff d = AssessmentDiff.between(lastQuarter, thisQuarter);
 * d.stageChange();               // PRESENCE -> ENGAGEMENT
 * d.newlyAssessed();             // [SOCIAL_MEDIA_POLICY: NOT_ASSESSED -> MOST, ...]: new knowledge
 * d.gradeChanges();              // [TRIAGE_PROCESS: NONE -> HALF]: a change of the organization
 * d.resolved();                  // findings of the first assessment that are gone
 * d.completedActions();          // roadmap actions of the first assessment now done
 * }</pre>
 *
 * <p><b>Knowledge and change.</b> A practice nobody had assessed and that is graded now is new knowledge,
 * not progress, and a practice no longer assessed is knowledge lost, not decline. The diff separates them
 * with one counterfactual, {@link #previousWithTodaysKnowledge()}: the earlier organization with the
 * practices assessed for the first time added at today's grades, the practices no longer assessed
 * removed, and the structural facts known for the first time (or no longer known) read as today. The
 * change from the earlier assessment to the counterfactual comes from knowledge; the change from the
 * counterfactual to the later assessment is real change. So {@link #stageWithTodaysKnowledge()}, {@link
 * #levelWithTodaysKnowledge()} and {@link #scoreDeltasFromKnowledge()} say how much of each change is
 * knowledge. Two assessments with the same known grades, one with more practices assessed, show no
 * change at all: every difference comes from knowledge. Scores are compared on their low ends ({@link
 * DimensionScore#mean()}), what the known evidence proves. The counterfactual is judged under this
 * library's model; across {@link #isModelChanged() model versions}, the part from knowledge is what
 * knowledge changes under today's model.
 *
 * <p><b>Findings and actions.</b> Findings are matched by rule id: a rule that fails in both assessments
 * counts as neither resolved nor new, even if its message changed. A finding of the earlier assessment is
 * resolved only when its rule now passes (or does not apply) and it would still fail with today's
 * knowledge of the earlier organization; one that rested on a practice not assessed then (as a stored
 * assessment under an earlier model may have read it, "none") is {@link #withdrawn()}, and one whose rule
 * now cannot tell is {@link #nowUnverified()}. Likewise a new finding that the practices assessed for the
 * first time would have shown then is {@link #discovered()}, not new, and a roadmap action whose
 * criterion the new knowledge shows met is {@link #answeredActions() answered}, not completed. A rule one
 * assessment did not run (a gate that was not the next one then) is judged on that assessment's
 * organization: a finding whose rule fails both times is neither resolved nor new. Standard rules are
 * judged again for this ({@link StandardRules#all()}); a custom rule's finding is compared by its
 * recorded status only.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class AssessmentDiff {

  private static final Practice[] PRACTICES = Practice.values();

  AssessmentDiff() {}

  /**
   * Compares two assessments of one organization.
   *
   * @param before  the earlier assessment
   * @param after  the later assessment
   * @return the difference, not null
   * @throws SocialBusinessException if the assessments are of organizations with different names
   */
  public static AssessmentDiff between(Assessment before, Assessment after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    String name = before.organization().name();
    if (!name.equals(after.organization().name())) {
      throw new SocialBusinessException(
          "AssessmentDiff.between needs two assessments of one organization, but got '"
              + name
              + "' and '"
              + after.organization().name()
              + "'");
    }
    Organization then = before.organization();
    Organization now = after.organization();
    List<GradeChange> newlyAssessed = new ArrayList<>();
    List<GradeChange> noLongerAssessed = new ArrayList<>();
    List<GradeChange> gradeChanges = new ArrayList<>();
    for (Practice p : PRACTICES) {
      Grade b = then.grade(p);
      Grade a = now.grade(p);
      if (!b.equals(a)) {
        GradeChange g = GradeChange.of(p, b, a);
        (g.isNewlyAssessed()
                ? newlyAssessed
                : g.isNoLongerAssessed() ? noLongerAssessed : gradeChanges)
            .add(g);
      }
    }
    List<FactChange> newlyKnown = new ArrayList<>();
    List<FactChange> noLongerKnown = new ArrayList<>();
    for (Fact f : Fact.values()) {
      FactMeaning m = FactMeaning.of(f);
      Truth b = m.truth(then);
      Truth a = m.truth(now);
      if (b.isUnknown() != a.isUnknown()) {
        FactChange c = FactChange.of(f, b, a);
        (c.isNewlyKnown() ? newlyKnown : noLongerKnown).add(c);
      }
    }
    boolean knowledgeChanged =
        !newlyAssessed.isEmpty()
            || !noLongerAssessed.isEmpty()
            || !newlyKnown.isEmpty()
            || !noLongerKnown.isEmpty();
    Organization known =
        knowledgeChanged
            ? withTodaysKnowledge(
                then, now, newlyAssessed, noLongerAssessed, newlyKnown, noLongerKnown)
            : then;
    Snapshot knownThen = Snapshot.of(known, before.asOf());

    Map<Dimension, Double> deltas = new LinkedHashMap<>();
    Map<Dimension, Double> fromKnowledge = new LinkedHashMap<>();
    Grades gradesThen = Grades.of(then);
    Grades gradesKnown = Grades.of(known);
    for (Dimension d : Dimension.values()) {
      deltas.put(d, after.score(d).mean() - before.score(d).mean());
      fromKnowledge.put(
          d,
          knowledgeChanged
              ? Scores.meanAndWeakest(gradesKnown, d, false)[0]
                  - Scores.meanAndWeakest(gradesThen, d, false)[0]
              : 0.0);
    }
    Stage stageKnown = before.stage();
    Optional<MaturityLevel> levelKnown = before.level();
    if (knowledgeChanged) {
      // judged under today's model on both sides, so that a change of the model is not taken for
      // knowledge
      Stage reached = Gates.stages().reached(known).orElse(Stage.PLANNING);
      if (reached != Gates.stages().reached(then).orElse(Stage.PLANNING)) {
        stageKnown = reached;
      }
      Optional<MaturityLevel> level = Gates.levels().reached(known);
      if (!level.equals(Gates.levels().reached(then))) {
        levelKnown = level;
      }
    }

    Set<String> changed = changedCriteria(before, after);
    Snapshot thenAsIs = Snapshot.of(then, before.asOf());
    Snapshot nowAsIs = Snapshot.of(now, after.asOf());
    List<Finding> resolved = new ArrayList<>();
    List<Finding> withdrawn = new ArrayList<>();
    List<Finding> nowUnverified = new ArrayList<>();
    for (Finding f : before.findings()) {
      String id = f.ruleId();
      // a rule the later assessment did not run (a gate no longer next): judged on its
      // organization;
      // a custom rule it did not run cannot tell, and is never read as resolved
      Status statusNow = recorded(after, id).or(() -> status(id, nowAsIs)).orElse(Status.UNKNOWN);
      if (statusNow == Status.FAILED || changed.contains(id)) {
        continue;
      }
      // judged again with today's knowledge of the earlier organization: still failing, the
      // organization changed; unknown, today's knowledge cannot tell; passing, the finding
      // rested on what was not known then
      Status judged =
          knowledgeChanged ? status(id, knownThen).orElse(Status.FAILED) : Status.FAILED;
      if (statusNow == Status.UNKNOWN || judged == Status.UNKNOWN) {
        nowUnverified.add(f);
      } else if (judged != Status.FAILED) {
        withdrawn.add(f);
      } else {
        resolved.add(f);
      }
    }
    List<Finding> added = new ArrayList<>();
    List<Finding> discovered = new ArrayList<>();
    for (Finding f : after.findings()) {
      String id = f.ruleId();
      // a rule the earlier assessment did not run is judged on its organization; a custom rule it
      // did not run was not checked then, so its finding is found, never new
      Optional<Status> statusThen = recorded(before, id).or(() -> status(id, thenAsIs));
      if (statusThen.equals(Optional.of(Status.FAILED)) || changed.contains(id)) {
        continue;
      }
      if (statusThen.isEmpty()
          || (knowledgeChanged && status(id, knownThen).map(Status.FAILED::equals).orElse(false))) {
        discovered.add(f);
      } else {
        added.add(f);
      }
    }
    List<Action> completed = new ArrayList<>();
    List<Action> answered = new ArrayList<>();
    for (Action a : before.roadmap().actions()) {
      if (changed.contains(a.criterionId())
          || !CriterionRules.reason(a.criterion(), now).isHeld()) {
        continue;
      }
      if (knowledgeChanged && CriterionRules.reason(a.criterion(), known).isHeld()) {
        answered.add(a);
      } else {
        completed.add(a);
      }
    }
    return ImmutableAssessmentDiff.builder()
        .organization(name)
        .from(before.asOf())
        .to(after.asOf())
        .modelVersionBefore(before.modelVersion())
        .modelVersionAfter(after.modelVersion())
        .addAllChangedCriteria(changed)
        .stageBefore(before.stage())
        .stageAfter(after.stage())
        .levelBefore(before.level())
        .levelAfter(after.level())
        .putAllScoreDeltas(deltas)
        .addAllResolved(resolved)
        .addAllAdded(added)
        .addAllCompletedActions(completed)
        .addAllNewlyAssessed(newlyAssessed)
        .addAllNoLongerAssessed(noLongerAssessed)
        .addAllGradeChanges(gradeChanges)
        .addAllNewlyKnownFacts(newlyKnown)
        .addAllFactsNoLongerKnown(noLongerKnown)
        .previousWithTodaysKnowledge(known)
        .stageWithTodaysKnowledge(stageKnown)
        .levelWithTodaysKnowledge(levelKnown)
        .putAllScoreDeltasFromKnowledge(fromKnowledge)
        .addAllWithdrawn(withdrawn)
        .addAllNowUnverified(nowUnverified)
        .addAllDiscovered(discovered)
        .addAllAnsweredActions(answered)
        .build();
  }

  /**
   * The earlier organization with today's knowledge: the practices assessed for the first time added
   * with today's evidence, those no longer assessed removed, and for each fact known for the first time
   * (or no longer known) today's statement about it, or none, and today's mark of whether the file records
   * it.
   */
  private static Organization withTodaysKnowledge(
      Organization then,
      Organization now,
      List<GradeChange> newlyAssessed,
      List<GradeChange> noLongerAssessed,
      List<FactChange> newlyKnown,
      List<FactChange> noLongerKnown) {
    Set<Practice> dropped = EnumSet.noneOf(Practice.class);
    noLongerAssessed.forEach(g -> dropped.add(g.practice()));
    List<Evidence> evidence = new ArrayList<>();
    for (Evidence e : then.evidence()) {
      if (!dropped.contains(e.practice())) {
        evidence.add(e);
      }
    }
    for (GradeChange g : newlyAssessed) {
      evidence.add(now.evidence(g.practice()).orElseThrow());
    }
    Organization known = then.withEvidence(evidence, then.outOfScope());
    if (newlyKnown.isEmpty() && noLongerKnown.isEmpty()) {
      return known;
    }
    Map<Fact, FactEvidence> statements = new EnumMap<>(Fact.class);
    then.factEvidence().forEach(f -> statements.put(f.fact(), f));
    List<FactChange> facts = new ArrayList<>(newlyKnown);
    facts.addAll(noLongerKnown);
    Set<Fact> notRecorded = EnumSet.noneOf(Fact.class);
    notRecorded.addAll(then.notRecorded());
    for (FactChange c : facts) {
      statements.remove(c.fact());
      now.factEvidence(c.fact()).ifPresent(f -> statements.put(c.fact(), f));
      // whether the file records the fact is knowledge too: a mark taken off tells what its silence
      // means
      notRecorded.remove(c.fact());
      if (now.notRecorded().contains(c.fact())) {
        notRecorded.add(c.fact());
      }
    }
    return known.withFactEvidence(statements.values()).withNotRecorded(notRecorded);
  }

  /** How an assessment recorded a rule, or empty if it did not run it. */
  private static Optional<Status> recorded(Assessment a, String ruleId) {
    for (BookResult b : a.books()) {
      if (b.failed().contains(ruleId)) {
        return Optional.of(Status.FAILED);
      }
      if (b.unknown().contains(ruleId)) {
        return Optional.of(Status.UNKNOWN);
      }
      if (b.passed().contains(ruleId)) {
        return Optional.of(Status.PASSED);
      }
      if (b.notApplicable().contains(ruleId)) {
        return Optional.of(Status.NOT_APPLICABLE);
      }
    }
    return Optional.empty();
  }

  /**
   * How a standard rule judges a snapshot, or empty if no standard rule has the id (a custom rule, or a
   * rule of another model).
   */
  private static Optional<Status> status(String ruleId, Snapshot s) {
    for (RuleBook<Snapshot> book : StandardRules.all()) {
      Optional<Rule<Snapshot>> rule = book.rule(ruleId);
      if (rule.isPresent()) {
        try {
          return Optional.of(rule.get().check(s).status());
        } catch (RuntimeException e) {
          throw new RuleFailedException(ruleId, e);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The ids of the criteria both assessments record (in their gates and roadmaps) with different
   * definitions: what the model, not the organization, changed. Empty under one model version.
   */
  private static Set<String> changedCriteria(Assessment before, Assessment after) {
    if (before.modelVersion() == after.modelVersion()) {
      return Set.of();
    }
    Map<String, Set<Criterion>> earlier = recorded(before);
    Set<String> changed = new TreeSet<>();
    recorded(after)
        .forEach(
            (id, c) -> {
              Set<Criterion> e = earlier.get(id);
              if (e != null && !e.equals(c)) {
                changed.add(id);
              }
            });
    return changed;
  }

  /** Every criterion an assessment records, by id: the definitions in its gates and its roadmap. */
  private static Map<String, Set<Criterion>> recorded(Assessment a) {
    Map<String, Set<Criterion>> all = new LinkedHashMap<>();
    for (GateSummary g :
        List.of(a.stageGate(), a.levelGate()).stream()
            .flatMap(Optional::stream)
            .collect(Collectors.toList())) {
      g.met().forEach(c -> all.computeIfAbsent(c.id(), k -> new HashSet<>()).add(c));
      g.unmet().forEach(c -> all.computeIfAbsent(c.id(), k -> new HashSet<>()).add(c));
    }
    a.roadmap()
        .actions()
        .forEach(
            x -> all.computeIfAbsent(x.criterionId(), k -> new HashSet<>()).add(x.criterion()));
    return all;
  }

  /**
   * Gets the organization's name.
   *
   * @return the name, not null
   */
  public abstract String organization();

  /**
   * Gets the date of the earlier assessment.
   *
   * @return the date, not null
   */
  public abstract LocalDate from();

  /**
   * Gets the date of the later assessment.
   *
   * @return the date, not null
   */
  public abstract LocalDate to();

  /**
   * Gets the model version of the earlier assessment.
   *
   * @return the version, from 1
   */
  public abstract int modelVersionBefore();

  /**
   * Gets the model version of the later assessment.
   *
   * @return the version, from 1
   */
  public abstract int modelVersionAfter();

  /**
   * Gets the ids of the criteria the model changed between the two assessments' model versions, as far as
   * the two assessments record them (their gates and roadmaps); their findings and actions are left out
   * of {@link #resolved()}, {@link #added()} and {@link #completedActions()}, since a change of the model is
   * not a change of the organization.
   *
   * @return the ids in order, empty when both assessments share a model version
   */
  public abstract ImmutableList<String> changedCriteria();

  /**
   * Checks if the two assessments were made under different model versions.
   *
   * @return true if the model versions differ
   */
  public boolean isModelChanged() {
    return modelVersionBefore() != modelVersionAfter();
  }

  /**
   * Gets the stage before.
   *
   * @return the stage, not null
   */
  public abstract Stage stageBefore();

  /**
   * Gets the stage after.
   *
   * @return the stage, not null
   */
  public abstract Stage stageAfter();

  /**
   * Gets the level before.
   *
   * @return the level, or empty
   */
  public abstract Optional<MaturityLevel> levelBefore();

  /**
   * Gets the level after.
   *
   * @return the level, or empty
   */
  public abstract Optional<MaturityLevel> levelAfter();

  /**
   * Gets the change of each dimension's mean score's low end ({@link DimensionScore#mean()}, what the
   * known evidence proves), after minus before: the sum of {@link #scoreDeltasFromKnowledge()} and {@link
   * #scoreDeltasFromChange()}.
   *
   * @return the deltas, in dimension order
   */
  public abstract ImmutableMap<Dimension, Double> scoreDeltas();

  /**
   * Gets the findings of the earlier assessment resolved by a change: their rules now pass or do not
   * apply, and they still fail for the earlier organization with today's knowledge. Never a finding that
   * rested on what was not assessed then ({@link #withdrawn()}) nor one now to verify ({@link
   * #nowUnverified()}).
   *
   * @return the resolved findings, most severe first
   */
  public abstract ImmutableList<Finding> resolved();

  /**
   * Gets the findings of the later assessment whose rules did not fail before and would not have failed
   * with today's knowledge either: new problems, apart from those only {@link #discovered()}.
   *
   * @return the new findings, most severe first
   */
  public abstract ImmutableList<Finding> added();

  /**
   * Gets the earlier roadmap's actions whose criteria now hold because the organization changed: they do
   * not hold for the earlier organization with today's knowledge (else they are {@link
   * #answeredActions()}).
   *
   * @return the completed actions, in the earlier roadmap's order
   */
  public abstract ImmutableList<Action> completedActions();

  /**
   * Gets the practices assessed for the first time: in scope and not assessed in the earlier assessment,
   * graded in the later one. New knowledge, never progress.
   *
   * @return the changes, in practice order, each {@link GradeChange#isNewlyAssessed()}
   */
  public abstract ImmutableList<GradeChange> newlyAssessed();

  /**
   * Gets the practices no longer assessed: graded in the earlier assessment, in scope and not assessed in
   * the later one. Knowledge lost, never decline.
   *
   * @return the changes, in practice order, each {@link GradeChange#isNoLongerAssessed()}
   */
  public abstract ImmutableList<GradeChange> noLongerAssessed();

  /**
   * Gets the practices whose grade changed while known both times: a grade raised or lowered, or a
   * practice taken into or out of scope. The organization's change, apart from {@link #newlyAssessed()}
   * and {@link #noLongerAssessed()}.
   *
   * @return the changes, in practice order, each {@link GradeChange#isGradeChange()}
   */
  public abstract ImmutableList<GradeChange> gradeChanges();

  /**
   * Gets the structural facts known for the first time: unknown in the earlier assessment (the
   * respondents could not say, the file did not record the fact yet, or a practice the fact reads was
   * not assessed), true or false now.
   *
   * @return the changes, in fact order, each {@link FactChange#isNewlyKnown()}
   */
  public abstract ImmutableList<FactChange> newlyKnownFacts();

  /**
   * Gets the structural facts known in the earlier assessment and unknown in the later one.
   *
   * @return the changes, in fact order, each {@link FactChange#isNoLongerKnown()}
   */
  public abstract ImmutableList<FactChange> factsNoLongerKnown();

  /**
   * Gets the counterfactual the diff separates knowledge from change with: the earlier organization with
   * the practices of {@link #newlyAssessed()} added with today's evidence, those of {@link
   * #noLongerAssessed()} removed, and today's statements about the facts of {@link #newlyKnownFacts()} and
   * {@link #factsNoLongerKnown()}, with today's mark of whether the file records them ({@link
   * Organization#notRecorded}). The earlier organization itself when knowledge did not change. Left out
   * of {@link #equals}, {@link #hashCode} and {@link #toString}.
   *
   * @return the organization, not null
   */
  @Value.Auxiliary
  public abstract Organization previousWithTodaysKnowledge();

  /**
   * Gets the stage the earlier organization reaches with today's knowledge ({@link
   * #previousWithTodaysKnowledge()}): the move from {@link #stageBefore()} to it comes from knowledge, the
   * move from it to {@link #stageAfter()} is change. {@link #stageBefore()} when knowledge moves nothing.
   *
   * @return the stage, not null
   */
  public abstract Stage stageWithTodaysKnowledge();

  /**
   * Gets the maturity level the earlier organization reaches with today's knowledge: the move from {@link
   * #levelBefore()} to it comes from knowledge, the move from it to {@link #levelAfter()} is change.
   * {@link #levelBefore()} when knowledge moves nothing.
   *
   * @return the level, or empty if it reaches none
   */
  public abstract Optional<MaturityLevel> levelWithTodaysKnowledge();

  /**
   * Gets the part of each {@link #scoreDeltas() score delta} that comes from knowledge: the earlier
   * organization's mean with today's knowledge minus its mean as it was known. Zero for a dimension with
   * no practice assessed for the first time or no longer assessed.
   *
   * @return the parts, in dimension order
   */
  public abstract ImmutableMap<Dimension, Double> scoreDeltasFromKnowledge();

  /**
   * Gets the part of each {@link #scoreDeltas() score delta} that is change: the delta minus {@link
   * #scoreDeltasFromKnowledge()}.
   *
   * @return the parts, in dimension order
   */
  public ImmutableMap<Dimension, Double> scoreDeltasFromChange() {
    ImmutableMap.Builder<Dimension, Double> change = ImmutableMap.builder();
    scoreDeltas().forEach((d, delta) -> change.put(d, delta - knowledge(d)));
    return change.buildOrThrow();
  }

  /**
   * Gets the change of the overall score's low end ({@link Assessment#overall()}), after minus before.
   *
   * @return the delta, from -1 to 1
   */
  public double overallDelta() {
    return scoreDeltas().values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /**
   * Gets the part of {@link #overallDelta()} that comes from knowledge.
   *
   * @return the part, from -1 to 1
   */
  public double overallDeltaFromKnowledge() {
    return scoreDeltasFromKnowledge().values().stream()
        .mapToDouble(Double::doubleValue)
        .average()
        .orElse(0);
  }

  /**
   * Gets the part of {@link #overallDelta()} that is change.
   *
   * @return the part, from -1 to 1
   */
  public double overallDeltaFromChange() {
    return overallDelta() - overallDeltaFromKnowledge();
  }

  /**
   * Gets the findings of the earlier assessment whose rules no longer fail, but that rested on what was
   * not assessed then: judged again with today's knowledge of the earlier organization, their rules do
   * not fail. Neither resolved nor progress, such as a stored assessment's "Social media policy is at
   * none" for a policy nobody had assessed.
   *
   * @return the findings withdrawn, most severe first
   */
  public abstract ImmutableList<Finding> withdrawn();

  /**
   * Gets the findings of the earlier assessment whose rules now cannot tell: the later assessment lists
   * them as items to verify ({@link Assessment#unverified()}), or judged with today's knowledge of the
   * earlier organization they are unknown (a practice they read is no longer assessed), or the later
   * assessment did not run their rule (a custom rule it left out). Not resolved.
   *
   * @return the findings, most severe first
   */
  public abstract ImmutableList<Finding> nowUnverified();

  /**
   * Gets the findings of the later assessment whose rules did not fail before only because what they read
   * was not known then: judged with today's knowledge of the earlier organization, they fail; or the
   * earlier assessment did not run their rule (a custom rule added since). Found, not new.
   *
   * @return the findings, most severe first
   */
  public abstract ImmutableList<Finding> discovered();

  /**
   * Gets the earlier roadmap's actions whose criteria now hold because of what is known now, not of a
   * change: they hold for the earlier organization with today's knowledge, such as an "assess first"
   * action whose practice turned out to meet its criterion.
   *
   * @return the actions answered, in the earlier roadmap's order
   */
  public abstract ImmutableList<Action> answeredActions();

  /**
   * Checks if what is known changed: a practice assessed for the first time or no longer assessed, or a
   * fact known for the first time or no longer known.
   *
   * @return true if knowledge changed
   */
  public boolean isKnowledgeChanged() {
    return !newlyAssessed().isEmpty()
        || !noLongerAssessed().isEmpty()
        || !newlyKnownFacts().isEmpty()
        || !factsNoLongerKnown().isEmpty();
  }

  /**
   * Gets the stage change as text, such as {@code PRESENCE -> ENGAGEMENT} or {@code PRESENCE (unchanged)};
   * a move that knowledge makes is marked, such as {@code PLANNING -> FORMALIZED (all from knowledge)} or
   * {@code PLANNING -> ENGAGEMENT (knowledge) -> FORMALIZED (change)}.
   *
   * @return the change, not null
   */
  public String stageChange() {
    Stage known = stageWithTodaysKnowledge();
    if (known == stageBefore()) {
      return stageBefore() == stageAfter()
          ? stageBefore() + " (unchanged)"
          : stageBefore() + " -> " + stageAfter();
    }
    if (known == stageAfter()) {
      return stageBefore() + " -> " + stageAfter() + " (all from knowledge)";
    }
    return stageBefore() + " -> " + known + " (knowledge) -> " + stageAfter() + " (change)";
  }

  /**
   * Checks if nothing changed, neither the organization nor what is known of it.
   *
   * @return true if stage, level, scores, grades and what is known are unchanged and no finding or action
   *     moved
   */
  public boolean isEmpty() {
    return stageBefore() == stageAfter()
        && levelBefore().equals(levelAfter())
        && scoreDeltas().values().stream().allMatch(d -> d == 0.0)
        && resolved().isEmpty()
        && added().isEmpty()
        && completedActions().isEmpty()
        && gradeChanges().isEmpty()
        && !isKnowledgeChanged()
        && withdrawn().isEmpty()
        && nowUnverified().isEmpty()
        && discovered().isEmpty()
        && answeredActions().isEmpty()
        && !isModelChanged();
  }

  @Value.Check
  void check() {
    Checks.check(
        newlyAssessed().stream().allMatch(GradeChange::isNewlyAssessed)
            && noLongerAssessed().stream().allMatch(GradeChange::isNoLongerAssessed)
            && gradeChanges().stream().allMatch(GradeChange::isGradeChange),
        "AssessmentDiff.newlyAssessed, noLongerAssessed and gradeChanges must each hold their kind of"
            + " change, but were %s, %s and %s",
        newlyAssessed(),
        noLongerAssessed(),
        gradeChanges());
    Checks.check(
        newlyKnownFacts().stream().allMatch(FactChange::isNewlyKnown)
            && factsNoLongerKnown().stream().allMatch(FactChange::isNoLongerKnown),
        "AssessmentDiff.newlyKnownFacts and factsNoLongerKnown must each hold their kind of change, but"
            + " were %s and %s",
        newlyKnownFacts(),
        factsNoLongerKnown());
  }

  private double knowledge(Dimension d) {
    Double k = scoreDeltasFromKnowledge().get(d);
    return k == null ? 0 : k;
  }

  /**
   * Returns a summary, such as {@code AssessmentDiff{Bluefin Foods 2026-03-31..2026-06-30: PRESENCE -> ENGAGEMENT,
   * 3 resolved, 1 new, 3 actions completed}}, with what knowledge changed when it did, such as {@code ..., 7
   * newly assessed, 1 withdrawn}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    String model =
        isModelChanged()
            ? ", model "
                + modelVersionBefore()
                + " -> "
                + modelVersionAfter()
                + " ("
                + changedCriteria().size()
                + " criteria changed)"
            : "";
    return "AssessmentDiff{"
        + organization()
        + " "
        + from()
        + ".."
        + to()
        + ": "
        + stageChange()
        + ", "
        + resolved().size()
        + " resolved, "
        + added().size()
        + " new, "
        + completedActions().size()
        + " actions completed"
        + count(newlyAssessed().size(), " newly assessed")
        + count(noLongerAssessed().size(), " no longer assessed")
        + count(newlyKnownFacts().size(), " facts newly known")
        + count(factsNoLongerKnown().size(), " facts no longer known")
        + count(withdrawn().size(), " withdrawn")
        + count(nowUnverified().size(), " now unverified")
        + count(discovered().size(), " discovered")
        + count(answeredActions().size(), " actions answered")
        + model
        + "}";
  }

  private static String count(int n, String what) {
    return n == 0 ? "" : ", " + n + what;
  }
}
