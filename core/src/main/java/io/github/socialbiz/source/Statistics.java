package io.github.socialbiz.source;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.socialbiz.SocialBusinessException;
import java.util.Optional;

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

  /** The catalogue as data, one statistic a line: {@code statistics.tsv} beside this class. */
  private static final ImmutableList<Statistic> ALL = StatisticsTable.read();

  private static final ImmutableMap<String, Statistic> BY_KEY =
      Maps.uniqueIndex(ALL, Statistic::key);

  // ---------------------------------------------------------------------------------------------
  // The six stages survey (Q4 2012)

  /** Respondents of the six stages survey. */
  public static final Statistic SIX_STAGES_RESPONDENTS = get("six-stages.respondents");

  /** Share with an active social media strategy of some kind. */
  public static final Statistic ACTIVE_STRATEGY = get("strategy.active");

  /** Share whose social strategy is connected to business outcomes. */
  public static final Statistic STRATEGY_CONNECTED_TO_OUTCOMES =
      get("strategy.connected-to-outcomes");

  /** Share of large companies active in social with no clear link to business goals. */
  public static final Statistic NO_LINK_TO_GOALS = get("strategy.no-link-to-goals");

  /** Share with a holistic approach, Q4 2012 wave. */
  public static final Statistic HOLISTIC_APPROACH_2012 = get("strategy.holistic.2012");

  /** Share with a holistic, enterprise-wide approach, 2013 wave. */
  public static final Statistic HOLISTIC_APPROACH_2013 = get("strategy.holistic.2013");

  /** Share confident of a plan reaching beyond the next year. */
  public static final Statistic PLAN_BEYOND_ONE_YEAR = get("strategy.plan-beyond-one-year");

  /**
   * Share of companies saying their top executives are informed, engaged and aligned with the company's
   * social strategy, Q4 2012 wave (published as "only one half"): a share of companies, not of executives.
   */
  public static final Statistic EXECUTIVES_ALIGNED_2012 = get("executives.aligned.2012");

  /** Share whose executives are aligned, 2013 wave. */
  public static final Statistic EXECUTIVES_ALIGNED_2013 = get("executives.aligned.2013");

  /** Share describing themselves as strategic in execution, 2013. */
  public static final Statistic STRATEGIC_IN_EXECUTION = get("maturity.strategic-execution");

  /** Share with formal metrics showing revenue generation, 2013. */
  public static final Statistic METRICS_REVENUE = get("metrics.revenue-generation");

  /** Share with formal metrics showing marketing optimization, 2013. */
  public static final Statistic METRICS_MARKETING = get("metrics.marketing-optimization");

  // ---------------------------------------------------------------------------------------------
  // Readiness (2011): the hierarchy of needs and the crisis analysis

  /** Advanced companies among those surveyed for the readiness report. */
  public static final Statistic ADVANCED_COMPANIES = get("readiness.advanced-companies");

  /** Advanced companies that reinforce policies and tell staff about updates. */
  public static final Statistic POLICY_REINFORCED = get("readiness.policy-reinforced");

  /** Companies without baseline processes (scope ambiguous). */
  public static final Statistic NO_BASELINE_PROCESSES = get("readiness.no-baseline-processes");

  /** Advanced companies with a formal triage process. */
  public static final Statistic TRIAGE_ADVANCED = get("readiness.triage-process");

  /** Advanced companies that require approval before employees take part. */
  public static final Statistic STANCE_APPROVAL = get("participation.approval-required");

  /** Advanced companies that allow participation within guidelines. */
  public static final Statistic STANCE_GUIDELINES = get("participation.within-guidelines");

  /** Advanced companies that actively encourage participation. */
  public static final Statistic STANCE_ENCOURAGED = get("participation.encouraged");

  /** Advanced companies that discourage participation (none). */
  public static final Statistic STANCE_DISCOURAGED = get("participation.discouraged");

  /** Companies that feel prepared for a crisis with a formal crisis plan. */
  public static final Statistic PREPARED_WITH_PLAN = get("crises.prepared-with-plan");

  /** Companies that feel prepared for a crisis without a formal crisis plan. */
  public static final Statistic PREPARED_WITHOUT_PLAN = get("crises.prepared-without-plan");

  /** Average age of a corporate social business program. */
  public static final Statistic PROGRAM_AGE = get("program.average-age");

  /** Social media crises analysed. */
  public static final Statistic CRISES_ANALYSED = get("crises.analysed");

  /** Share of crises that preparation could have averted or reduced (canonical). */
  public static final Statistic CRISES_AVOIDABLE = get("crises.avoidable");

  /** The share of crises preparation could have averted or dealt with, as given after the KMWorld 2011 keynote. */
  public static final Statistic CRISES_AVOIDABLE_ROUNDED = get("crises.avoidable.kmworld");

  /** Crises in 2010 alone. */
  public static final Statistic CRISES_IN_2010 = get("crises.in-2010");

  /** Crisis outcome: significant company change. */
  public static final Statistic CRISIS_SIGNIFICANT_CHANGE =
      get("crises.outcome.significant-change");

  /** Crisis outcome: short-term financial impact. */
  public static final Statistic CRISIS_FINANCIAL_IMPACT = get("crises.outcome.financial-impact");

  /** Companies with no response plan for a real-time crisis. */
  public static final Statistic NO_CRISIS_PLAN = get("crises.no-response-plan");

  // ---------------------------------------------------------------------------------------------
  // Proliferation (2012)

  /** Average corporate-owned social accounts per enterprise. */
  public static final Statistic ACCOUNTS_PER_ENTERPRISE = get("accounts.per-enterprise");

  /** Average Twitter accounts per enterprise. */
  public static final Statistic ACCOUNTS_TWITTER = get("accounts.per-enterprise.twitter");

  /** Average blogs per enterprise. */
  public static final Statistic ACCOUNTS_BLOGS = get("accounts.per-enterprise.blogs");

  /** Average Facebook pages per enterprise. */
  public static final Statistic ACCOUNTS_FACEBOOK = get("accounts.per-enterprise.facebook");

  /** Average LinkedIn accounts per enterprise. */
  public static final Statistic ACCOUNTS_LINKEDIN = get("accounts.per-enterprise.linkedin");

  /** Share of accounts that are semi-idle ("nearly a quarter"). */
  public static final Statistic SEMI_IDLE_ACCOUNTS = get("accounts.semi-idle");

  /** Share with a coordinated approach across the company. */
  public static final Statistic COORDINATED_APPROACH = get("accounts.coordinated-approach");

  /** Share that have taken an inventory of their social assets. */
  public static final Statistic INVENTORY_TAKEN = get("accounts.inventory-taken");

  /** Share with a formal roadmap or documented plan of record. */
  public static final Statistic FORMAL_ROADMAP = get("strategy.formal-roadmap");

  /** Share offering social media training or education to employees. */
  public static final Statistic EDUCATION_OFFERED = get("education.offered");

  // ---------------------------------------------------------------------------------------------
  // Organizational models (State of Social Business 2013, figure 5; companies with 1,000+
  // employees)

  /** Decentralized adoption, 2010. */
  public static final Statistic MODEL_DECENTRALIZED_2010 = get("model.decentralized.2010");

  /** Decentralized adoption, 2012. */
  public static final Statistic MODEL_DECENTRALIZED_2012 = get("model.decentralized.2012");

  /** Centralized adoption, 2010. */
  public static final Statistic MODEL_CENTRALIZED_2010 = get("model.centralized.2010");

  /** Centralized adoption, 2012. */
  public static final Statistic MODEL_CENTRALIZED_2012 = get("model.centralized.2012");

  /** Hub and spoke adoption, 2010. */
  public static final Statistic MODEL_HUB_AND_SPOKE_2010 = get("model.hub-and-spoke.2010");

  /** Hub and spoke adoption, 2012. */
  public static final Statistic MODEL_HUB_AND_SPOKE_2012 = get("model.hub-and-spoke.2012");

  /** Dandelion (multiple hub and spoke) adoption, 2010. */
  public static final Statistic MODEL_DANDELION_2010 = get("model.dandelion.2010");

  /** Dandelion (multiple hub and spoke) adoption, 2012. */
  public static final Statistic MODEL_DANDELION_2012 = get("model.dandelion.2012");

  /** Honeycomb (holistic) adoption, 2010. */
  public static final Statistic MODEL_HONEYCOMB_2010 = get("model.honeycomb.2010");

  // ---------------------------------------------------------------------------------------------
  // Teams (2010-2013)

  /** Average dedicated social team, 2010. */
  public static final Statistic TEAM_AVERAGE_2010 = get("team.average.2010");

  /** Average dedicated social team, 2013. */
  public static final Statistic TEAM_AVERAGE_2013 = get("team.average.2013");

  /** Dedicated team, companies of 1,000-5,000 employees. */
  public static final Statistic TEAM_MIDSIZE = get("team.size.1000-5000");

  /** Dedicated team, companies of 100,000+ employees, 2010. */
  public static final Statistic TEAM_GIANT_2010 = get("team.size.100000-plus.2010");

  /** Dedicated team, companies of 100,000+ employees, 2012/2013. */
  public static final Statistic TEAM_GIANT_2012 = get("team.size.100000-plus.2012");

  /** Team size of novice programs (budgets report). */
  public static final Statistic TEAM_NOVICE = get("team.size.novice");

  /** Team size of intermediate programs (budgets report). */
  public static final Statistic TEAM_INTERMEDIATE = get("team.size.intermediate");

  /** Team size of advanced programs (budgets report). */
  public static final Statistic TEAM_ADVANCED = get("team.size.advanced");

  /** Leadership headcount of the core team. */
  public static final Statistic TEAM_LEADERSHIP = get("team.composition.leadership");

  /** Business-unit facing headcount of the core team. */
  public static final Statistic TEAM_BUSINESS_UNIT_FACING =
      get("team.composition.business-unit-facing");

  /** Share of companies with a dedicated team, 2013. */
  public static final Statistic DEDICATED_TEAM_SHARE = get("team.dedicated-share.2013");

  /** Share of strategists reporting to marketing, 2010. */
  public static final Statistic STRATEGISTS_IN_MARKETING = get("strategist.reports-to-marketing");

  /** Share of programs that are formalized with long-term direction, 2010. */
  public static final Statistic FORMALIZED_PROGRAMS = get("strategist.formalized-program");

  // ---------------------------------------------------------------------------------------------
  // Governance, risk and education (2012-2013)

  /** Share with a social media policy, 2013. */
  public static final Statistic POLICY_IN_PLACE = get("policy.in-place");

  /** Share rating employees' knowledge of the policy good or very good, 2013. */
  public static final Statistic POLICY_KNOWN = get("policy.known");

  /** Share that never train employees on the policy or only at hiring, 2012. */
  public static final Statistic POLICY_TRAINING_NEVER = get("risk.policy-training-never");

  /** Share with no or only an ad-hoc education program, 2013. */
  public static final Statistic EDUCATION_NONE_OR_ADHOC = get("education.none-or-ad-hoc");

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
}
