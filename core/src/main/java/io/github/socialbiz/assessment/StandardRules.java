package io.github.socialbiz.assessment;

import io.github.socialbiz.internal.Decimals;
import io.github.socialbiz.internal.Words;
import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.practice.Adoption.SOME;
import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.INFERRED;
import static io.github.socialbiz.source.Provenance.REPORTED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.coe.Responsibility;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.governance.ProliferationStep;
import io.github.socialbiz.governance.SuccessFactor;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Statistics;
import io.github.socialbiz.stage.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** Accounts from which proliferation needs governance: 10, the library's reading. */
  public static final int PROLIFERATION_ACCOUNTS = 10;

  /**
   * Words that name a tool, platform, vendor or technology, matched as whole words ignoring case by
   * {@link #charter()}. The list is the library's own; pass another to {@link #charter(Iterable, int)}.
   */
  public static final ImmutableList<String> TOOL_TERMS = ImmutableList.of(
      "Facebook", "Twitter", "LinkedIn", "YouTube", "Instagram", "Pinterest", "TikTok", "Snapchat", "WhatsApp",
      "WeChat", "Google+", "Reddit", "Tumblr", "Flickr", "WordPress", "Slack", "Yammer", "Jive", "Chatter",
      "Hootsuite", "Sprinklr", "Sprout Social", "Buffer", "Radian6", "Salesforce", "Lithium", "Khoros",
      "Brandwatch", "Meltwater", "Spredfast", "Expion", "HubSpot", "SMMS", "CRM", "API", "software", "platform",
      "platforms", "tool", "tools", "app", "apps", "technology", "technologies");

  private static final Citation AVOIDABLE = Statistics.CRISES_AVOIDABLE.citation();
  private static final RuleBook<Snapshot> MODEL_FIT = buildModelFit();
  private static final RuleBook<Snapshot> COE = buildCoe();
  private static final RuleBook<Snapshot> CHARTER = buildCharter(TOOL_TERMS, DEFAULT_CHARTER_AGE_DAYS);
  private static final RuleBook<Snapshot> ACCOUNTS = buildAccounts(DEFAULT_IDLE_DAYS);
  private static final RuleBook<Snapshot> CRISIS = buildCrisis();
  private static final RuleBook<Snapshot> SUCCESS = buildSuccess();
  private static final RuleBook<Snapshot> STAGE_GATES = Gates.stages().allGates().on(Snapshot::organization);
  private static final RuleBook<Snapshot> LEVEL_GATES = Gates.levels().allGates().on(Snapshot::organization);

  private StandardRules() {}

  /**
   * Gets every standard book, in a stable order: stage gates, level gates, model fit, CoE, charter,
   * accounts, crisis, success factors. Rule ids are unique across them.
   *
   * @return the books, not empty
   */
  public static ImmutableList<RuleBook<Snapshot>> all() {
    return ImmutableList.of(STAGE_GATES, LEVEL_GATES, MODEL_FIT, COE, CHARTER, ACCOUNTS, CRISIS, SUCCESS);
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
   * @param toolTerms  the words that name tools, platforms, vendors or technology, matched as whole words
   * @param maxAgeDays  the age in days after which a charter version is stale, at least 1
   * @return the book "charter", not null
   * @throws SocialBusinessException if {@code maxAgeDays} is below 1 or a term is blank
   */
  public static RuleBook<Snapshot> charter(Iterable<String> toolTerms, int maxAgeDays) {
    return buildCharter(ImmutableList.copyOf(toolTerms), maxAgeDays);
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
    return buildAccounts(idleDays);
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

  //-----------------------------------------------------------------------
  private static RuleBook<Snapshot> buildModelFit() {
    Citation matrix = Source.FIVE_WAYS_TO_ORGANIZE_2010.at("Framework and matrix: drawbacks", CORROBORATED);
    return RuleBook.of("model",
        Verdict.rule("model.declared-fits-evidence", "The declared model is the one the evidence supports", Severity.LOW,
            Source.FIVE_WAYS_TO_ORGANIZE_2010.at("Choosing a model (the library's reading)", INFERRED),
            "Discuss the recommended model and what moving to it would take", s -> {
              Organization o = s.organization();
              ModelRecommendation rec = ModelFit.recommend(o);
              if (o.declaredModel().isEmpty()) {
                return Verdict.notApplicable("no model declared; the evidence supports " + rec.model());
              }
              OrganizationalModel declared = o.declaredModel().get();
              Reason r = Reason.of("Declared model matches the recommendation", declared == rec.model(),
                  "declared " + declared + ", recommended " + rec);
              return declared == rec.model() ? Verdict.pass(r)
                  : Verdict.fail("Declared " + declared.displayName() + ", but the evidence supports " + rec.model().displayName()
                      + ": " + rec.reasons().get(0), ImmutableList.of(declared.name(), rec.model().name()), ImmutableList.of(r));
            }),
        Verdict.rule("model.honeycomb-sustainable", "A honeycomb has employee education and monitoring in place", Severity.HIGH,
            Source.FIVE_WAYS_TO_ORGANIZE_2010.at("Holistic (honeycomb): drawbacks; Owyang 2013 on training", CORROBORATED),
            "Educate most employees and monitor their activity before enabling everyone, or declare a hub model", s -> {
              Organization o = s.organization();
              if (!o.declaredModel().map(OrganizationalModel.HONEYCOMB::equals).orElse(false)) {
                return Verdict.notApplicable("the declared model is not HONEYCOMB");
              }
              List<Reason> reasons = ImmutableList.of(
                  atLeast(o, Practice.EMPLOYEE_EDUCATION, Adoption.MOST),
                  atLeast(o, Practice.MODERATION_REVIEW, HALF),
                  atLeast(o, Practice.LISTENING, HALF));
              return verdictAll("A honeycomb without employee education and monitoring cannot be sustained", reasons);
            }),
        Verdict.rule("model.dandelion-sustainable", "A dandelion has a staffed hub in every business unit", Severity.HIGH, matrix,
            "Place at least one dedicated person from the CoE roster in every business unit", s -> {
              Organization o = s.organization();
              if (!o.declaredModel().map(OrganizationalModel.DANDELION::equals).orElse(false)) {
                return Verdict.notApplicable("the declared model is not DANDELION");
              }
              if (o.businessUnits().isEmpty()) {
                return Verdict.fail("A dandelion needs business units with their own hubs, but none is described",
                    Reason.notHeld("Business units with hubs", "no business units"));
              }
              List<String> unstaffed = new ArrayList<>();
              for (BusinessUnit u : o.businessUnits()) {
                if (o.coe().members().stream().noneMatch(m -> m.businessUnit().map(u.name()::equals).orElse(false))) {
                  unstaffed.add(u.name());
                }
              }
              Reason r = Reason.of("Every business unit has a staffed hub", unstaffed.isEmpty(),
                  unstaffed.isEmpty() ? "all " + o.businessUnits().size() + " units staffed" : "unstaffed: " + unstaffed);
              return unstaffed.isEmpty() ? Verdict.pass(r)
                  : Verdict.fail("Business units without a staffed hub: " + String.join(", ", unstaffed), unstaffed, ImmutableList.of(r));
            }),
        Verdict.rule("model.hub-and-spoke-sustainable", "A hub and spoke has executive support and program management",
            Severity.HIGH, matrix, "Name a sponsor, win executive support and appoint a strategist to run the program", s -> {
              Organization o = s.organization();
              if (!o.declaredModel().map(OrganizationalModel.HUB_AND_SPOKE::equals).orElse(false)) {
                return Verdict.notApplicable("the declared model is not HUB_AND_SPOKE");
              }
              List<Reason> reasons = ImmutableList.of(
                  Reason.of("An executive sponsor is named", o.coe().hasSponsor(), o.coe().sponsor().orElse("no sponsor")),
                  atLeast(o, Practice.EXECUTIVE_SPONSORSHIP, HALF),
                  Reason.of("A strategist manages the program", o.coe().hasRole(Role.CORPORATE_SOCIAL_STRATEGIST),
                      "roster of " + o.coe().members().size()));
              return verdictAll("A hub and spoke without executive support and program management cannot be sustained", reasons);
            }),
        Verdict.rule("model.centralized-at-scale", "A centralized model is not stretched over a large multi-unit company",
            Severity.MEDIUM, Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Centralized: a short-term fix that cannot scale", SINGLE_SOURCE),
            "Move towards a hub and spoke: let business units run social under the central team's rules", s -> {
              Organization o = s.organization();
              if (!o.declaredModel().map(OrganizationalModel.CENTRALIZED::equals).orElse(false)) {
                return Verdict.notApplicable("the declared model is not CENTRALIZED");
              }
              boolean large = o.employees() >= 10_000 && o.businessUnits().size() >= 2;
              Reason r = Reason.of("Under 10,000 employees or fewer than 2 business units", !large,
                  o.employees() + " employees, " + o.businessUnits().size() + " units");
              return large ? Verdict.fail("A centralized team cannot serve " + o.businessUnits().size() + " business units and "
                  + o.employees() + " employees", r) : Verdict.pass(r);
            }),
        Verdict.rule("model.decentralized-proliferation", "A decentralized company governs who opens accounts",
            Severity.MEDIUM, Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Decentralized: unchecked proliferation", SINGLE_SOURCE),
            "Put account governance in place before the clean-up grows: " + Words.lowerFirst(ProliferationStep.AUDIT.description()), s -> {
              Organization o = s.organization();
              if (!o.declaredModel().map(OrganizationalModel.DECENTRALIZED::equals).orElse(false)) {
                return Verdict.notApplicable("the declared model is not DECENTRALIZED");
              }
              if (o.accounts().size() < PROLIFERATION_ACCOUNTS) {
                return Verdict.pass(Reason.held("Fewer than " + PROLIFERATION_ACCOUNTS + " accounts", o.accounts().size() + " accounts"));
              }
              Reason r = atLeast(o, Practice.ACCOUNT_GOVERNANCE, HALF);
              return r.isHeld() ? Verdict.pass(r)
                  : Verdict.fail(o.accounts().size() + " accounts grow from the edges with no account governance", r);
            }));
  }

  //-----------------------------------------------------------------------
  private static RuleBook<Snapshot> buildCoe() {
    return RuleBook.of("coe",
        Verdict.rule("coe.responsibilities-owned", "Every CoE responsibility has an owner on the roster", Severity.MEDIUM,
            Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Responsibilities of the CoE (assembled; the library's reading)", INFERRED),
            "Give each unowned responsibility to a role that can own it", s -> {
              Organization o = s.organization();
              if (!o.coe().isStaffed() && !stage(o).isAtLeast(Stage.FORMALIZED)) {
                return Verdict.notApplicable("no CoE yet, and the organization is not yet formalized");
              }
              List<String> unowned = new ArrayList<>();
              for (Responsibility r : Responsibility.values()) {
                if (r.owners().stream().noneMatch(role -> hasRole(o, role))) {
                  unowned.add(r.displayName());
                }
              }
              Reason reason = Reason.of("Every responsibility has an owner", unowned.isEmpty(),
                  unowned.isEmpty() ? "all 8 owned" : "unowned: " + unowned);
              return unowned.isEmpty() ? Verdict.pass(reason)
                  : Verdict.fail("Responsibilities with no owner: " + String.join(", ", unowned), unowned, ImmutableList.of(reason));
            }),
        Verdict.rule("coe.roles-for-stage", "The roster has the roles expected at the stage the evidence reaches", Severity.MEDIUM,
            Source.SIX_STAGES_2013.at("Roles by stage (the library's reading)", INFERRED),
            "Fill the missing roles, part time where the company is small", s -> {
              Organization o = s.organization();
              Stage stage = stage(o);
              Set<Role> expected = Role.expectedAt(stage);
              if (expected.isEmpty()) {
                return Verdict.notApplicable("no roles are expected at " + stage);
              }
              List<String> missing = new ArrayList<>();
              for (Role role : expected) {
                if (!hasRole(o, role)) {
                  missing.add(role.displayName());
                }
              }
              Reason r = Reason.of("Roles expected at " + stage.displayName() + " are filled", missing.isEmpty(),
                  missing.isEmpty() ? "all " + expected.size() + " filled" : "missing: " + missing);
              return missing.isEmpty() ? Verdict.pass(r)
                  : Verdict.fail("At " + stage.displayName() + " the team lacks: " + String.join(", ", missing), missing, ImmutableList.of(r));
            }),
        Verdict.rule("coe.headcount-benchmark", "The team is at least half the published size for the company's size band",
            Severity.LOW, Statistics.TEAM_AVERAGE_2013.citation(),
            "Grow the dedicated team towards the published size for companies of this size", s -> {
              Organization o = s.organization();
              SizeBand band = SizeBand.of(o.employees());
              if (band.benchmark().isEmpty()) {
                return Verdict.notApplicable("no team size is published for companies under 1,000 employees");
              }
              if (!stage(o).isAtLeast(Stage.ENGAGEMENT)) {
                return Verdict.notApplicable("a dedicated team is expected from the Engagement stage on");
              }
              Statistic benchmark = band.benchmark().get();
              double fte = o.coe().totalFte();
              Reason r = Reason.of("At least half of " + benchmark.formattedValue(), fte >= benchmark.value() / 2,
                  fte + " FTE on the roster; " + benchmark);
              return r.isHeld() ? Verdict.pass(r)
                  : Verdict.fail("The team has " + fte + " FTE against " + benchmark.formattedValue() + " published for "
                      + benchmark.population() + " (" + benchmark.wave() + ")", r);
            }),
        Verdict.rule("coe.policy-authority", "The CoE has authority to set process and policy", Severity.HIGH,
            Source.SEVEN_SUCCESS_FACTORS_2013.at("Governance chapter: authority of the CoE", SINGLE_SOURCE),
            "Have the sponsor give the CoE authority over social process and policy across the organization", s -> {
              Organization o = s.organization();
              if (!o.coe().isStaffed()) {
                return Verdict.notApplicable("no CoE roster");
              }
              Reason r = Reason.of("CoE may set process and policy", o.coe().isPolicyAuthority(),
                  "policy authority: " + (o.coe().isPolicyAuthority() ? "yes" : "no"));
              return r.isHeld() ? Verdict.pass(r) : Verdict.fail("The CoE has no authority to set process and policy", r);
            }),
        Verdict.rule("coe.sponsor", "The CoE has an executive sponsor", Severity.HIGH,
            Source.SIX_STAGES_2013.at("Stage 4, Formalized: executive sponsor", CORROBORATED),
            "Name a senior executive who backs the CoE", s -> {
              Organization o = s.organization();
              if (!o.coe().isStaffed()) {
                return Verdict.notApplicable("no CoE roster");
              }
              Reason r = Reason.of("A sponsor is named", o.coe().hasSponsor(), o.coe().sponsor().orElse("no sponsor"));
              return r.isHeld() ? Verdict.pass(r) : Verdict.fail("The CoE has no executive sponsor", r);
            }),
        Verdict.rule("coe.rated-without-roster", "A CoE rated in place has people on its roster", Severity.MEDIUM,
            Source.SIX_STAGES_2013.at("Stage 4, Formalized: create a hub or CoE", CORROBORATED),
            "Record who staffs the CoE, or lower its rating to what exists", s -> {
              Organization o = s.organization();
              Adoption rated = o.adoption(Practice.CENTER_OF_EXCELLENCE);
              if (!rated.isAtLeast(HALF)) {
                return Verdict.notApplicable("the CoE is not rated as in place");
              }
              Reason r = Reason.of("Roster is not empty", o.coe().isStaffed(),
                  "CENTER_OF_EXCELLENCE=" + rated + ", roster of " + o.coe().members().size());
              return r.isHeld() ? Verdict.pass(r)
                  : Verdict.fail("The CoE is rated " + rated + " but nobody is on its roster", r);
            }),
        Verdict.rule("coe.unit-liaisons", "Every business unit has a liaison", Severity.MEDIUM,
            Source.TEAM_COMPOSITION_2011.at("Business-unit facing group", REPORTED),
            "Name a liaison for each unit, on the unit or as a liaison on the roster", s -> {
              Organization o = s.organization();
              if (o.businessUnits().isEmpty()) {
                return Verdict.notApplicable("no business units");
              }
              ImmutableList<String> missing = CriterionRules.unitsWithoutLiaison(o);
              Reason r = Reason.of("Every unit has a liaison", missing.isEmpty(),
                  missing.isEmpty() ? "all " + o.businessUnits().size() + " units" : "without: " + missing);
              return missing.isEmpty() ? Verdict.pass(r)
                  : Verdict.fail("Business units without a liaison: " + String.join(", ", missing), missing, ImmutableList.of(r));
            }));
  }

  //-----------------------------------------------------------------------
  private static RuleBook<Snapshot> buildCharter(ImmutableList<String> terms, int maxAgeDays) {
    if (maxAgeDays < 1) {
      throw new SocialBusinessException("StandardRules.charter maxAgeDays must be at least 1, but was " + maxAgeDays);
    }
    for (String t : terms) {
      if (t.isBlank()) {
        throw new SocialBusinessException("StandardRules.charter toolTerms must not hold a blank term, but held '" + t + "'");
      }
    }
    ToolMatcher tools = new ToolMatcher(terms);
    Citation charterGuide = CharterElement.BUSINESS_GOALS.citation();
    return RuleBook.of("charter",
        Verdict.rule("charter.written", "A formalized program has a written charter", Severity.MEDIUM, charterGuide,
            "Write a charter: business goals, approach, measures, relationship change and vision", s -> {
              Organization o = s.organization();
              if (!o.coe().isStaffed() && !stage(o).isAtLeast(Stage.FORMALIZED)) {
                return Verdict.notApplicable("no CoE yet, and the organization is not yet formalized");
              }
              Reason r = Reason.of("A charter exists", o.charter().isPresent(),
                  o.charter().map(c -> "charter dated " + c.versionDate()).orElse("no charter"));
              return r.isHeld() ? Verdict.pass(r) : Verdict.fail("The program has no charter", r);
            }),
        Verdict.rule("charter.required-elements", "The charter has every required element", Severity.MEDIUM, charterGuide,
            "Add the missing sections; keep each short", s -> {
              if (s.organization().charter().isEmpty()) {
                return Verdict.notApplicable("no charter");
              }
              Charter c = s.organization().charter().get();
              List<Reason> reasons = new ArrayList<>();
              List<String> missing = new ArrayList<>();
              for (CharterElement e : CharterElement.values()) {
                boolean present = e == CharterElement.BREADTH
                    ? c.section(e).isPresent() || !c.functions().isEmpty()
                    : c.section(e).isPresent();
                reasons.add(Reason.of(e.displayName(), present, present ? "present" : "missing"));
                if (!present) {
                  missing.add(e.displayName());
                }
              }
              return missing.isEmpty() ? Verdict.pass(reasons)
                  : Verdict.fail("The charter lacks: " + String.join(", ", missing), missing, reasons);
            }),
        Verdict.rule("charter.no-tools", "The charter names no tool, platform, vendor or technology", Severity.MEDIUM,
            CharterElement.prohibitionCitation(), "Remove tools and technology from the charter; keep them in the program plan", s -> {
              if (s.organization().charter().isEmpty()) {
                return Verdict.notApplicable("no charter");
              }
              List<String> hits = new ArrayList<>();
              for (Map.Entry<CharterElement, String> section : s.organization().charter().get().sections().entrySet()) {
                for (String hit : tools.find(section.getValue())) {
                  hits.add("'" + hit + "' in " + section.getKey().displayName());
                }
              }
              Reason r = Reason.of("No tool or technology named", hits.isEmpty(), hits.isEmpty() ? "none found" : String.join("; ", hits));
              return hits.isEmpty() ? Verdict.pass(r)
                  : Verdict.fail("The charter names tools or technology: " + String.join("; ", hits), hits, ImmutableList.of(r));
            }),
        Verdict.rule("charter.beyond-marketing-and-support", "The charter reaches beyond marketing and customer support",
            Severity.LOW, CharterElement.BREADTH.citation(),
            "Name functions beyond marketing and support, such as HR, supply chain, partners or product innovation, even if you start small", s -> {
              if (s.organization().charter().isEmpty()) {
                return Verdict.notApplicable("no charter");
              }
              Set<BusinessFunction> f = s.organization().charter().get().functions();
              boolean beyond = f.stream().anyMatch(x -> !x.isTraditional());
              Reason r = Reason.of("A function beyond marketing and support", beyond, "functions: " + f);
              return beyond ? Verdict.pass(r) : Verdict.fail("The charter covers only marketing and customer support", r);
            }),
        Verdict.rule("charter.current", "The charter was revised within the last " + maxAgeDays + " days", Severity.LOW,
            Source.KMWORLD_2011.at("Charter: written in pencil (age limit is the library's reading)", INFERRED),
            "Review the charter with the sponsor and re-date it", s -> {
              if (s.organization().charter().isEmpty()) {
                return Verdict.notApplicable("no charter");
              }
              LocalDate version = s.organization().charter().get().versionDate();
              long age = java.time.temporal.ChronoUnit.DAYS.between(version, s.asOf());
              Reason r = Reason.of("Version at most " + maxAgeDays + " days old", age <= maxAgeDays,
                  "version " + version + ", " + age + " days before " + s.asOf());
              return r.isHeld() ? Verdict.pass(r)
                  : Verdict.fail("The charter was last revised " + version + ", " + age + " days before " + s.asOf(), r);
            }));
  }

  //-----------------------------------------------------------------------
  private static RuleBook<Snapshot> buildAccounts(int idleDays) {
    if (idleDays < 1) {
      throw new SocialBusinessException("StandardRules.accountHygiene idleDays must be at least 1, but was " + idleDays);
    }
    Citation proliferation = Source.PROLIFERATION_2012.at("Recommended steps", CORROBORATED);
    return RuleBook.of("accounts",
        Verdict.rule("accounts.idle", "No account has been idle for more than " + idleDays + " days", Severity.MEDIUM,
            Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Semi-idle accounts should be shut down (threshold is the library's reading)", INFERRED),
            "Revive or retire each idle account: " + Words.lowerFirst(ProliferationStep.AUDIT.description()), s -> {
              Organization o = s.organization();
              if (o.accounts().isEmpty()) {
                return Verdict.notApplicable("no accounts in the inventory");
              }
              List<String> idle = idle(o, s.asOf(), idleDays);
              Reason r = Reason.of("No idle account", idle.isEmpty(), idle.size() + " of " + o.accounts().size() + " idle over " + idleDays + " days");
              return idle.isEmpty() ? Verdict.pass(r)
                  : Verdict.fail(idle.size() + " of " + o.accounts().size() + " accounts (" + percent(idle.size(), o.accounts().size())
                      + ") have been idle for more than " + idleDays + " days", idle, ImmutableList.of(r));
            }),
        Verdict.rule("accounts.idle-share", "Fewer idle accounts than the 'nearly a quarter' published", Severity.LOW,
            Statistics.SEMI_IDLE_ACCOUNTS.citation(),
            "Cut the idle share below the published figure by retiring accounts nobody runs", s -> {
              Organization o = s.organization();
              if (o.accounts().isEmpty()) {
                return Verdict.notApplicable("no accounts in the inventory");
              }
              int idle = idleCount(o, s.asOf(), idleDays);
              double share = 100.0 * idle / o.accounts().size();
              Reason r = Reason.of("Idle share below " + Statistics.SEMI_IDLE_ACCOUNTS.formattedValue(),
                  share < Statistics.SEMI_IDLE_ACCOUNTS.value(), percent(idle, o.accounts().size()) + " idle; " + Statistics.SEMI_IDLE_ACCOUNTS);
              return r.isHeld() ? Verdict.pass(r)
                  : Verdict.fail(percent(idle, o.accounts().size()) + " of accounts are idle, at or above the 'nearly a quarter' ("
                      + Statistics.SEMI_IDLE_ACCOUNTS.formattedValue() + ") that one summary reports", r);
            }),
        Verdict.rule("accounts.orphaned", "Every account has an owner", Severity.HIGH,
            Source.PROLIFERATION_2012.at("Risks: unmonitored accounts", CORROBORATED),
            "Assign an owner to each orphaned account or retire it", s -> {
              Organization o = s.organization();
              if (o.accounts().isEmpty()) {
                return Verdict.notApplicable("no accounts in the inventory");
              }
              List<String> orphaned = new ArrayList<>();
              for (SocialAccount a : o.accounts()) {
                if (a.isOrphaned()) {
                  orphaned.add(a.toString());
                }
              }
              Reason r = Reason.of("No orphaned account", orphaned.isEmpty(), orphaned.size() + " without an owner");
              return orphaned.isEmpty() ? Verdict.pass(r)
                  : Verdict.fail(orphaned.size() + (orphaned.size() == 1 ? " account has" : " accounts have") + " no owner", orphaned, ImmutableList.of(r));
            }),
        Verdict.rule("accounts.governance", "Account proliferation is governed", Severity.HIGH, proliferation,
            "Govern who may open accounts: " + Words.lowerFirst(ProliferationStep.AUDIT.description()) + ", then "
                + Words.lowerFirst(ProliferationStep.BUSINESS_NEEDS.description()), s -> {
              Organization o = s.organization();
              if (o.accounts().size() < PROLIFERATION_ACCOUNTS) {
                return Verdict.notApplicable("fewer than " + PROLIFERATION_ACCOUNTS + " accounts");
              }
              Reason r = atLeast(o, Practice.ACCOUNT_GOVERNANCE, HALF);
              return r.isHeld() ? Verdict.pass(r)
                  : Verdict.fail(o.accounts().size() + " accounts without account governance in place", r);
            }),
        Verdict.rule("accounts.inventory", "The account inventory is maintained", Severity.LOW,
            ProliferationStep.AUDIT.citation(), ProliferationStep.AUDIT.description(), s -> {
              Organization o = s.organization();
              if (o.accounts().isEmpty()) {
                return Verdict.notApplicable("no accounts in the inventory");
              }
              Reason r = atLeast(o, Practice.ACCOUNT_INVENTORY, HALF);
              return r.isHeld() ? Verdict.pass(r) : Verdict.fail("The account inventory is not maintained across the organization", r);
            }));
  }

  //-----------------------------------------------------------------------
  private static RuleBook<Snapshot> buildCrisis() {
    return RuleBook.of("crisis",
        practiceRule("crisis.policy", "An employee social media policy applies to at least half the organization", Severity.HIGH,
            Practice.SOCIAL_MEDIA_POLICY, HALF, "Publish a policy on what employees may post, and reinforce it"),
        practiceRule("crisis.education", "Employee education reaches at least half the organization", Severity.HIGH,
            Practice.EMPLOYEE_EDUCATION, HALF, "Educate employees by role; its absence was the gap most often seen in crisis-hit companies"),
        practiceRule("crisis.triage", "A triage and escalation process covers at least half the organization", Severity.HIGH,
            Practice.TRIAGE_PROCESS, HALF, "Route incoming issues by type and severity to the right responder"),
        practiceRule("crisis.plan", "A crisis plan covers at least half the organization", Severity.HIGH,
            Practice.CRISIS_PLAN, HALF, "Write a crisis plan and rehearse it: " + Statistics.PREPARED_WITH_PLAN.formattedValue()
                + " of companies with a formal plan feel prepared, against " + Statistics.PREPARED_WITHOUT_PLAN.formattedValue() + " without"),
        Verdict.rule("crisis.team", "A team is ready to respond", Severity.MEDIUM, AVOIDABLE,
            "Name the people who will respond in a crisis and train them", s -> {
              Organization o = s.organization();
              boolean team = o.coe().isStaffed() || o.adoption(Practice.DEDICATED_TEAM).isAtLeast(SOME);
              Reason r = Reason.of("A CoE roster or a dedicated team", team,
                  "roster of " + o.coe().members().size() + ", DEDICATED_TEAM=" + o.adoption(Practice.DEDICATED_TEAM));
              return team ? Verdict.pass(r) : Verdict.fail("Nobody is named to respond in a crisis", r);
            }),
        Verdict.rule("crisis.engagement-before-response", "No conversation is invited before a response process exists",
            Severity.HIGH, Source.SIX_STAGES_2013.at("Stage 2, Presence: best practice 2, hold off on engagement", REPORTED),
            "Set up triage before inviting conversation, or choose tactics that promise no reply", s -> {
              Organization o = s.organization();
              boolean engaging = o.adoption(Practice.COMMUNITY_ENGAGEMENT).isAtLeast(SOME)
                  || o.adoption(Practice.SOCIAL_CUSTOMER_SUPPORT).isAtLeast(SOME);
              if (!engaging) {
                return Verdict.notApplicable("no community engagement or social support yet");
              }
              Reason r = atLeast(o, Practice.TRIAGE_PROCESS, SOME);
              return r.isHeld() ? Verdict.pass(r)
                  : Verdict.fail("Customers are invited to talk but there is no process to triage and answer them", r);
            }));
  }

  private static Rule<Snapshot> practiceRule(String id, String title, Severity severity, Practice practice, Adoption minimum, String recommendation) {
    return Verdict.rule(id, title, severity, AVOIDABLE, recommendation, s -> {
      Organization o = s.organization();
      if (!o.isInScope(practice)) {
        return Verdict.notApplicable(practice + " was left out of scope");
      }
      Reason r = atLeast(o, practice, minimum);
      return r.isHeld() ? Verdict.pass(r)
          : Verdict.fail(practice.displayName() + " is at " + o.adoption(practice).displayName().toLowerCase(Locale.ROOT)
              + "; " + Statistics.CRISES_AVOIDABLE.formattedValue() + " of analysed crises could have been averted or reduced with preparation", r);
    });
  }

  //-----------------------------------------------------------------------
  private static RuleBook<Snapshot> buildSuccess() {
    ImmutableList.Builder<Rule<Snapshot>> rules = ImmutableList.builder();
    Citation twoCriteria = Source.SIX_STAGES_2013.at("Two criteria of a successful strategy", CORROBORATED);
    rules.add(Verdict.rule("success.aligned-with-business-goals", SuccessFactor.twoCriteria().get(0), Severity.HIGH, twoCriteria,
        "Tie each social initiative to a stated business goal and measure it against that goal", s -> {
          Organization o = s.organization();
          return verdictAll("The strategy is not clearly tied to business goals (only "
                  + Statistics.STRATEGY_CONNECTED_TO_OUTCOMES.formattedValue() + " of companies say theirs is)",
              ImmutableList.of(atLeast(o, Practice.BUSINESS_GOALS, HALF), atLeast(o, Practice.BUSINESS_OUTCOME_METRICS, SOME)));
        }));
    rules.add(Verdict.rule("success.organization-aligned", SuccessFactor.twoCriteria().get(1), Severity.HIGH, twoCriteria,
        "Win visible executive support and name a sponsor", s -> {
          Organization o = s.organization();
          return verdictAll("The organization is not aligned behind the strategy (about half of executives are)",
              ImmutableList.of(atLeast(o, Practice.EXECUTIVE_SPONSORSHIP, HALF),
                  Reason.of("An executive sponsor is named", o.coe().hasSponsor(), o.coe().sponsor().orElse("no sponsor"))));
        }));
    for (SuccessFactor f : SuccessFactor.values()) {
      String slug = Ascii.toLowerCase(f.name()).replace('_', '-');
      rules.add(Verdict.rule("success." + slug, f.displayName(), Severity.MEDIUM, f.citation(),
          f.displayName() + ": raise " + f.evidence().stream().map(p -> Words.lowerFirst(p.displayName()))
              .collect(java.util.stream.Collectors.joining(" and ")) + " to at least about half", s -> {
            List<Reason> reasons = new ArrayList<>();
            for (Practice p : f.evidence()) {
              reasons.add(atLeast(s.organization(), p, HALF));
            }
            return verdictAll("Success factor " + f.number() + " is not covered: " + Words.lowerFirst(f.displayName()), reasons);
          }));
    }
    return RuleBook.of("success", rules.build());
  }

  //-----------------------------------------------------------------------
  private static Stage stage(Organization o) {
    return Gates.stages().reached(o).orElse(Stage.PLANNING);
  }

  private static boolean hasRole(Organization o, Role role) {
    if (role == Role.EXECUTIVE_SPONSOR) {
      return o.coe().hasSponsor();
    }
    for (Member m : o.coe().members()) {
      if (m.role() == role) {
        return true;
      }
    }
    return false;
  }

  private static Reason atLeast(Organization o, Practice p, Adoption minimum) {
    String criterion = p.displayName() + ": at least " + minimum.displayName();
    if (!o.isInScope(p)) {
      return Reason.notHeld(criterion, p + " not assessed (out of scope)");
    }
    return Reason.of(criterion, o.adoption(p).isAtLeast(minimum), o.evidence(p).map(Object::toString).orElse(p + "=NONE (no evidence)"));
  }

  private static Verdict verdictAll(String failure, List<Reason> reasons) {
    List<String> involved = new ArrayList<>();
    for (Reason r : reasons) {
      if (!r.isHeld()) {
        involved.add(r.criterion());
      }
    }
    return involved.isEmpty() ? Verdict.pass(reasons) : Verdict.fail(failure, involved, reasons);
  }

  private static List<String> idle(Organization o, LocalDate asOf, int idleDays) {
    List<String> idle = new ArrayList<>();
    for (SocialAccount a : o.accounts()) {
      if (a.daysIdle(asOf) > idleDays) {
        idle.add(a.toString());
      }
    }
    return idle;
  }

  private static int idleCount(Organization o, LocalDate asOf, int idleDays) {
    int idle = 0;
    for (SocialAccount a : o.accounts()) {
      if (a.daysIdle(asOf) > idleDays) {
        idle++;
      }
    }
    return idle;
  }

  private static String percent(int part, int whole) {
    return Decimals.fixed(100.0 * part / whole, 1) + "%";
  }


  /**
   * Finds tool terms as whole words, ignoring case: the same hits, in the same order, as one
   * case-insensitive regular expression {@code (?<![\p{L}\p{N}])(term|...)(?![\p{L}\p{N}])} (a
   * property test compares the two), in a fraction of its time, which dominated an assessment. The
   * text is lower-cased once and scanned from each word start against the terms that begin with that
   * character, in list order. Texts whose lower-case form differs in length fall back to the expression.
   */
  private static final class ToolMatcher {
    private static final String[] NONE = {};

    /** The lower-case terms by their first character, in list order; terms starting beyond ASCII in {@link #others}. */
    private final String[][] byFirst = new String[128][];
    private final String[] others;
    private final Pattern anyCase;

    ToolMatcher(List<String> terms) {
      ImmutableList.Builder<String> lower = ImmutableList.builder();
      StringBuilder original = new StringBuilder();
      for (String t : terms) {
        lower.add(t.toLowerCase(Locale.ROOT));
        original.append(original.length() == 0 ? "" : "|").append(Pattern.quote(t));
      }
      ImmutableList<String> lowerTerms = lower.build();
      List<String> rest = new ArrayList<>();
      for (char c = 0; c < 128; c++) {
        List<String> bucket = new ArrayList<>();
        for (String t : lowerTerms) {
          if (t.charAt(0) == c) {
            bucket.add(t);
          }
        }
        byFirst[c] = bucket.isEmpty() ? NONE : bucket.toArray(NONE);
      }
      for (String t : lowerTerms) {
        if (t.charAt(0) >= 128) {
          rest.add(t);
        }
      }
      others = rest.toArray(NONE);
      anyCase = terms.isEmpty() ? Pattern.compile("(?!)")
          : Pattern.compile("(?<![\\p{L}\\p{N}])(" + original + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The terms found, as written in the text, in order. */
    List<String> find(String text) {
      String l = text.toLowerCase(Locale.ROOT);
      List<String> hits = new ArrayList<>();
      if (l.length() != text.length()) {
        Matcher m = anyCase.matcher(text);
        while (m.find()) {
          hits.add(m.group(1));
        }
        return hits;
      }
      int i = 0;
      while (i < l.length()) {
        int end = i > 0 && isWordChar(l.codePointBefore(i)) ? -1 : termAt(l, i);
        if (end > i) {
          hits.add(text.substring(i, end));
          i = end;
        } else {
          i++;
        }
      }
      return hits;
    }

    /** The end of the first term that starts at {@code i} and ends at a word boundary, or -1. */
    private int termAt(String l, int i) {
      char first = l.charAt(i);
      for (String t : first < 128 ? byFirst[first] : others) {
        if (t.charAt(0) == first && l.startsWith(t, i)) {
          int end = i + t.length();
          if (end == l.length() || !isWordChar(l.codePointAt(end))) {
            return end;
          }
        }
      }
      return -1;
    }

    /** A letter or a number in the sense of {@code \p{L}} and {@code \p{N}}. */
    private static boolean isWordChar(int codePoint) {
      if (Character.isLetter(codePoint)) {
        return true;
      }
      int type = Character.getType(codePoint);
      return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
  }
}