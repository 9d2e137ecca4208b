package io.github.socialbiz.assessment;

import static io.github.socialbiz.practice.Adoption.HALF;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.internal.Words;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Statistics;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares an organization with the published survey figures: strategy connected to outcomes (34%),
 * holistic approach (28%), plan beyond the next year (12%), executives aligned (52%, 2013), formal
 * roadmap (43%), account inventory (49%), employee education (26%), social media policy (85%), a dedicated
 * team (78%) and its size for the company's size band, and accounts per enterprise (178).
 *
 * <p>Which evidence places an organization in a survey's group (for example: business-outcome metrics at
 * about half or more count as "strategy connected to business outcomes") is the library's reading.
 *
 * @implSpec This class is immutable and thread-safe.
 */
final class Benchmarks {

  private Benchmarks() {}

  /**
   * Compares an organization with every published figure that applies to it.
   *
   * @param o  the organization
   * @return the benchmark lines, each citing its survey wave
   */
  static ImmutableList<Benchmark> of(Organization o) {
    requireNonNull(o, "o");
    ImmutableList.Builder<Benchmark> lines = ImmutableList.builder();
    lines.add(
        group(
            o,
            Statistics.STRATEGY_CONNECTED_TO_OUTCOMES,
            Practice.BUSINESS_OUTCOME_METRICS,
            "whose social strategy is connected to business outcomes"));
    lines.add(
        group(
            o,
            Statistics.HOLISTIC_APPROACH_2012,
            Practice.CROSS_FUNCTIONAL_INTEGRATION,
            "whose business lines and functions work together under one social vision"));
    lines.add(
        group(
            o,
            Statistics.PLAN_BEYOND_ONE_YEAR,
            Practice.STRATEGY_ROADMAP,
            "with a plan that reaches beyond the next year"));
    lines.add(
        group(
            o,
            Statistics.EXECUTIVES_ALIGNED_2013,
            Practice.EXECUTIVE_SPONSORSHIP,
            "whose executives are aligned with the strategy"));
    lines.add(
        group(
            o,
            Statistics.FORMAL_ROADMAP,
            Practice.STRATEGY_ROADMAP,
            "with a formal roadmap or plan of record"));
    lines.add(
        group(
            o,
            Statistics.INVENTORY_TAKEN,
            Practice.ACCOUNT_INVENTORY,
            "that have taken an inventory of their accounts"));
    lines.add(
        group(
            o,
            Statistics.EDUCATION_OFFERED,
            Practice.EMPLOYEE_EDUCATION,
            "that educate employees about social media"));
    lines.add(
        group(
            o,
            Statistics.POLICY_IN_PLACE,
            Practice.SOCIAL_MEDIA_POLICY,
            "with a social media policy"));
    // a hub is staffed as every gate reads it: on the roster, or on the respondents' word
    Truth staffed = FactMeaning.CENTER_OF_EXCELLENCE_STAFFED.truth(o);
    Truth appointed = o.grade(Practice.DEDICATED_TEAM).atLeast(HALF);
    Truth team = staffed.or(appointed);
    lines.add(
        Benchmark.of(
            Statistics.DEDICATED_TEAM_SHARE,
            team,
            team.isUnknown()
                ? teamNotKnown(o, staffed, appointed)
                : (team.isTrue()
                        ? "A dedicated team is in place (a staffed hub, or people appointed for at"
                            + " least about half of the program's work), so the organization is among"
                            + " the "
                        : "No dedicated team is in place yet (no staffed hub, and people appointed"
                            + " for less than about half of the program's work), so the organization is"
                            + " not yet among the ")
                    + Statistics.DEDICATED_TEAM_SHARE.formattedValue()
                    + " of companies surveyed with a dedicated social team"));
    SizeBand.of(o.employees())
        .benchmark()
        .ifPresent(
            b -> {
              Optional<Truth> unlisted = StandardRule.staffingOfAnUnlistedTeam(o);
              if (unlisted.isPresent()) {
                lines.add(
                    Benchmark.of(
                        b,
                        Truth.UNKNOWN,
                        "Not compared: the roster lists nobody, "
                            + (unlisted.get().isTrue()
                                ? "though the respondents say a hub is staffed; record who is on it"
                                    + " and their share of time"
                                : "and "
                                    + FactMeaning.CENTER_OF_EXCELLENCE_STAFFED.whyNotKnown(
                                        o, " whether a hub is staffed")
                                    + "; ask "
                                    + CriterionRules.ask(Fact.CENTER_OF_EXCELLENCE_STAFFED))));
                return;
              }
              double fte = o.coe().totalFte();
              lines.add(
                  Benchmark.of(
                      b,
                      fte >= b.value(),
                      "The organization's social team: "
                          + fte
                          + " FTE on the roster. Surveyed "
                          + b.population()
                          + " report "
                          + b.formattedValue()
                          + (fte >= b.value()
                              ? "; the team is at least that size"
                              : "; the team is smaller")));
            });
    int accounts = o.accounts().size();
    lines.add(
        accounts == 0
            ? Benchmark.of(
                Statistics.ACCOUNTS_PER_ENTERPRISE,
                Truth.UNKNOWN,
                "Not compared: no accounts are on file; ask "
                    + CriterionRules.ask(Fact.ACCOUNTS_INVENTORIED)
                    + " and record the inventory")
            : Benchmark.of(
                Statistics.ACCOUNTS_PER_ENTERPRISE,
                accounts <= Statistics.ACCOUNTS_PER_ENTERPRISE.value(),
                "The organization's inventory: "
                    + accounts
                    + (accounts == 1 ? " account" : " accounts")
                    + ". A surveyed enterprise has "
                    + Statistics.ACCOUNTS_PER_ENTERPRISE.formattedValue()
                    + " on average"
                    + (accounts <= Statistics.ACCOUNTS_PER_ENTERPRISE.value()
                        ? "; the organization has no more than that"
                        : "; the organization has more")));
    return lines.build();
  }

