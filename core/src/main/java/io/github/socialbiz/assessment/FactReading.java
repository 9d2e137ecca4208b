package io.github.socialbiz.assessment;

import static java.util.Objects.requireNonNull;

import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Truth;
import java.util.List;

/**
 * How the assessment reads a structural {@link Fact} of an organization: what its file shows, and what the
 * file and the respondents' {@link FactEvidence statement} give together, such as {@code
 * FactReading.onFile(acme, Fact.CRISIS_TEAM_NAMED)} giving {@code TRUE} for an organization whose crisis
 * team lists someone.
 *
 * <pre>{@code
 * Organization o = Organization.builder().name("Acme").employees(4000)
 *     .addCrisisTeam(Responder.of("Dana Lee", "lead"), Responder.of("Raj Patel", "legal")).build();
 * FactReading.onFile(o, Fact.CRISIS_TEAM_NAMED);        // TRUE
 * FactReading.describeFile(o, Fact.CRISIS_TEAM_NAMED);  // "crisis team: 2 people"
 * FactReading.truth(o, Fact.CRISIS_TEAM_NAMED);         // TRUE, whatever the respondents say
 * }</pre>
 *
 * <p>The reading, the one every gate and rule uses: where the file shows the fact in place it holds; where
 * the file is silent a statement decides (yes holds, no does not, "nobody could say" leaves it unknown);
 * with neither, the file's silence reads as not in place, because the organization file is the record of
 * its structure, except for a fact the file says it does not record yet ({@link
 * Organization#notRecorded}, which {@code socialbiz init} fills), which stays unknown. So a fact answered
 * "yes" while the file is silent holds for the assessment on the respondents' word, and the report's
 * evidence says so; a fact the file shows in place still holds when the respondents say "no", and {@code
 * Responses.merge} lists that contradiction as an item for the consensus meeting. {@link
 * Fact#COORDINATION_BEGUN} also holds where the respondents establish a sponsor or a staffed hub.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class FactReading {

  private FactReading() {}

  /**
   * Reads what the organization's file alone shows of a fact, apart from any statement of the
   * respondents: true where the file shows it in place, false where it does not, and unknown where it
   * does not and the file does not record the fact yet ({@link Organization#notRecorded}).
   *
   * @param organization  the organization
   * @param fact  the fact
   * @return what the file shows, not null
   */
  public static Truth onFile(Organization organization, Fact fact) {
    requireNonNull(organization, "organization");
    FactMeaning meaning = FactMeaning.of(requireNonNull(fact, "fact"));
    return meaning.truth(
        organization.factEvidence().isEmpty()
            ? organization
            : organization.withFactEvidence(List.<FactEvidence>of()));
  }

  /**
   * Describes what the organization's file shows of a fact, in one phrase a client reads, such as {@code
   * crisis team: 2 people}, {@code no crisis team named} or, for a fact the file does not record yet and
   * does not show in place, {@code not recorded in the organization file yet}.
   *
   * @param organization  the organization
   * @param fact  the fact
   * @return the phrase, not blank
   */
  public static String describeFile(Organization organization, Fact fact) {
    requireNonNull(organization, "organization");
    FactMeaning meaning = FactMeaning.of(requireNonNull(fact, "fact"));
    return meaning.fileEvidence(
        organization, meaning.shownOnFile(organization), meaning.fileEvidence(organization));
  }

  /**
   * Reads whether a fact holds for the assessment, from the file and the respondents' statement together
   * (see the class documentation).
   *
   * @param organization  the organization
   * @param fact  the fact
   * @return whether the fact holds, on three values, not null
   */
  public static Truth truth(Organization organization, Fact fact) {
    requireNonNull(organization, "organization");
    return FactMeaning.of(requireNonNull(fact, "fact")).truth(organization);
  }
}
