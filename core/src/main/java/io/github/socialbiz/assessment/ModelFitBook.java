package io.github.socialbiz.assessment;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.INFERRED;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.ProliferationStep;
import io.github.socialbiz.internal.Words;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Verdict;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import java.util.ArrayList;
import java.util.List;

/** The book "model": whether the declared organizational model is the one the evidence supports. */
final class ModelFitBook {

  /** The practices the evidence for a honeycomb reads ({@link ModelFit#honeycomb}). */
  private static final ImmutableList<Practice> HONEYCOMB_PRACTICES =
      ImmutableList.of(
          Practice.EMPLOYEE_PARTICIPATION,
          Practice.EMPLOYEE_EDUCATION,
          Practice.MODERATION_REVIEW,
          Practice.LISTENING);

  /** What to ask when the model turns on a participation stance nobody stated. */
  static final String STANCE =
      "The organization's stance on employees taking part in social media (participationStance)";

  /** What to ask when the model turns on regions nobody listed. */
  static final String REGIONS =
      "In which regions of the world each business unit works (regions, and each unit's region)";

  /** What to ask when the model turns on a regulation nobody stated. */
  static final String REGULATION =
      "Whether a regulator oversees the company's communications, such as a bank's, an insurer's or a"
          + " hospital's (regulated)";

  private ModelFitBook() {}

