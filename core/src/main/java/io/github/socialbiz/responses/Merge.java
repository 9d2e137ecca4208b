package io.github.socialbiz.responses;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Truth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link Responses#merge Responses.merge} gives: the organization with the merged evidence, the
 * respondents, the items for the consensus meeting and the answers about structural facts, such as {@code
 * merge.organization().evidence(Practice.LISTENING)} giving {@code LISTENING=HALF (INTERVIEW: "Ana Ruiz
 * (strategist): half; Li Wei (liaison): some")}.
 *
 * <p>The answers of the organization's respondents to fact questions are merged by the policy into the
 * organization's {@link Organization#factEvidence() fact statements}, such as {@code
 * merge.organization().factEvidence(Fact.CRISIS_TEAM_NAMED)} giving {@code CRISIS_TEAM_NAMED=TRUE
 * (SELF_REPORTED: "Ana Ruiz (strategist): yes; Li Wei (liaison): yes; Sam Roe (analyst): no")}, which the
 * assessment reads beside the structure (sponsor, roster, charter, crisis team, accounts) without changing
 * it. Every answer, the business units' too, stays in {@link #factAnswers()}. The answers of a respondent
 * who names a business unit are that unit's overrides, never the organization's evidence.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Merge {

  Merge() {}

  /**
   * Gets the organization: the structure given to the merge with its evidence, out-of-scope practices
   * and unit overrides replaced by the merged ones.
   *
   * @return the organization, not null
   */
  public abstract Organization organization();

  /**
   * Gets the policy that chose the grades.
   *
   * @return the policy, not null
   */
  public abstract MergePolicy policy();

  /**
   * Gets the respondents, in name order.
   *
   * @return the respondents, possibly empty
   */
  public abstract ImmutableList<Respondent> respondents();

  /**
   * Gets the items for the consensus meeting: first the practices' disagreements, by practice order, then
   * the facts', by fact order. For each practice or fact, the item among the organization's respondents
   * comes first, then for a fact the item where the file shows it in place while the merged answer says
   * no ({@link Disagreement#isAgainstFile()}), then the items within each business unit (in the
   * organization's unit order).
   *
   * <pre>{@code
   * // Ana Ruiz: yes, Sam Roe: no to "is a crisis team named?"
   * merge.disagreements();  // [CRISIS_TEAM_NAMED: Ana Ruiz (strategist): yes; Sam Roe (analyst): no]
   * }</pre>
   *
   * @return the disagreements, possibly empty
   */
  public abstract ImmutableList<Disagreement> disagreements();

  /**
   * Gets every answer about each structural fact that someone answered, in fact order, each fact's
   * answers in respondent name order; their {@link Statement#meaning() meanings} are {@code HOLDS},
   * {@code DOES_NOT_HOLD} or {@code NOT_ASSESSED}. The answers of the organization's respondents are
   * merged into {@link #organization()}'s fact statements; those of respondents who name a business unit
   * are here only (a unit has no fact statements of its own).
   *
   * @return the answers by fact, possibly empty
   */
  public abstract ImmutableMap<Fact, ImmutableList<Statement>> factAnswers();

  /**
   * Gets the merged answer about a structural fact: the {@link Organization#factEvidence(Fact) statement}
   * the merge gave the organization, chosen by the policy from the organization's respondents' answers
   * (with the median, the majority: true when more answers say the fact holds than say it does not, false
   * when more say it does not). Empty when the answers do not decide it (a tie, or only "don't know") or
   * when none of the organization's respondents answered. "Don't know" counts for neither side. With one
   * question per fact, as in {@link io.github.socialbiz.questionnaire.Questionnaire#standard()}, each
   * respondent gives one answer.
   *
   * <pre>{@code
   * // Ana Ruiz: yes, Li Wei: yes, Sam Roe: no
   * merge.holds(Fact.CRISIS_TEAM_NAMED);        // Optional[true]
   * // Ana Ruiz: yes, Sam Roe: no, Li Wei: dont-know
   * merge.holds(Fact.EXECUTIVE_SPONSOR_NAMED);  // Optional.empty
   * }</pre>
   *
   * <p>Whether the fact holds for the assessment is read from the structure and this statement together:
   * the file's record wins where it shows the fact in place (see {@code assessment.FactReading}).
   *
   * @param fact  the fact
   * @return whether the answers say the fact holds, or empty if they do not decide it
   */
  public Optional<Boolean> holds(Fact fact) {
    Truth stated =
        organization()
            .factEvidence(requireNonNull(fact, "fact"))
            .map(FactEvidence::stated)
            .orElse(Truth.UNKNOWN);
    return stated.isUnknown() ? Optional.empty() : Optional.of(stated.isTrue());
  }

  /**
   * Returns a summary, such as {@code Merge{median, respondents=3, evidence=30, facts=2,
   * disagreements=1}}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Merge{"
        + policy()
        + ", respondents="
        + respondents().size()
        + ", evidence="
        + organization().evidence().size()
        + ", facts="
        + organization().factEvidence().size()
        + ", disagreements="
        + disagreements().size()
        + "}";
  }
}
