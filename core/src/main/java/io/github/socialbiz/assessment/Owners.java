package io.github.socialbiz.assessment;

import io.github.socialbiz.coe.Role;
import io.github.socialbiz.practice.Practice;

/**
 * Which role owns the work on each practice: the library's reading of the role descriptions (cited on
 * {@link Role}). The strategist answers for measuring success, so business-outcome metrics are theirs;
 * analysts own the listening and objective metrics that support it. A structural fact's owner is part of
 * its {@link FactMeaning}.
 */
final class Owners {

  private Owners() {}

  static Role of(Practice p) {
    return switch (p) {
      case BUSINESS_GOALS,
          LONG_TERM_VISION,
          STRATEGY_ROADMAP,
          PILOT_PROJECTS,
          READINESS_AUDIT,
          SOCIAL_MEDIA_POLICY,
          POLICY_REINFORCEMENT,
          EMPLOYEE_ACCESS,
          RISK_MANAGEMENT,
          DEDICATED_TEAM,
          CENTER_OF_EXCELLENCE,
          PROGRAM_CHARTER,
          FUNDING,
          TECHNOLOGY_PLATFORMS,
          BUSINESS_OUTCOME_METRICS,
          CRISIS_PLAN,
          CROSS_FUNCTIONAL_INTEGRATION ->
          Role.CORPORATE_SOCIAL_STRATEGIST;
      case EXECUTIVE_SPONSORSHIP -> Role.EXECUTIVE_SPONSOR;
      case MODERATION_REVIEW,
          COMMUNITY_ENGAGEMENT,
          SOCIAL_CUSTOMER_SUPPORT,
          TRIAGE_PROCESS,
          EMPLOYEE_EDUCATION,
          INTERNAL_COLLABORATION ->
          Role.COMMUNITY_MANAGER;
      case ACCOUNT_GOVERNANCE,
          ACCOUNT_INVENTORY,
          BUSINESS_UNIT_COORDINATION,
          BUSINESS_UNIT_ENABLEMENT,
          BEST_PRACTICE_SHARING,
          EMPLOYEE_PARTICIPATION ->
          Role.BUSINESS_UNIT_LIAISON;
      case CONTENT_STRATEGY -> Role.CONTENT_STRATEGIST;
      case OFFICIAL_PRESENCE -> Role.CAMPAIGN_MANAGER;
      case LISTENING, OBJECTIVE_ALIGNED_METRICS -> Role.SOCIAL_ANALYST;
      case REAL_TIME_RESPONSE, CUSTOMER_INSIGHT_INTEGRATION -> Role.DEVELOPER;
    };
  }
}
