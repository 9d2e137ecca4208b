package io.github.socialbiz.assessment;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.practice.Adoption.SOME;
import static io.github.socialbiz.source.Provenance.INFERRED;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.github.socialbiz.governance.SuccessFactor;
import io.github.socialbiz.internal.Words;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistics;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The book "success": the seven success factors and the two criteria of a successful strategy. */
final class SuccessBook {

  private SuccessBook() {}

  static RuleBook<Snapshot> build() {
    ImmutableList.Builder<Rule<Snapshot>> rules = ImmutableList.builder();
    rules.add(
        StandardRule.of(
            "success.aligned-with-business-goals",
            SuccessFactor.twoCriteria().get(0),
            Severity.HIGH,
            Source.SIX_STAGES_2013.at(
                "reads the first criterion of a successful strategy: aligned with business goals"
                    + " (as goals ranked and outcomes measured)",
                INFERRED),
            "Tie each social initiative to a stated business goal and measure it against that goal",
            s -> {
              Organization o = s.organization();
              return StandardRule.verdictAll(
                  "The strategy is not clearly tied to business goals (only "
                      + Statistics.STRATEGY_CONNECTED_TO_OUTCOMES.formattedValue()
                      + " of companies say theirs is)",
                  ImmutableList.of(
                      CriterionRules.atLeast(o, Practice.BUSINESS_GOALS, HALF),
                      CriterionRules.atLeast(o, Practice.BUSINESS_OUTCOME_METRICS, SOME)));
            }));
    // The second criterion, organizational alignment and support that enable execution, read as
    // three
    // things: executive support, the units coordinated (or a hub that coordinates them) and
    // funding.
    rules.add(
        StandardRule.of(
            "success.organization-aligned",
            SuccessFactor.twoCriteria().get(1),
            Severity.HIGH,
            Source.SIX_STAGES_2013.at(
                "reads the second criterion of a successful strategy: organizational alignment and"
                    + " support that enable execution (as executive support, coordination and funding)",
                INFERRED),
            "Win visible executive support, coordinate the business units through a hub, and fund"
                + " the program beyond the next campaign",
            s -> {
              Organization o = s.organization();
              Reason coordination =
                  CriterionRules.atLeast(o, Practice.BUSINESS_UNIT_COORDINATION, HALF);
              // a hub nobody could confirm or deny is unknown, never no
              Truth hub = FactMeaning.CENTER_OF_EXCELLENCE_STAFFED.truth(o);
              return StandardRule.verdictAll(
                  "The organization is not aligned behind the strategy (only half of companies say"
                      + " their top executives are)",
                  ImmutableList.of(
                      CriterionRules.atLeast(o, Practice.EXECUTIVE_SPONSORSHIP, HALF),
                      Reason.of(
                          "The business units are coordinated, or a staffed hub coordinates them",
                          coordination.truth().or(hub),
                          coordination.evidence()
                              + "; "
                              + FactMeaning.CENTER_OF_EXCELLENCE_STAFFED.evidence(o)),
                      CriterionRules.atLeast(o, Practice.FUNDING, HALF)));
            }));
    for (SuccessFactor f : SuccessFactor.values()) {
      String slug = Ascii.toLowerCase(f.name()).replace('_', '-');
      rules.add(
          StandardRule.of(
              "success." + slug,
              f.displayName(),
              Severity.MEDIUM,
              f.citation(),
              f.displayName()
                  + ": raise "
                  + f.evidence().stream()
                      .map(p -> Words.lowerFirst(p.displayName()))
                      .collect(Collectors.joining(" and "))
                  + " to at least about half",
              s -> {
                List<Reason> reasons = new ArrayList<>();
                for (Practice p : f.evidence()) {
                  reasons.add(CriterionRules.atLeast(s.organization(), p, HALF));
                }
                return StandardRule.verdictAll(
                    "Success factor "
                        + f.number()
                        + " is not covered: "
                        + Words.lowerFirst(f.displayName()),
                    reasons);
              }));
    }
    return RuleBook.of("success", rules.build());
  }
}