  private static Benchmark group(Organization o, Statistic s, Practice p, String group) {
    if (!o.isInScope(p)) {
      return Benchmark.of(
          s,
          Truth.UNKNOWN,
          "Not compared: "
              + Words.lowerFirst(p.displayName())
              + " was left out of scope, so the organization is not placed among the "
              + s.formattedValue()
              + " "
              + group);
    }
    Truth in = o.grade(p).atLeast(HALF);
    if (in.isUnknown()) {
      return Benchmark.of(s, in, notAssessed(p, group));
    }
    Adoption grade = o.grade(p).adoption().orElseThrow();
    return Benchmark.of(
        s,
        in,
        p.displayName()
            + ": "
            + share(grade)
            + ". "
            + s.formattedValue()
            + " of the companies surveyed are those "
            + group
            + "; the library counts an organization among them from about half, so this one is "
            + (in.isTrue() ? "among them" : "not yet among them")
            + gates(o, p, grade));
  }

  /** A grade as how far a practice is in place: "in place for about half of the organization". */
  private static String share(Adoption grade) {
    return switch (grade) {
      case NONE -> "not in place";
      case SOME -> "in place for some of the organization";
      case HALF -> "in place for about half of the organization";
      case MOST -> "in place for most or all of the organization";
    };
  }

  /**
   * Where a gate reads the same practice at another grade than the survey line, what it asks and whether
   * the organization meets it, so that the line never seems to contradict the gate's checklist: ". The
   * Foundation gate asks for some, which it meets".
   */
  private static String gates(Organization o, Practice p, Adoption grade) {
    StringBuilder s = new StringBuilder();
    for (Rung.Ladder ladder : Rung.Ladder.values()) {
      for (Rung rung : ladder.rungs()) {
        for (Criterion c : rung.entryCriteria()) {
          if (c instanceof PracticeCriterion pc && pc.practice() == p && pc.minimum() != HALF) {
            s.append(s.length() == 0 ? ". The " : "; the ")
                .append(rung.displayName())
                .append(" gate asks for ")
                .append(pc.minimum().displayName().toLowerCase(Locale.ROOT))
                .append(
                    grade.isAtLeast(pc.minimum())
                        ? ", which it meets"
                        : ", which it does not meet yet");
          }
        }
      }
    }
    return s.toString();
  }

  /**
   * The position of the dedicated-team line when nobody can tell: the practice not assessed, the
   * respondents unable to say whether a hub is staffed, or both; what to ask, never "no".
   */
  private static String teamNotKnown(Organization o, Truth staffed, Truth appointed) {
    String group = "with a dedicated social team";
    if (staffed.isFalse()) {
      return notAssessed(Practice.DEDICATED_TEAM, group);
    }
    String hub =
        "whether a hub is staffed ("
            + FactMeaning.CENTER_OF_EXCELLENCE_STAFFED.whyNotKnown(o, "")
            + ")";
    String ask = CriterionRules.ask(Fact.CENTER_OF_EXCELLENCE_STAFFED);
    return "Not assessed: "
        + (appointed.isUnknown()
            ? Words.lowerFirst(Practice.DEDICATED_TEAM.displayName()) + " and " + hub + " decide"
            : hub + " decides")
        + " whether the organization is among those "
        + group
        + "; ask "
        + (appointed.isUnknown() ? CriterionRules.ask(Practice.DEDICATED_TEAM) + " and " : "")
        + ask;
  }

  /** The position of a line whose practice nobody has assessed: what to ask, never "no". */
  private static String notAssessed(Practice p, String group) {
    return "Not assessed: "
        + Words.lowerFirst(p.displayName())
        + " decides whether the organization is among those "
        + group
        + "; ask "
        + CriterionRules.ask(p);
  }
}
