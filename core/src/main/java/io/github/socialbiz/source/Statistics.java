package io.github.socialbiz.source;

import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.REPORTED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.socialbiz.SocialBusinessException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of every published figure the library uses, each a {@link Statistic} with its source.
 *
 * <pre>{@code
 * Statistic s = Statistics.get("crises.avoidable");          // 76% (2001-2011 crises)
 * List<Statistic> crises = Statistics.search("crises");       // every statistic that mentions crises
 * }</pre>
 *
 * <p>Conflicting figures are kept side by side under their own keys (for example {@link
 * #CRISES_AVOIDABLE} and {@link #CRISES_AVOIDABLE_ROUNDED}), each with its note.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Statistics {

  private static final String LARGE = "companies with 1,000+ employees";
  private static final String SIX_STAGES_SAMPLE = "698 executives and social strategists";
  private static final String READINESS_SAMPLE = "144 companies with 1,000+ employees";
  private static final String ADVANCED = "18 advanced companies of the 144 surveyed";
  private static final String STATE_2013 = "companies with 500+ employees (Q3 2013 wave)";
  private static final String PROLIFERATION = "144 enterprise-class companies";

  // ---------------------------------------------------------------------------------------------
  // The six stages survey (Q4 2012)

  /** Respondents of the six stages survey. */
  public static final Statistic SIX_STAGES_RESPONDENTS =
      stat(
          "six-stages.respondents",
          698,
          Unit.PEOPLE,
          "Executives and strategists who answered the six stages survey",
          "executives and social strategists",
          "Q4 2012",
          Source.SIX_STAGES_2013.at("Methodology", CORROBORATED),
          "Also reported as 'nearly 700' and '700'");

  /** Share with an active social media strategy of some kind. */
  public static final Statistic ACTIVE_STRATEGY =
      stat(
          "strategy.active",
          100,
          Unit.PERCENT,
          "Enterprises running an active social media strategy of some kind",
          SIX_STAGES_SAMPLE,
          "Q4 2012",
          Source.SIX_STAGES_2013.at("Introduction", REPORTED),
          null);

  /** Share whose social strategy is connected to business outcomes. */
  public static final Statistic STRATEGY_CONNECTED_TO_OUTCOMES =
      stat(
          "strategy.connected-to-outcomes",
          34,
          Unit.PERCENT,
          "Say their social strategy is connected to business outcomes",
          "businesses surveyed (the source gives no base)",
          "Q4 2012",
          Source.SIX_STAGES_2013.at("Key findings", CORROBORATED),
          "Published as 'only 34% of businesses', with no base. Its complement, 66%"
              + " (strategy.no-link-to-goals), is published for the 130 respondents at companies with"
              + " 1,000+ employees, so the two are not known to describe the same group");

  /** Share of large companies active in social with no clear link to business goals. */
  public static final Statistic NO_LINK_TO_GOALS =
      stat(
          "strategy.no-link-to-goals",
          66,
          Unit.PERCENT,
          "Active in social but with no clear link to business goals",
          "130 respondents at companies with 1,000+ employees",
          "Q4 2012",
          Source.SIX_STAGES_2013.at("Key findings (as reported by Marketing Dive)", SINGLE_SOURCE),
          "The complement of the 34% (strategy.connected-to-outcomes), but that figure is published"
              + " with no base and this one for the 130 large companies: neither is derived from the"
              + " other");

  /** Share with a holistic approach, Q4 2012 wave. */
  public static final Statistic HOLISTIC_APPROACH_2012 =
      stat(
          "strategy.holistic.2012",
          28,
          Unit.PERCENT,
          "Say business lines and functions work together under one social vision (a holistic approach)",
          SIX_STAGES_SAMPLE,
          "Q4 2012",
          Source.SIX_STAGES_2013.at("Key findings", CORROBORATED),
          "The 2013 infographic gives 26% for a later wave; kept separately");

  /** Share with a holistic, enterprise-wide approach, 2013 wave. */
  public static final Statistic HOLISTIC_APPROACH_2013 =
      stat(
          "strategy.holistic.2013",
          26,
          Unit.PERCENT,
          "Approach social holistically with an enterprise-wide strategy",
          STATE_2013,
          "Q3 2013",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Infographic", SINGLE_SOURCE),
          "Differs from the 28% of the Q4 2012 wave: most likely a different survey wave");

  /** Share confident of a plan reaching beyond the next year. */
  public static final Statistic PLAN_BEYOND_ONE_YEAR =
      stat(
          "strategy.plan-beyond-one-year",
          12,
          Unit.PERCENT,
          "Confident they have a plan that reaches beyond the next year",
          SIX_STAGES_SAMPLE,
          "Q4 2012",
          Source.SIX_STAGES_2013.at("Key findings", CORROBORATED),
          "The e-book says 'less than half' had a roadmap longer than a year; the questions probably differ");

  /**
   * Share of companies saying their top executives are informed, engaged and aligned with the company's
   * social strategy, Q4 2012 wave (published as "only one half"): a share of companies, not of executives.
   */
  public static final Statistic EXECUTIVES_ALIGNED_2012 =
      stat(
          "executives.aligned.2012",
          50,
          Unit.PERCENT,
          "Companies saying their top executives are informed, engaged and aligned with the company's social strategy",
          "companies surveyed (" + SIX_STAGES_SAMPLE + ")",
          "Q4 2012",
          Source.SIX_STAGES_2013.at("Key findings", CORROBORATED),
          "Published as 'only one half' of companies surveyed; a review of the report words it as nearly half not aligned");

  /** Share whose executives are aligned, 2013 wave. */
  public static final Statistic EXECUTIVES_ALIGNED_2013 =
      stat(
          "executives.aligned.2013",
          52,
          Unit.PERCENT,
          "Executives aligned with the social strategy",
          STATE_2013,
          "Q3 2013",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Infographic", SINGLE_SOURCE),
          null);

  /** Share describing themselves as strategic in execution, 2013. */
  public static final Statistic STRATEGIC_IN_EXECUTION =
      stat(
          "maturity.strategic-execution",
          17,
          Unit.PERCENT,
          "Describe themselves as strategic (mature) in execution",
          STATE_2013,
          "Q3 2013",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Key findings", CORROBORATED),
          "Most respondents called themselves intermediate");

  /** Share with formal metrics showing revenue generation, 2013. */
  public static final Statistic METRICS_REVENUE =
      stat(
          "metrics.revenue-generation",
          24,
          Unit.PERCENT,
          "Have formal metrics showing a positive outcome in revenue generation",
          STATE_2013,
          "Q3 2013",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Infographic", SINGLE_SOURCE),
          null);

  /** Share with formal metrics showing marketing optimization, 2013. */
  public static final Statistic METRICS_MARKETING =
      stat(
          "metrics.marketing-optimization",
          53,
          Unit.PERCENT,
          "Have formal metrics showing a positive outcome in marketing optimization",
          STATE_2013,
          "Q3 2013",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Infographic", SINGLE_SOURCE),
          null);

  // ---------------------------------------------------------------------------------------------
  // Readiness (2011): the hierarchy of needs and the crisis analysis

  /** Advanced companies among those surveyed for the readiness report. */
  public static final Statistic ADVANCED_COMPANIES =
      stat(
          "readiness.advanced-companies",
          18,
          Unit.COUNT,
          "Companies classed as advanced",
          READINESS_SAMPLE,
          "2011",
          Source.SOCIAL_READINESS_2011.at(
              "Survey results (as reported by Neville Hobson)", SINGLE_SOURCE),
          "18 of 144, or 12.5%");

  /** Advanced companies that reinforce policies and tell staff about updates. */
  public static final Statistic POLICY_REINFORCED =
      stat(
          "readiness.policy-reinforced",
          72,
          Unit.PERCENT,
          "Have a way to reinforce policies and tell staff about updates",
          ADVANCED,
          "2011",
          Source.SOCIAL_READINESS_2011.at(
              "Finding 1 (as reported by Neville Hobson)", SINGLE_SOURCE),
          null);

  /** Companies without baseline processes (scope ambiguous). */
  public static final Statistic NO_BASELINE_PROCESSES =
      stat(
          "readiness.no-baseline-processes",
          74,
          Unit.PERCENT,
          "Lack baseline processes to reinforce policies",
          READINESS_SAMPLE,
          "2011",
          Source.SOCIAL_READINESS_2011.at(
              "Finding 1 (as reported by Neville Hobson)", SINGLE_SOURCE),
          "Ambiguous: the sentence may refer to all 144 companies or to another group");

  /** Advanced companies with a formal triage process. */
  public static final Statistic TRIAGE_ADVANCED =
      stat(
          "readiness.triage-process",
          14,
          Unit.COUNT,
          "Advanced companies with a formal triage process for incoming issues",
          ADVANCED,
          "2011",
          Source.SOCIAL_READINESS_2011.at(
              "Finding 2 (as reported by Neville Hobson)", SINGLE_SOURCE),
          "14 of 18");

  /** Advanced companies that require approval before employees take part. */
  public static final Statistic STANCE_APPROVAL =
      stat(
          "participation.approval-required",
          5,
          Unit.COUNT,
          "Advanced companies requiring approval before employees take part",
          ADVANCED,
          "2011",
          Source.SOCIAL_READINESS_2011.at(
              "Employee participation (as reported by Neville Hobson)", SINGLE_SOURCE),
          "5 of 18");

  /** Advanced companies that allow participation within guidelines. */
  public static final Statistic STANCE_GUIDELINES =
      stat(
          "participation.within-guidelines",
          7,
          Unit.COUNT,
          "Advanced companies allowing employees to take part within guidelines",
          ADVANCED,
          "2011",
          Source.SOCIAL_READINESS_2011.at(
              "Employee participation (as reported by Neville Hobson)", SINGLE_SOURCE),
          "7 of 18");

  /** Advanced companies that actively encourage participation. */
  public static final Statistic STANCE_ENCOURAGED =
      stat(
          "participation.encouraged",
          6,
          Unit.COUNT,
          "Advanced companies actively encouraging employees to take part",
          ADVANCED,
          "2011",
          Source.SOCIAL_READINESS_2011.at(
              "Employee participation (as reported by Neville Hobson)", SINGLE_SOURCE),
          "6 of 18");

  /** Advanced companies that discourage participation (none). */
  public static final Statistic STANCE_DISCOURAGED =
      stat(
          "participation.discouraged",
          0,
          Unit.COUNT,
          "Advanced companies discouraging employees from taking part",
          ADVANCED,
          "2011",
          Source.SOCIAL_READINESS_2011.at(
              "Employee participation (as reported by Neville Hobson)", SINGLE_SOURCE),
          "None of 18");

  /** Companies that feel prepared for a crisis with a formal crisis plan. */
  public static final Statistic PREPARED_WITH_PLAN =
      stat(
          "crises.prepared-with-plan",
          96,
          Unit.PERCENT,
          "Feel prepared for a crisis, among companies with a formal crisis plan",
          READINESS_SAMPLE,
          "2011",
          Source.SOCIAL_READINESS_2011.at(
              "Crisis readiness (as reported by Business Insider)", SINGLE_SOURCE),
          null);

  /** Companies that feel prepared for a crisis without a formal crisis plan. */
  public static final Statistic PREPARED_WITHOUT_PLAN =
      stat(
          "crises.prepared-without-plan",
          22,
          Unit.PERCENT,
          "Feel prepared for a crisis, among companies without a formal crisis plan",
          READINESS_SAMPLE,
          "2011",
          Source.SOCIAL_READINESS_2011.at(
              "Crisis readiness (as reported by Business Insider)", SINGLE_SOURCE),
          null);

  /** Average age of a corporate social business program. */
  public static final Statistic PROGRAM_AGE =
      stat(
          "program.average-age",
          3,
          Unit.YEARS,
          "Average age of a corporate social business program",
          READINESS_SAMPLE,
          "2011",
          Source.SOCIAL_READINESS_2011.at(
              "Survey results (as reported by Business Insider)", SINGLE_SOURCE),
          "About three years");

  /** Social media crises analysed. */
  public static final Statistic CRISES_ANALYSED =
      stat(
          "crises.analysed",
          50,
          Unit.COUNT,
          "Social media crises analysed, from 2001 onward",
          "publicly reported social media crises",
          "2001-2011",
          Source.SOCIAL_READINESS_2011.at("Crisis analysis", CORROBORATED),
          "One summary says 'more than 50'");

  /** Share of crises that preparation could have averted or reduced (canonical). */
  public static final Statistic CRISES_AVOIDABLE =
      stat(
          "crises.avoidable",
          76,
          Unit.PERCENT,
          "Crises that could have been averted or reduced with preparation (training, staff, processes)",
          "50 analysed social media crises",
          "2001-2011",
          Source.SOCIAL_READINESS_2011.at("Crisis analysis", CORROBORATED),
          "Canonical value; some write-ups round it to 75% or 'three-fourths'");

  /** The share of crises preparation could have averted or dealt with, as given after the KMWorld 2011 keynote. */
  public static final Statistic CRISES_AVOIDABLE_ROUNDED =
      stat(
          "crises.avoidable.kmworld",
          75,
          Unit.PERCENT,
          "Social media crises that could have been averted or successfully dealt with had the companies"
              + " prepared properly, as Owyang gave it after the KMWorld 2011 keynote",
          "social media crises (the source names no sample)",
          "2011",
          Source.KMWORLD_2011.at(
              "Introduction: 'research from Altimeter shows that 75%'", SINGLE_SOURCE),
          "Given as 'averted or successfully dealt with', with no sample named; the crisis analysis's"
              + " 76% (crises.avoidable) is 'averted or reduced' of 50 crises, and the source does not"
              + " say whether this is the same figure rounded");

  /** Crises in 2010 alone. */
  public static final Statistic CRISES_IN_2010 =
      stat(
          "crises.in-2010",
          10,
          Unit.COUNT,
          "Social media crises in 2010 alone, against one or two a year in the first five years",
          "50 analysed social media crises",
          "2010",
          Source.SOCIAL_READINESS_2011.at("Crisis analysis: trend", CORROBORATED),
          null);

  /** Crisis outcome: significant company change. */
  public static final Statistic CRISIS_SIGNIFICANT_CHANGE =
      stat(
          "crises.outcome.significant-change",
          52,
          Unit.PERCENT,
          "Analysed crises that led to significant company change",
          "50 analysed social media crises",
          "2001-2011",
          Source.SOCIAL_READINESS_2011.at("Crisis analysis: outcomes", SINGLE_SOURCE),
          "The mapping of outcomes to severity levels is not stated by the source");

  /** Crisis outcome: short-term financial impact. */
  public static final Statistic CRISIS_FINANCIAL_IMPACT =
      stat(
          "crises.outcome.financial-impact",
          8,
          Unit.PERCENT,
          "Analysed crises that led to a short-term financial impact",
          "50 analysed social media crises",
          "2001-2011",
          Source.SOCIAL_READINESS_2011.at("Crisis analysis: outcomes", SINGLE_SOURCE),
          null);

  /** Companies with no response plan for a real-time crisis. */
  public static final Statistic NO_CRISIS_PLAN =
      stat(
          "crises.no-response-plan",
          50,
          Unit.PERCENT,
          "Companies with no response plan for a real-time crisis (published as 'more than half')",
          READINESS_SAMPLE,
          "2011",
          Source.SOCIAL_READINESS_2011.at(
              "Crisis readiness (as reported by Business Insider)", SINGLE_SOURCE),
          "Published as 'more than half'; 50 is a lower bound");

  // ---------------------------------------------------------------------------------------------
  // Proliferation (2012)

  /** Average corporate-owned social accounts per enterprise. */
  public static final Statistic ACCOUNTS_PER_ENTERPRISE =
      stat(
          "accounts.per-enterprise",
          178,
          Unit.COUNT,
          "Average corporate-owned, business-related social accounts per enterprise",
          PROLIFERATION,
          "2011",
          Source.PROLIFERATION_2012.at("Key findings", CORROBORATED),
          "Excludes employees' own accounts; Google+ not counted");

  /** Average Twitter accounts per enterprise. */
  public static final Statistic ACCOUNTS_TWITTER =
      stat(
          "accounts.per-enterprise.twitter",
          39,
          Unit.COUNT,
          "Average corporate Twitter accounts per enterprise",
          PROLIFERATION,
          "2011",
          Source.PROLIFERATION_2012.at(
              "Accounts by platform (as reported by e-strategyblog)", SINGLE_SOURCE),
          null);

  /** Average blogs per enterprise. */
  public static final Statistic ACCOUNTS_BLOGS =
      stat(
          "accounts.per-enterprise.blogs",
          32,
          Unit.COUNT,
          "Average corporate blogs per enterprise",
          PROLIFERATION,
          "2011",
          Source.PROLIFERATION_2012.at(
              "Accounts by platform (as reported by e-strategyblog)", SINGLE_SOURCE),
          null);

  /** Average Facebook pages per enterprise. */
  public static final Statistic ACCOUNTS_FACEBOOK =
      stat(
          "accounts.per-enterprise.facebook",
          30,
          Unit.COUNT,
          "Average corporate Facebook accounts per enterprise",
          PROLIFERATION,
          "2011",
          Source.PROLIFERATION_2012.at(
              "Accounts by platform (as reported by e-strategyblog)", SINGLE_SOURCE),
          null);

  /** Average LinkedIn accounts per enterprise. */
  public static final Statistic ACCOUNTS_LINKEDIN =
      stat(
          "accounts.per-enterprise.linkedin",
          29,
          Unit.COUNT,
          "Average corporate LinkedIn accounts per enterprise",
          PROLIFERATION,
          "2011",
          Source.PROLIFERATION_2012.at(
              "Accounts by platform (as reported by e-strategyblog)", SINGLE_SOURCE),
          null);

  /** Share of accounts that are semi-idle ("nearly a quarter"). */
  public static final Statistic SEMI_IDLE_ACCOUNTS =
      stat(
          "accounts.semi-idle",
          25,
          Unit.PERCENT,
          "Corporate accounts that are semi-idle and should be shut down ('nearly a quarter')",
          "corporate social accounts of large enterprises",
          "2012",
          Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Interview summary", SINGLE_SOURCE),
          "Unverified: found only in one blog summary of an interview; 'nearly a quarter' rendered as 25."
              + " The library compares accounts idle more than 90 days (its default) with it: such accounts are at least"
              + " semi-idle, so a larger idle share shows at least this many semi-idle accounts, and a"
              + " smaller one proves nothing");

  /** Share with a coordinated approach across the company. */
  public static final Statistic COORDINATED_APPROACH =
      stat(
          "accounts.coordinated-approach",
          48,
          Unit.PERCENT,
          "Take a coordinated approach to social across the company",
          PROLIFERATION,
          "2011",
          Source.PROLIFERATION_2012.at(
              "Key findings (as reported by e-strategyblog)", SINGLE_SOURCE),
          null);

  /** Share that have taken an inventory of their social assets. */
  public static final Statistic INVENTORY_TAKEN =
      stat(
          "accounts.inventory-taken",
          49,
          Unit.PERCENT,
          "Have taken an inventory of their social accounts and assets",
          PROLIFERATION,
          "2011",
          Source.PROLIFERATION_2012.at(
              "Key findings (as reported by e-strategyblog)", SINGLE_SOURCE),
          null);

  /** Share with a formal roadmap or documented plan of record. */
  public static final Statistic FORMAL_ROADMAP =
      stat(
          "strategy.formal-roadmap",
          43,
          Unit.PERCENT,
          "Have a formal strategy roadmap or documented plan of record",
          PROLIFERATION,
          "2011",
          Source.PROLIFERATION_2012.at("Key findings", CORROBORATED),
          null);

  /** Share offering social media training or education to employees. */
  public static final Statistic EDUCATION_OFFERED =
      stat(
          "education.offered",
          26,
          Unit.PERCENT,
          "Offer social media training or education to employees",
          PROLIFERATION,
          "2011",
          Source.PROLIFERATION_2012.at("Key findings", CORROBORATED),
          null);

  // ---------------------------------------------------------------------------------------------
  // Organizational models (State of Social Business 2013, figure 5; companies with 1,000+
  // employees)

  /** Decentralized adoption, 2010. */
  public static final Statistic MODEL_DECENTRALIZED_2010 =
      model("decentralized", "2010", 10.8, null);

  /** Decentralized adoption, 2012. */
  public static final Statistic MODEL_DECENTRALIZED_2012 =
      model("decentralized", "2012", 9.4, null);

  /** Centralized adoption, 2010. */
  public static final Statistic MODEL_CENTRALIZED_2010 =
      model("centralized", "2010", 28.8, "A November 2010 post rounds this to 29%");

  /** Centralized adoption, 2012. */
  public static final Statistic MODEL_CENTRALIZED_2012 = model("centralized", "2012", 29.1, null);

  /** Hub and spoke adoption, 2010. */
  public static final Statistic MODEL_HUB_AND_SPOKE_2010 =
      model(
          "hub-and-spoke",
          "2010",
          41,
          "One blog gives the sample as 150 businesses; the report says 140");

  /** Hub and spoke adoption, 2012. */
  public static final Statistic MODEL_HUB_AND_SPOKE_2012 =
      model(
          "hub-and-spoke", "2012", 35.4, "Described as losing 6 points; the raw figures give 5.6");

  /** Dandelion (multiple hub and spoke) adoption, 2010. */
  public static final Statistic MODEL_DANDELION_2010 = model("dandelion", "2010", 18, null);

  /** Dandelion (multiple hub and spoke) adoption, 2012. */
  public static final Statistic MODEL_DANDELION_2012 =
      model(
          "dandelion",
          "2012",
          23.6,
          "The chart says 2012; the executive summary says 2013. The chart is followed");

  /** Honeycomb (holistic) adoption, 2010. */
  public static final Statistic MODEL_HONEYCOMB_2010 = model("honeycomb", "2010", 1.4, null);

  // ---------------------------------------------------------------------------------------------
  // Teams (2010-2013)

  /** Average dedicated social team, 2010. */
  public static final Statistic TEAM_AVERAGE_2010 =
      stat(
          "team.average.2010",
          11,
          Unit.PEOPLE,
          "Average size of a dedicated social team",
          LARGE,
          "2010",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Infographic", CORROBORATED),
          null);

  /** Average dedicated social team, 2013. */
  public static final Statistic TEAM_AVERAGE_2013 =
      stat(
          "team.average.2013",
          15.6,
          Unit.PEOPLE,
          "Average size of a dedicated social team",
          STATE_2013,
          "2013",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Infographic", CORROBORATED),
          "Also written 'almost 16'");

  /** Dedicated team, companies of 1,000-5,000 employees. */
  public static final Statistic TEAM_MIDSIZE =
      stat(
          "team.size.1000-5000",
          3,
          Unit.FTE,
          "Dedicated social team at companies with 1,000 to 5,000 employees, unchanged since 2010",
          "companies with 1,000 to 5,000 employees",
          "2013",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at(
              "Team size by company size (as reported by the Sacramento Business Journal)",
              SINGLE_SOURCE),
          null);

  /** Dedicated team, companies of 100,000+ employees, 2010. */
  public static final Statistic TEAM_GIANT_2010 =
      stat(
          "team.size.100000-plus.2010",
          20,
          Unit.FTE,
          "Dedicated social team at companies with 100,000+ employees",
          "companies with 100,000+ employees",
          "2010",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Infographic", SINGLE_SOURCE),
          null);

  /** Dedicated team, companies of 100,000+ employees, 2012/2013. */
  public static final Statistic TEAM_GIANT_2012 =
      stat(
          "team.size.100000-plus.2012",
          49,
          Unit.FTE,
          "Dedicated social team at companies with 100,000+ employees",
          "companies with 100,000+ employees",
          "2012",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Infographic", SINGLE_SOURCE),
          "The infographic says 2012; the blog summary says 'now' (2013)");

  /** Team size of novice programs (budgets report). */
  public static final Statistic TEAM_NOVICE =
      stat(
          "team.size.novice",
          3.1,
          Unit.PEOPLE,
          "Team size of novice (early) social programs, typically centralized",
          "140 corporate social strategists",
          "2010",
          Source.SOCIAL_BUDGETS_2011.at("Maturity tiers (secondary rounding)", SINGLE_SOURCE),
          null);

  /** Team size of intermediate programs (budgets report). */
  public static final Statistic TEAM_INTERMEDIATE =
      stat(
          "team.size.intermediate",
          8,
          Unit.PEOPLE,
          "Team size of intermediate social programs",
          "140 corporate social strategists",
          "2010",
          Source.SOCIAL_BUDGETS_2011.at("Maturity tiers (secondary rounding)", SINGLE_SOURCE),
          null);

  /** Team size of advanced programs (budgets report). */
  public static final Statistic TEAM_ADVANCED =
      stat(
          "team.size.advanced",
          20,
          Unit.PEOPLE,
          "Team size of advanced social programs (published as 'more than 20')",
          "140 corporate social strategists",
          "2010",
          Source.SOCIAL_BUDGETS_2011.at("Maturity tiers (secondary rounding)", SINGLE_SOURCE),
          "A lower bound");

  /** Leadership headcount of the core team. */
  public static final Statistic TEAM_LEADERSHIP =
      stat(
          "team.composition.leadership",
          1.5,
          Unit.FTE,
          "Average leadership headcount of the core social team",
          READINESS_SAMPLE,
          "2011",
          Source.TEAM_COMPOSITION_2011.at("Leadership group", REPORTED),
          null);

  /** Business-unit facing headcount of the core team. */
  public static final Statistic TEAM_BUSINESS_UNIT_FACING =
      stat(
          "team.composition.business-unit-facing",
          2,
          Unit.FTE,
          "Average business-unit facing headcount (liaison, education) of the core team",
          READINESS_SAMPLE,
          "2011",
          Source.TEAM_COMPOSITION_2011.at("Business-unit facing group", REPORTED),
          null);

  /** Share of companies with a dedicated team, 2013. */
  public static final Statistic DEDICATED_TEAM_SHARE =
      stat(
          "team.dedicated-share.2013",
          78,
          Unit.PERCENT,
          "Have a dedicated social team",
          STATE_2013,
          "2013",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Figure 4", CORROBORATED),
          "Up from 67% about 2011");

  /** Share of strategists reporting to marketing, 2010. */
  public static final Statistic STRATEGISTS_IN_MARKETING =
      stat(
          "strategist.reports-to-marketing",
          41,
          Unit.PERCENT,
          "Corporate social strategists who report to marketing",
          "140 corporate social strategists",
          "2010",
          Source.CAREER_PATH_2010.at("Abstract", REPORTED),
          "Published as 'over 41%'");

  /** Share of programs that are formalized with long-term direction, 2010. */
  public static final Statistic FORMALIZED_PROGRAMS =
      stat(
          "strategist.formalized-program",
          23,
          Unit.PERCENT,
          "Have a formalized program with long-term direction",
          "140 corporate social strategists",
          "2010",
          Source.CAREER_PATH_2010.at("Key findings", CORROBORATED),
          null);

  // ---------------------------------------------------------------------------------------------
  // Governance, risk and education (2012-2013)

  /** Share with a social media policy, 2013. */
  public static final Statistic POLICY_IN_PLACE =
      stat(
          "policy.in-place",
          85,
          Unit.PERCENT,
          "Have a social media policy",
          STATE_2013,
          "2013",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Key findings", SINGLE_SOURCE),
          null);

  /** Share rating employees' knowledge of the policy good or very good, 2013. */
  public static final Statistic POLICY_KNOWN =
      stat(
          "policy.known",
          18,
          Unit.PERCENT,
          "Rate employees' knowledge of the social media policy good or very good",
          STATE_2013,
          "2013",
          Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Key findings", SINGLE_SOURCE),
          null);

  /** Share that never train employees on the policy or only at hiring, 2012. */
  public static final Statistic POLICY_TRAINING_NEVER =
      stat(
          "risk.policy-training-never",
          60,
          Unit.PERCENT,
          "Never train employees on the social media policy, or only at hiring",
          "92 professionals",
          "2012",
          Source.GUARDING_THE_SOCIAL_GATES_2012.at("Survey results", SINGLE_SOURCE),
          null);

  /** Share with no or only an ad-hoc education program, 2013. */
  public static final Statistic EDUCATION_NONE_OR_ADHOC =
      stat(
          "education.none-or-ad-hoc",
          60,
          Unit.PERCENT,
          "Have no employee education program, or only an ad-hoc one (published as 'more than 60%')",
          "130 executives and strategists",
          "2013",
          Source.EMPLOYEE_EDUCATION_2013.at("Key findings", SINGLE_SOURCE),
          "A lower bound");

  private static final ImmutableList<Statistic> ALL =
      ImmutableList.of(
          SIX_STAGES_RESPONDENTS,
          ACTIVE_STRATEGY,
          STRATEGY_CONNECTED_TO_OUTCOMES,
          NO_LINK_TO_GOALS,
          HOLISTIC_APPROACH_2012,
          HOLISTIC_APPROACH_2013,
          PLAN_BEYOND_ONE_YEAR,
          EXECUTIVES_ALIGNED_2012,
          EXECUTIVES_ALIGNED_2013,
          STRATEGIC_IN_EXECUTION,
          METRICS_REVENUE,
          METRICS_MARKETING,
          ADVANCED_COMPANIES,
          POLICY_REINFORCED,
          NO_BASELINE_PROCESSES,
          TRIAGE_ADVANCED,
          STANCE_APPROVAL,
          STANCE_GUIDELINES,
          STANCE_ENCOURAGED,
          STANCE_DISCOURAGED,
          PREPARED_WITH_PLAN,
          PREPARED_WITHOUT_PLAN,
          PROGRAM_AGE,
          CRISES_ANALYSED,
          CRISES_AVOIDABLE,
          CRISES_AVOIDABLE_ROUNDED,
          CRISES_IN_2010,
          CRISIS_SIGNIFICANT_CHANGE,
          CRISIS_FINANCIAL_IMPACT,
          NO_CRISIS_PLAN,
          ACCOUNTS_PER_ENTERPRISE,
          ACCOUNTS_TWITTER,
          ACCOUNTS_BLOGS,
          ACCOUNTS_FACEBOOK,
          ACCOUNTS_LINKEDIN,
          SEMI_IDLE_ACCOUNTS,
          COORDINATED_APPROACH,
          INVENTORY_TAKEN,
          FORMAL_ROADMAP,
          EDUCATION_OFFERED,
          MODEL_DECENTRALIZED_2010,
          MODEL_DECENTRALIZED_2012,
          MODEL_CENTRALIZED_2010,
          MODEL_CENTRALIZED_2012,
          MODEL_HUB_AND_SPOKE_2010,
          MODEL_HUB_AND_SPOKE_2012,
          MODEL_DANDELION_2010,
          MODEL_DANDELION_2012,
          MODEL_HONEYCOMB_2010,
          TEAM_AVERAGE_2010,
          TEAM_AVERAGE_2013,
          TEAM_MIDSIZE,
          TEAM_GIANT_2010,
          TEAM_GIANT_2012,
          TEAM_NOVICE,
          TEAM_INTERMEDIATE,
          TEAM_ADVANCED,
          TEAM_LEADERSHIP,
          TEAM_BUSINESS_UNIT_FACING,
          DEDICATED_TEAM_SHARE,
          STRATEGISTS_IN_MARKETING,
          FORMALIZED_PROGRAMS,
          POLICY_IN_PLACE,
          POLICY_KNOWN,
          POLICY_TRAINING_NEVER,
          EDUCATION_NONE_OR_ADHOC);

  private static final ImmutableMap<String, Statistic> BY_KEY =
      Maps.uniqueIndex(ALL, Statistic::key);

  private Statistics() {}

  /**
   * Gets every statistic in the catalogue, in a stable order (grouped by study).
   *
   * @return the statistics, not null
   */
  public static ImmutableList<Statistic> all() {
    return ALL;
  }

  /**
   * Gets the statistic with a key.
   *
   * @param key  the stable key, such as {@code crises.avoidable}
   * @return the statistic, not null
   * @throws SocialBusinessException if no statistic has that key
   */
  public static Statistic get(String key) {
    return find(key)
        .orElseThrow(
            () ->
                new SocialBusinessException(
                    "Unknown Statistic key: '"
                        + key
                        + "' (see Statistics.all() for the "
                        + ALL.size()
                        + " keys, such as 'crises.avoidable')"));
  }

  /**
   * Finds the statistic with a key.
   *
   * @param key  the stable key
   * @return the statistic, or empty if none has that key
   */
  public static Optional<Statistic> find(String key) {
    return Optional.ofNullable(BY_KEY.get(requireNonNull(key, "key")));
  }

  /**
   * Searches the catalogue for a word or phrase in the key, description, population or note, ignoring case.
   *
   * @param text  the text to look for
   * @return the matching statistics in catalogue order, possibly empty
   */
  public static ImmutableList<Statistic> search(String text) {
    String needle = Ascii.toLowerCase(requireNonNull(text, "text")).strip();
    return ALL.stream()
        .filter(
            s ->
                Ascii.toLowerCase(s.key()).contains(needle)
                    || Ascii.toLowerCase(s.description()).contains(needle)
                    || Ascii.toLowerCase(s.population()).contains(needle)
                    || s.note().map(n -> Ascii.toLowerCase(n).contains(needle)).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the statistics taken from one source.
   *
   * @param source  the source
   * @return the statistics citing it, in catalogue order
   */
  public static ImmutableList<Statistic> from(Source source) {
    requireNonNull(source, "source");
    return ALL.stream()
        .filter(s -> s.citation().source() == source)
        .collect(ImmutableList.toImmutableList());
  }

  private static Statistic model(String model, String year, double share, @Nullable String note) {
    return stat(
        "model." + model + "." + year,
        share,
        Unit.PERCENT,
        "Companies organized in the " + model.replace('-', ' ') + " model",
        LARGE,
        year,
        Source.STATE_OF_SOCIAL_BUSINESS_2013.at("Figure 5", CORROBORATED),
        note);
  }

  private static Statistic stat(
      String key,
      double value,
      Unit unit,
      String description,
      String population,
      String wave,
      Citation citation,
      @Nullable String note) {
    Statistic.Builder b = Statistic.builder();
    b.key(key)
        .value(value)
        .unit(unit)
        .description(description)
        .population(population)
        .wave(wave)
        .citation(citation);
    if (note != null) {
      b.note(note);
    }
    return b.build();
  }
}
