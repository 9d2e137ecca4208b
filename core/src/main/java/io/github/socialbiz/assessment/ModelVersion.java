package io.github.socialbiz.assessment;

/**
 * The version of the frameworks as data: the gate criteria, the thresholds, the standard rules, the
 * adoption weights and the survey figures the assessment reads. It is raised whenever any of them changes
 * meaning, so a stored assessment says which model judged it and {@link AssessmentDiff} can tell a change
 * of the model from a change of the organization.
 *
 * <p>A test fingerprints the model (every criterion with its citation, every standard rule's metadata,
 * the thresholds and weights, the statistics, and the results of assessing the samples) and fails when the
 * fingerprint changes without a raise of {@link #CURRENT}.
 *
 * <p>History:
 *
 * <ul>
 *   <li>1, the model as first released;
 *   <li>2, domain fidelity (issue #14): one rule for every stage gate (Formalized is entered on its
 *       trigger, and its three key activities gate Strategic), stage criteria graded as the library's
 *       readings, a staffed hub and a written charter as their recommendations say, a named crisis team,
 *       the charter's owner, roles by stage (an emerging content strategist at low severity), education
 *       with participation, the strategist accountable for measuring success, practices for technology
 *       mapped to strategy and for internal collaboration, company size in the advice, team size by
 *       stage, the charter lint on named products only, corrected sources and grades;
 *   <li>3, unknown is never "no" (issue #21): a criterion, rule or benchmark over a practice nobody has
 *       assessed is unknown (an item to verify), never failed or met; a structural fact reads the file,
 *       then the respondents' statement, and may be unknown; scores are ranges; respondents who name a
 *       business unit answer for that unit only;
 *   <li>4, provenance that says only what its source says (issue #27, sections 2 and 3): the crisis
 *       rules, the business-unit liaisons, two level criteria and a Presence best practice graded as the
 *       library's readings with the passage read, the organizational models' citations split between
 *       their sources, the 75% crisis figure in its own source's words, new and distinguishable short
 *       references (Owyang 2011a/b/c), the Planning stage's goal. No finding, verdict, stage or level
 *       changes; stored assessments cite differently;
 *   <li>5, questions that measure one thing each (issue #27, section 1): Formalized's trigger, {@code
 *       COORDINATION_BEGUN}, holds on a named sponsor or a staffed hub (stated or on file) and no longer
 *       on a social media policy, so an organization with a policy and neither of those is not
 *       formalizing; the standard questions ask for one share each, and three practices say what they
 *       measure (executive sponsorship as alignment, funding as a standing budget, customer insight as
 *       anticipating customers' wants); the fingerprint now covers the facts' citations and readings and
 *       each sample's gate profiles. Version 4 was never released on its own;
 *   <li>6, every standard rule reads a structural fact as the gates do (unknown is never "no", once
 *       more): the rules on the CoE's policy authority, its sponsor, the units' liaisons, the crisis team,
 *       the charter, the roles and responsibilities for the stage and a sustainable hub and spoke take the
 *       respondents' statement where the file is silent, and are not verified where nobody could say; the
 *       team-size rule and benchmark do not read an empty roster as zero people when the respondents say
 *       a hub is staffed or could not say; the decentralized-proliferation rule does not count a missing
 *       inventory as zero accounts; an account with no activity recorded is no longer idle since it was
 *       opened, but of unknown idleness; a recommendation that turns on regions nobody listed says so, and a
 *       declared dandelion that turns on them is not verified.
 * </ul>
 */
public final class ModelVersion {

  /** The model version of this release of the library. */
  public static final int CURRENT = 6;

  private ModelVersion() {}
}
