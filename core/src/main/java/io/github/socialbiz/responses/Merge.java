package io.github.socialbiz.responses;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.Organization;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link Responses#merge Responses.merge} gives: the organization with the merged evidence, the
 * respondents, the disagreements and the answers about structural facts, such as {@code
 * merge.organization().evidence(Practice.LISTENING)} giving {@code LISTENING=HALF (INTERVIEW: "Ana Ruiz
 * (strategist): half; Li Wei (liaison): some")}.
 *
 * <p>Answers to fact questions are recorded in {@link #factAnswers()}, with the majority answer per fact
 * in {@link #holds(Fact)}, and do not change the organization: its structure (sponsor, roster, charter,
 * crisis team, accounts) comes from the organization given to the merge.
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
   * Gets the disagreements, by practice order, each practice's disagreement among all respondents before
   * those within a business unit (in the organization's unit order).
   *
   * @return the disagreements, possibly empty
   */
  public abstract ImmutableList<Disagreement> disagreements();

  /**
   * Gets every answer about each structural fact that someone answered, in fact order, each fact's
   * answers in respondent name order; their {@link Statement#meaning() meanings} are {@code HOLDS},
   * {@code DOES_NOT_HOLD} or {@code NOT_ASSESSED}. They do not change {@link #organization()}.
   *
   * @return the answers by fact, possibly empty
   */
  public abstract ImmutableMap<Fact, ImmutableList<Statement>> factAnswers();

  /**
   * Gets the merged answer about a structural fact, by majority of the answers in {@link #factAnswers()}:
   * true when more answers say the fact holds than say it does not, false when more say it does not,
   * empty on a tie or when no answer says either (nobody answered, or only "don't know"). "Don't know"
   * counts for neither side. With one question per fact, as in {@link
   * io.github.socialbiz.questionnaire.Questionnaire#standard()}, each respondent gives one answer.
   *
   * <pre>{@code
   * // Ana Ruiz: yes, Li Wei: yes, Sam Roe: no
   * merge.holds(Fact.CRISIS_TEAM_NAMED);        // Optional[true]
   * // Ana Ruiz: yes, Sam Roe: no, Li Wei: dont-know
   * merge.holds(Fact.EXECUTIVE_SPONSOR_NAMED);  // Optional.empty
   * }</pre>
   *
   * <p>Like the answers it counts, the result does not change {@link #organization()}: whether the fact
   * holds for the assessment is still read from the structure.
   *
   * @param fact  the fact
   * @return whether the answers say the fact holds, or empty if they do not decide it
   */
  public Optional<Boolean> holds(Fact fact) {
    int yes = 0;
    int no = 0;
    for (Statement s :
        factAnswers().getOrDefault(requireNonNull(fact, "fact"), ImmutableList.of())) {
      Optional<Boolean> says = s.meaning().holds();
      if (says.isPresent()) {
        if (says.get()) {
          yes++;
        } else {
          no++;
        }
      }
    }
    return yes == no ? Optional.empty() : Optional.of(yes > no);
  }

  /**
   * Returns a summary, such as {@code Merge{median, respondents=3, evidence=30, disagreements=1}}.
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
        + ", disagreements="
        + disagreements().size()
        + "}";
  }
}
