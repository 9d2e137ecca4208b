package io.github.socialbiz.practice;

import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.INFERRED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;

import com.google.common.base.Ascii;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;

/**
 * A structural fact about an organization that a gate may require beyond graded practices, such as a
 * named executive sponsor. Facts are read from the organization's structure (its CoE roster, charter,
 * business units, crisis team and account inventory), not from self-graded evidence. Not every fact is a
 * gate criterion: the crisis team and the account inventory are facts so that the standard questionnaire
 * can establish them, and the rules read them from the structure.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Fact {
  /** An executive sponsor is named: the CoE has a sponsor, or its roster has an executive sponsor. */
  EXECUTIVE_SPONSOR_NAMED(
      "A named executive sponsor",
      Source.SIX_STAGES_2013.at("Stage 4, Formalized: executive sponsor", CORROBORATED)),
  /**
   * The hub or Center of Excellence is staffed: a corporate social strategist is on its roster, or its
   * members add up to at least one full-time equivalent. A single member at a fraction of their time is
   * not a hub (the library's reading of "create a hub", which asks for a team that coordinates).
   */
  CENTER_OF_EXCELLENCE_STAFFED(
      "A staffed hub or Center of Excellence",
      Source.SIX_STAGES_2013.at("Stage 4, Formalized: create a hub or CoE", CORROBORATED)),
  /** The Center of Excellence has authority to set process and policy. */
  POLICY_AUTHORITY(
      "CoE authority to set process and policy",
      Source.SEVEN_SUCCESS_FACTORS_2013.at(
          "Governance chapter: authority of the CoE", SINGLE_SOURCE)),
  /** A corporate social strategist is on the roster. */
  SOCIAL_STRATEGIST_APPOINTED(
      "A corporate social strategist",
      Source.COHERENT_STRATEGY_DECK_2013.at(
          "Engagement: organization and resources", SINGLE_SOURCE)),
  /**
   * A program charter has been written, with at least its business goals section: a charter that does
   * not say which goals the program serves is not yet the document the guidance asks for.
   */
  CHARTER_WRITTEN(
      "A written program charter",
      Source.KMWORLD_2011.at("Charter guidance; hierarchy level 3", SINGLE_SOURCE)),
  /**
   * Formalization has begun: the organization's social efforts are coordinated by one owner, an executive
   * sponsor named or a hub or CoE staffed (two of Formalized's three key activities; the third, a policy
   * for the whole organization, is a baseline the Foundation level already asks for and does not mark the
   * stage). The library's reading of the stage's trigger.
   */
  COORDINATION_BEGUN(
      "Efforts brought under one sponsor or hub",
      Source.SIX_STAGES_2013.at(
          "Stage 4, Formalized: the trigger, uncoordinated efforts (read as a sponsor named or a hub"
              + " staffed)",
          INFERRED)),
  /** Every business unit has a liaison on the roster or in its own record. */
  BUSINESS_UNIT_LIAISONS(
      "A liaison for every business unit",
      Source.SOCIAL_READINESS_2011.at(
          "Hierarchy level 3, Formation: connect business units", INFERRED)),
  /**
   * A crisis team is named: at least one person is on the organization's crisis team. The library's
   * reading of the Safety level's "crisis-response team", as people named to respond; the crisis plan
   * itself is graded as a practice.
   */
  CRISIS_TEAM_NAMED(
      "A named crisis team",
      Source.SOCIAL_READINESS_2011.at(
          "Hierarchy level 2, Safety: a crisis-response team and plan (reads the team as people"
              + " named to respond)",
          INFERRED)),
  /**
   * The official social accounts are inventoried: the organization's account inventory lists at least
   * one account. The library's reading of the first recommended step, "inventory accounts and assets",
   * as an inventory that exists; whether it is maintained is graded as a practice.
   */
  ACCOUNTS_INVENTORIED(
      "An inventory of the official social accounts",
      Source.PROLIFERATION_2012.at(
          "Recommended steps, step 1: inventory accounts and assets (reads it as an inventory that"
              + " exists)",
          INFERRED));

  private final String displayName;
  private final Citation citation;

  Fact(String displayName, Citation citation) {
    this.displayName = displayName;
    this.citation = citation;
  }

  /**
   * Gets the human-readable statement of the fact.
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets where the research names this fact.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }

  /**
   * Gets the stable slug used in criterion ids, such as {@code executive-sponsor-named}.
   *
   * @return the slug, not null
   */
  public String slug() {
    return Ascii.toLowerCase(name()).replace('_', '-');
  }
}
