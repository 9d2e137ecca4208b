package io.github.socialbiz.practice;

import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.INFERRED;
import static io.github.socialbiz.source.Provenance.REPORTED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;
import static io.github.socialbiz.source.Source.CAREER_PATH_2010;
import static io.github.socialbiz.source.Source.COHERENT_STRATEGY_DECK_2013;
import static io.github.socialbiz.source.Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012;
import static io.github.socialbiz.source.Source.FIVE_WAYS_TO_ORGANIZE_2010;
import static io.github.socialbiz.source.Source.GUARDING_THE_SOCIAL_GATES_2012;
import static io.github.socialbiz.source.Source.KMWORLD_2011;
import static io.github.socialbiz.source.Source.KMWORLD_NEWS_2011;
import static io.github.socialbiz.source.Source.PROLIFERATION_2012;
import static io.github.socialbiz.source.Source.READINESS_COMMENTARY_2011;
import static io.github.socialbiz.source.Source.SEVEN_SUCCESS_FACTORS_2013;
import static io.github.socialbiz.source.Source.SIX_STAGES_2013;
import static io.github.socialbiz.source.Source.SOCIAL_READINESS_2011;
import static io.github.socialbiz.source.Source.STATE_OF_SOCIAL_BUSINESS_2013;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import io.github.socialbiz.source.Citation;
import java.util.List;

