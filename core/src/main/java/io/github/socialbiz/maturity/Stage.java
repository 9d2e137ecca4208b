package io.github.socialbiz.maturity;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.practice.Adoption.MOST;
import static io.github.socialbiz.practice.Adoption.SOME;
import static io.github.socialbiz.source.Guidance.Kind.BEST_PRACTICE;
import static io.github.socialbiz.source.Guidance.Kind.GOAL;
import static io.github.socialbiz.source.Guidance.Kind.INITIATIVE;
import static io.github.socialbiz.source.Guidance.Kind.METRIC;
import static io.github.socialbiz.source.Guidance.Kind.PITFALL;
import static io.github.socialbiz.source.Guidance.Kind.RESOURCE;
import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.INFERRED;
import static io.github.socialbiz.source.Provenance.REPORTED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;
import static io.github.socialbiz.source.Source.COHERENT_STRATEGY_DECK_2013;
import static io.github.socialbiz.source.Source.READINESS_COMMENTARY_2011;
import static io.github.socialbiz.source.Source.SEVEN_SUCCESS_FACTORS_2013;
import static io.github.socialbiz.source.Source.SIX_STAGES_2013;
import static io.github.socialbiz.source.Source.SOCIAL_READINESS_2011;
import static io.github.socialbiz.source.Source.STATE_OF_SOCIAL_BUSINESS_2013;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Guidance;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stage of social business transformation, such as {@code FORMALIZED} ("Organize for Scale"), from Li
 * and Solis, <i>The Evolution of Social Business: Six Stages of Social Business Transformation</i> (2013).
 *
 * <p>Stages are ordered: an organization reaches a stage only when the gate of that stage and of every
 * stage below it holds. {@link #entryCriteria()} lists the gate as data:
 *
 * <pre>{@code
 * Stage.STRATEGIC.entryCriteria().get(0).id();   // stage.strategic.executive-sponsor-named
 * Stage.parse("Organize for Scale");   // FORMALIZED
 * Stage.of(4);                         // FORMALIZED
 * }</pre>
 *
 * <p><b>One rule for every gate</b> (the library's reading): the gate into stage N asks that the key
 * work of stage N-1 be done and that stage N have begun. So the Formalized stage's three key activities
 * (an executive sponsor, a hub or CoE, organization-wide governance) are the gate <i>out of</i> Formalized,
 * into {@link #STRATEGIC}; Formalized itself is entered on its trigger, the scattered efforts being brought
 * under one owner (at least one of the three begun). {@link #CONVERGED}, the top stage, has no later gate,
 * so its gate also asks for the stage's defining condition. Only the three key activities restate an
 * explicit requirement of the report; every other criterion is the library's reading of a stage's
 * tagline, initiatives or best practices, graded {@code INFERRED}, and its locator names the passage it
 * reads. {@link #PLANNING} has no gate: every organization starts there (the library's reading: the
 * authors say the six stages are ones "most organizations have or will traverse" (seed 004); only a
 * reviewer says all companies go through them (seed 002)).
 *
 * <p><b>Do not use {@code ordinal()} to obtain the stage number. Use {@link #number()} instead.</b>
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Stage implements Rung {
  /** Stage 1, "Listen to Learn": listening, pilots and audits lay the base for a strategy. */
  PLANNING(
      "Planning",
      "Listen to Learn",
      "The organization listens to learn how its customers use social channels, runs pilots to find where "
          + "social can matter most, and audits its own readiness before committing to a public presence.",
      List.of()),
  /** Stage 2, "Stake Our Claim": a formal presence on social channels, tied to objectives. */
  PRESENCE(
      "Presence",
      "Stake Our Claim",
      "Plans turn into action: the organization opens official channels tied to the objectives it chose, "
          + "publishes content worth sharing and learns first hand how customers respond.",
      List.of()),
  /** Stage 3, "Dialog Deepens Relationships": social becomes a core tool for relationships. */
  ENGAGEMENT(
      "Engagement",
      "Dialog Deepens Relationships",
      "Social stops being optional: the organization holds real conversations, builds communities and "
          + "supports customers across the whole lifecycle, with several people involved.",
      List.of("Dialogue Deepens Relationships")),
  /** Stage 4, "Organize for Scale": sponsor, hub or CoE, and organization-wide governance. */
  FORMALIZED(
      "Formalized",
      "Organize for Scale",
      "Uncoordinated efforts have become a risk, so the organization names an executive sponsor, creates a "
          + "hub or Center of Excellence and sets governance for every department, unit and sub-brand.",
      List.of("Formalised")),
  /** Stage 5, "Becoming a Social Business": visible business impact and cross-functional integration. */
  STRATEGIC(
      "Strategic",
      "Becoming a Social Business",
      "Social initiatives show business impact that senior executives notice, and social methods and "
          + "technology start to be built into the work of several functions.",
      List.of("Become a Social Business")),
  /** Stage 6, "Business is Social": social is part of how the organization works. */
  CONVERGED(
      "Converged",
      "Business is Social",
      "With support across functions and from the top, social strategies are part of the fabric of the "
          + "organization, driven by a vision of a better customer and employee experience.",
      List.of());

  private static final Stage[] VALUES = values();
  private static final Lookup<Stage> LOOKUP = Lookup.of(Stage.class, Stage::spellings);
  private static final ImmutableMap<Stage, ImmutableList<Criterion>> CRITERIA = criteriaTable();
  private static final ImmutableMap<Stage, ImmutableList<Guidance>> GUIDANCE = guidanceTable();

  private final String displayName;
  private final String tagline;
  private final String summary;
  private final ImmutableList<String> taglineVariants;

  Stage(String displayName, String tagline, String summary, List<String> taglineVariants) {
    this.displayName = displayName;
    this.tagline = tagline;
    this.summary = summary;
    this.taglineVariants = ImmutableList.copyOf(taglineVariants);
  }

  // -----------------------------------------------------------------------
  /**
   * Obtains a stage from its number.
   *
   * @param number  the stage number, from 1 (PLANNING) to 6 (CONVERGED)
   * @return the stage, not null
   * @throws SocialBusinessException if the number is outside 1 to 6
   */
  public static Stage of(int number) {
    return Ladders.of(VALUES, number, "Stage");
  }

  /**
   * Obtains a stage from text: its name, number, display name, tagline or a published tagline variant,
   * in any case ("formalized", "4", "Organize for Scale", "Become a Social Business").
   *
   * @param text  the text to parse
   * @return the stage, not null
   * @throws SocialBusinessException if the text names no stage; the message lists the accepted spellings
   */
  public static Stage parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  // -----------------------------------------------------------------------
  @Override
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Gets the ladder this stage is on, {@link Rung.Ladder#STAGES}.
   *
   * @return the ladder, not null
   */
  @Override
  public Rung.Ladder ladder() {
    return Rung.Ladder.STAGES;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  /**
   * Gets the tagline as the report-era posts publish it, such as "Organize for Scale".
   *
   * @return the tagline, not null
   */
  public String tagline() {
    return tagline;
  }

  /**
   * Gets the other published spellings of the tagline, such as "Become a Social Business".
   *
   * @return the variants, possibly empty
   */
  public ImmutableList<String> taglineVariants() {
    return taglineVariants;
  }

  @Override
  public String summary() {
    return summary;
  }

  /**
   * Gets where the stage is defined.
   *
   * @return the citation, not null
   */
  @Override
  public Citation citation() {
    return SIX_STAGES_2013.at("Stage " + number() + ", " + displayName, CORROBORATED);
  }

  /**
   * Gets the guidance for this stage: typical goals, initiatives, best practices, pitfalls, metrics and
   * resources, each with its citation.
   *
   * @return the guidance items, not empty
   */
  public ImmutableList<Guidance> guidance() {
    return requireNonNull(GUIDANCE.get(this));
  }

  /**
   * Gets the guidance of one kind, such as the pitfalls.
   *
   * @param kind  the kind of guidance
   * @return the matching items, possibly empty
   */
  public ImmutableList<Guidance> guidance(Guidance.Kind kind) {
    requireNonNull(kind, "kind");
    return guidance().stream()
        .filter(g -> g.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the entry criteria of this stage's gate: what must hold, beyond the gates of the lower stages,
   * for an organization to be in this stage.
   *
   * @return the criteria in order; empty for {@link #PLANNING}, where every organization starts
   */
  @Override
  public ImmutableList<Criterion> entryCriteria() {
    return requireNonNull(CRITERIA.get(this));
  }

  // -----------------------------------------------------------------------
  /**
   * Checks if this stage is the same as or later than another.
   *
   * @param other  the stage to compare with
   * @return true if this stage is at least {@code other}
   */
  public boolean isAtLeast(Stage other) {
    return compareTo(requireNonNull(other, "other")) >= 0;
  }

  /**
   * Gets the next stage.
   *
   * @return the next stage, or empty for {@link #CONVERGED}
   */
  @Override
  public Optional<Stage> next() {
    return Ladders.next(this, VALUES);
  }

  /**
   * Gets the previous stage.
   *
   * @return the previous stage, or empty for {@link #PLANNING}
   */
  @Override
  public Optional<Stage> previous() {
    return Ladders.previous(this, VALUES);
  }

  // -----------------------------------------------------------------------
  private List<String> spellings() {
    ImmutableList.Builder<String> s = ImmutableList.builder();
    return s.add(displayName, tagline).addAll(taglineVariants).build();
  }

  /**
   * The gates, built by one rule: the gate into stage N asks that the key work of stage N-1 be done and
   * that stage N have begun. Only the Formalized key activities (sponsor, hub, organization-wide
   * governance) restate an explicit requirement of the report, so only they are graded as reported; every
   * other criterion is the library's reading ({@code INFERRED}) and its locator says which passage it reads.
   */
  private static ImmutableMap<Stage, ImmutableList<Criterion>> criteriaTable() {
    Map<Stage, ImmutableList<Criterion>> m = new EnumMap<>(Stage.class);
    m.put(PLANNING, ImmutableList.of());
    // Planning done (listening, pilots, audits, ranked goals), Presence begun (an official
    // presence)
    m.put(
        PRESENCE,
        ImmutableList.of(
            Ladders.practice(
                PRESENCE,
                Practice.LISTENING,
                HALF,
                SIX_STAGES_2013.at("reads Stage 1, Planning: listen to learn", INFERRED)),
            Ladders.practice(
                PRESENCE,
                Practice.PILOT_PROJECTS,
                SOME,
                SIX_STAGES_2013.at("reads Stage 1, Planning: pilots decide priorities", INFERRED)),
            Ladders.practice(
                PRESENCE,
                Practice.READINESS_AUDIT,
                SOME,
                SIX_STAGES_2013.at(
                    "reads Stage 1, Planning: readiness and competitive audits", INFERRED)),
            Ladders.practice(
                PRESENCE,
                Practice.BUSINESS_GOALS,
                SOME,
                COHERENT_STRATEGY_DECK_2013.at(
                    "reads the stage grid, Planning: rank the strategic goals", INFERRED)),
            Ladders.practice(
                PRESENCE,
                Practice.OFFICIAL_PRESENCE,
                SOME,
                SIX_STAGES_2013.at(
                    "reads Stage 2, Presence: a formal presence (the stage begun)", INFERRED))));
    // Presence done (presence tied to objectives, metrics, content, account governance, response
    // deferred until triage exists), Engagement begun (taking part in conversations, a strategist)
    m.put(
        ENGAGEMENT,
        ImmutableList.of(
            Ladders.practice(
                ENGAGEMENT,
                Practice.OFFICIAL_PRESENCE,
                HALF,
                SIX_STAGES_2013.at(
                    "reads Stage 2, Presence: tie every presence to objectives", INFERRED)),
            Ladders.practice(
                ENGAGEMENT,
                Practice.OBJECTIVE_ALIGNED_METRICS,
                SOME,
                SIX_STAGES_2013.at(
                    "reads Stage 2, Presence: align metrics with objectives", INFERRED)),
            Ladders.practice(
                ENGAGEMENT,
                Practice.CONTENT_STRATEGY,
                SOME,
                SIX_STAGES_2013.at(
                    "reads Stage 2, Presence: integrated content strategy", INFERRED)),
            Ladders.practice(
                ENGAGEMENT,
                Practice.ACCOUNT_GOVERNANCE,
                SOME,
                SIX_STAGES_2013.at(
                    "reads Stage 2, Presence: governance with the future in mind", INFERRED)),
            Ladders.practice(
                ENGAGEMENT,
                Practice.TRIAGE_PROCESS,
                SOME,
                SIX_STAGES_2013.at(
                    "reads Stage 2, Presence: hold off engagement until response is possible",
                    INFERRED)),
            Ladders.practice(
                ENGAGEMENT,
                Practice.COMMUNITY_ENGAGEMENT,
                SOME,
                SIX_STAGES_2013.at(
                    "reads Stage 3, Engagement: take part in conversations (the stage begun)",
                    INFERRED)),
            Ladders.fact(
                ENGAGEMENT,
                Fact.SOCIAL_STRATEGIST_APPOINTED,
                COHERENT_STRATEGY_DECK_2013.at(
                    "reads the stage grid, Engagement: a social strategist and a small team",
                    INFERRED))));
    // Engagement done (dialog established), Formalized begun (its trigger: scattered efforts
    // brought under one sponsor or hub)
    m.put(
        FORMALIZED,
        ImmutableList.of(
            Ladders.practice(
                FORMALIZED,
                Practice.COMMUNITY_ENGAGEMENT,
                HALF,
                SIX_STAGES_2013.at(
                    "reads Stage 3, Engagement: dialog established before scaling", INFERRED)),
            Ladders.fact(
                FORMALIZED,
                Fact.COORDINATION_BEGUN,
                SIX_STAGES_2013.at(
                    "reads Stage 4, Formalized: the trigger, uncoordinated efforts (the stage begun)",
                    INFERRED))));
    // Formalized done (its three key activities, the report's own requirement), Strategic begun
    // (business impact visible, integration across functions started)
    m.put(
        STRATEGIC,
        ImmutableList.of(
            Ladders.fact(
                STRATEGIC,
                Fact.EXECUTIVE_SPONSOR_NAMED,
                SIX_STAGES_2013.at(
                    "Stage 4, Formalized: key activity 1, name an executive sponsor",
                    CORROBORATED)),
            Ladders.fact(
                STRATEGIC,
                Fact.CENTER_OF_EXCELLENCE_STAFFED,
                SIX_STAGES_2013.at(
                    "Stage 4, Formalized: key activity 2, create a hub or CoE", CORROBORATED)),
            Ladders.practice(
                STRATEGIC,
                Practice.SOCIAL_MEDIA_POLICY,
                MOST,
                SIX_STAGES_2013.at(
                    "reads Stage 4, Formalized: key activity 3, organization-wide governance"
                        + " (organization-wide read as most of it)",
                    INFERRED)),
            Ladders.practice(
                STRATEGIC,
                Practice.BUSINESS_OUTCOME_METRICS,
                HALF,
                STATE_OF_SOCIAL_BUSINESS_2013.at(
                    "reads Stage 5, Strategic: business impact gives visibility (the stage's trigger:"
                        + " impact measured widely enough to be seen)",
                    INFERRED)),
            Ladders.practice(
                STRATEGIC,
                Practice.CROSS_FUNCTIONAL_INTEGRATION,
                SOME,
                STATE_OF_SOCIAL_BUSINESS_2013.at(
                    "reads Stage 5, Strategic: integration across functions begins", INFERRED))));
    // Strategic done (impact, executive support, integration, road map, units enabled), Converged:
    // the
    // top stage has no later gate to check that its work is done, so its gate reads the stage's
    // defining condition itself (social backed by cross-functional and executive support, driven by
    // a
    // vision of experience, employees taking part and educated to)
    m.put(
        CONVERGED,
        ImmutableList.of(
            Ladders.practice(
                CONVERGED,
                Practice.BUSINESS_OUTCOME_METRICS,
                MOST,
                STATE_OF_SOCIAL_BUSINESS_2013.at(
                    "reads Stage 5, Strategic: business impact across the program", INFERRED)),
            Ladders.practice(
                CONVERGED,
                Practice.STRATEGY_ROADMAP,
                HALF,
                SIX_STAGES_2013.at(
                    "reads core elements mastered at every stage: a roadmap", INFERRED)),
            Ladders.practice(
                CONVERGED,
                Practice.BUSINESS_UNIT_ENABLEMENT,
                HALF,
                SIX_STAGES_2013.at(
                    "reads Stage 5, Strategic: department heads see what social could do",
                    INFERRED)),
            Ladders.practice(
                CONVERGED,
                Practice.CROSS_FUNCTIONAL_INTEGRATION,
                MOST,
                STATE_OF_SOCIAL_BUSINESS_2013.at(
                    "reads Stage 6, Converged: cross-functional support", INFERRED)),
            Ladders.practice(
                CONVERGED,
                Practice.EXECUTIVE_SPONSORSHIP,
                MOST,
                STATE_OF_SOCIAL_BUSINESS_2013.at(
                    "reads Stage 6, Converged: executive support", INFERRED)),
            Ladders.practice(
                CONVERGED,
                Practice.LONG_TERM_VISION,
                HALF,
                STATE_OF_SOCIAL_BUSINESS_2013.at(
                    "reads Stage 6, Converged: driven by a vision of customer experience",
                    INFERRED)),
            Ladders.practice(
                CONVERGED,
                Practice.EMPLOYEE_PARTICIPATION,
                HALF,
                STATE_OF_SOCIAL_BUSINESS_2013.at(
                    "reads Stage 6, Converged: employee experience", INFERRED)),
            Ladders.practice(
                CONVERGED,
                Practice.EMPLOYEE_EDUCATION,
                HALF,
                SOCIAL_READINESS_2011.at(
                    "reads Finding 3: ongoing education (participation goes with education)",
                    INFERRED))));
    return Maps.immutableEnumMap(m);
  }

  private static ImmutableMap<Stage, ImmutableList<Guidance>> guidanceTable() {
    Citation deck =
        COHERENT_STRATEGY_DECK_2013.at(
            "Stage grid: goals, metrics, initiatives, resources", SINGLE_SOURCE);
    Map<Stage, ImmutableList<Guidance>> m = new EnumMap<>(Stage.class);
    m.put(
        PLANNING,
        ImmutableList.of(
            g(
                GOAL,
                "Lay a strong foundation for strategy development, organizational alignment, resource"
                    + " development and execution",
                SIX_STAGES_2013,
                "Stage 1: goal",
                REPORTED),
            g(
                GOAL,
                "Learn how customers behave on social channels before speaking there",
                SIX_STAGES_2013,
                "Stage 1: listen to customers",
                REPORTED),
            g(GOAL, "Rank the business goals where social could have the most impact", deck),
            g(
                GOAL,
                "Run small pilots that prove to decision makers what social can solve",
                SIX_STAGES_2013,
                "Stage 1: pilot projects",
                REPORTED),
            g(
                GOAL,
                "Audit internal readiness and what competitors already do",
                SIX_STAGES_2013,
                "Stage 1: audits",
                REPORTED),
            g(
                BEST_PRACTICE,
                "Take the time planning needs: companies with successful strategies spent a significant"
                    + " amount of time here, building a firm foundation before moving on",
                SIX_STAGES_2013,
                "Stage 1: time spent",
                REPORTED),
            g(
                BEST_PRACTICE,
                "Consider starting inside: internal collaboration and knowledge sharing let employees"
                    + " learn the new ways of communicating before the brand engages outside",
                READINESS_COMMENTARY_2011,
                "Practitioner commentary: thoughtful companies often start with internal"
                    + " collaboration, a recognized path to readiness",
                SINGLE_SOURCE),
            g(
                PITFALL,
                "Dabbling in pilots for too long, or choosing initiatives only to copy competitors",
                SIX_STAGES_2013,
                "Stage 1: warnings",
                REPORTED),
            g(METRIC, "Mentions and sentiment, moving towards measures of business impact", deck),
            g(RESOURCE, "A monitoring platform, part-time staff and agency help", deck)));
    m.put(
        PRESENCE,
        ImmutableList.of(
            g(
                GOAL,
                "Establish a formal presence and see first hand how customers engage",
                SIX_STAGES_2013,
                "Stage 2: goal",
                REPORTED),
            g(
                INITIATIVE,
                "Amplify existing marketing with social content under a clear content strategy",
                SIX_STAGES_2013,
                "Stage 2: initiative 1",
                REPORTED),
            g(
                INITIATIVE,
                "Publish information that helps customers after a purchase",
                SIX_STAGES_2013,
                "Stage 2: initiative 2",
                REPORTED),
            g(
                INITIATIVE,
                "Align metrics with departmental objectives",
                SIX_STAGES_2013,
                "Stage 2: initiative 3",
                REPORTED),
            g(
                BEST_PRACTICE,
                "Tie every presence to an objective chosen while planning",
                SIX_STAGES_2013,
                "Stage 2: best practice 1",
                REPORTED),
            g(
                BEST_PRACTICE,
                "Choose tactics that do not promise replies until a response process exists",
                SIX_STAGES_2013,
                "Stage 2: best practice 2",
                INFERRED),
            g(
                BEST_PRACTICE,
                "Create content people want to share rather than reposting press releases",
                SIX_STAGES_2013,
                "Stage 2: best practice 3",
                REPORTED),
            g(
                BEST_PRACTICE,
                "Decide now how to answer the first requests for more accounts",
                SIX_STAGES_2013,
                "Stage 2: best practice 4",
                REPORTED),
            g(
                PITFALL,
                "Counting fans, likes and retweets instead of progress on objectives",
                SIX_STAGES_2013,
                "Stage 2: metrics",
                REPORTED),
            g(
                PITFALL,
                "Bolting social onto campaigns already designed and sold to leadership",
                SIX_STAGES_2013,
                "Stage 2: typical problem",
                REPORTED),
            g(
                RESOURCE,
                "Budget for content creation and the people to produce it",
                SIX_STAGES_2013,
                "Stage 2: initiative 1",
                REPORTED)));
    m.put(
        ENGAGEMENT,
        ImmutableList.of(
            g(GOAL, "Move people from consideration to purchase", deck),
            g(GOAL, "Support customers directly and engage employees internally", deck),
            g(
                INITIATIVE,
                "Replace one-off campaigns with long-running programs and communities",
                deck),
            g(INITIATIVE, "Offer customer support on social channels", deck),
            g(
                BEST_PRACTICE,
                "Document rules of engagement for everyone who speaks for the brand",
                COHERENT_STRATEGY_DECK_2013,
                "Engagement example: Intel",
                SINGLE_SOURCE),
            g(METRIC, "Path to purchase, lower support costs and customer satisfaction", deck),
            g(
                RESOURCE,
                "A social strategist, a small dedicated team and a social media management system",
                deck),
            g(
                PITFALL,
                "Inviting conversations the organization cannot yet answer",
                SIX_STAGES_2013,
                "Stage 2 to 3: response expectations",
                INFERRED)));
    m.put(
        FORMALIZED,
        ImmutableList.of(
            g(GOAL, "Put governance, discipline and process around social", deck),
            g(
                INITIATIVE,
                "Name an executive sponsor",
                SIX_STAGES_2013,
                "Stage 4: key activity 1",
                CORROBORATED),
            g(
                INITIATIVE,
                "Create a hub or Center of Excellence",
                SIX_STAGES_2013,
                "Stage 4: key activity 2",
                CORROBORATED),
            g(
                INITIATIVE,
                "Establish governance that applies to the whole organization",
                SIX_STAGES_2013,
                "Stage 4: key activity 3",
                CORROBORATED),
            g(
                METRIC,
                "Process efficiency and the link to departmental goals and return on investment",
                deck),
            g(RESOURCE, "Staff for the CoE and investment in technology", deck),
            g(
                PITFALL,
                "A CoE that becomes a bottleneck as the program grows: plan for its own scaling",
                SIX_STAGES_2013,
                "Stage 4: pitfall",
                REPORTED)));
    m.put(
        STRATEGIC,
        ImmutableList.of(
            g(
                GOAL,
                "Make social's business impact visible to executives and department heads",
                STATE_OF_SOCIAL_BUSINESS_2013,
                "Stage 5",
                REPORTED),
            g(
                INITIATIVE,
                "Build social methods and technology into the work of several functions",
                STATE_OF_SOCIAL_BUSINESS_2013,
                "Stage 5",
                REPORTED),
            g(
                BEST_PRACTICE,
                "Combine social and digital across communities and physical stores",
                Source.SIMMONS_DECK_2013,
                "Strategic example: Sephora",
                SINGLE_SOURCE),
            g(
                PITFALL,
                "Letting the road map stop at the next campaign instead of building for later strategic work",
                SEVEN_SUCCESS_FACTORS_2013,
                "Chapter 3, roadmap: what plans lack",
                INFERRED)));
    m.put(
        CONVERGED,
        ImmutableList.of(
            g(
                GOAL,
                "Make social part of how the organization works, across functions and from the top",
                STATE_OF_SOCIAL_BUSINESS_2013,
                "Stage 6",
                REPORTED),
            g(
                GOAL,
                "Let a vision of better customer and employee experience drive strategy",
                STATE_OF_SOCIAL_BUSINESS_2013,
                "Stage 6 (employee: the library's reading)",
                INFERRED),
            g(
                PITFALL,
                "Treating convergence as finished: goals and markets change, so review the strategy repeatedly",
                SEVEN_SUCCESS_FACTORS_2013,
                "Chapter 3, roadmap: repeated review",
                INFERRED)));
    return Maps.immutableEnumMap(m);
  }

  private static Guidance g(
      Guidance.Kind kind, String text, Source source, String locator, Provenance provenance) {
    return Guidance.of(kind, text, source.at(locator, provenance));
  }

  private static Guidance g(Guidance.Kind kind, String text, Citation citation) {
    return Guidance.of(kind, text, citation);
  }
}
