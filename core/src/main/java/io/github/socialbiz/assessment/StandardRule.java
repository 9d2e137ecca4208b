package io.github.socialbiz.assessment;


import io.github.socialbiz.internal.Decimals;
import io.github.socialbiz.internal.Words;
import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.practice.Adoption.SOME;
import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.INFERRED;
import static io.github.socialbiz.source.Provenance.REPORTED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.coe.Responsibility;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.governance.ProliferationStep;
import io.github.socialbiz.governance.SuccessFactor;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Verdict;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Statistics;
import io.github.socialbiz.stage.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The house shape of every standard rule over snapshots, and the helpers the standard books share. */
final class StandardRule {

  private StandardRule() {}

  static Rule<Snapshot> of(String id, String title, Severity severity, Reference citation, String recommendation,
      Function<Snapshot, Verdict> decide) {
    return Rule.<Snapshot>builder(id).title(title).severity(severity).citation(citation).recommendation(recommendation).check(decide);
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
