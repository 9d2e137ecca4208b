package io.github.socialbiz.assessment;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.INFERRED;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.governance.ProliferationStep;
import io.github.socialbiz.internal.Words;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Verdict;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistics;
import java.util.ArrayList;
import java.util.List;

/** The book "accounts": ownership, governance and idle accounts in the account inventory. */
final class AccountsBook {

  /** What to ask when accounts' idleness turns on activity nobody recorded. */
  static final String ACTIVITY =
      "The day of each account's last post or reply (lastActivity), from the platform or its owner";

  private AccountsBook() {}

  static RuleBook<Snapshot> build(int idleDays) {
    if (idleDays < 1) {
      throw new SocialBusinessException(
          "StandardRules.accountHygiene idleDays must be at least 1, but was " + idleDays);
    }
    Citation proliferation =
        Source.PROLIFERATION_2012.at(
            "Recommended steps (the "
                + StandardRules.PROLIFERATION_ACCOUNTS
                + "-account threshold is the library's)",
            INFERRED);
    return RuleBook.of(
        "accounts",
        StandardRule.of(
            "accounts.idle",
            "No account has been idle for more than " + idleDays + " days",
            Severity.MEDIUM,
            Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at(
                "Semi-idle accounts should be shut down (threshold is the library's reading)",
                INFERRED),
            "Revive or retire each idle account: "
                + Words.lowerFirst(ProliferationStep.AUDIT.description()),
            s -> {
              Organization o = s.organization();
              if (o.accounts().isEmpty()) {
                return Verdict.notApplicable("no accounts in the inventory");
              }
              StandardRule.Idle found = StandardRule.idle(o, s.asOf(), idleDays);
              List<String> idle = found.idle();
              int total = o.accounts().size();
              String unrecorded = unrecorded(found, idleDays);
              String andUnrecorded = unrecorded.isEmpty() ? "" : "; " + unrecorded;
              if (idle.isEmpty() && !found.unknown().isEmpty()) {
                return Verdict.unknown(
                    "Not verified: " + unrecorded,
                    ImmutableList.of(ACTIVITY),
                    ImmutableList.of(
                        Reason.unknown(
                            "No idle account",
                            "0 of " + total + " known to be idle" + andUnrecorded)));
              }
              Reason r =
                  Reason.of(
                      "No idle account",
                      idle.isEmpty(),
                      idle.size()
                          + " of "
                          + total
                          + " idle over "
                          + idleDays
                          + " days"
                          + andUnrecorded);
              return idle.isEmpty()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      idle.size()
                          + " of "
                          + total
                          + " accounts ("
                          + StandardRule.percent(idle.size(), total)
                          + ") have been idle for more than "
                          + idleDays
                          + " days",
                      idle,
                      ImmutableList.of(r));
            }),
        StandardRule.of(
            "accounts.idle-share",
            "Fewer accounts idle over "
                + idleDays
                + " days than the 'nearly a quarter' reported semi-idle",
            Severity.LOW,
            Source.ENTERPRISE_SOCIAL_ORGANIZATION_2012.at(
                "Nearly a quarter of accounts semi-idle (comparing accounts idle over "
                    + idleDays
                    + " days with it is the library's reading)",
                INFERRED),
            "Retire or revive the accounts nobody runs: accounts idle over "
                + idleDays
                + " days are at least semi-idle, and one summary reports nearly a quarter semi-idle",
            s -> {
              Organization o = s.organization();
              if (o.accounts().isEmpty()) {
                return Verdict.notApplicable("no accounts in the inventory");
              }
              StandardRule.Idle found = StandardRule.idle(o, s.asOf(), idleDays);
              int idle = found.idle().size();
              int total = o.accounts().size();
              int mayBe = idle + found.unknown().size();
              double threshold = Statistics.SEMI_IDLE_ACCOUNTS.value();
              String shares =
                  StandardRule.percent(idle, total)
                      + (mayBe == idle ? "" : " to " + StandardRule.percent(mayBe, total));
              String criterion =
                  "Idle share below " + Statistics.SEMI_IDLE_ACCOUNTS.formattedValue();
              String evidence = shares + " idle; " + Statistics.SEMI_IDLE_ACCOUNTS;
              boolean below = 100.0 * idle / total < threshold;
              if (below && 100.0 * mayBe / total >= threshold) {
                // the accounts with no recorded activity decide it
                return Verdict.unknown(
                    "Not verified: "
                        + shares
                        + " of accounts are idle: "
                        + unrecorded(found, idleDays),
                    ImmutableList.of(ACTIVITY),
                    ImmutableList.of(Reason.unknown(criterion, evidence)));
              }
              Reason r = Reason.of(criterion, below, evidence);
              return r.isHeld()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      (found.unknown().isEmpty() ? "" : "At least ")
                          + StandardRule.percent(idle, total)
                          + " of accounts have been idle for more than "
                          + idleDays
                          + " days, so at least that share is semi-idle: at or above the 'nearly a"
                          + " quarter' ("
                          + Statistics.SEMI_IDLE_ACCOUNTS.formattedValue()
                          + ") that one summary reports semi-idle",
                      r);
            }),
        StandardRule.of(
            "accounts.orphaned",
            "Every account has an owner",
            Severity.HIGH,
            Source.PROLIFERATION_2012.at("Risks: unmonitored accounts", CORROBORATED),
            "Assign an owner to each orphaned account or retire it",
            s -> {
              Organization o = s.organization();
              if (o.accounts().isEmpty()) {
                return Verdict.notApplicable("no accounts in the inventory");
              }
              List<String> orphaned = new ArrayList<>();
              for (SocialAccount a : o.accounts()) {
                if (a.isOrphaned()) {
                  orphaned.add(a.toString());
                }
              }
              Reason r =
                  Reason.of(
                      "No orphaned account",
                      orphaned.isEmpty(),
                      orphaned.size() + " without an owner");
              return orphaned.isEmpty()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      orphaned.size()
                          + (orphaned.size() == 1 ? " account has" : " accounts have")
                          + " no owner",
                      orphaned,
                      ImmutableList.of(r));
            }),
        StandardRule.of(
            "accounts.governance",
            "Account proliferation is governed",
            Severity.HIGH,
            proliferation,
            "Govern who may open accounts: "
                + Words.lowerFirst(ProliferationStep.AUDIT.description())
                + ", then "
                + Words.lowerFirst(ProliferationStep.BUSINESS_NEEDS.description()),
            s -> {
              Organization o = s.organization();
              if (o.accounts().size() < StandardRules.PROLIFERATION_ACCOUNTS) {
                return Verdict.notApplicable(
                    "fewer than " + StandardRules.PROLIFERATION_ACCOUNTS + " accounts");
              }
              Reason r = CriterionRules.atLeast(o, Practice.ACCOUNT_GOVERNANCE, HALF);
              return r.isHeld()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      o.accounts().size() + " accounts without account governance in place", r);
            }),
        StandardRule.of(
            "accounts.inventory",
            "The account inventory is maintained",
            Severity.LOW,
            ProliferationStep.AUDIT.citation(),
            ProliferationStep.AUDIT.description(),
            s -> {
              Organization o = s.organization();
              if (o.accounts().isEmpty()) {
                return Verdict.notApplicable("no accounts in the inventory");
              }
              Reason r = CriterionRules.atLeast(o, Practice.ACCOUNT_INVENTORY, HALF);
              return r.isHeld()
                  ? Verdict.pass(r)
                  : Verdict.fail(
                      "The account inventory is not maintained across the organization", r);
            }));
  }

  /**
   * The accounts whose idleness is not known, in words: "3 accounts opened more than 90 days ago have no
   * activity recorded"; empty when there are none.
   */
  private static String unrecorded(StandardRule.Idle found, int idleDays) {
    int n = found.unknown().size();
    return n == 0
        ? ""
        : n
            + (n == 1 ? " account" : " accounts")
            + " opened more than "
            + idleDays
            + " days ago "
            + (n == 1 ? "has" : "have")
            + " no activity recorded";
  }
}
