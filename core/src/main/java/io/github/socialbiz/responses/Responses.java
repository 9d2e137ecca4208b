package io.github.socialbiz.responses;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.FactReading;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.questionnaire.FactQuestion;
import io.github.socialbiz.questionnaire.Meaning;
import io.github.socialbiz.questionnaire.PracticeQuestion;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.rules.Truth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Merges several respondents' {@link Response responses} to a questionnaire into an organization's
 * evidence, and lists where they disagree.
 *
 * <pre>{@code
 * Organization acme = Organization.builder().name("Acme").employees(4000).build();
 * Response ana = Response.of(Respondent.of("Ana Ruiz", "strategist"), LocalDate.of(2024, 3, 1),
 *     List.of(Answer.of("q.listening", "half")));
 * Response li = Response.of(Respondent.of("Li Wei", "liaison"), LocalDate.of(2024, 3, 1),
 *     List.of(Answer.of("q.listening", "some")));
 * Merge merge = Responses.merge(Questionnaire.standard(), List.of(ana, li), MergePolicy.MEDIAN, acme);
 * merge.organization().evidence(Practice.LISTENING);
 *     // LISTENING=SOME (SELF_REPORTED: "Ana Ruiz (strategist): half; Li Wei (liaison): some")
 * merge.disagreements();  // [] (one grade apart is no disagreement)
 * }</pre>
 *
 * <p>For each practice, the answers of the organization's respondents (those who name no business unit)
 * to the questions about it are taken together:
 *
 * <ul>
 *   <li>if more than half of them are "not applicable" (an option that means {@link
 *       Meaning#OUT_OF_SCOPE}), the practice is out of scope;
 *   <li>otherwise, if someone gave a grade, the {@link MergePolicy policy} chooses one of the grades
 *       given; the merged {@link Evidence}'s note lists who said what, such as {@code Ana Ruiz
 *       (strategist): half; Li Wei (liaison): some}, and its basis is the strongest basis among the
 *       answers that gave the chosen grade;
 *   <li>otherwise (nobody answered, or only "don't know") the practice stays not assessed.
 * </ul>
 *
 * <p>Fact answers count. For each structural {@link Fact} the organization's respondents answered, the
 * policy turns their yes and no into a {@link FactEvidence} of the merged organization: with the median,
 * a majority of yes is {@link Truth#TRUE}, a majority of no {@link Truth#FALSE}, and a tie or only
 * "don't know" {@link Truth#UNKNOWN} (see {@link MergePolicy} for the others). Its note lists who said
 * what, like a practice's, and its basis is the strongest among the answers that gave the chosen value
 * (among all the answers, for unknown). How the assessment reads it ({@link FactReading}):
 * a fact answered yes while the file is silent (no crisis team listed, say) holds on the respondents'
 * word, and the report's evidence shows that it rests on their statement; answered no, it does not
 * hold, as with the file's silence; unknown, it is an item to verify, never a "no". Where the file shows
 * the fact in place, the file's record wins whatever the answer.
 *
 * <p>Units speak for units. A respondent who names a business unit answers for that unit alone: their
 * answers are merged on their own, per unit, the same way, and every practice the unit's respondents
 * graded becomes an override of that unit (also where it agrees with the organization's grade, so that
 * its note says who answered for the unit; not for a practice out of scope for the organization). Their
 * answers never enter the organization's evidence, out-of-scope practices or fact statements. So where
 * only unit respondents answered a practice, the organization's grade stays not assessed: the library
 * does not roll units up into the whole. A unit's fact answers are kept in {@link Merge#factAnswers()}
 * and settle no fact of the organization. Each unit records how many respondents named it ({@link
 * BusinessUnit#respondents()}), which the assessment's unit standing reports.
 *
 * <pre>{@code
 * Organization acme = Organization.builder().name("Acme").employees(4000)
 *     .addBusinessUnits(BusinessUnit.of("Cloud")).build();
 * LocalDate day = LocalDate.of(2024, 3, 1);
 * Response ana = Response.of(Respondent.of("Ana Ruiz", "strategist"), day,
 *     List.of(Answer.of("q.listening", "half"), Answer.of("q.fact.crisis-team-named", "yes")));
 * Response sam = Response.of(Respondent.of("Sam Roe", "analyst"), day,
 *     List.of(Answer.of("q.listening", "some"), Answer.of("q.fact.crisis-team-named", "no")));
 * Response kim = Response.of(Respondent.of("Kim Park", "analyst", "Cloud"), day,
 *     List.of(Answer.of("q.listening", "most"), Answer.of("q.funding", "half")));
 * Merge merge = Responses.merge(Questionnaire.standard(), List.of(ana, sam, kim), acme);
 * merge.organization().evidence(Practice.LISTENING);
 *     // LISTENING=SOME (SELF_REPORTED: "Ana Ruiz (strategist): half; Sam Roe (analyst): some")
 * merge.organization().grade("Cloud", Practice.LISTENING);  // MOST: Kim Park answers for Cloud
 * merge.organization().grade(Practice.FUNDING);             // NOT_ASSESSED: only Cloud answered
 * merge.organization().factEvidence(Fact.CRISIS_TEAM_NAMED).orElseThrow();
 *     // CRISIS_TEAM_NAMED=UNKNOWN (SELF_REPORTED: "Ana Ruiz (strategist): yes; Sam Roe (analyst): no")
 * merge.disagreements();
 *     // [CRISIS_TEAM_NAMED: Ana Ruiz (strategist): yes; Sam Roe (analyst): no]
 * }</pre>
 *
 * <p>The {@link Merge#disagreements() items for the consensus meeting} come from the same answers: a
 * practice's grades two or more steps apart or a grade against "don't know", a fact answered yes by one
 * respondent and no by another (each among the organization's respondents, and once more among each
 * unit's), and a fact the organization's file shows in place while the merged answer is no (such as a
 * crisis team listed in the file that the respondents say is not named).
 *
 * <p>The result does not depend on the order of the responses: respondents are taken in name order.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Responses {

  private static final Comparator<Response> BY_NAME =
      Comparator.comparing(r -> r.respondent().name());

  private Responses() {}

  /**
   * Merges responses with the {@link MergePolicy#MEDIAN median} policy.
   *
   * @param questionnaire  the questionnaire answered
   * @param responses  the responses, one per respondent, in any order
   * @param structure  the organization whose structure the result keeps
   * @return the merge, not null
   * @throws SocialBusinessException as {@link #merge(Questionnaire, List, MergePolicy, Organization)}
   */
  public static Merge merge(
      Questionnaire questionnaire, List<Response> responses, Organization structure) {
    return merge(questionnaire, responses, MergePolicy.MEDIAN, structure);
  }

  /**
   * Merges responses into the evidence of an organization. The result's organization is {@code
   * structure} (name, units, roster, charter, crisis team, accounts...) with its evidence, out-of-scope
   * practices, fact statements and unit overrides replaced by the merged ones (see the class
   * documentation): the answers of respondents who name a unit become that unit's overrides only, and the
   * answers to fact questions become {@link FactEvidence}, which the assessment reads beside the
   * structure without changing it.
   *
   * @param questionnaire  the questionnaire answered
   * @param responses  the responses, one per respondent, in any order
   * @param policy  how grades and fact answers are merged
   * @param structure  the organization whose structure the result keeps
   * @return the merge, not null
   * @throws SocialBusinessException if a response does not {@link Response#validate validate}, two
   *     responses have one respondent name, a respondent names a unit the organization lacks, or the
   *     policy's deciding respondent is not among the respondents
   */
  public static Merge merge(
      Questionnaire questionnaire,
      List<Response> responses,
      MergePolicy policy,
      Organization structure) {
    requireNonNull(questionnaire, "questionnaire");
    requireNonNull(policy, "policy");
    requireNonNull(structure, "structure");
    List<Response> sorted = new ArrayList<>(requireNonNull(responses, "responses"));
    sorted.sort(BY_NAME);
    validate(questionnaire, sorted, policy, structure);

    Map<Practice, List<Statement>> byPractice = new EnumMap<>(Practice.class);
    Map<Fact, List<Statement>> byFact = new EnumMap<>(Fact.class);
    for (Response r : sorted) {
      for (Question q : questionnaire.questions()) {
        Optional<Answer> answer = r.answer(q.id());
        if (answer.isEmpty()) {
          continue;
        }
        Meaning meaning = q.option(answer.get().optionId()).orElseThrow().meaning();
        Statement s = Statement.of(r.respondent(), answer.get(), meaning);
        if (q instanceof PracticeQuestion pq) {
          byPractice.computeIfAbsent(pq.practice(), p -> new ArrayList<>()).add(s);
        } else if (q instanceof FactQuestion fq) {
          byFact.computeIfAbsent(fq.fact(), f -> new ArrayList<>()).add(s);
        }
      }
    }

    List<Evidence> evidence = new ArrayList<>();
    Set<Practice> outOfScope = EnumSet.noneOf(Practice.class);
    Map<String, List<Evidence>> overrides = new HashMap<>();
    ImmutableList.Builder<Disagreement> disagreements = ImmutableList.builder();
    for (Map.Entry<Practice, List<Statement>> entry : byPractice.entrySet()) {
      Practice practice = entry.getKey();
      List<Statement> all = entry.getValue();
      List<Statement> whole = ofUnit(all, null);
      boolean out = isOutOfScope(whole);
      @Nullable Evidence merged = out ? null : merged(practice, whole, policy);
      if (out) {
        outOfScope.add(practice);
      } else if (merged != null) {
        evidence.add(merged);
      }
      if (disagree(whole)) {
        disagreements.add(Disagreement.of(practice, Optional.empty(), ImmutableList.copyOf(whole)));
      }
      for (BusinessUnit unit : structure.businessUnits()) {
        List<Statement> own = ofUnit(all, unit.name());
        if (own.isEmpty()) {
          continue;
        }
        @Nullable Evidence unitMerged = isOutOfScope(own) ? null : merged(practice, own, policy);
        if (!out && unitMerged != null) {
          overrides.computeIfAbsent(unit.name(), u -> new ArrayList<>()).add(unitMerged);
        }
        if (disagree(own)) {
          disagreements.add(
              Disagreement.of(practice, Optional.of(unit.name()), ImmutableList.copyOf(own)));
        }
      }
    }

    List<FactEvidence> stated = new ArrayList<>();
    for (Map.Entry<Fact, List<Statement>> entry : byFact.entrySet()) {
      List<Statement> whole = ofUnit(entry.getValue(), null);
      if (!whole.isEmpty()) {
        stated.add(mergedFact(entry.getKey(), whole, policy));
      }
    }

    List<BusinessUnit> units = new ArrayList<>();
    for (BusinessUnit u : structure.businessUnits()) {
      units.add(
          BusinessUnit.builder()
              .name(u.name())
              .region(u.region())
              .liaison(u.liaison())
              .addAllOverrides(overrides.getOrDefault(u.name(), List.of()))
              .respondents(
                  (int)
                      sorted.stream()
                          .filter(r -> r.respondent().businessUnit().equals(Optional.of(u.name())))
                          .count())
              .build());
    }
    Organization organization =
        structure
            .withEvidence(evidence, outOfScope)
            .withBusinessUnits(units)
            .withFactEvidence(stated);

    for (Map.Entry<Fact, List<Statement>> entry : byFact.entrySet()) {
      Fact fact = entry.getKey();
      List<Statement> all = entry.getValue();
      List<Statement> whole = ofUnit(all, null);
      if (contradict(whole)) {
        disagreements.add(Disagreement.of(fact, Optional.empty(), ImmutableList.copyOf(whole)));
      }
      if (organization.factEvidence(fact).map(f -> f.stated().isFalse()).orElse(false)
          && FactReading.onFile(organization, fact).isTrue()) {
        disagreements.add(
            Disagreement.againstFile(
                fact, FactReading.describeFile(organization, fact), ImmutableList.copyOf(whole)));
      }
      for (BusinessUnit unit : structure.businessUnits()) {
        List<Statement> own = ofUnit(all, unit.name());
        if (contradict(own)) {
          disagreements.add(
              Disagreement.of(fact, Optional.of(unit.name()), ImmutableList.copyOf(own)));
        }
      }
    }

    Map<Fact, ImmutableList<Statement>> facts = new EnumMap<>(Fact.class);
    byFact.forEach((f, s) -> facts.put(f, ImmutableList.copyOf(s)));
    return ImmutableMerge.builder()
        .organization(organization)
        .policy(policy)
        .addAllRespondents(sorted.stream().map(Response::respondent).toList())
        .addAllDisagreements(disagreements.build())
        .putAllFactAnswers(facts)
        .build();
  }

  private static void validate(
      Questionnaire questionnaire,
      List<Response> sorted,
      MergePolicy policy,
      Organization structure) {
    Set<String> units = new TreeSet<>();
    structure.businessUnits().forEach(u -> units.add(u.name()));
    Set<String> names = new TreeSet<>();
    for (Response r : sorted) {
      r.validate(questionnaire);
      Respondent who = r.respondent();
      Checks.check(
          names.add(who.name()),
          "Responses.merge needs one response per respondent, but '%s' answered twice",
          who.name());
      who.businessUnit()
          .ifPresent(
              u ->
                  Checks.check(
                      units.contains(u),
                      "Respondent.businessUnit must name a unit of the organization (one of %s), but"
                          + " was '%s' for '%s'",
                      units,
                      u,
                      who.name()));
    }
    policy
        .decider()
        .ifPresent(
            d ->
                Checks.check(
                    names.contains(d),
                    "MergePolicy.decidedBy must name one of the respondents %s, but was '%s'",
                    names,
                    d));
  }

  /** The statements of one unit's respondents, or with {@code null} of the organization's own. */
  private static List<Statement> ofUnit(List<Statement> statements, @Nullable String unit) {
    Optional<String> named = Optional.ofNullable(unit);
    return statements.stream().filter(s -> s.respondent().businessUnit().equals(named)).toList();
  }

  private static boolean isOutOfScope(List<Statement> statements) {
    long notApplicable =
        statements.stream().filter(s -> s.meaning() == Meaning.OUT_OF_SCOPE).count();
    return notApplicable * 2 > statements.size();
  }

  private static @Nullable Evidence merged(
      Practice practice, List<Statement> statements, MergePolicy policy) {
    List<Statement> graded = statements.stream().filter(s -> s.meaning().isGrade()).toList();
    if (graded.isEmpty()) {
      return null;
    }
    Adoption grade = policy.choose(graded);
    Basis basis =
        graded.stream()
            .filter(s -> s.meaning().grade().orElseThrow() == grade)
            .map(Statement::basis)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    String note = statements.stream().map(Statement::toString).collect(Collectors.joining("; "));
    return Evidence.of(practice, grade, note, basis);
  }

  private static FactEvidence mergedFact(
      Fact fact, List<Statement> statements, MergePolicy policy) {
    Truth truth = policy.chooseFact(statements);
    Basis basis =
        statements.stream()
            .filter(
                s -> truth.isUnknown() || s.meaning().holds().equals(Optional.of(truth.isTrue())))
            .map(Statement::basis)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    String note = statements.stream().map(Statement::toString).collect(Collectors.joining("; "));
    return FactEvidence.of(fact, truth, note, basis);
  }

  /** Whether someone says the fact holds and someone says it does not. */
  private static boolean contradict(List<Statement> statements) {
    boolean yes = false;
    boolean no = false;
    for (Statement s : statements) {
      Optional<Boolean> holds = s.meaning().holds();
      if (holds.isPresent()) {
        yes |= holds.get();
        no |= !holds.get();
      }
    }
    return yes && no;
  }

  private static boolean disagree(List<Statement> statements) {
    int low = Integer.MAX_VALUE;
    int high = Integer.MIN_VALUE;
    boolean unknown = false;
    for (Statement s : statements) {
      Optional<Adoption> grade = s.meaning().grade();
      if (grade.isPresent()) {
        low = Math.min(low, grade.get().ordinal());
        high = Math.max(high, grade.get().ordinal());
      } else if (s.meaning() == Meaning.NOT_ASSESSED) {
        unknown = true;
      }
    }
    boolean graded = low <= high;
    return graded && (high - low >= 2 || unknown);
  }
}
