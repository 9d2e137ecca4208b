package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;

/**
 * Combinators of rules: {@link #allOf}, {@link #anyOf} and {@link #not}. Intended for static import.
 *
 * <pre>{@code
 * Rule<Organization> ready = allOf("acme.ready", "Policy and drill in place", policy, drill);
 * Rule<Organization> either = anyOf("acme.listening", "Listens or runs pilots", listens, pilots);
 * Rule<Organization> quiet = not("acme.no-crisis-plan", "Has no crisis plan yet", drill);
 * }</pre>
 *
 * <p>A combined rule keeps the reasons of every rule it combines, each prefixed with that rule's id, so
 * that explanations stay complete.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Rules {

  private Rules() {}

  /**
   * Obtains a rule that passes when every given rule passes or does not apply, and fails with the
   * failing rules' findings otherwise. It does not apply when none of the rules applies.
   *
   * @param <S>  the subject type
   * @param id  the combined rule's id
   * @param title  the combined rule's title
   * @param rules  the rules to combine, at least one
   * @return the combined rule, with the most severe severity of its parts
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <S> Rule<S> allOf(String id, String title, Rule<S>... rules) {
    List<Rule<S>> parts = parts(rules);
    return new BasicRule<>(id, title, worst(parts), parts.get(0).citation(), recommendations(parts), subject -> {
      ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
      ImmutableList.Builder<Finding> findings = ImmutableList.builder();
      boolean failed = false;
      boolean applied = false;
      for (Rule<S> part : parts) {
        Outcome o = part.check(subject);
        prefixed(part, o, reasons);
        findings.addAll(o.findings());
        failed |= o.isFailed();
        applied |= o.status() != Status.NOT_APPLICABLE;
      }
      if (failed) {
        return Outcome.failed(findings.build(), reasons.build());
      }
      return applied ? Outcome.passed(reasons.build()) : Outcome.notApplicable("none of its rules applies");
    });
  }

  /**
   * Obtains a rule that passes when at least one given rule passes, and fails otherwise with one finding
   * of its own. It does not apply when none of the rules applies.
   *
   * @param <S>  the subject type
   * @param id  the combined rule's id
   * @param title  the combined rule's title
   * @param rules  the rules to combine, at least one
   * @return the combined rule, with the least severe severity of its parts
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <S> Rule<S> anyOf(String id, String title, Rule<S>... rules) {
    List<Rule<S>> parts = parts(rules);
    Severity severity = parts.stream().map(Rule::severity).min(Enum::compareTo).orElse(Severity.MEDIUM);
    String recommendation = recommendations(parts);
    Reference citation = parts.get(0).citation();
    return new BasicRule<>(id, title, severity, citation, recommendation, subject -> {
      ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
      boolean passed = false;
      boolean applied = false;
      for (Rule<S> part : parts) {
        Outcome o = part.check(subject);
        prefixed(part, o, reasons);
        passed |= o.isPassed();
        applied |= o.status() != Status.NOT_APPLICABLE;
      }
      if (passed) {
        return Outcome.passed(reasons.build());
      }
      if (!applied) {
        return Outcome.notApplicable("none of its rules applies");
      }
      Finding finding = Finding.builder().ruleId(id).severity(severity).message("None of these holds: " + title)
          .recommendation(recommendation).citation(citation).build();
      return Outcome.failed(ImmutableList.of(finding), reasons.build());
    });
  }

  /**
   * Obtains a rule that passes when the given rule fails, and fails when it passes. It does not apply
   * when the given rule does not.
   *
   * @param <S>  the subject type
   * @param id  the negated rule's id
   * @param title  what the negated rule requires
   * @param rule  the rule to negate
   * @return the negated rule, with the given rule's severity and citation
   */
  public static <S> Rule<S> not(String id, String title, Rule<S> rule) {
    requireNonNull(rule, "rule");
    return new BasicRule<>(id, title, rule.severity(), rule.citation(), "", subject -> {
      Outcome o = rule.check(subject);
      ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
      for (Reason r : o.reasons()) {
        reasons.add(Reason.of("not (" + rule.id() + ": " + r.criterion() + ")", !r.isHeld(), r.evidence()));
      }
      if (o.status() == Status.FAILED) {
        return Outcome.passed(reasons.build());
      }
      if (o.status() == Status.NOT_APPLICABLE) {
        return o;
      }
      Finding finding = Finding.builder().ruleId(id).severity(rule.severity()).message("Not met: " + title)
          .citation(rule.citation()).build();
      return Outcome.failed(ImmutableList.of(finding), reasons.build());
    });
  }

  @SafeVarargs
  @SuppressWarnings("varargs")
  private static <S> List<Rule<S>> parts(Rule<S>... rules) {
    if (rules.length == 0) {
      throw new io.github.socialbiz.SocialBusinessException("Rules combinators need at least one rule, but got none");
    }
    for (Rule<S> r : rules) {
      requireNonNull(r, "rules");
    }
    return ImmutableList.copyOf(Arrays.asList(rules));
  }

  private static <S> Severity worst(List<Rule<S>> parts) {
    return parts.stream().map(Rule::severity).max(Enum::compareTo).orElse(Severity.MEDIUM);
  }

  private static <S> String recommendations(List<Rule<S>> parts) {
    StringBuilder s = new StringBuilder();
    for (Rule<S> p : parts) {
      if (!p.recommendation().isEmpty()) {
        s.append(s.length() == 0 ? "" : " ").append(p.recommendation());
      }
    }
    return s.toString();
  }

  private static void prefixed(Rule<?> part, Outcome o, ImmutableList.Builder<Reason> reasons) {
    for (Reason r : o.reasons()) {
      reasons.add(Reason.of(part.id() + ": " + r.criterion(), r.isHeld(), r.evidence()));
    }
  }
}
