package io.github.socialbiz.assessment;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.rules.RuleBook;

/**
 * The standard rule books of socialbiz, each over a {@link Snapshot}: the stage and level gates, model
 * fit, CoE coverage, charter lint, account hygiene, crisis readiness and success factors.
 *
 * <pre>{@code
 * Snapshot s = Snapshot.of(SampleOrganizations.multinational(), LocalDate.of(2026, 6, 30));
 * StandardRules.accountHygiene().evaluate(s).findings();
 * List<Evaluation<Snapshot>> all = StandardRules.all().stream().map(book -> book.evaluate(s)).toList();
 * }</pre>
 *
 * <p>Every rule cites its source; where the sources give no threshold (how long an account may sit idle,
 * how old a charter may be), the value is the library's own reading, cited as {@code INFERRED}, and the
 * factory methods with parameters let callers choose their own.
 *
 * @implSpec This class is immutable and thread-safe; every book it returns is immutable.
 */
public final class StandardRules {

  /** Days without activity after which an account counts as idle: 90, the library's reading. */
  public static final int DEFAULT_IDLE_DAYS = 90;

  /** Days after which a charter's version counts as stale: 365, the library's reading of "in pencil". */
  public static final int DEFAULT_CHARTER_AGE_DAYS = 365;

  /**
   * Employees from which a centralized model with two or more business units counts as stretched: 10,000,
   * the library's reading (the sources say centralized cannot scale, but give no size).
   */
  public static final int CENTRALIZED_SCALE_EMPLOYEES = 10_000;

  /** Accounts from which proliferation needs governance: 10, the library's reading. */
  public static final int PROLIFERATION_ACCOUNTS = 10;

  /**
   * Names of social tools, platforms, vendors and products, matched as whole words ignoring case by
   * {@link #charter()}'s rule {@code charter.no-tools}. The list is the library's own; pass another to
   * {@link #charter(Iterable, int)}.
   *
   * <p>It holds names only. The charter guidance asks the charter to leave tools and technology out, yet
   * asks its vision to say that the organization will use social media technology to reach its goals; the
   * library reads the prohibition as one against named products, so generic words such as "technology",
   * "platform", "tools", "software", "app" or "CRM" are not on the list and are never flagged. Nor does the
   * lint flag generic technology talk that takes the place of goals: the library found no rule for "in
   * place of goals" precise enough to state and test, and the required-elements rule already asks for
   * the business goals.
   *
   * <p>Names that are also common English words (Buffer, Chatter, Lithium, Slack, Wildfire, Get
   * Satisfaction) are left out, because matching ignores case and would flag ordinary prose; "Salesforce
   * Chatter" is still found through "Salesforce". Jive stays: the word is rare in business prose.
   */
  public static final ImmutableList<String> TOOL_TERMS =
      ImmutableList.of(
          // public social networks
          "Facebook",
          "Twitter",
          "LinkedIn",
          "YouTube",
          "Instagram",
          "Pinterest",
          "TikTok",
          "Snapchat",
          "WhatsApp",
          "WeChat",
          "Weibo",
          "Google+",
          "Google Plus",
          "Foursquare",
          "MySpace",
          "Reddit",
          "Tumblr",
          "Flickr",
          "Vimeo",
          "Quora",
          "WordPress",
          // enterprise social networks and collaboration
          "Yammer",
          "Jive",
          "Socialcast",
          "tibbr",
          "IBM Connections",
          "SharePoint",
          "Microsoft Teams",
          // social media management, listening and customer-care vendors
          "Hootsuite",
          "Sprinklr",
          "Sprout Social",
          "Spredfast",
          "Expion",
          "Khoros",
          "Radian6",
          "Sysomos",
          "Brandwatch",
          "Meltwater",
          "Talkwalker",
          "Buddy Media",
          "Vitrue",
          "Bazaarvoice",
          "Zendesk",
          // marketing and CRM suites
          "Salesforce",
          "HubSpot",
          "Marketo");

