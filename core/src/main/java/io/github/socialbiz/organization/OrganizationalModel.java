package io.github.socialbiz.organization;

import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.INFERRED;
import static io.github.socialbiz.source.Provenance.REPORTED;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Statistics;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One of the five ways a company organizes for social business, such as {@code HUB_AND_SPOKE}.
 *
 * <p>The canonical names are those of the 2011 and later reports. {@link #parse(CharSequence)} also
 * accepts the 2010 blog names (Organic, Coordinated, Multiple Hub and Spoke, Holistic), the nicknames
 * (Dandelion, Honeycomb) and the 2009 precursors (Tire, Tower).
 *
 * <pre>{@code
 * OrganizationalModel.parse("hub & spoke");   // HUB_AND_SPOKE
 * OrganizationalModel.parse("Holistic");      // HONEYCOMB
 * DANDELION.adoption(2012);                   // Optional[model.dandelion.2012 = 23.6% (2012)]
 * }</pre>
 *
 * <p>Where every copy of the 2010 matrix is cut off, the library leaves the cell out rather than guess;
 * such gaps are noted in {@link #caveat()}.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum OrganizationalModel {
  /** Organic: social grows from the edges with no coordination. */
  DECENTRALIZED(
      "Decentralized",
      List.of("Organic", "Tire", "Distributed"),
      "Social grows from the edges of the company: anyone may use any channel, and nobody coordinates.",
      List.of(
          "Feels authentic and trustworthy",
          "Conversations sit close to products and customers",
          "Grows organically and invites experiment"),
      List.of(
          "Customers meet an inconsistent experience",
          "One part of the company does not know what another is doing",
          "Unchecked account proliferation that must later be cleaned up"),
      "Companies organized this way pay later to clean up the accounts and inconsistency they let grow "
          + "(the 2010 matrix's own tip for this model is cut off in every copy).",
      List.of("Sun Microsystems")),
  /** One department controls all social activity. */
  CENTRALIZED(
      "Centralized",
      List.of("Tower"),
      "One department, often corporate communications, runs every social channel and message.",
      List.of("A consistent voice and message control", "Efficient use of scarce resources"),
      List.of(
          "Can feel less authentic",
          "Limits the autonomy of business units",
          "Process-heavy and slower to respond",
          "A short-term fix that does not scale"),
      "It suits regulated industries and brands under scrutiny, but even then bring employees' voices forward.",
      List.of("Ford", "regulated companies")),
  /** Coordinated: a cross-functional hub supports business-unit spokes. */
  HUB_AND_SPOKE(
      "Hub and Spoke",
      List.of("Coordinated", "Hub-and-Spoke", "Hub & Spoke", "Cross-functional"),
      "A central cross-functional team, often the Center of Excellence, sets rules and helps business units, "
          + "product teams and regions run their own social with its guidance.",
      List.of(
          "The hub sees what every spoke is doing",
          "Customers get a consistent experience from shared resources"),
      List.of(
          "Costly",
          "Needs executive support, program management and buy-in across departments",
          "Takes time to spread through the organization"),
      "The hub should enable the spokes, not police them; most companies were moving to this model to give "
          + "business units autonomy safely.",
      List.of("Red Cross")),
  /** Multiple hub and spoke: business units with their own hubs under central policy. */
  DANDELION(
      "Dandelion",
      List.of("Multiple Hub and Spoke", "Multiple Hub & Spoke", "Multiple-Hub-and-Spoke"),
      "Each business unit acts almost as a company of its own, with its own social strategy, staff and "
          + "hub, under policies set by a central Center of Excellence and a shared brand.",
      List.of(
          "Business units deploy social as they see fit",
          "Customers still get a shared brand experience"),
      List.of(
          "Needs constant communication, which can become internal noise",
          "Needs strong cultural and executive buy-in and dedicated staff in every unit"),
      "Best for large multinationals with many product lines; the links between hubs can break, so let "
          + "spokes connect to each other directly, not only through the centre.",
      List.of("HP", "IBM", "Microsoft")),
  /** Holistic: every employee may be social, coordinated and monitored. */
  HONEYCOMB(
      "Honeycomb",
      List.of("Holistic"),
      "Any employee who wants to take part is enabled to, in a consistent, organized pattern, "
          + "coordinated and monitored on one platform: everyone serves customers.",
      List.of("Draws on the whole workforce to help customers"),
      List.of(
          "Needs executives willing to let go",
          "Needs heavy employee education and monitoring (the library's reading: the rest of the 2010"
              + " cell is cut off in every copy)"),
      "Rare: leaders seldom trust employees this far yet, and the training is usually not in place.",
      List.of("Dell", "Zappos", "Best Buy (Twelpforce)"));

  private static final Lookup<OrganizationalModel> LOOKUP =
      Lookup.of(
          OrganizationalModel.class,
          m -> ImmutableList.<String>builder().add(m.displayName).addAll(m.aliases).build());

  private final String displayName;
  private final ImmutableList<String> aliases;
  private final String description;
  private final ImmutableList<String> advantages;
  private final ImmutableList<String> drawbacks;
  private final String caveat;
  private final ImmutableList<String> examples;

  OrganizationalModel(
      String displayName,
      List<String> aliases,
      String description,
      List<String> advantages,
      List<String> drawbacks,
      String caveat,
      List<String> examples) {
    this.displayName = displayName;
    this.aliases = ImmutableList.copyOf(aliases);
    this.description = description;
    this.advantages = ImmutableList.copyOf(advantages);
    this.drawbacks = ImmutableList.copyOf(drawbacks);
    this.caveat = caveat;
    this.examples = ImmutableList.copyOf(examples);
  }

  /**
   * Obtains a model from its name, number, display name or any published alias, in any case.
   *
   * @param text  the text, such as "Holistic", "hub &amp; spoke" or "Multiple Hub and Spoke"
   * @return the model, not null
   * @throws SocialBusinessException if the text names no model; the message lists the accepted spellings
   */
  public static OrganizationalModel parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the human-readable name, such as "Hub and Spoke".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets the other names of this model in the sources: the 2010 blog name, nickname or 2009 precursor.
   *
   * @return the aliases, possibly empty
   */
  public ImmutableList<String> aliases() {
    return aliases;
  }

  /**
   * Gets how the model works, in the library's words.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Gets the advantages the 2010 matrix and later commentary give.
   *
   * @return the advantages, not empty
   */
  public ImmutableList<String> advantages() {
    return advantages;
  }

  /**
   * Gets the drawbacks the 2010 matrix and later commentary give.
   *
   * @return the drawbacks, not empty
   */
  public ImmutableList<String> drawbacks() {
    return drawbacks;
  }

  /**
   * Gets the caveat, "what no one tells you" about the model, in the library's words.
   *
   * @return the caveat, not null
   */
  public String caveat() {
    return caveat;
  }

  /**
   * Gets companies the sources name as examples.
   *
   * @return the examples, not empty
   */
  public ImmutableList<String> exampleCompanies() {
    return examples;
  }

  /**
   * Gets where the model is described: the 2010 matrix for the definition, the advantages and the
   * drawbacks; the 2012 article (seed 003) for the five patterns' names and one-line definitions only (it
   * leaves the pros and cons to a video); and, for the decentralized, centralized and honeycomb models,
   * Owyang's 2013 reading of where each is heading (proliferation, no scale, leaders' trust), which is not
   * in the 2010 matrix. A drawback that fills a cell cut off in every copy of the 2010 matrix (the
   * honeycomb's need for heavy education and monitoring) has a citation of its own, graded {@code
   * INFERRED}.
   *
   * @return the citations, not empty
   */
  public ImmutableList<Citation> citations() {
    Citation matrix =
        Source.FIVE_WAYS_TO_ORGANIZE_2010.at(
            "Framework and matrix: " + displayName + " (definition, pros and cons)", CORROBORATED);
    Citation models =
        Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at(
            "The five patterns: names and one-line definitions (pros and cons left to the video)",
            CORROBORATED);
    ImmutableList.Builder<Citation> b = ImmutableList.<Citation>builder().add(matrix, models);
    switch (this) {
      case DECENTRALIZED ->
          b.add(
              Source.SOCIAL_BUSINESS_SPREADS_2013.at(
                  "Where each model is heading: decentralized companies face unchecked proliferation",
                  REPORTED));
      case CENTRALIZED ->
          b.add(
              Source.SOCIAL_BUSINESS_SPREADS_2013.at(
                  "Where each model is heading: centralized is a short-term fix that cannot scale",
                  REPORTED));
      case HONEYCOMB ->
          b.add(
              Source.FIVE_WAYS_TO_ORGANIZE_2010.at(
                  "Framework and matrix: Honeycomb drawbacks, cut off in every copy (heavy education"
                      + " and monitoring is the library's reading)",
                  INFERRED),
              Source.SOCIAL_BUSINESS_SPREADS_2013.at(
                  "Where each model is heading: leaders do not yet trust employees this far and the"
                      + " training is not in place (as reported by CMSWire, 2013)",
                  REPORTED));
      default -> {
        // the 2010 matrix and the 2012 article say all the library says
      }
    }
    return b.build();
  }

  /**
   * Gets the published adoption figures of this model, oldest survey wave first.
   *
   * @return the statistics, possibly empty (the 2012 honeycomb figure was cut off and is not recorded)
   */
  public ImmutableList<Statistic> adoption() {
    String prefix = "model." + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".";
    return Statistics.all().stream()
        .filter(s -> s.key().startsWith(prefix))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the adoption figure of one survey year.
   *
   * @param year  the survey year, such as 2010 or 2012
   * @return the share of companies with 1,000+ employees using this model, or empty if none was published
   */
  public Optional<Statistic> adoption(int year) {
    String wave = Integer.toString(year);
    return adoption().stream().filter(s -> s.wave().equals(wave)).findFirst();
  }
}
