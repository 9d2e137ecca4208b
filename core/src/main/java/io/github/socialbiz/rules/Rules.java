package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Combinators of rules: {@link #allOf}, {@link #anyOf} and {@link #not}. Intended for static import.
 *
 * <pre>{@code
 * Rule<Organization> ready = allOf("acme.ready", "Policy and drill in place", policy, drill);
 * Rule<Organization> either = anyOf("acme.listening", "Listens or runs pilots", listens, pilots);
 * Rule<Organization> quiet = not("acme.no-crisis-plan", "Has no crisis plan yet", "Hold off the drill until the plan exists", drill);
 * }</pre>
 *
 * <p>A combined rule is a rule of its own: its failure is one finding with the combined rule's id. It
 * keeps the reasons of every rule it combines, each prefixed with that rule's id, so that explanations
 * stay complete, and it keeps their recommendations.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Rules {

  private Rules() {}

  /**
   * Obtains a rule that passes when every given rule passes or does not apply, and fails otherwise with
   * one finding whose message joins the failing rules' messages (each prefixed with its rule's id) and
   * whose involved items are theirs. It does not apply when none of the rules applies. Kleene's "and": a
   * failing part outweighs a part that cannot tell; with no failure, a part that cannot tell makes the
   * whole unknown (its message joins the unknown parts' messages, its questions theirs).
   *
   * @param <S>  the subject type
   * @param id  the combined rule's id
   * @param title  the combined rule's title
   * @param rules  the rules to combine, at least one
   * @return the combined rule, with the most severe severity of its parts, the first part's citation and
   *     the parts' recommendations joined
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <S> Rule<S> allOf(String id, String title, Rule<S>... rules) {
    List<Rule<S>> parts = parts(rules);
    return new BasicRule<>(
        id,
        title,
        worst(parts),
        parts.get(0).citation(),
        recommendations(parts),
        subject -> {
          ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
          List<String> messages = new ArrayList<>();
          Set<String> involved = new LinkedHashSet<>();
          List<String> unknown = new ArrayList<>();
          Set<String> ask = new LinkedHashSet<>();
          boolean applied = false;
          for (Rule<S> part : parts) {
            Verdict v = part.check(subject);
            prefixed(part, v, reasons);
            if (v.isFailed()) {
              messages.add(part.id() + ": " + v.message().orElseThrow());
              involved.addAll(v.involved());
            } else if (v.isUnknown()) {
              unknown.add(part.id() + ": " + v.message().orElseThrow());
              ask.addAll(v.ask());
            }
            applied |= v.status() != Status.NOT_APPLICABLE;
          }
          if (!messages.isEmpty()) {
            return Verdict.fail(String.join("; ", messages), involved, reasons.build());
          }
          if (!unknown.isEmpty()) {
            return Verdict.unknown(String.join("; ", unknown), ask, reasons.build());
          }
          return applied
              ? Verdict.pass(reasons.build())
              : Verdict.notApplicable("none of its rules applies");
        });
  }

  /**
   * Obtains a rule that passes when at least one given rule passes, and fails otherwise with the message
   * "None of these holds: " and the title. It does not apply when none of the rules applies. Kleene's
   * "or": a passing part outweighs a part that cannot tell; with no pass, a part that cannot tell makes
   * the whole unknown.
   *
   * @param <S>  the subject type
   * @param id  the combined rule's id
   * @param title  the combined rule's title
   * @param rules  the rules to combine, at least one
   * @return the combined rule, with the least severe severity of its parts, the first part's citation and
   *     the parts' recommendations joined
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <S> Rule<S> anyOf(String id, String title, Rule<S>... rules) {
    List<Rule<S>> parts = parts(rules);
    Severity severity =
        parts.stream().map(Rule::severity).min(Enum::compareTo).orElse(Severity.MEDIUM);
    return new BasicRule<>(
        id,
        title,
        severity,
        parts.get(0).citation(),
        recommendations(parts),
        subject -> {
          ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
          boolean passed = false;
          boolean applied = false;
          List<String> unknown = new ArrayList<>();
          Set<String> ask = new LinkedHashSet<>();
          for (Rule<S> part : parts) {
            Verdict v = part.check(subject);
            prefixed(part, v, reasons);
            passed |= v.isPassed();
            applied |= v.status() != Status.NOT_APPLICABLE;
            if (v.isUnknown()) {
              unknown.add(part.id() + ": " + v.message().orElseThrow());
              ask.addAll(v.ask());
            }
          }
          if (passed) {
            return Verdict.pass(reasons.build());
          }
          if (!applied) {
            return Verdict.notApplicable("none of its rules applies");
          }
          if (!unknown.isEmpty()) {
            return Verdict.unknown(String.join("; ", unknown), ask, reasons.build());
          }
          return Verdict.fail("None of these holds: " + title, ImmutableList.of(), reasons.build());
        });
  }

  /**
   * Obtains a rule that passes when the given rule fails, and fails when it passes, with the message
   * "Not met: " and the title. It does not apply when the given rule does not, and cannot tell ("Not
   * verified: " and the title, with the given rule's questions) when the given rule cannot.
   *
   * @param <S>  the subject type
   * @param id  the negated rule's id
   * @param title  what the negated rule requires
   * @param recommendation  what to do when the negated rule fails (the given rule's own recommendation
   *     says how to make it hold, which is the opposite)
   * @param rule  the rule to negate
   * @return the negated rule, with the given rule's severity and citation
   */
  public static <S> Rule<S> not(String id, String title, String recommendation, Rule<S> rule) {
    requireNonNull(rule, "rule");
    return new BasicRule<>(
        id,
        title,
        rule.severity(),
        rule.citation(),
        recommendation,
        subject -> {
          Verdict v = rule.check(subject);
          if (v.status() == Status.NOT_APPLICABLE) {
            return v;
          }
          ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
          for (Reason r : v.reasons()) {
            reasons.add(
                Reason.of(
                    "not (" + rule.id() + ": " + r.criterion() + ")",
                    r.truth().not(),
                    r.evidence()));
          }
          if (v.isUnknown()) {
            return Verdict.unknown("Not verified: " + title, v.ask(), reasons.build());
          }
          return v.isFailed()
              ? Verdict.pass(reasons.build())
              : Verdict.fail("Not met: " + title, ImmutableList.of(), reasons.build());
        });
  }

  @SafeVarargs
  @SuppressWarnings("varargs")
  private static <S> List<Rule<S>> parts(Rule<S>... rules) {
    if (rules.length == 0) {
      throw new SocialBusinessException("Rules combinators need at least one rule, but got none");
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

  private static void prefixed(Rule<?> part, Verdict v, ImmutableList.Builder<Reason> reasons) {
    for (Reason r : v.reasons()) {
      reasons.add(Reason.of(part.id() + ": " + r.criterion(), r.truth(), r.evidence()));
    }
  }
}
