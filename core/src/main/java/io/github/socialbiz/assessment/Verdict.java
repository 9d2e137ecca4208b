package io.github.socialbiz.assessment;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Outcome;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.Severity;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What a standard rule decided, before it becomes an {@link Outcome}: the house shape of every standard rule. */
final class Verdict {

  private final ImmutableList<Reason> reasons;
  private final @Nullable String failure;
  private final ImmutableList<String> involved;
  private final @Nullable String notApplicable;

  private Verdict(ImmutableList<Reason> reasons, @Nullable String failure, ImmutableList<String> involved, @Nullable String notApplicable) {
    this.reasons = reasons;
    this.failure = failure;
    this.involved = involved;
    this.notApplicable = notApplicable;
  }

  static Verdict pass(Reason... reasons) {
    return new Verdict(ImmutableList.copyOf(reasons), null, ImmutableList.of(), null);
  }

  static Verdict pass(List<Reason> reasons) {
    return new Verdict(ImmutableList.copyOf(reasons), null, ImmutableList.of(), null);
  }

  static Verdict fail(String message, List<String> involved, List<Reason> reasons) {
    return new Verdict(ImmutableList.copyOf(reasons), message, ImmutableList.copyOf(involved), null);
  }

  static Verdict fail(String message, Reason... reasons) {
    return fail(message, ImmutableList.of(), ImmutableList.copyOf(reasons));
  }

  static Verdict notApplicable(String why) {
    return new Verdict(ImmutableList.of(), null, ImmutableList.of(), why);
  }

  /** A standard rule over snapshots, in the house shape. */
  static Rule<Snapshot> rule(
      String id, String title, Severity severity, Reference citation, String recommendation,
      Function<Snapshot, Verdict> decide) {
    return Rule.<Snapshot>builder(id)
        .title(title)
        .severity(severity)
        .citation(citation)
        .recommendation(recommendation)
        .check(s -> decide.apply(s).toOutcome(id, severity, citation, recommendation));
  }

  Outcome toOutcome(String id, Severity severity, Reference citation, String recommendation) {
    if (notApplicable != null) {
      return Outcome.notApplicable(notApplicable);
    }
    if (failure == null) {
      return Outcome.passed(reasons);
    }
    Finding finding = Finding.builder().ruleId(id).severity(severity).message(failure).recommendation(recommendation)
        .citation(citation).addAllInvolved(involved).build();
    return Outcome.failed(ImmutableList.of(finding), reasons);
  }
}
