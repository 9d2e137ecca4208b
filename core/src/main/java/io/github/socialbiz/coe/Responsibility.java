package io.github.socialbiz.coe;

import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import java.util.List;

/**
 * A responsibility of a social Center of Excellence, such as {@code MEASUREMENT}.
 *
 * <p>The list is assembled from secondary sources (the readiness report's own figure on the anatomy of a
 * CoE was not retrievable), so the set as a whole is the library's reading; each item cites where it is
 * named. {@link #owners()} gives the roles that can own each responsibility.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Responsibility {
  /** High-level social strategy: leadership and the road map. */
  STRATEGY(
      "Strategy and road map",
      "Leads the social strategy and keeps its road map",
      Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Responsibilities of the CoE", SINGLE_SOURCE)),
  /** Training, education and best-practice sharing. */
  EDUCATION(
      "Training and education",
      "Teaches employees and business units and spreads what works",
      Source.SOCIAL_READINESS_2011.at("Finding 3", CORROBORATED)),
  /** Research into customers, markets and practice. */
  RESEARCH(
      "Research",
      "Studies customers, markets and emerging practice for the program",
      Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Responsibilities of the CoE", SINGLE_SOURCE)),
  /** Measurement, analytics, reporting and accountability. */
  MEASUREMENT(
      "Measurement and accountability",
      "Runs analytics and reporting and holds the program to its goals",
      Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Responsibilities of the CoE", SINGLE_SOURCE)),
  /** Selection of vendors and technology. */
  VENDOR_SELECTION(
      "Vendor selection",
      "Chooses technology vendors and agencies for the whole organization",
      Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at("Responsibilities of the CoE", SINGLE_SOURCE)),
  /** Authority to set process and policy for social across the organization. */
  GOVERNANCE(
      "Governance and policy",
      "Sets process and policy for social across the organization, with executive backing",
      Source.SEVEN_SUCCESS_FACTORS_2013.at("Governance chapter", SINGLE_SOURCE)),
  /** Shared services for business units: templates, software and knowledge. */
  SHARED_SERVICES(
      "Shared services",
      "Provides business units with templates, software and knowledge",
      Source.HUB_AND_SPOKE_FORMATION_2010.at(
          "Hub and spoke provides centralized resources to business units", SINGLE_SOURCE)),
  /** Aligning road maps and plans across functions, properties and regions, for example in a council. */
  ALIGNMENT(
      "Cross-unit alignment",
      "Aligns plans across functions, properties and regions, for example through a council",
      Source.COHERENT_STRATEGY_DECK_2013.at("eBay Center of Excellence", SINGLE_SOURCE));

  private static final Lookup<Responsibility> LOOKUP =
      Lookup.of(Responsibility.class, r -> List.of(r.displayName));

  private final String displayName;
  private final String description;
  private final Citation citation;

  Responsibility(String displayName, String description, Citation citation) {
    this.displayName = displayName;
    this.description = description;
    this.citation = citation;
  }

  /**
   * Obtains a responsibility from its name, number or display name, in any case.
   *
   * @param text  the text
   * @return the responsibility, not null
   * @throws SocialBusinessException if the text names no responsibility
   */
  public static Responsibility parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the human-readable name, such as "Measurement and accountability".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets what the responsibility covers, in the library's words.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Gets where the responsibility is named.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }

  /**
   * Gets the roles that can own this responsibility.
   *
   * @return the roles, not empty
   */
  public ImmutableSet<Role> owners() {
    ImmutableSet.Builder<Role> owners = ImmutableSet.builder();
    for (Role role : Role.values()) {
      if (role.accountableFor().contains(this)) {
        owners.add(role);
      }
    }
    return Sets.immutableEnumSet(owners.build());
  }

  /**
   * Gets every responsibility, in declaration order.
   *
   * @return the responsibilities, not empty
   */
  public static ImmutableList<Responsibility> all() {
    return ImmutableList.copyOf(values());
  }
}
