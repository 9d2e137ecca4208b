package io.github.socialbiz.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Status;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class StandardRulesTest {

  private static Snapshot snap(Organization o) {
    return Snapshot.of(o, SampleOrganizations.AS_OF);
  }

  private static List<String> findings(RuleBook<Snapshot> book, Organization o) {
    return book.evaluate(snap(o)).findings().stream()
        .map(Finding::toString)
        .collect(Collectors.toList());
  }

  @Test
  void globex_exactFindings() {
    Organization g = SampleOrganizations.multinational();
    assertEquals(List.of(), findings(StandardRules.modelFit(), g));
    assertEquals(
        List.of(
            "MEDIUM coe.unit-liaisons: Business units without a liaison: Healthcare Devices",
            "LOW coe.headcount-benchmark: The team has 11.0 FTE; at Formalized the library expects at least half of 49 FTE, published for companies with 100,000+ employees (2012)"),
        findings(StandardRules.coeCoverage(), g));
    assertEquals(
        List.of(
            "MEDIUM charter.required-elements: The charter lacks: Relationship change",
            "MEDIUM charter.no-tools: The charter names specific tools, platforms or vendors: 'Hootsuite' in Approach",
            "LOW charter.current: The charter was last revised 2024-02-01, 880 days before 2026-06-30"),
        findings(StandardRules.charter(), g));
    assertEquals(
        List.of(
            "HIGH accounts.orphaned: 6 accounts have no owner",
            "HIGH accounts.governance: 178 accounts without account governance in place",
            "MEDIUM accounts.idle: 45 of 178 accounts (25.3%) have been idle for more than 90 days",
            "LOW accounts.idle-share: 25.3% of accounts have been idle for more than 90 days, so at least that share is semi-idle: at or above the 'nearly a quarter' (25%) that one summary reports semi-idle"),
        findings(StandardRules.accountHygiene(), g));
    assertEquals(List.of(), findings(StandardRules.crisisReadiness(), g));
    // technology chosen team by team: the seventh success factor has a practice of its own now
    assertEquals(
        List.of(
            "MEDIUM success.technology: Success factor 7 is not covered: invest in technology platforms that map to strategy"),
        findings(StandardRules.successFactors(), g));
  }

  @Test
  void bluefin_exactFindings() {
    Organization b = SampleOrganizations.presenceWithoutResponse();
    assertEquals(
        List.of(
            "MEDIUM model.decentralized-proliferation: 14 accounts grow from the edges with no account governance",
            "LOW model.declared-fits-evidence: Declared Decentralized, but the evidence supports Hub and Spoke: Functions and regions that need to act with autonomy within shared rules"),
        findings(StandardRules.modelFit(), b));
    assertEquals(
        List.of(
            "HIGH crisis.education: Employee education is in place for only some of the organization; 76% of analysed crises could have been averted or reduced with preparation",
            "HIGH crisis.triage: Triage and escalation is not in place; 76% of analysed crises could have been averted or reduced with preparation",
            "HIGH crisis.plan: Crisis plan and team is not in place; 76% of analysed crises could have been averted or reduced with preparation",
            "HIGH crisis.engagement-before-response: Customers are invited to talk but there is no process to triage and answer them",
            // a roster of one campaign manager is not a crisis team: the team is named, not
            // inferred
            "MEDIUM crisis.team: Nobody is named to respond in a crisis"),
        findings(StandardRules.crisisReadiness(), b));
    assertEquals(
        List.of("MEDIUM charter.written: The program has no charter"),
        findings(StandardRules.charter(), b));
    assertEquals(
        List.of(
            "HIGH accounts.orphaned: 1 account has no owner",
            "HIGH accounts.governance: 14 accounts without account governance in place",
            "MEDIUM accounts.idle: 3 of 14 accounts (21.4%) have been idle for more than 90 days",
            "LOW accounts.inventory: The account inventory is not maintained across the organization"),
        findings(StandardRules.accountHygiene(), b));
  }

  @Test
  void harbor_crisisFindingsCiteTheAvoidableShare() {
    Organization h = SampleOrganizations.listeningPilot();
    List<Finding> crisis = StandardRules.crisisReadiness().evaluate(snap(h)).findings();
    assertEquals(5, crisis.size());
    for (Finding f : crisis) {
      // every crisis rule is the library's reading: the thresholds and the named team are ours
      assertTrue(f.citation().toString().startsWith("Owyang et al. 2011, \""), f::toString);
      assertTrue(f.citation().toString().endsWith("[INFERRED]"), f::toString);
    }
    assertEquals(
        List.of(
            "coe.responsibilities-owned",
            "coe.roles-for-stage",
            "coe.emerging-roles-for-stage",
            "coe.headcount-benchmark",
            "coe.policy-authority",
            "coe.sponsor",
            "coe.rated-without-roster",
            "coe.strategist-owns-charter",
            "coe.unit-liaisons"),
        StandardRules.coeCoverage().evaluate(snap(h)).notApplicable());
  }

  @Test
  void idleThreshold_canBeChanged() {
    Organization g = SampleOrganizations.multinational();
    // every fourth account went quiet six months after opening; the others were active 0 to 29 days
    // ago
    assertEquals(
        "151 of 178 idle over 5 days",
        StandardRules.accountHygiene(5)
            .evaluate(snap(g))
            .explain("accounts.idle")
            .notHeld()
            .get(0)
            .evidence());
    assertEquals(
        "StandardRules.accountHygiene idleDays must be at least 1, but was 0",
        assertThrows(SocialBusinessException.class, () -> StandardRules.accountHygiene(0))
            .getMessage());
  }

  @Test
  void declaredModelsTheEvidenceCannotSustain_areFlagged() {
    Organization honeycomb =
        Organization.builder()
            .name("Hive")
            .employees(3000)
            .declaredModel(OrganizationalModel.HONEYCOMB)
            .evidence(Practice.EMPLOYEE_EDUCATION, Adoption.HALF)
            .build();
    assertEquals(
        Status.FAILED,
        StandardRules.modelFit()
            .evaluate(snap(honeycomb))
            .outcome("model.honeycomb-sustainable")
            .status());
    Organization dandelion =
        Organization.builder()
            .name("Seeds")
            .employees(60_000)
            .declaredModel(OrganizationalModel.DANDELION)
            .addBusinessUnits(BusinessUnit.of("A"), BusinessUnit.of("B"))
            .build();
    assertEquals(
        List.of("HIGH model.dandelion-sustainable: Business units without a staffed hub: A, B"),
        StandardRules.modelFit().evaluate(snap(dandelion)).findings(Severity.HIGH).stream()
            .map(Finding::toString)
            .collect(Collectors.toList()));
    Organization hub =
        Organization.builder()
            .name("Hub")
            .employees(8000)
            .declaredModel(OrganizationalModel.HUB_AND_SPOKE)
            .build();
    assertEquals(
        Status.FAILED,
        StandardRules.modelFit()
            .evaluate(snap(hub))
            .outcome("model.hub-and-spoke-sustainable")
            .status());
    Organization tower =
        Organization.builder()
            .name("Tower")
            .employees(40_000)
            .declaredModel(OrganizationalModel.CENTRALIZED)
            .addBusinessUnits(BusinessUnit.of("A"), BusinessUnit.of("B"))
            .build();
    assertEquals(
        "A centralized team cannot serve 2 business units and 40000 employees",
        StandardRules.modelFit()
            .evaluate(snap(tower))
            .outcome("model.centralized-at-scale")
            .findings()
            .get(0)
            .message());
  }

  @Test
  void modelFit_recommendsFromSizeUnitsRegulationAndParticipation() {
    assertEquals(
        OrganizationalModel.DANDELION,
        ModelFit.recommend(SampleOrganizations.multinational()).model());
    assertEquals(
        OrganizationalModel.CENTRALIZED,
        ModelFit.recommend(SampleOrganizations.listeningPilot()).model());
    assertEquals(
        OrganizationalModel.HUB_AND_SPOKE,
        ModelFit.recommend(SampleOrganizations.presenceWithoutResponse()).model());
    Organization hive =
        Organization.builder()
            .name("Hive")
            .employees(3000)
            .participationStance(ParticipationStance.ENCOURAGED)
            .evidence(Practice.EMPLOYEE_PARTICIPATION, Adoption.HALF)
            .evidence(Practice.EMPLOYEE_EDUCATION, Adoption.MOST)
            .evidence(Practice.MODERATION_REVIEW, Adoption.HALF)
            .build();
    assertEquals(OrganizationalModel.HONEYCOMB, ModelFit.recommend(hive).model());
    assertEquals(
        OrganizationalModel.CENTRALIZED,
        ModelFit.recommend(Organization.builder().name("Tiny").employees(40).build()).model());
    assertEquals(
        "CENTRALIZED: A regulated company with at most one business unit; Strength: A consistent voice and message control; "
            + "Watch out: A short-term fix that does not scale",
        ModelFit.recommend(SampleOrganizations.listeningPilot()).toString());
  }

  @Test
  void charterLint_matchesWholeWordsInEverySection() {
    Charter c =
        Charter.builder()
            .versionDate(LocalDate.of(2026, 6, 1))
            .putSection(CharterElement.BUSINESS_GOALS, "Grow loyalty on Facebook and in our stores")
            .putSection(CharterElement.APPROACH, "Apply design thinking; adopt the new platform")
            .putSection(CharterElement.MEASUREMENT, "Tooling costs are out of scope")
            .putSection(CharterElement.RELATIONSHIP_CHANGE, "Closer to partners")
            .putSection(CharterElement.VISION, "Business goals met through social")
            .addFunctions(BusinessFunction.MARKETING, BusinessFunction.CUSTOMER_SUPPORT)
            .build();
    Organization o =
        Organization.builder()
            .name("Lint")
            .employees(2000)
            .charter(c)
            .coe(
                CenterOfExcellence.builder()
                    .addMember(Member.of("A", Role.CORPORATE_SOCIAL_STRATEGIST, 1))
                    .build())
            .build();
    assertEquals(
        List.of(
            "MEDIUM charter.no-tools: The charter names specific tools, platforms or vendors: 'Facebook' in Business goals",
            "LOW charter.beyond-marketing-and-support: The charter names no business function beyond marketing, corporate communications and customer support"),
        findings(StandardRules.charter(), o));
    assertEquals(
        List.of(
            "MEDIUM charter.no-tools: The charter names specific tools, platforms or vendors: 'platform' in Approach",
            "LOW charter.beyond-marketing-and-support: The charter names no business function beyond marketing, corporate communications and customer support"),
        findings(StandardRules.charter(List.of("Hootsuite", "platform"), 30), o));
  }

  @Test
  void ruleIds_areUniqueAcrossAllBooks_andEveryRuleIsCited() {
    Set<String> ids = new HashSet<>();
    int rules = 0;
    for (RuleBook<Snapshot> book : StandardRules.all()) {
      for (var rule : book.rules()) {
        assertTrue(ids.add(rule.id()), () -> "duplicate id " + rule.id());
        assertFalse(rule.citation().toString().isBlank(), rule::id);
        assertFalse(rule.citation().toString().equals("custom rule"), rule::id);
        rules++;
      }
    }
    assertEquals(ids.size(), rules);
    assertEquals(
        List.of(
            "stage-gates",
            "level-gates",
            "model",
            "coe",
            "charter",
            "accounts",
            "crisis",
            "success"),
        StandardRules.all().stream().map(RuleBook::name).collect(Collectors.toList()));
  }

  /** The crisis book's engagement rule asks exactly the questions that would settle it. */
  @Test
  void engagementBeforeResponse_asksOnlyWhatIsNotKnown() {
    String id = "crisis.engagement-before-response";
    // engaging known (community most), triage not assessed: ask about triage only
    Organization triageUnknown =
        Organization.builder()
            .name("A")
            .employees(100)
            .evidence(Practice.COMMUNITY_ENGAGEMENT, Adoption.MOST)
            .build();
    assertEquals(List.of(CriterionRules.ask(Practice.TRIAGE_PROCESS)), asked(triageUnknown, id));
    // no triage, community not assessed, support none: ask about community only
    Organization communityUnknown =
        Organization.builder()
            .name("B")
            .employees(100)
            .evidence(Practice.TRIAGE_PROCESS, Adoption.NONE)
            .evidence(Practice.SOCIAL_CUSTOMER_SUPPORT, Adoption.NONE)
            .build();
    assertEquals(
        List.of(CriterionRules.ask(Practice.COMMUNITY_ENGAGEMENT)), asked(communityUnknown, id));
    // no triage, support not assessed, community none: ask about support only
    Organization supportUnknown =
        Organization.builder()
            .name("C")
            .employees(100)
            .evidence(Practice.TRIAGE_PROCESS, Adoption.NONE)
            .evidence(Practice.COMMUNITY_ENGAGEMENT, Adoption.NONE)
            .build();
    assertEquals(
        List.of(CriterionRules.ask(Practice.SOCIAL_CUSTOMER_SUPPORT)), asked(supportUnknown, id));
    // nothing assessed: all three, triage first
    Organization nothing = Organization.builder().name("D").employees(100).build();
    assertEquals(
        List.of(
            CriterionRules.ask(Practice.TRIAGE_PROCESS),
            CriterionRules.ask(Practice.COMMUNITY_ENGAGEMENT),
            CriterionRules.ask(Practice.SOCIAL_CUSTOMER_SUPPORT)),
        asked(nothing, id));
    // engaging and no triage: a failure, nothing to ask
    Organization fails =
        Organization.builder()
            .name("E")
            .employees(100)
            .evidence(Practice.SOCIAL_CUSTOMER_SUPPORT, Adoption.SOME)
            .evidence(Practice.TRIAGE_PROCESS, Adoption.NONE)
            .build();
    assertEquals(
        Status.FAILED,
        StandardRules.crisisReadiness()
            .evaluate(Snapshot.of(fails, SampleOrganizations.AS_OF))
            .outcome(id)
            .status());
  }

  private static List<String> asked(Organization o, String ruleId) {
    var outcome =
        StandardRules.crisisReadiness()
            .evaluate(Snapshot.of(o, SampleOrganizations.AS_OF))
            .outcome(ruleId);
    assertEquals(1, outcome.unverified().size(), outcome::toString);
    return outcome.unverified().get(0).ask();
  }

  @Test
  void gateBooks_holdOneRulePerEntryCriterion_underTheirNames() {
    assertEquals("stage-gates", StandardRules.stageGates().name());
    assertEquals("level-gates", StandardRules.levelGates().name());
    assertEquals("stage.presence.listening", StandardRules.stageGates().rules().get(0).id());
    assertEquals(
        List.of("model", "coe", "charter", "accounts", "crisis", "success"),
        Assessor.standard().books().stream().map(RuleBook::name).toList());
  }

  @Test
  void aSnapshot_readsAsItsOrganizationAndDay() {
    assertEquals(
        "Snapshot{Globex Industries as of 2026-06-30}",
        snap(SampleOrganizations.multinational()).toString());
  }
}
