package io.github.socialbiz.assessment;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.practice.Adoption.SOME;
import static io.github.socialbiz.source.Provenance.INFERRED;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Responder;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.rules.Verdict;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistics;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The book "crisis": crisis readiness, from plan to response. */
final class CrisisBook {

  /**
   * The crisis analysis lists what crisis-hit companies lacked (an education program most often, then
   * professional staff, a triage system and an employee policy); the "at least half" threshold is the
   * library's, so the rules that read it are graded INFERRED.
   */
  private static Citation crisisAnalysis(String requirement) {
    return Source.SOCIAL_READINESS_2011.at(
        "Crisis analysis: internal requirements missing in crisis-hit companies ("
            + requirement
            + "); the 'at least half' threshold is the library's reading",
        INFERRED);
  }

  private CrisisBook() {}

  static RuleBook<Snapshot> build() {
    return RuleBook.of(
        "crisis",
        practiceRule(
            "crisis.policy",
            "An employee social media policy applies to at least half the organization",
            Severity.HIGH,
            Practice.SOCIAL_MEDIA_POLICY,
            HALF,
            crisisAnalysis("an employee policy"),
            "Publish a policy on what employees may post, and reinforce it"),
        practiceRule(
            "crisis.education",
            "Employee education reaches at least half the organization",
            Severity.HIGH,
            Practice.EMPLOYEE_EDUCATION,
            HALF,
            crisisAnalysis("an internal education program, the gap most often seen"),
            "Educate employees by role; its absence was the gap most often seen in crisis-hit companies"),
        practiceRule(
            "crisis.triage",
            "A triage and escalation process covers at least half the organization",
            Severity.HIGH,
            Practice.TRIAGE_PROCESS,
            HALF,
            crisisAnalysis("a triage system"),
            "Route incoming issues by type and severity to the right responder"),
        practiceRule(
            "crisis.plan",
            "A crisis plan covers at least half the organization",
            Severity.HIGH,
            Practice.CRISIS_PLAN,
            HALF,
            Source.SOCIAL_READINESS_2011.at(
                "Hierarchy level 2, Safety: a crisis-response team and plan (not in the crisis"
                    + " analysis's list; the 'at least half' threshold is the library's reading)",
                INFERRED),
            "Write a crisis plan and rehearse it: "
                + Statistics.PREPARED_WITH_PLAN.formattedValue()
                + " of companies with a formal plan feel prepared, against "
                + Statistics.PREPARED_WITHOUT_PLAN.formattedValue()
                + " without"),
        StandardRule.of(
            "crisis.team",
            "A crisis team is named",
            Severity.MEDIUM,
            Source.SOCIAL_READINESS_2011.at(
                "Hierarchy level 2, Safety: a crisis-response team and plan (a named team is the"
                    + " library's reading)",
                INFERRED),
            "Name the people who will respond in a crisis, with their roles, and train them",
            s -> {
              Organization o = s.organization();
              Reason r =
                  StandardRule.fact(
                      o,
                      Fact.CRISIS_TEAM_NAMED,
                      "People are named to respond in a crisis",
                      !o.crisisTeam().isEmpty(),
                      o.crisisTeam().isEmpty()
                          ? "no crisis team named"
                          : "crisis team: "
                              + o.crisisTeam().stream()
                                  .map(Responder::toString)
                                  .collect(Collectors.joining(", ")));
              return StandardRule.onFact(
                  o,
                  Fact.CRISIS_TEAM_NAMED,
                  r,
                  "Nobody is named to respond in a crisis",
                  ImmutableList.of());
            }),
        StandardRule.of(
            "crisis.engagement-before-response",
            "No conversation is invited before a response process exists",
            Severity.HIGH,
            Source.SIX_STAGES_2013.at(
                "Stage 2, Presence: best practice 2, on response expectations (the library's reading)",
                INFERRED),
            "Set up triage before inviting conversation, or choose tactics that promise no reply",
            s -> {
              Organization o = s.organization();
              Reason community = CriterionRules.atLeast(o, Practice.COMMUNITY_ENGAGEMENT, SOME);
              Reason support = CriterionRules.atLeast(o, Practice.SOCIAL_CUSTOMER_SUPPORT, SOME);
              Truth engaging = community.truth().or(support.truth());
              if (engaging.isFalse()) {
                return Verdict.notApplicable("no community engagement or social support yet");
              }
              Reason r = CriterionRules.atLeast(o, Practice.TRIAGE_PROCESS, SOME);
              if (r.isHeld()) {
                return Verdict.pass(r);
              }
              if (engaging.isTrue() && r.truth().isFalse()) {
                return Verdict.fail(
                    "Customers are invited to talk but there is no process to triage and answer them",
                    r);
              }
              List<String> ask = new ArrayList<>();
              if (r.isUnknown()) {
                ask.add(CriterionRules.ask(Practice.TRIAGE_PROCESS));
              }
              if (engaging.isUnknown()) {
                if (community.isUnknown()) {
                  ask.add(CriterionRules.ask(Practice.COMMUNITY_ENGAGEMENT));
                }
                if (support.isUnknown()) {
                  ask.add(CriterionRules.ask(Practice.SOCIAL_CUSTOMER_SUPPORT));
                }
              }
              return Verdict.unknown(
                  "Not verified: whether customers are invited to talk without a triage process",
                  ask,
                  List.of(community, support, r));
            }));
  }

  private static Rule<Snapshot> practiceRule(
      String id,
      String title,
      Severity severity,
      Practice practice,
      Adoption minimum,
      Citation citation,
      String recommendation) {
    return StandardRule.of(
        id,
        title,
        severity,
        citation,
        recommendation,
        s -> {
          Organization o = s.organization();
          if (!o.isInScope(practice)) {
            return Verdict.notApplicable(practice.displayName() + " was left out of scope");
          }
          Reason r = CriterionRules.atLeast(o, practice, minimum);
          if (r.isUnknown()) {
            return CriterionRules.notVerified(practice, r);
          }
          return r.isHeld()
              ? Verdict.pass(r)
              : Verdict.fail(
                  practice.displayName()
                      + coverage(o.grade(practice).adoption().orElse(Adoption.NONE))
                      + "; "
                      + Statistics.CRISES_AVOIDABLE.formattedValue()
                      + " of analysed crises could have been averted or reduced with preparation",
                  r);
        });
  }

  /** How far a practice below the bar is in place, as the end of a sentence: " is not in place". */
  private static String coverage(Adoption grade) {
    return switch (grade) {
      case NONE -> " is not in place";
      case SOME -> " is in place for only some of the organization";
      case HALF -> " is in place for only about half of the organization";
      case MOST -> " is in place for most or all of the organization";
    };
  }
}
