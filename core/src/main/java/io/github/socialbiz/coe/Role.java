package io.github.socialbiz.coe;

import static io.github.socialbiz.coe.Responsibility.ALIGNMENT;
import static io.github.socialbiz.coe.Responsibility.EDUCATION;
import static io.github.socialbiz.coe.Responsibility.GOVERNANCE;
import static io.github.socialbiz.coe.Responsibility.MEASUREMENT;
import static io.github.socialbiz.coe.Responsibility.RESEARCH;
import static io.github.socialbiz.coe.Responsibility.SHARED_SERVICES;
import static io.github.socialbiz.coe.Responsibility.STRATEGY;
import static io.github.socialbiz.coe.Responsibility.VENDOR_SELECTION;
import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.INFERRED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import java.util.List;

/**
 * A role on a social business team or Center of Excellence, such as {@code COMMUNITY_MANAGER}.
 *
 * <p>Each role knows the CoE {@link Responsibility responsibilities} it can own and the stage from which
 * the library expects it ({@link #expectedFrom()}). That expectation is the library's own reading of the
 * stage descriptions (a strategist and small team at Engagement; a sponsor, hub, liaisons, analysts and
 * campaign managers when the program is formalized and scales, so the strategist comes before the campaign
 * manager); it is cited as {@code INFERRED} where the sources do not tie a role to a stage. The measurement
 * of success is owned by the strategist alone (seed S1 makes the strategist answer for it); analysts
 * support it but do not own it.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Role {
  /** The senior or C-level backer who gives the CoE its authority. */
  EXECUTIVE_SPONSOR(
      "Executive sponsor",
      List.of("Sponsor", "C-level sponsor"),
      "A senior or C-level executive who backs the program and gives the CoE its authority",
      List.of(GOVERNANCE),
      Stage.FORMALIZED,
      Source.SIX_STAGES_2013.at("Stage 4, Formalized: executive sponsor", CORROBORATED)),
  /** The leader of the program and the CoE; owns the charter and is accountable for measuring success. */
  CORPORATE_SOCIAL_STRATEGIST(
      "Corporate social strategist",
      List.of("Social strategist", "Strategist"),
      "Leads the program and the CoE, owns the charter, works with business units, rolls out programs and "
          + "answers for measuring success; usually comes from marketing or corporate communications, and "
          + "the team reports to them",
      List.of(STRATEGY, GOVERNANCE, MEASUREMENT, VENDOR_SELECTION, ALIGNMENT),
      Stage.ENGAGEMENT,
      Source.KMWORLD_2011.at(
          "Who leads the team: the strategist's charter, business units, roll-out and measurement",
          SINGLE_SOURCE)),
  /** The front line of customer interaction, increasingly also evangelism and education. */
  COMMUNITY_MANAGER(
      "Community manager",
      List.of(),
      "Works on the front line of customer conversations and, more and more, evangelizes and teaches",
      List.of(EDUCATION),
      Stage.ENGAGEMENT,
      Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at(
          "Roles: community managers, the front lines of customer interaction and engagement",
          CORROBORATED)),
  /** Coordinates the enterprise: helps sales, support, product and field teams get on board. */
  BUSINESS_UNIT_LIAISON(
      "Business unit liaison",
      List.of("Liaison", "BU liaison"),
      "Brings sales, support, product, field teams and executives on board; often organized by region",
      List.of(EDUCATION, SHARED_SERVICES, ALIGNMENT),
      Stage.FORMALIZED,
      Source.TEAM_COMPOSITION_2011.at("Business-unit facing group", CORROBORATED)),
  /** Runs social campaigns or programs. */
  CAMPAIGN_MANAGER(
      "Campaign or product manager",
      List.of("Campaign manager", "Product manager", "Social media campaign manager"),
      "Runs social campaigns and programs for a product or business line",
      List.of(),
      Stage.FORMALIZED,
      Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Roles", SINGLE_SOURCE)),
  /** Measurement and analysis. */
  SOCIAL_ANALYST(
      "Social analyst",
      List.of("Analyst"),
      "Measures and analyses social activity and its effect on the business, in support of the"
          + " strategist who answers for measuring success",
      List.of(RESEARCH),
      Stage.FORMALIZED,
      Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Roles", CORROBORATED)),
  /** Builds integrations and applications. */
  DEVELOPER(
      "Developer",
      List.of("Development team"),
      "Builds the integrations and applications the program needs",
      List.of(SHARED_SERVICES, VENDOR_SELECTION),
      Stage.STRATEGIC,
      Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Roles", CORROBORATED)),
  /** Plans and curates content; an emerging role. */
  CONTENT_STRATEGIST(
      "Content strategist",
      List.of(),
      "Plans what is published and keeps the content strategy; an emerging role because content decides success",
      List.of(SHARED_SERVICES),
      Stage.FORMALIZED,
      true,
      Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Roles: emerging", SINGLE_SOURCE));

  private static final Lookup<Role> LOOKUP =
      Lookup.of(
          Role.class,
          r -> ImmutableList.<String>builder().add(r.displayName).addAll(r.aliases).build());

  private final String displayName;
  private final ImmutableList<String> aliases;
  private final String description;
  private final ImmutableSet<Responsibility> accountableFor;
  private final Stage expectedFrom;
  private final boolean emerging;
  private final Citation citation;

  Role(
      String displayName,
      List<String> aliases,
      String description,
      List<Responsibility> accountableFor,
      Stage expectedFrom,
      Citation citation) {
    this(displayName, aliases, description, accountableFor, expectedFrom, false, citation);
  }

  Role(
      String displayName,
      List<String> aliases,
      String description,
      List<Responsibility> accountableFor,
      Stage expectedFrom,
      boolean emerging,
      Citation citation) {
    this.displayName = displayName;
    this.aliases = ImmutableList.copyOf(aliases);
    this.description = description;
    this.accountableFor = Sets.immutableEnumSet(accountableFor);
    this.expectedFrom = expectedFrom;
    this.emerging = emerging;
    this.citation = citation;
  }

  /**
   * Obtains a role from its name, number, display name or alias, in any case.
   *
   * @param text  the text, such as "community manager" or "liaison"
   * @return the role, not null
   * @throws SocialBusinessException if the text names no role
   */
  public static Role parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the human-readable name, such as "Community manager".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets what the role does, in the library's words.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Gets the CoE responsibilities this role can own.
   *
   * @return the responsibilities, possibly empty (a campaign manager owns none of the CoE's own)
   */
  public ImmutableSet<Responsibility> accountableFor() {
    return accountableFor;
  }

  /**
   * Gets the first stage at which the library expects this role on the team.
   *
   * @return the stage, not null
   */
  public Stage expectedFrom() {
    return expectedFrom;
  }

  /**
   * Checks if the research describes the role as emerging rather than established (the content
   * strategist). An emerging role missing from a team is worth noting, at a lower severity than an
   * established one.
   *
   * @return true if emerging
   */
  public boolean isEmerging() {
    return emerging;
  }

  /**
   * Gets where the role and its duties are described.
   *
   * @return the citations: the source of the role (for the strategist, also of their background; for the
   *     community manager, also of the evangelism and education), then the library's reading of its stage
   */
  public ImmutableList<Citation> citations() {
    Citation stage =
        Source.SIX_STAGES_2013.at(
            "Stage " + expectedFrom.number() + ": when the role is expected", INFERRED);
    return switch (this) {
      case CORPORATE_SOCIAL_STRATEGIST -> ImmutableList.of(citation, STRATEGIST_BACKGROUND, stage);
      case COMMUNITY_MANAGER -> ImmutableList.of(citation, COMMUNITY_MANAGER_EVANGELISM, stage);
      default -> ImmutableList.of(citation, stage);
    };
  }

  /** Where evangelism and education are said to become part of the community manager's role (seed 000). */
  private static final Citation COMMUNITY_MANAGER_EVANGELISM =
      Source.READINESS_COMMENTARY_2011.at(
          "Evangelism and education have become a critical component of the community manager's role",
          SINGLE_SOURCE);

  /** Where the strategist's background and the team reporting to the strategist are described. */
  private static final Citation STRATEGIST_BACKGROUND =
      Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at(
          "The strategist leads the CoE, most likely from marketing or corporate communications; the"
              + " roles report to the strategist",
          SINGLE_SOURCE);

  /**
   * Gets the roles the library expects at a stage: those expected from that stage or earlier.
   *
   * @param stage  the stage
   * @return the expected roles, possibly empty (none at Planning)
   */
  public static ImmutableSet<Role> expectedAt(Stage stage) {
    requireNonNull(stage, "stage");
    ImmutableSet.Builder<Role> roles = ImmutableSet.builder();
    for (Role role : values()) {
      if (stage.isAtLeast(role.expectedFrom)) {
        roles.add(role);
      }
    }
    return Sets.immutableEnumSet(roles.build());
  }
}
