package io.github.socialbiz.profile;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.practice.Adoption.MOST;
import static io.github.socialbiz.practice.Adoption.NONE;
import static io.github.socialbiz.practice.Adoption.SOME;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Practice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Three fictional, contrasting organizations shared by the examples, the documentation and the tests,
 * each described as of {@link #AS_OF}:
 *
 * <ul>
 *   <li>{@link #listeningPilot()}: Harbor Credit Union, a regulated 1,200-person firm still listening and
 *       piloting;
 *   <li>{@link #presenceWithoutResponse()}: Bluefin Foods, with channels open and conversations starting
 *       but no triage or crisis process;
 *   <li>{@link #multinational()}: Globex Industries, 120,000 people in three business units with a CoE, a
 *       charter and 178 accounts, some of them idle or orphaned.
 * </ul>
 *
 * <pre>{@code
 * Organization globex = SampleOrganizations.multinational();
 * globex.accounts().size();          // 178
 * globex.accountsByPlatform();       // {BLOG=32, FACEBOOK=30, INSTAGRAM=18, LINKEDIN=29, ...}
 * }</pre>
 *
 * <p>Each is a complete assessment: a practice a sample does not grade above none is graded {@code NONE},
 * an answer, so no sample has practices left not assessed.
 *
 * @implSpec This class is immutable and thread-safe; every method returns the same value each time.
 */
public final class SampleOrganizations {

  /** The date the samples describe: 30 June 2026. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static final Organization LISTENING_PILOT = completed(buildListeningPilot());
  private static final Organization PRESENCE_WITHOUT_RESPONSE =
      completed(buildPresenceWithoutResponse());
  private static final Organization MULTINATIONAL = completed(buildMultinational());

  /**
   * The samples are complete assessments: every practice in scope that a sample does not grade above
   * none was checked and found absent, so it is graded {@code NONE} explicitly rather than left not
   * assessed.
   */
  private static Organization completed(Organization o) {
    List<Evidence> all = new ArrayList<>(o.evidence());
    for (Practice p : o.notAssessed()) {
      all.add(Evidence.of(p, NONE));
    }
    return ((ImmutableOrganization) ImmutableOrganization.copyOf(o)).withEvidence(all);
  }

  private SampleOrganizations() {}

  /**
   * Gets Harbor Credit Union: regulated, 1,200 employees, listening and piloting, one central team, two
   * accounts.
   *
   * @return the organization, not null
   */
  public static Organization listeningPilot() {
    return LISTENING_PILOT;
  }

  /**
   * Gets Bluefin Foods: 3,500 employees, an official presence and first conversations, but no triage or
   * crisis process, 14 accounts of which some are idle and one is orphaned.
   *
   * @return the organization, not null
   */
  public static Organization presenceWithoutResponse() {
    return PRESENCE_WITHOUT_RESPONSE;
  }

  /**
   * Gets Globex Industries: 120,000 employees, three business units maturing unevenly, a declared
   * dandelion model, a CoE of 12 people, a charter that names a tool, and 178 accounts.
   *
   * @return the organization, not null
   */
  public static Organization multinational() {
    return MULTINATIONAL;
  }

  /**
   * Gets the three samples, least mature first.
   *
   * @return the samples, not empty
   */
  public static ImmutableList<Organization> all() {
    return ImmutableList.of(LISTENING_PILOT, PRESENCE_WITHOUT_RESPONSE, MULTINATIONAL);
  }

  private static Organization buildListeningPilot() {
    return Organization.builder()
        .name("Harbor Credit Union")
        .employees(1_200)
        .regulated(true)
        .industry("Financial services")
        .addRegion("North America")
        .declaredModel(OrganizationalModel.CENTRALIZED)
        .participationStance(ParticipationStance.APPROVAL_REQUIRED)
        .evidence(
            Practice.LISTENING,
            HALF,
            "Monitoring tool watches brand mentions daily",
            Basis.ARTIFACT_CHECKED)
        .evidence(
            Practice.PILOT_PROJECTS, SOME, "One pilot answering rate questions", Basis.INTERVIEW)
        .evidence(Practice.BUSINESS_GOALS, SOME)
        .evidence(
            Practice.SOCIAL_MEDIA_POLICY,
            SOME,
            "Draft policy awaiting legal review",
            Basis.INTERVIEW)
        .evidence(Practice.READINESS_AUDIT, NONE)
        .evidence(Practice.EMPLOYEE_EDUCATION, NONE)
        .evidence(Practice.EMPLOYEE_ACCESS, SOME)
        .addOutOfScope(Practice.REAL_TIME_RESPONSE, Practice.CUSTOMER_INSIGHT_INTEGRATION)
        .addAccount(
            account(
                Platform.LINKEDIN,
                "harbor-cu",
                null,
                "Communications",
                2021,
                3,
                1,
                LocalDate.of(2026, 6, 2)))
        .addAccount(
            account(
                Platform.FACEBOOK,
                "HarborCreditUnion",
                null,
                "Communications",
                2019,
                5,
                10,
                LocalDate.of(2025, 9, 30)))
        .build();
  }

  private static Organization buildPresenceWithoutResponse() {
    Organization.Builder b =
        Organization.builder()
            .name("Bluefin Foods")
            .employees(3_500)
            .industry("Consumer goods")
            .addRegions("North America", "Latin America")
            .declaredModel(OrganizationalModel.DECENTRALIZED)
            .participationStance(ParticipationStance.WITHIN_GUIDELINES)
            .evidence(Practice.LISTENING, HALF)
            .evidence(Practice.PILOT_PROJECTS, SOME)
            .evidence(
                Practice.READINESS_AUDIT,
                SOME,
                "Competitive audit done in 2025",
                Basis.ARTIFACT_CHECKED)
            .evidence(Practice.BUSINESS_GOALS, HALF)
            .evidence(
                Practice.OFFICIAL_PRESENCE,
                HALF,
                "Brand pages on five platforms",
                Basis.ARTIFACT_CHECKED)
            .evidence(Practice.CONTENT_STRATEGY, SOME)
            .evidence(Practice.OBJECTIVE_ALIGNED_METRICS, SOME)
            .evidence(
                Practice.COMMUNITY_ENGAGEMENT,
                SOME,
                "Brand managers reply to comments when they can",
                Basis.INTERVIEW)
            .evidence(Practice.SOCIAL_CUSTOMER_SUPPORT, SOME)
            .evidence(
                Practice.TRIAGE_PROCESS,
                NONE,
                "No routing of complaints; replies are ad hoc",
                Basis.INTERVIEW)
            .evidence(Practice.CRISIS_PLAN, NONE)
            .evidence(Practice.SOCIAL_MEDIA_POLICY, HALF)
            .evidence(Practice.EMPLOYEE_EDUCATION, SOME)
            .evidence(Practice.EMPLOYEE_ACCESS, MOST)
            .evidence(Practice.ACCOUNT_GOVERNANCE, NONE)
            .evidence(Practice.DEDICATED_TEAM, SOME)
            .coe(
                CenterOfExcellence.builder()
                    .addMember(Member.of("Priya Nair", Role.CAMPAIGN_MANAGER, 0.5))
                    .build());
    String[] brands = {
      "bluefin",
      "bluefin_kitchen",
      "bluefin_es",
      "bluefin_snacks",
      "bluefin_careers",
      "bluefin_deals",
      "bluefin_recipes"
    };
    Platform[] platforms = {Platform.TWITTER, Platform.FACEBOOK};
    int i = 0;
    for (String brand : brands) {
      for (Platform p : platforms) {
        LocalDate last = i % 4 == 3 ? LocalDate.of(2025, 8, 1) : LocalDate.of(2026, 6, 20 - i);
        String owner = i == 13 ? null : "Brand marketing";
        b.addAccount(account(p, brand, null, owner, 2018 + i % 5, 1 + i % 12, 1, last));
        i++;
      }
    }
    return b.build();
  }

  private static Organization buildMultinational() {
    BusinessUnit consumer =
        BusinessUnit.builder()
            .name("Consumer Electronics")
            .region("North America")
            .liaison("Dana Whitfield")
            .addOverride(Evidence.of(Practice.BUSINESS_UNIT_ENABLEMENT, MOST))
            .addOverride(Evidence.of(Practice.COMMUNITY_ENGAGEMENT, MOST))
            .build();
    BusinessUnit cloud =
        BusinessUnit.builder()
            .name("Enterprise Cloud")
            .region("EMEA")
            .liaison("Li Wei")
            .addOverride(Evidence.of(Practice.CROSS_FUNCTIONAL_INTEGRATION, MOST))
            .build();
    BusinessUnit health =
        BusinessUnit.builder()
            .name("Healthcare Devices")
            .region("Asia Pacific")
            .addOverride(
                Evidence.of(
                    Practice.CRISIS_PLAN,
                    SOME,
                    "Unit relies on the corporate plan, untested locally",
                    Basis.INTERVIEW))
            .addOverride(Evidence.of(Practice.TRIAGE_PROCESS, SOME))
            .addOverride(Evidence.of(Practice.SOCIAL_MEDIA_POLICY, HALF))
            .build();
    CenterOfExcellence coe =
        CenterOfExcellence.builder()
            .addMember(Member.of("Maria Gonzalez", Role.CORPORATE_SOCIAL_STRATEGIST, 1.0))
            .addMember(Member.of("Tom Becker", Role.SOCIAL_ANALYST, 1.0))
            .addMember(Member.of("Aisha Khan", Role.COMMUNITY_MANAGER, 1.0))
            .addMember(Member.of("Jon Park", Role.COMMUNITY_MANAGER, 1.0))
            .addMember(
                Member.of("Dana Whitfield", Role.BUSINESS_UNIT_LIAISON, 1.0)
                    .withBusinessUnit("Consumer Electronics"))
            .addMember(
                Member.of("Li Wei", Role.BUSINESS_UNIT_LIAISON, 0.5)
                    .withBusinessUnit("Enterprise Cloud"))
            .addMember(Member.of("Sofia Rossi", Role.CONTENT_STRATEGIST, 1.0))
            .addMember(
                Member.of("Ben Adler", Role.CAMPAIGN_MANAGER, 1.0)
                    .withBusinessUnit("Consumer Electronics"))
            .addMember(
                Member.of("Yuki Tanaka", Role.CAMPAIGN_MANAGER, 1.0)
                    .withBusinessUnit("Enterprise Cloud"))
            .addMember(Member.of("Omar Haddad", Role.DEVELOPER, 1.0))
            .addMember(Member.of("Grace Liu", Role.SOCIAL_ANALYST, 0.5))
            .addMember(
                Member.of("Eva Novak", Role.COMMUNITY_MANAGER, 1.0)
                    .withBusinessUnit("Healthcare Devices"))
            .policyAuthority(true)
            .sponsor("Chief Marketing Officer")
            .build();
    Charter charter =
        Charter.builder()
            .putSection(
                CharterElement.BUSINESS_GOALS,
                "Grow repeat purchases and cut the cost of support contacts")
            .putSection(
                CharterElement.APPROACH,
                "Each business unit runs its own communities under shared policy, with Hootsuite for publishing")
            .putSection(
                CharterElement.MEASUREMENT,
                "Repeat-purchase rate and cost per support contact, reported quarterly")
            .putSection(
                CharterElement.VISION,
                "Social helps us reach our goals and brings us closer to the people we serve")
            .versionDate(LocalDate.of(2024, 2, 1))
            .owner("Maria Gonzalez")
            .addFunctions(
                BusinessFunction.MARKETING,
                BusinessFunction.CUSTOMER_SUPPORT,
                BusinessFunction.PRODUCT_INNOVATION)
            .build();
    Organization.Builder b =
        Organization.builder()
            .name("Globex Industries")
            .employees(120_000)
            .industry("Electronics and health technology")
            .addRegions("North America", "EMEA", "Asia Pacific")
            .addBusinessUnits(consumer, cloud, health)
            .declaredModel(OrganizationalModel.DANDELION)
            .participationStance(ParticipationStance.WITHIN_GUIDELINES)
            .coe(coe)
            .charter(charter)
            .addCrisisTeam(
                Responder.of("Maria Gonzalez", "Incident lead"),
                Responder.of("Priya Shah", "Legal counsel"),
                Responder.of("Aisha Khan", "Community response"))
            .evidence(Practice.BUSINESS_GOALS, MOST)
            .evidence(Practice.LONG_TERM_VISION, HALF)
            .evidence(
                Practice.STRATEGY_ROADMAP,
                HALF,
                "Two-year roadmap reviewed each quarter",
                Basis.ARTIFACT_CHECKED)
            .evidence(Practice.PILOT_PROJECTS, MOST)
            .evidence(Practice.READINESS_AUDIT, HALF)
            .evidence(
                Practice.SOCIAL_MEDIA_POLICY,
                MOST,
                "Global policy, translated into nine languages",
                Basis.ARTIFACT_CHECKED)
            .evidence(Practice.POLICY_REINFORCEMENT, HALF)
            .evidence(Practice.EMPLOYEE_ACCESS, MOST)
            .evidence(Practice.MODERATION_REVIEW, HALF)
            .evidence(
                Practice.ACCOUNT_GOVERNANCE,
                SOME,
                "Requests approved by email; no retirement process",
                Basis.INTERVIEW)
            .evidence(Practice.ACCOUNT_INVENTORY, HALF)
            .evidence(Practice.RISK_MANAGEMENT, SOME)
            .evidence(Practice.EXECUTIVE_SPONSORSHIP, HALF)
            .evidence(Practice.DEDICATED_TEAM, MOST)
            .evidence(Practice.CENTER_OF_EXCELLENCE, MOST)
            .evidence(Practice.PROGRAM_CHARTER, HALF)
            .evidence(Practice.BUSINESS_UNIT_COORDINATION, HALF)
            .evidence(Practice.BUSINESS_UNIT_ENABLEMENT, HALF)
            .evidence(Practice.FUNDING, HALF)
            .evidence(
                Practice.TECHNOLOGY_PLATFORMS,
                SOME,
                "Each unit chose its own publishing and listening tools",
                Basis.INTERVIEW)
            .evidence(Practice.TRIAGE_PROCESS, HALF)
            .evidence(
                Practice.CRISIS_PLAN,
                HALF,
                "Crisis plan exists; last drill in 2024",
                Basis.ARTIFACT_CHECKED)
            .evidence(Practice.CONTENT_STRATEGY, MOST)
            .evidence(Practice.CROSS_FUNCTIONAL_INTEGRATION, HALF)
            .evidence(Practice.REAL_TIME_RESPONSE, SOME)
            .evidence(
                Practice.EMPLOYEE_EDUCATION,
                HALF,
                "Annual e-learning; no role-based training",
                Basis.INTERVIEW)
            .evidence(Practice.BEST_PRACTICE_SHARING, HALF)
            .evidence(Practice.INTERNAL_COLLABORATION, HALF)
            .evidence(Practice.LISTENING, MOST)
            .evidence(Practice.OFFICIAL_PRESENCE, MOST)
            .evidence(Practice.COMMUNITY_ENGAGEMENT, MOST)
            .evidence(Practice.SOCIAL_CUSTOMER_SUPPORT, HALF)
            .evidence(Practice.EMPLOYEE_PARTICIPATION, SOME)
            .evidence(Practice.OBJECTIVE_ALIGNED_METRICS, MOST)
            .evidence(
                Practice.BUSINESS_OUTCOME_METRICS,
                SOME,
                "Only marketing attribution; no revenue link",
                Basis.ARTIFACT_CHECKED)
            .evidence(Practice.CUSTOMER_INSIGHT_INTEGRATION, SOME);
    addInventory(b);
    return b.build();
  }

  /** Adds 178 accounts: the published per-platform averages, every fourth one idle, six orphaned. */
  private static void addInventory(Organization.Builder b) {
    Platform[] platforms = {
      Platform.TWITTER, Platform.BLOG, Platform.FACEBOOK, Platform.LINKEDIN,
      Platform.YOUTUBE, Platform.INSTAGRAM, Platform.PINTEREST, Platform.OTHER
    };
    int[] counts = {39, 32, 30, 29, 20, 18, 5, 5};
    String[] units = {"Consumer Electronics", "Enterprise Cloud", "Healthcare Devices", null};
    int n = 0;
    for (int p = 0; p < platforms.length; p++) {
      for (int k = 0; k < counts[p]; k++) {
        String unit = units[n % units.length];
        String owner =
            n % 29 == 7 ? null : unit == null ? "Corporate communications" : unit + " marketing";
        LocalDate created = LocalDate.of(2012 + n % 12, 1 + n % 12, 1 + n % 28);
        LocalDate last = n % 4 == 1 ? created.plusMonths(6) : AS_OF.minusDays(n % 30);
        b.addAccount(
            account(
                platforms[p],
                "globex-" + platforms[p].name().toLowerCase(Locale.ROOT) + "-" + (k + 1),
                unit,
                owner,
                created.getYear(),
                created.getMonthValue(),
                created.getDayOfMonth(),
                last));
        n++;
      }
    }
  }

  private static SocialAccount account(
      Platform platform,
      String handle,
      @Nullable String unit,
      @Nullable String owner,
      int year,
      int month,
      int day,
      LocalDate last) {
    SocialAccount.Builder a =
        SocialAccount.builder()
            .platform(platform)
            .handle(handle)
            .created(LocalDate.of(year, month, day))
            .lastActivity(last);
    if (unit != null) {
      a.businessUnit(unit);
    }
    if (owner != null) {
      a.owner(owner);
    }
    return a.build();
  }
}
