package io.github.socialbiz.assessment;

import io.github.socialbiz.coe.Role;
import io.github.socialbiz.internal.Decimals;
import io.github.socialbiz.internal.Words;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The house shape of every standard rule over snapshots, and the helpers the standard books share. */
final class StandardRule {

  private StandardRule() {}

  static Rule<Snapshot> of(
      String id,
      String title,
      Severity severity,
      Reference citation,
      String recommendation,
      Function<Snapshot, Verdict> decide) {
    return Rule.<Snapshot>builder(id)
        .title(title)
        .severity(severity)
        .citation(citation)
        .recommendation(recommendation)
        .check(subject -> unknownIsNoFailure(decide.apply(subject)));
  }

  /**
   * Every standard rule is a conjunction of its reasons: a failure that no reason known to be false
   * supports, only reasons that cannot be told, is no failure but unknown (Kleene's "and"). It names the
   * criteria not verified and asks their practices' standard questions.
   */
  static Verdict unknownIsNoFailure(Verdict v) {
    if (!v.isFailed()) {
      return v;
    }
    List<String> unknown = new ArrayList<>();
    Set<String> ask = new LinkedHashSet<>();
    for (Reason r : v.reasons()) {
      if (r.truth().isFalse()) {
        return v;
      }
      if (r.isUnknown()) {
        unknown.add(Words.lowerFirst(r.criterion()));
        CriterionRules.askFor(r).ifPresent(ask::add);
      }
    }
    if (unknown.isEmpty()) {
      return v;
    }
    return Verdict.unknown("Not verified: " + String.join("; ", unknown), ask, v.reasons());
  }

  static boolean hasRole(Organization o, Role role) {
    if (role == Role.EXECUTIVE_SPONSOR) {
      return o.coe().hasSponsor();
    }
    for (Member m : o.coe().members()) {
      if (m.role() == role) {
        return true;
      }
    }
    return false;
  }

  static Verdict verdictAll(String failure, List<Reason> reasons) {
    List<String> involved = new ArrayList<>();
    for (Reason r : reasons) {
      if (!r.isHeld()) {
        // an unknown one too: unknownIsNoFailure turns a failure resting only on unknowns into
        // unknown
        involved.add(r.criterion());
      }
    }
    return involved.isEmpty() ? Verdict.pass(reasons) : Verdict.fail(failure, involved, reasons);
  }

  static List<String> idle(Organization o, LocalDate asOf, int idleDays) {
    List<String> idle = new ArrayList<>();
    for (SocialAccount a : o.accounts()) {
      if (a.daysIdle(asOf) > idleDays) {
        idle.add(a.toString());
      }
    }
    return idle;
  }

  static String percent(int part, int whole) {
    return Decimals.fixed(100.0 * part / whole, 1) + "%";
  }
}