/**
 * A capability the research names, such as {@code CRISIS_PLAN}: the unit of evidence about an
 * organization. Each practice belongs to one {@link Dimension} and carries a description in the
 * library's words and its citations.
 *
 * <p>An organization's evidence grades each practice on the {@link Adoption} scale; stage and level
 * gates are {@link Criterion criteria} over these grades.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Practice {
  // STRATEGY ------------------------------------------------------------------------------------
  /** Business goals that social initiatives serve, written down and agreed. */
  BUSINESS_GOALS(
      Dimension.STRATEGY,
      "Business goals",
      "The organization has stated which business goals social initiatives serve and ranks them",
      SEVEN_SUCCESS_FACTORS_2013.at(
          "Success factor 1: define the overall business goals", CORROBORATED),
      SOCIAL_READINESS_2011.at("Hierarchy level 1, Foundation", CORROBORATED)),
  /** A long-term vision of what social will change for customers and employees. */
  LONG_TERM_VISION(
      Dimension.STRATEGY,
      "Long-term vision",
      "A vision, reaching years ahead, of how social will change the experience of customers and employees",
      SEVEN_SUCCESS_FACTORS_2013.at(
          "Success factor 2: establish the long-term vision", CORROBORATED)),
  /** A prioritized road map of initiatives beyond the next campaign. */
  STRATEGY_ROADMAP(
      Dimension.STRATEGY,
      "Strategy road map",
      "A prioritized, regularly reviewed road map of initiatives that reaches beyond the next year",
      SEVEN_SUCCESS_FACTORS_2013.at("Success factor 4: define the strategy roadmap", CORROBORATED)),
  /** Pilot projects that show which social efforts should come first. */
  PILOT_PROJECTS(
      Dimension.STRATEGY,
      "Pilot projects",
      "Small pilots give decision makers evidence of which social efforts solve real business problems",
      SIX_STAGES_2013.at("Stage 1, Planning: pilots", REPORTED)),
  /** Internal readiness and competitive audits. */
  READINESS_AUDIT(
      Dimension.STRATEGY,
      "Readiness and competitive audits",
      "Audits of internal readiness and of what competitors do, used to build the case for action",
      SIX_STAGES_2013.at("Stage 1, Planning: audits", REPORTED)),

  // GOVERNANCE ----------------------------------------------------------------------------------
  /** A social media policy telling employees what they may and may not post. */
  SOCIAL_MEDIA_POLICY(
      Dimension.GOVERNANCE,
      "Social media policy",
      "A written employee policy on what may and may not be posted, applied across the organization",
      SOCIAL_READINESS_2011.at("Finding 1: baseline governance", CORROBORATED),
      KMWORLD_NEWS_2011.at("Readiness requirement 1", SINGLE_SOURCE)),
  /** Ongoing reinforcement of policies and communication of updates. */
  POLICY_REINFORCEMENT(
      Dimension.GOVERNANCE,
      "Policy reinforcement",
      "Policies are reinforced over time and employees hear about every update",
      SOCIAL_READINESS_2011.at("Finding 1: governance reinforced over time", SINGLE_SOURCE)),
  /** Employees have access to social tools for their work. */
  EMPLOYEE_ACCESS(
      Dimension.GOVERNANCE,
      "Employee access",
      "Employees may reach social channels and tools for their work instead of being blocked",
      SOCIAL_READINESS_2011.at("Hierarchy level 1, Foundation: access to tools", CORROBORATED)),
  /** A moderation or review process for what goes out. */
  MODERATION_REVIEW(
      Dimension.GOVERNANCE,
      "Moderation and review",
      "A review or moderation step checks what is posted on the organization's behalf",
      KMWORLD_NEWS_2011.at("Readiness requirement 3", SINGLE_SOURCE)),
  /** Governance for requests to open new accounts. */
  ACCOUNT_GOVERNANCE(
      Dimension.GOVERNANCE,
      "Account governance",
      "A process decides who may open a new corporate account and retires the ones no longer needed",
      SIX_STAGES_2013.at("Stage 2, Presence: set up governance with the future in mind", REPORTED),
      PROLIFERATION_2012.at("Recommended steps", CORROBORATED)),
  /** An inventory of the organization's social accounts and assets. */
  ACCOUNT_INVENTORY(
      Dimension.GOVERNANCE,
      "Account inventory",
      "A maintained inventory of every corporate social account, its owner and its activity",
      PROLIFERATION_2012.at("Step 1: audit and get ready", CORROBORATED)),
  /** Social media risk management: identify, assess, mitigate, evaluate. */
  RISK_MANAGEMENT(
      Dimension.GOVERNANCE,
      "Risk management",
      "Social media risks are identified, assessed, mitigated and re-evaluated in a repeated cycle",
      GUARDING_THE_SOCIAL_GATES_2012.at("Risk management process", SINGLE_SOURCE)),

  // ORGANIZATION --------------------------------------------------------------------------------
  /** Visible support from a senior or C-level executive. */
  EXECUTIVE_SPONSORSHIP(
      Dimension.ORGANIZATION,
      "Executive sponsorship",
      "Senior executives are informed about, engaged in and aligned with the social strategy",
      SEVEN_SUCCESS_FACTORS_2013.at("Success factor 3: ensure executive support", CORROBORATED),
      SIX_STAGES_2013.at("Stage 4, Formalized: executive sponsor", CORROBORATED)),
  /** A team appointed to run the social program. */
  DEDICATED_TEAM(
      Dimension.ORGANIZATION,
      "Dedicated team",
      "People are appointed to run the social program, full or part time, rather than volunteering",
      SOCIAL_READINESS_2011.at("Hierarchy level 2, Safety: appoint a team", CORROBORATED)),
  /** A hub or Center of Excellence that leads and supports social across the company. */
  CENTER_OF_EXCELLENCE(
      Dimension.ORGANIZATION,
      "Center of Excellence",
      "A cross-functional hub sets direction, policy and shared services for social across the organization",
      SIX_STAGES_2013.at("Stage 4, Formalized: create a hub or CoE", CORROBORATED),
      SOCIAL_READINESS_2011.at("Hierarchy level 3, Formation", CORROBORATED)),
  /** A written program charter. */
  PROGRAM_CHARTER(
      Dimension.ORGANIZATION,
      "Program charter",
      "A written, revisable charter states the program's goals, approach, measures and vision",
      KMWORLD_2011.at("Charter guidance", SINGLE_SOURCE)),
  /** Business units connected to share work and cut duplication. */
  BUSINESS_UNIT_COORDINATION(
      Dimension.ORGANIZATION,
      "Business-unit coordination",
      "Business units are connected so that they coordinate and stop duplicating social efforts",
      SOCIAL_READINESS_2011.at("Hierarchy level 3, Formation", CORROBORATED)),
  /** Business units supported to run social themselves within set parameters. */
  BUSINESS_UNIT_ENABLEMENT(
      Dimension.ORGANIZATION,
      "Business-unit enablement",
      "Business units get the support and room to run social themselves within agreed limits",
      SOCIAL_READINESS_2011.at("Hierarchy level 4, Enablement", CORROBORATED)),
  /** Staff, resources and funding secured for the program. */
  FUNDING(
      Dimension.ORGANIZATION,
      "Staff, resources and funding",
      "The program, its staff and resources included, is paid from a standing budget, not campaign by"
          + " campaign",
      SEVEN_SUCCESS_FACTORS_2013.at(
          "Success factor 6: secure staff, resources and funding", CORROBORATED)),
  /** Technology platforms chosen to fit the strategy rather than channel by channel. */
  TECHNOLOGY_PLATFORMS(
      Dimension.ORGANIZATION,
      "Technology mapped to strategy",
      "Social technology is chosen and consolidated against the strategy's goals, not bought channel by"
          + " channel or team by team",
      SEVEN_SUCCESS_FACTORS_2013.at(
          "Success factor 7: invest in technology platforms that map to strategy", CORROBORATED)),

  // PROCESS -------------------------------------------------------------------------------------
  /** A triage and escalation process for incoming issues. */
  TRIAGE_PROCESS(
      Dimension.PROCESS,
      "Triage and escalation",
      "Incoming issues are sorted and routed to the right responder instead of being answered ad hoc",
      SOCIAL_READINESS_2011.at("Finding 2: enterprise-wide response processes", CORROBORATED)),
  /** A crisis plan and a crisis team. */
  CRISIS_PLAN(
      Dimension.PROCESS,
      "Crisis plan and team",
      "A crisis response plan exists and a named team knows how to carry it out",
      SOCIAL_READINESS_2011.at("Hierarchy level 2, Safety: crisis plan and team", CORROBORATED)),
  /** An integrated content strategy with owners and budget. */
  CONTENT_STRATEGY(
      Dimension.PROCESS,
      "Content strategy",
      "A content strategy defines what is published, who makes it and with what budget",
      SIX_STAGES_2013.at("Stage 2, Presence: use content to amplify marketing", REPORTED)),
  /** Social methods integrated across business functions. */
  CROSS_FUNCTIONAL_INTEGRATION(
      Dimension.PROCESS,
      "Cross-functional integration",
      "Social methods and data are part of the workflows of several business functions, not only marketing",
      SIX_STAGES_2013.at("Stage 5, Strategic", REPORTED)),
  /** Real-time market response built into business processes. */
  REAL_TIME_RESPONSE(
      Dimension.PROCESS,
      "Real-time response",
      "What is heard on social channels feeds business decisions and planning in real time",
      SOCIAL_READINESS_2011.at("Hierarchy level 5, Enlightenment", CORROBORATED)),

  // EDUCATION -----------------------------------------------------------------------------------
  /** An ongoing employee education program. */
  EMPLOYEE_EDUCATION(
      Dimension.EDUCATION,
      "Employee education",
      "Employees are taught, repeatedly and by role, how to take part in social media well",
      SOCIAL_READINESS_2011.at("Finding 3: ongoing education", CORROBORATED),
      KMWORLD_NEWS_2011.at("Readiness requirement 2", SINGLE_SOURCE)),
  /** Sharing of good practice across teams. */
  BEST_PRACTICE_SHARING(
      Dimension.EDUCATION,
      "Best-practice sharing",
      "Teams share what works, for example through a council or internal community",
      SOCIAL_READINESS_2011.at("Finding 3: best-practice sharing", CORROBORATED),
      COHERENT_STRATEGY_DECK_2013.at("eBay Center of Excellence: monthly council", SINGLE_SOURCE)),
  /**
   * Internal collaboration or knowledge sharing on social tools, which lets employees learn the new ways
   * of communicating inside before the brand engages outside: a recognized path to readiness in
   * practitioners' commentary, not a requirement of the research.
   */
  INTERNAL_COLLABORATION(
      Dimension.EDUCATION,
      "Internal collaboration",
      "Employees use social tools to collaborate and share knowledge inside the organization",
      READINESS_COMMENTARY_2011.at(
          "Practitioner commentary: many thoughtful companies start with internal collaboration",
          SINGLE_SOURCE),
      ENTERPRISE_SOCIAL_ORGANIZATION_2012.at(
          "Commentary: employees empowered to collaborate internally", SINGLE_SOURCE)),

  // ENGAGEMENT ----------------------------------------------------------------------------------
  /** Listening to and monitoring social channels. */
  LISTENING(
      Dimension.ENGAGEMENT,
      "Listening and monitoring",
      "The organization listens to social channels to learn how customers behave and what they say",
      SIX_STAGES_2013.at("Stage 1, Planning: listen to learn", CORROBORATED),
      KMWORLD_NEWS_2011.at("Readiness requirement 4", SINGLE_SOURCE)),
  /** A formal presence on social channels. */
  OFFICIAL_PRESENCE(
      Dimension.ENGAGEMENT,
      "Official presence",
      "The organization runs official channels tied to objectives set during planning",
      SIX_STAGES_2013.at("Stage 2, Presence", CORROBORATED)),
  /** Dialogue and communities across the customer lifecycle. */
  COMMUNITY_ENGAGEMENT(
      Dimension.ENGAGEMENT,
      "Community engagement",
      "The organization takes part in conversations and builds communities across the customer lifecycle",
      SIX_STAGES_2013.at("Stage 3, Engagement", CORROBORATED)),
  /** Customer support given through social channels. */
  SOCIAL_CUSTOMER_SUPPORT(
      Dimension.ENGAGEMENT,
      "Social customer support",
      "Customers get help with post-purchase questions directly on social channels",
      SIX_STAGES_2013.at("Stage 2, Presence: post-purchase information", REPORTED),
      COHERENT_STRATEGY_DECK_2013.at("Engagement: provide direct support", SINGLE_SOURCE)),
  /** Employees beyond the social team taking part for the organization. */
  EMPLOYEE_PARTICIPATION(
      Dimension.ENGAGEMENT,
      "Employee participation",
      "Employees across the organization take part in social on its behalf, in a coordinated way",
      FIVE_WAYS_TO_ORGANIZE_2010.at("Holistic (honeycomb) model", CORROBORATED),
      SOCIAL_READINESS_2011.at(
          "Hierarchy level 5, Enlightenment: the whole company takes part", CORROBORATED)),

  // MEASUREMENT ---------------------------------------------------------------------------------
  /** Metrics aligned with departmental or functional objectives. */
  OBJECTIVE_ALIGNED_METRICS(
      Dimension.MEASUREMENT,
      "Objective-aligned metrics",
      "Metrics track departmental objectives rather than counts of fans, likes and followers",
      SIX_STAGES_2013.at("Stage 2, Presence: align metrics with objectives", REPORTED)),
  /** Metrics tied to business outcomes and return on investment. */
  BUSINESS_OUTCOME_METRICS(
      Dimension.MEASUREMENT,
      "Business-outcome metrics",
      "Formal metrics connect social activity to business outcomes such as revenue, cost or satisfaction",
      SIX_STAGES_2013.at("Key findings: strategy connected to business outcomes", CORROBORATED),
      STATE_OF_SOCIAL_BUSINESS_2013.at("Formal metrics showing positive outcomes", SINGLE_SOURCE)),
  /** Customer insight from social tied to product and support systems. */
  CUSTOMER_INSIGHT_INTEGRATION(
      Dimension.MEASUREMENT,
      "Customer-insight integration",
      "Insight from social reaches product and service decisions and helps anticipate what customers"
          + " will want",
      SOCIAL_READINESS_2011.at("Gaps of advanced companies", SINGLE_SOURCE),
      CAREER_PATH_2010.at("Proactive program that plans ahead of demand", INFERRED));

  private static final Lookup<Practice> LOOKUP =
      Lookup.of(Practice.class, p -> List.of(p.displayName));

  private final Dimension dimension;
  private final String displayName;
  private final String description;
  private final ImmutableList<Citation> citations;

  Practice(Dimension dimension, String displayName, String description, Citation... citations) {
    this.dimension = dimension;
    this.displayName = displayName;
    this.description = description;
    this.citations = ImmutableList.copyOf(citations);
  }

  /**
   * Obtains a practice from its name, number or display name, in any case.
   *
   * @param text  the text, such as "crisis plan and team" or {@code CRISIS_PLAN}
   * @return the practice, not null
   * @throws SocialBusinessException if the text names no practice
   */
  public static Practice parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the dimension this practice belongs to.
   *
   * @return the dimension, not null
   */
  public Dimension dimension() {
    return dimension;
  }

  /**
   * Gets the human-readable name, such as "Crisis plan and team".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets what the practice means, in the library's words.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Gets where the research names this practice.
   *
   * @return the citations, not empty
   */
  public ImmutableList<Citation> citations() {
    return citations;
  }

  /**
   * Gets the stable slug used in rule and criterion ids, such as {@code crisis-plan}.
   *
   * @return the slug, not null
   */
  public String slug() {
    return Ascii.toLowerCase(name()).replace('_', '-');
  }
}
