package io.github.socialbiz.assessment;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.practice.Adoption.MOST;
import static io.github.socialbiz.source.Provenance.INFERRED;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import java.util.Locale;
import java.util.Optional;

/**
 * Recommends the organizational model the evidence supports.
 *
 * <pre>{@code
 * ModelFit.recommend(SampleOrganizations.multinational());   // DANDELION: 3 business units across 3 regions; ...
 * }</pre>
 *
 * <p>The sources describe each model's strengths and costs but give no decision procedure; the order of
 * tests below is the library's own reading of them ({@code INFERRED}), checked in this order:
 *
 * <ol>
 *   <li>{@link OrganizationalModel#HONEYCOMB} when employees broadly take part, are educated (most or
 *       all) and their activity is monitored (moderation or listening at about half or more), and the
 *       stance encourages participation;
 *   <li>{@link OrganizationalModel#DANDELION} for 3 or more business units spread over 2 or more regions,
 *       or in a company of 50,000 or more;
 *   <li>{@link OrganizationalModel#CENTRALIZED} below 1,000 employees, or in a company stated to be
 *       regulated with at most one business unit;
 *   <li>{@link OrganizationalModel#HUB_AND_SPOKE} otherwise; when the company has at most one business
 *       unit and its regulation is not stated, a reason says that a regulator would make the centralized
 *       model the better fit (unstated is never read as "not regulated").
 * </ol>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ModelFit {

  /** Headcount from which several units suggest the dandelion model even within one region. */
  public static final int DANDELION_EMPLOYEES = 50_000;

  private ModelFit() {}

  /**
   * Recommends a model for an organization.
   *
   * @param o  the organization
   * @return the recommendation with its reasons, not null
   */
  public static ModelRecommendation recommend(Organization o) {
    requireNonNull(o, "o");
    int units = o.businessUnits().size();
    int regions = regions(o);
    ImmutableList.Builder<String> reasons = ImmutableList.builder();
    OrganizationalModel model;
    // the honeycomb only on what is known: a practice not assessed never recommends it
    if (honeycomb(o).isTrue()) {
      model = OrganizationalModel.HONEYCOMB;
      reasons.add("Employees broadly take part, are educated and monitored, and are encouraged to");
    } else if (units >= 3 && (regions >= 2 || o.employees() >= DANDELION_EMPLOYEES)) {
      model = OrganizationalModel.DANDELION;
      reasons.add(
          units
              + " business units "
              + (regions == 0
                  ? "of a company of "
                      + String.format(Locale.ROOT, "%,d", DANDELION_EMPLOYEES)
                      + " or more employees"
                  : "across " + regions + " regions")
              + " act almost as companies of their own");
    } else if (o.employees() < 1_000) {
      model = OrganizationalModel.CENTRALIZED;
      reasons.add("Fewer than 1,000 employees: one small central team can serve the whole company");
    } else if (units <= 1 && o.regulated().equals(Optional.of(true))) {
      model = OrganizationalModel.CENTRALIZED;
      reasons.add("A regulated company with at most one business unit");
    } else {
      model = OrganizationalModel.HUB_AND_SPOKE;
      reasons.add(
          units >= 2
              ? units + " business units that need autonomy within shared rules"
              : "Functions and regions that need to act with autonomy within shared rules");
      if (units >= 3 && regions == 0) {
        // no region listed is not "one region": say what the answer would change
        reasons.add(
            "No regions are listed: if the units work in two or more regions, the dandelion is the"
                + " better fit");
      }
      if (units <= 1 && o.regulated().isEmpty()) {
        // unstated is not "not regulated": say what the answer would change
        reasons.add(
            "Not stated whether a regulator oversees the company: if one does, a single central team"
                + " is the better fit");
      }
    }
    reasons.add("Strength: " + model.advantages().get(0));
    reasons.add("Watch out: " + model.drawbacks().get(model.drawbacks().size() - 1));
    String size = sizeNote(o.employees());
    if (!size.isEmpty()) {
      reasons.add(size);
    }
    ImmutableList.Builder<Citation> citations =
        ImmutableList.<Citation>builder()
            .addAll(model.citations())
            .add(
                Source.FIVE_WAYS_TO_ORGANIZE_2010.at(
                    "Choosing a model (decision order is the library's reading)", INFERRED));
    if (!size.isEmpty()) {
      citations.add(SIZE_CITATION);
    }
    return ModelRecommendation.of(model, reasons.build(), citations.build());
  }

  /**
   * Whether the evidence supports a honeycomb, on three values: employees take part (about half), are
   * educated (most) and monitored (moderation or listening at about half), and the organization encourages
   * them. Unknown when that turns on practices nobody has assessed or on a stance nobody stated; {@link
   * #recommend} recommends the honeycomb only when it is true.
   */
  static Truth honeycomb(Organization o) {
    // a stance nobody stated is unknown, not "not encouraged"
    Truth encouraged =
        o.participationStance()
            .map(s -> Truth.of(s == ParticipationStance.ENCOURAGED))
            .orElse(Truth.UNKNOWN);
    return encouraged
        .and(o.grade(Practice.EMPLOYEE_PARTICIPATION).atLeast(HALF))
        .and(o.grade(Practice.EMPLOYEE_EDUCATION).atLeast(MOST))
        .and(
            o.grade(Practice.MODERATION_REVIEW)
                .atLeast(HALF)
                .or(o.grade(Practice.LISTENING).atLeast(HALF)));
  }

  /**
   * Checks if the recommendation turns on regions nobody listed: a company of three or more units would
   * get {@link OrganizationalModel#DANDELION} if they worked in two or more regions, and gets {@link
   * OrganizationalModel#HUB_AND_SPOKE} as long as no region is listed.
   */
  static boolean turnsOnRegions(Organization o) {
    return regions(o) == 0
        && o.businessUnits().size() >= 3
        && recommend(o).model() == OrganizationalModel.HUB_AND_SPOKE;
  }

  /** The regions the organization works in: those it lists, or its units' if they name more. */
  private static int regions(Organization o) {
    return Math.max(
        o.regions().size(),
        (int) o.businessUnits().stream().flatMap(u -> u.region().stream()).distinct().count());
  }

  /**
   * Checks if the recommendation turns on a regulation nobody stated: the company would get {@link
   * OrganizationalModel#CENTRALIZED} if a regulator oversaw it, and gets {@link
   * OrganizationalModel#HUB_AND_SPOKE} as long as nobody says.
   */
  static boolean turnsOnRegulation(Organization o) {
    return o.regulated().isEmpty()
        && o.businessUnits().size() <= 1
        && recommend(o).model() == OrganizationalModel.HUB_AND_SPOKE;
  }

  /**
   * Where company size is read: small companies can draw on the crowd of employees and customers and
   * run social as a side job; large ones are siloed but can put resources behind a program (seed S1).
   * The bands, under 1,000 and from 5,000 employees, are the library's reading.
   */
  private static final Citation SIZE_CITATION =
      Source.KMWORLD_2011.at(
          "reads company size: small companies harness the crowd, large ones are siloed but"
              + " resourced (small under 1,000, large from 5,000 employees)",
          INFERRED);

  /**
   * What company size means for how social is organized, or empty for the band in between.
   *
   * @param employees  the headcount
   * @return the note, or an empty string
   */
  static String sizeNote(int employees) {
    if (employees < 1_000) {
      return "A small company: social is often someone's second or third job, and employees and"
          + " customers can carry more of it";
    }
    if (employees >= 5_000) {
      return "A large company: silos slow social down, but the company can put people and money"
          + " behind the program";
    }
    return "";
  }
}