  private static final RuleBook<Snapshot> MODEL_FIT = ModelFitBook.build();
  private static final RuleBook<Snapshot> COE = CoeBook.build();
  private static final RuleBook<Snapshot> CHARTER =
      CharterBook.build(TOOL_TERMS, DEFAULT_CHARTER_AGE_DAYS);
  private static final RuleBook<Snapshot> ACCOUNTS = AccountsBook.build(DEFAULT_IDLE_DAYS);
  private static final RuleBook<Snapshot> CRISIS = CrisisBook.build();
  private static final RuleBook<Snapshot> SUCCESS = SuccessBook.build();
  private static final RuleBook<Snapshot> STAGE_GATES =
      Gates.stages().allGates().on(Snapshot::organization);
  private static final RuleBook<Snapshot> LEVEL_GATES =
      Gates.levels().allGates().on(Snapshot::organization);

  private StandardRules() {}

  /**
   * Gets every standard book, in a stable order: stage gates, level gates, model fit, CoE, charter,
   * accounts, crisis, success factors. Rule ids are unique across them.
   *
   * @return the books, not empty
   */
  public static ImmutableList<RuleBook<Snapshot>> all() {
    return ImmutableList.of(
        STAGE_GATES, LEVEL_GATES, MODEL_FIT, COE, CHARTER, ACCOUNTS, CRISIS, SUCCESS);
  }

  /**
   * Gets the rules of every stage gate, one per entry criterion.
   *
   * @return the book "stage-gates", not null
   */
  public static RuleBook<Snapshot> stageGates() {
    return STAGE_GATES;
  }

  /**
   * Gets the rules of every maturity-level gate, one per requirement.
   *
   * @return the book "level-gates", not null
   */
  public static RuleBook<Snapshot> levelGates() {
    return LEVEL_GATES;
  }

  /**
   * Gets the organizational model rules: the declared model against the recommended one, and whether the
   * evidence can sustain the declared model.
   *
   * @return the book "model", not null
   */
  public static RuleBook<Snapshot> modelFit() {
    return MODEL_FIT;
  }

  /**
   * Gets the Center of Excellence coverage rules.
   *
   * @return the book "coe", not null
   */
  public static RuleBook<Snapshot> coeCoverage() {
    return COE;
  }

  /**
   * Gets the charter lint with the default tool terms and a one-year staleness limit.
   *
   * @return the book "charter", not null
   */
  public static RuleBook<Snapshot> charter() {
    return CHARTER;
  }

  /**
   * Gets the charter lint with your own tool terms and staleness limit.
   *
   * @param toolTerms  the names of tools, platforms, vendors or products, matched as whole words ignoring
   *     case
   * @param maxAgeDays  the age in days after which a charter version is stale, at least 1
   * @return the book "charter", not null
   * @throws SocialBusinessException if {@code maxAgeDays} is below 1 or a term is blank
   */
  public static RuleBook<Snapshot> charter(Iterable<String> toolTerms, int maxAgeDays) {
    return CharterBook.build(ImmutableList.copyOf(toolTerms), maxAgeDays);
  }

  /**
   * Gets the account hygiene rules with the default idle threshold of {@value #DEFAULT_IDLE_DAYS} days.
   *
   * @return the book "accounts", not null
   */
  public static RuleBook<Snapshot> accountHygiene() {
    return ACCOUNTS;
  }

  /**
   * Gets the account hygiene rules with your own idle threshold.
   *
   * @param idleDays  days without activity after which an account is idle, at least 1
   * @return the book "accounts", not null
   * @throws SocialBusinessException if {@code idleDays} is below 1
   */
  public static RuleBook<Snapshot> accountHygiene(int idleDays) {
    return AccountsBook.build(idleDays);
  }

  /**
   * Gets the crisis readiness and presence discipline rules.
   *
   * @return the book "crisis", not null
   */
  public static RuleBook<Snapshot> crisisReadiness() {
    return CRISIS;
  }

  /**
   * Gets the success factor rules: the seven factors and the two criteria of a successful strategy.
   *
   * @return the book "success", not null
   */
  public static RuleBook<Snapshot> successFactors() {
    return SUCCESS;
  }
}