  static RuleBook<Snapshot> build() {
    Citation matrix =
        Source.FIVE_WAYS_TO_ORGANIZE_2010.at("Framework and matrix: drawbacks", CORROBORATED);
    return RuleBook.of(
        "model",
        StandardRule.of(
            "model.declared-fits-evidence",
            "The declared model is the one the evidence supports",
            Severity.LOW,
            Source.FIVE_WAYS_TO_ORGANIZE_2010.at(
                "Choosing a model (the library's reading)", INFERRED),
            "Discuss the recommended model and what moving to it would take",
            s -> {
              Organization o = s.organization();
              ModelRecommendation rec = ModelFit.recommend(o);
              if (o.declaredModel().isEmpty()) {
                return Verdict.notApplicable(
                    "no model declared; the evidence supports " + rec.model());
              }
              OrganizationalModel declared = o.declaredModel().get();
              if (ModelFit.honeycomb(o).isUnknown()
                  && (declared == rec.model() || declared == OrganizationalModel.HONEYCOMB)) {
                // the evidence supports the honeycomb or the recommended model, as the practices
                // nobody has assessed turn out: the declared model fits one of them
                List<String> ask = new ArrayList<>();
                for (Practice p : HONEYCOMB_PRACTICES) {
                  if (!o.grade(p).isAssessed() && o.grade(p).isInScope()) {
                    ask.add(CriterionRules.ask(p));
                  }
                }
                boolean stance = o.participationStance().isEmpty();
                if (stance) {
                  ask.add(STANCE);
                }
                return Verdict.unknown(
                    "Not verified: whether the evidence supports "
                        + OrganizationalModel.HONEYCOMB.displayName()
                        + " or "
                        + rec.model().displayName()
                        + " turns on "
                        + (ask.size() == 1 && stance
                            ? "a participation stance nobody stated"
                            : stance
                                ? "practices not assessed and a participation stance nobody stated"
                                : "practices not assessed"),
                    ask,
                    ImmutableList.of(
                        Reason.unknown(
                            "Declared model matches the recommendation",
                            "declared "
                                + declared
                                + ", recommended "
                                + OrganizationalModel.HONEYCOMB
                                + " or "
                                + rec.model())));
              }
              if (declared == OrganizationalModel.CENTRALIZED && ModelFit.turnsOnRegulation(o)) {
                // centralized if a regulator oversees the company, hub and spoke if none does
                return turnsOn(
                    declared,
                    rec.model(),
                    "whether a regulator oversees the company, which nobody stated",
                    " if regulated",
                    REGULATION);
              }
              if (declared == OrganizationalModel.DANDELION && ModelFit.turnsOnRegions(o)) {
                // dandelion if the units work in two or more regions, hub and spoke if not
                return turnsOn(
                    declared,
                    rec.model(),
                    "the regions the business units work in, which nobody listed",
                    " across two or more regions",
                    REGIONS);
              }
              Reason r =
                  Reason.of(
                      "Declared model matches the recommendation",
                      declared == rec.model(),
                      "declared " + declared + ", recommended " + rec);
              return declared == rec.model()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      "Declared "
                          + declared.displayName()
                          + ", but the evidence supports "
                          + rec.model().displayName()
                          + ": "
                          + rec.reasons().get(0),
                      ImmutableList.of(declared.name(), rec.model().name()),
                      ImmutableList.of(r));
            }),
        StandardRule.of(
            "model.honeycomb-sustainable",
            "A honeycomb has employee education and monitoring in place",
            Severity.HIGH,
            Source.FIVE_WAYS_TO_ORGANIZE_2010.at(
                "Holistic (honeycomb): drawbacks, cut off in every copy (education and monitoring are the library's reading)",
                INFERRED),
            "Educate most employees and monitor their activity before enabling everyone, or declare a hub model",
            s -> {
              Organization o = s.organization();
              if (!o.declaredModel().map(OrganizationalModel.HONEYCOMB::equals).orElse(false)) {
                return Verdict.notApplicable("the declared model is not HONEYCOMB");
              }
              List<Reason> reasons =
                  ImmutableList.of(
                      CriterionRules.atLeast(o, Practice.EMPLOYEE_EDUCATION, Adoption.MOST),
                      CriterionRules.atLeast(o, Practice.MODERATION_REVIEW, HALF),
                      CriterionRules.atLeast(o, Practice.LISTENING, HALF));
              return StandardRule.verdictAll(
                  "A honeycomb without employee education and monitoring cannot be sustained",
                  reasons);
            }),
        StandardRule.of(
            "model.dandelion-sustainable",
            "A dandelion has a staffed hub in every business unit",
            Severity.HIGH,
            matrix,
            "Place at least one dedicated person from the CoE roster in every business unit",
            s -> {
              Organization o = s.organization();
              if (!o.declaredModel().map(OrganizationalModel.DANDELION::equals).orElse(false)) {
                return Verdict.notApplicable("the declared model is not DANDELION");
              }
              if (o.businessUnits().isEmpty()) {
                return Verdict.fail(
                    "A dandelion needs business units with their own hubs, but none is described",
                    Reason.notHeld("Business units with hubs", "no business units"));
              }
              List<String> unstaffed = new ArrayList<>();
              for (BusinessUnit u : o.businessUnits()) {
                if (o.coe().members().stream()
                    .noneMatch(m -> m.businessUnit().map(u.name()::equals).orElse(false))) {
                  unstaffed.add(u.name());
                }
              }
              Reason r =
                  Reason.of(
                      "Every business unit has a staffed hub",
                      unstaffed.isEmpty(),
                      unstaffed.isEmpty()
                          ? "all " + o.businessUnits().size() + " units staffed"
                          : "unstaffed: " + unstaffed);
              return unstaffed.isEmpty()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      "Business units without a staffed hub: " + String.join(", ", unstaffed),
                      unstaffed,
                      ImmutableList.of(r));
            }),
        StandardRule.of(
            "model.hub-and-spoke-sustainable",
            "A hub and spoke has executive support and program management",
            Severity.HIGH,
            matrix,
            "Name a sponsor, win executive support and appoint a strategist to run the program",
            s -> {
              Organization o = s.organization();
              if (!o.declaredModel().map(OrganizationalModel.HUB_AND_SPOKE::equals).orElse(false)) {
                return Verdict.notApplicable("the declared model is not HUB_AND_SPOKE");
              }
              Reason sponsor = StandardRule.sponsor(o, "An executive sponsor is named");
              Reason strategist =
                  StandardRule.fact(
                      o,
                      Fact.SOCIAL_STRATEGIST_APPOINTED,
                      "A strategist manages the program",
                      o.coe().hasRole(Role.CORPORATE_SOCIAL_STRATEGIST),
                      "roster of " + o.coe().members().size());
              return StandardRule.verdictAll(
                  "A hub and spoke without executive support and program management cannot be sustained",
                  ImmutableList.of(
                      sponsor,
                      CriterionRules.atLeast(o, Practice.EXECUTIVE_SPONSORSHIP, HALF),
                      strategist),
                  ImmutableMap.of(
                      sponsor,
                      Fact.EXECUTIVE_SPONSOR_NAMED,
                      strategist,
                      Fact.SOCIAL_STRATEGIST_APPOINTED));
            }),
        StandardRule.of(
            "model.centralized-at-scale",
            "A centralized model is not stretched over a large multi-unit company",
            Severity.MEDIUM,
            Source.SOCIAL_BUSINESS_SPREADS_2013.at(
                "Centralized: a short-term fix that cannot scale (10,000 employees and 2 units are the"
                    + " library's thresholds)",
                INFERRED),
            "Move towards a hub and spoke: let business units run social under the central team's rules",
            s -> {
              Organization o = s.organization();
              if (!o.declaredModel().map(OrganizationalModel.CENTRALIZED::equals).orElse(false)) {
                return Verdict.notApplicable("the declared model is not CENTRALIZED");
              }
              boolean large =
                  o.employees() >= StandardRules.CENTRALIZED_SCALE_EMPLOYEES
                      && o.businessUnits().size() >= 2;
              Reason r =
                  Reason.of(
                      "Under 10,000 employees or fewer than 2 business units",
                      !large,
                      o.employees() + " employees, " + o.businessUnits().size() + " units");
              return large
                  ? Verdict.fail(
                      "A centralized team cannot serve "
                          + o.businessUnits().size()
                          + " business units and "
                          + o.employees()
                          + " employees",
                      r)
                  : Verdict.pass(r);
            }),
        StandardRule.of(
            "model.decentralized-proliferation",
            "A decentralized company governs who opens accounts",
            Severity.MEDIUM,
            Source.SOCIAL_BUSINESS_SPREADS_2013.at(
                "Decentralized: unchecked proliferation (the "
                    + StandardRules.PROLIFERATION_ACCOUNTS
                    + "-account threshold is the library's)",
                INFERRED),
            "Put account governance in place before the clean-up grows: "
                + Words.lowerFirst(ProliferationStep.AUDIT.description()),
            s -> {
              Organization o = s.organization();
              if (!o.declaredModel().map(OrganizationalModel.DECENTRALIZED::equals).orElse(false)) {
                return Verdict.notApplicable("the declared model is not DECENTRALIZED");
              }
              if (o.accounts().isEmpty()) {
                // no inventory is no count of accounts, not a count of zero
                return Verdict.unknown(
                    "Not verified: how many accounts have been opened; no account inventory is on"
                        + " file",
                    ImmutableList.of(CriterionRules.ask(Fact.ACCOUNTS_INVENTORIED)),
                    ImmutableList.of(
                        Reason.unknown(
                            "Fewer than " + StandardRules.PROLIFERATION_ACCOUNTS + " accounts",
                            "no account inventory")));
              }
              if (o.accounts().size() < StandardRules.PROLIFERATION_ACCOUNTS) {
                return Verdict.pass(
                    Reason.held(
                        "Fewer than " + StandardRules.PROLIFERATION_ACCOUNTS + " accounts",
                        o.accounts().size() + " accounts"));
              }
              Reason r = CriterionRules.atLeast(o, Practice.ACCOUNT_GOVERNANCE, HALF);
              return r.isHeld()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      o.accounts().size()
                          + " accounts grow from the edges with no account governance",
                      r);
            }));
  }

  /**
   * The verdict of the model rule when the declared model is the one the evidence would support if
   * something nobody stated were so: not verified, saying on what it turns and asking it.
   */
  private static Verdict turnsOn(
      OrganizationalModel declared,
      OrganizationalModel recommended,
      String what,
      String condition,
      String ask) {
    return Verdict.unknown(
        "Not verified: whether the evidence supports "
            + declared.displayName()
            + " or "
            + recommended.displayName()
            + " turns on "
            + what,
        List.of(ask),
        ImmutableList.of(
            Reason.unknown(
                "Declared model matches the recommendation",
                "declared "
                    + declared
                    + ", recommended "
                    + declared
                    + condition
                    + ", else "
                    + recommended)));
  }
}
