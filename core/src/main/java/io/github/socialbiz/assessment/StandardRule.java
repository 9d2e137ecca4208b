package io.github.socialbiz.assessment;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.internal.Decimals;
import io.github.socialbiz.internal.Words;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * Whether the roster has a role, as every rule reads it: the executive sponsor and the corporate social
   * strategist are structural facts ({@link Fact#EXECUTIVE_SPONSOR_NAMED}, {@link
   * Fact#SOCIAL_STRATEGIST_APPOINTED}) read as the gates read them ({@link FactMeaning#truth}), so the
   * respondents' statement decides where the roster does not show them and "nobody could say" is unknown;
   * any other role is on the roster or not.
   */
  static Truth role(Organization o, Role role) {
    Optional<Fact> fact = factOf(role);
    if (fact.isPresent()) {
      return FactMeaning.of(fact.get()).truth(o);
    }
    for (Member m : o.coe().members()) {
      if (m.role() == role) {
        return Truth.TRUE;
      }
    }
    return Truth.FALSE;
  }

  /** Adds to {@code ask} the standard question of each of the roles that is a fact nobody could say of. */
  static void askForRoles(Organization o, Iterable<Role> roles, Set<String> ask) {
    for (Role role : roles) {
      Optional<Fact> fact = factOf(role);
      if (fact.isPresent() && FactMeaning.of(fact.get()).truth(o).isUnknown()) {
        ask.add(CriterionRules.ask(fact.get()));
      }
    }
  }

  /** The structural fact that a role is filled, for the two roles that are one. */
  private static Optional<Fact> factOf(Role role) {
    return switch (role) {
      case EXECUTIVE_SPONSOR -> Optional.of(Fact.EXECUTIVE_SPONSOR_NAMED);
      case CORPORATE_SOCIAL_STRATEGIST -> Optional.of(Fact.SOCIAL_STRATEGIST_APPOINTED);
      default -> Optional.empty();
    };
  }

  /**
   * Whether a structural fact a rule reads holds, as the gates read it: where the file shows it ({@code
   * onFile}) it holds; where it does not, the respondents' statement decides (yes holds, no does not,
   * "nobody could say" is unknown); with neither, the file's silence reads as not in place, unless the
   * file does not record the fact yet ({@link Organization#notRecorded}): then it is unknown. The reason
   * carries the rule's own criterion and the file's evidence, followed by the statement where one was
   * read.
   */
  static Reason fact(
      Organization o, Fact fact, String criterion, boolean onFile, String fileEvidence) {
    FactMeaning meaning = FactMeaning.of(fact);
    Truth truth = meaning.truth(o, onFile);
    Optional<FactEvidence> stated = o.factEvidence(fact);
    String file = meaning.fileEvidence(o, onFile, fileEvidence);
    return Reason.of(
        criterion,
        truth,
        onFile || stated.isEmpty() ? file : file + "; " + stated.get().describe());
  }

  /** Whether an executive sponsor is named ({@link Fact#EXECUTIVE_SPONSOR_NAMED}), under a rule's criterion. */
  static Reason sponsor(Organization o, String criterion) {
    boolean named = o.coe().hasSponsor();
    return fact(
        o,
        Fact.EXECUTIVE_SPONSOR_NAMED,
        criterion,
        named,
        o.coe().sponsor().orElse(named ? "a sponsor on the roster" : "no sponsor"));
  }

  /**
   * The verdict of a rule over one structural fact's reason ({@link #fact}): a pass where it holds, the
   * failure where it does not, and not verified, asking the fact's standard question, where nobody could
   * say.
   */
  static Verdict onFact(
      Organization o, Fact fact, Reason r, String failure, Iterable<String> involved) {
    if (r.isHeld()) {
      return Verdict.pass(r);
    }
    if (r.isUnknown()) {
      return Verdict.unknown(
          "Not verified: "
              + Words.lowerFirst(r.criterion())
              + "; "
              + FactMeaning.of(fact).whyNotKnown(o, ""),
          ImmutableList.of(CriterionRules.ask(fact)),
          ImmutableList.of(r));
    }
    return Verdict.fail(failure, involved, ImmutableList.of(r));
  }

  /**
   * The verdict of a rule over named items (roles, responsibilities) each in place, missing or not
   * known: the failure names the missing ones; with none missing and some not known, it is not verified,
   * names them and asks the questions that decide them.
   *
   * @param criterion  what the rule requires, such as "Roles expected at Formalized are filled"
   * @param missing  the items known to be missing
   * @param unknown  the items not known, which nobody could say of or the file does not record yet
   * @param ask  the questions that decide the unknown items
   * @param held  the evidence when every item is in place
   * @param failure  the failure message, from the missing items
   */
  static Verdict items(
      String criterion,
      List<String> missing,
      List<String> unknown,
      Set<String> ask,
      String held,
      Function<List<String>, String> failure) {
    if (!missing.isEmpty()) {
      Reason r =
          Reason.notHeld(
              criterion,
              "missing: "
                  + String.join(", ", missing)
                  + (unknown.isEmpty() ? "" : "; not known: " + String.join(", ", unknown)));
      return Verdict.fail(failure.apply(missing), missing, ImmutableList.of(r));
    }
    if (!unknown.isEmpty()) {
      Reason r = Reason.unknown(criterion, "not known: " + String.join(", ", unknown));
      return Verdict.unknown(
          "Not verified: "
              + Words.lowerFirst(criterion)
              + "; not known: "
              + String.join(", ", unknown),
          ask,
          ImmutableList.of(r));
    }
    return Verdict.pass(Reason.held(criterion, held));
  }

  /**
   * The verdict of a rule over the team's size when the roster lists nobody but the respondents say a hub
   * is staffed, or could not say: the size is not known, and an empty roster is not read as a team of
   * zero. Empty when the roster lists someone, or nobody says a hub is staffed (the file's silence reads
   * as no team).
   */
  static Optional<Verdict> teamNotListed(Organization o) {
    Optional<Truth> unlisted = staffingOfAnUnlistedTeam(o);
    if (unlisted.isEmpty()) {
      return Optional.empty();
    }
    Truth staffed = unlisted.get();
    FactMeaning hub = FactMeaning.CENTER_OF_EXCELLENCE_STAFFED;
    Reason r =
        Reason.unknown(
            "The team's size is known",
            o.factEvidence(Fact.CENTER_OF_EXCELLENCE_STAFFED)
                .map(f -> "nobody on the roster; on a staffed hub, " + f.describe())
                .orElse("roster " + FactMeaning.NOT_RECORDED));
    return Optional.of(
        Verdict.unknown(
            staffed.isTrue()
                ? "Not verified: the respondents say a hub is staffed, but its roster lists nobody;"
                    + " record who is on it and their share of time"
                : "Not verified: the roster lists nobody, and "
                    + hub.whyNotKnown(o, " whether a hub is staffed"),
            staffed.isTrue()
                ? ImmutableList.of()
                : ImmutableList.of(CriterionRules.ask(Fact.CENTER_OF_EXCELLENCE_STAFFED)),
            ImmutableList.of(r)));
  }

  /**
   * Whether a hub is staffed, when that leaves the team's size unknown: the roster lists nobody, and the
   * respondents say a hub is staffed (true) or could not say (unknown). Empty when the roster lists
   * someone or no hub is staffed on any reading (the file's silence reads as no team).
   */
  static Optional<Truth> staffingOfAnUnlistedTeam(Organization o) {
    if (o.coe().hasMembers()) {
      return Optional.empty();
    }
    Truth staffed = FactMeaning.CENTER_OF_EXCELLENCE_STAFFED.truth(o);
    return staffed.isPossible() ? Optional.of(staffed) : Optional.empty();
  }

  /**
   * As {@link #verdictAll(String, List)}, where some reasons read structural facts ({@link #fact}): when
   * the rule is not verified, it also asks the standard question of each fact nobody could say of.
   */
  static Verdict verdictAll(String failure, List<Reason> reasons, Map<Reason, Fact> facts) {
    Verdict v = unknownIsNoFailure(verdictAll(failure, reasons));
    if (!v.isUnknown()) {
      return v;
    }
    Set<String> ask = new LinkedHashSet<>(v.ask());
    for (Reason r : reasons) {
      Fact f = facts.get(r);
      if (f != null && r.isUnknown()) {
        ask.add(CriterionRules.ask(f));
      }
    }
    return Verdict.unknown(v.message().orElseThrow(), ask, reasons);
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

  /**
   * The accounts idle for more than {@code idleDays}, and those that may be: opened earlier with no
   * activity recorded ({@link SocialAccount#idleOver}).
   */
  record Idle(List<String> idle, List<String> unknown) {}

  static Idle idle(Organization o, LocalDate asOf, int idleDays) {
    List<String> idle = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (SocialAccount a : o.accounts()) {
      Truth t = a.idleOver(idleDays, asOf);
      if (t.isTrue()) {
        idle.add(a.toString());
      } else if (t.isUnknown()) {
        unknown.add(a.toString());
      }
    }
    return new Idle(idle, unknown);
  }

  static String percent(int part, int whole) {
    return Decimals.fixed(100.0 * part / whole, 1) + "%";
  }
}
