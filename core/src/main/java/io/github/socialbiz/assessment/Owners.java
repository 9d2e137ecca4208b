package io.github.socialbiz.assessment;

import io.github.socialbiz.coe.Role;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;

/**
 * Which role owns the work on each practice, and which practice a structural fact belongs to: the
 * library's reading of the role descriptions (cited on {@link Role}).
 */
final class Owners {

  private Owners() {}

  static Role of(Practice p) {
    return switch (p) {
      case BUSINESS_GOALS, LONG_TERM_VISION, STRATEGY_ROADMAP, PILOT_PROJECTS, READINESS_AUDIT, SOCIAL_MEDIA_POLICY,
          POLICY_REINFORCEMENT, EMPLOYEE_ACCESS, RISK_MANAGEMENT, DEDICATED_TEAM, CENTER_OF_EXCELLENCE, PROGRAM_CHARTER,
          FUNDING, CRISIS_PLAN, CROSS_FUNCTIONAL_INTEGRATION -> Role.CORPORATE_SOCIAL_STRATEGIST;
      case EXECUTIVE_SPONSORSHIP -> Role.EXECUTIVE_SPONSOR;
      case MODERATION_REVIEW, COMMUNITY_ENGAGEMENT, SOCIAL_CUSTOMER_SUPPORT, TRIAGE_PROCESS, EMPLOYEE_EDUCATION -> Role.COMMUNITY_MANAGER;
      case ACCOUNT_GOVERNANCE, ACCOUNT_INVENTORY, BUSINESS_UNIT_COORDINATION, BUSINESS_UNIT_ENABLEMENT, BEST_PRACTICE_SHARING,
          EMPLOYEE_PARTICIPATION -> Role.BUSINESS_UNIT_LIAISON;
      case CONTENT_STRATEGY -> Role.CONTENT_STRATEGIST;
      case OFFICIAL_PRESENCE -> Role.CAMPAIGN_MANAGER;
      case LISTENING, OBJECTIVE_ALIGNED_METRICS, BUSINESS_OUTCOME_METRICS -> Role.SOCIAL_ANALYST;
      case REAL_TIME_RESPONSE, CUSTOMER_INSIGHT_INTEGRATION -> Role.DEVELOPER;
    };
  }

  static Practice practiceOf(Fact f) {
    return switch (f) {
      case EXECUTIVE_SPONSOR_NAMED -> Practice.EXECUTIVE_SPONSORSHIP;
      case CENTER_OF_EXCELLENCE_STAFFED, POLICY_AUTHORITY -> Practice.CENTER_OF_EXCELLENCE;
      case SOCIAL_STRATEGIST_APPOINTED -> Practice.DEDICATED_TEAM;
      case CHARTER_WRITTEN -> Practice.PROGRAM_CHARTER;
      case BUSINESS_UNIT_LIAISONS -> Practice.BUSINESS_UNIT_COORDINATION;
    };
  }

  static Role ownerOf(Fact f) {
    return f == Fact.EXECUTIVE_SPONSOR_NAMED || f == Fact.POLICY_AUTHORITY ? Role.EXECUTIVE_SPONSOR : of(practiceOf(f));
  }
}
