package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import java.util.Comparator;

/**
 * The result of evaluating a {@link RuleBook} against a subject: every rule's {@link Outcome} in order,
 * the findings by severity, what could not be verified, and explanations, such as {@code
 * Evaluation[accounts: 3 passed, 2 failed, 0 not applicable, 1 not verified]} (the last part only when a
 * rule could not tell).
 *
 * @param <S>  the subject type
 * @implSpec This class is immutable and thread-safe if its subject is.
 */
public final class Evaluation<S> {

  private static final Comparator<Finding> MOST_SEVERE_FIRST =
      Comparator.comparing(Finding::severity).reversed();

  private final RuleBook<S> book;
  private final S subject;
  private final ImmutableList<Outcome> outcomes;

  Evaluation(RuleBook<S> book, S subject, ImmutableList<Outcome> outcomes) {
    this.book = book;
    this.subject = subject;
    this.outcomes = outcomes;
  }

  /**
   * Gets the evaluated rule book.
   *
   * @return the book, not null
   */
  public RuleBook<S> book() {
    return book;
  }

  /**
   * Gets the evaluated subject.
   *
   * @return the subject, not null
   */
  public S subject() {
    return subject;
  }

  /**
   * Gets the outcome of every rule, in the book's order.
   *
   * @return the outcomes, one per rule
   */
  public ImmutableList<Outcome> outcomes() {
    return outcomes;
  }

  /**
   * Gets the outcome of one rule.
   *
   * @param ruleId  the rule id
   * @return the outcome, not null
   * @throws SocialBusinessException if the book has no such rule
   */
  public Outcome outcome(String ruleId) {
    return outcomes.get(indexOf(ruleId));
  }

  /**
   * Gets the ids of the rules with a status, in the book's order.
   *
   * @param status  the status
   * @return the rule ids, possibly empty
   */
  public ImmutableList<String> ruleIds(Status status) {
    requireNonNull(status, "status");
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).status() == status) {
        ids.add(book.rules().get(i).id());
      }
    }
    return ids.build();
  }

  /**
   * Gets the ids of the rules that passed.
   *
   * @return the rule ids, possibly empty
   */
  public ImmutableList<String> passed() {
    return ruleIds(Status.PASSED);
  }

  /**
   * Gets the ids of the rules that failed.
   *
   * @return the rule ids, possibly empty
   */
  public ImmutableList<String> failed() {
    return ruleIds(Status.FAILED);
  }

  /**
   * Gets the ids of the rules that could not tell, because what they read is not known.
   *
   * @return the rule ids, possibly empty
   */
  public ImmutableList<String> unknown() {
    return ruleIds(Status.UNKNOWN);
  }

  /**
   * Gets what could not be verified, in the book's order: one item per rule that could not tell. These
   * are never findings.
   *
   * @return the unverified items, possibly empty
   */
  public ImmutableList<Unverified> unverified() {
    ImmutableList.Builder<Unverified> all = ImmutableList.builder();
    for (Outcome o : outcomes) {
      all.addAll(o.unverified());
    }
    return all.build();
  }

  /**
   * Gets the ids of the rules that did not apply.
   *
   * @return the rule ids, possibly empty
   */
  public ImmutableList<String> notApplicable() {
    return ruleIds(Status.NOT_APPLICABLE);
  }

  /**
   * Checks if no rule failed. A rule that could not tell is not a failure: see {@link #unverified()}.
   *
   * @return true if every rule passed, did not apply or could not tell
   */
  public boolean isClean() {
    for (Outcome o : outcomes) {
      if (o.isFailed()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Gets every finding, most severe first, and in the book's order within a severity.
   *
   * @return the findings, possibly empty
   */
  public ImmutableList<Finding> findings() {
    ImmutableList.Builder<Finding> all = ImmutableList.builder();
    for (Outcome o : outcomes) {
      all.addAll(o.findings());
    }
    return ImmutableList.sortedCopyOf(MOST_SEVERE_FIRST, all.build());
  }

  /**
   * Gets the findings of at least a severity, most severe first.
   *
   * @param minimum  the lowest severity to include
   * @return the findings, possibly empty
   */
  public ImmutableList<Finding> findings(Severity minimum) {
    requireNonNull(minimum, "minimum");
    return findings().stream()
        .filter(f -> f.severity().isAtLeast(minimum))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Explains one rule's outcome: the criteria that held, those that did not, and the evidence read.
   *
   * @param ruleId  the rule id
   * @return the explanation, not null
   * @throws SocialBusinessException if the book has no such rule
   */
  public Explanation explain(String ruleId) {
    int i = indexOf(ruleId);
    return Explanation.of(book.rules().get(i), outcomes.get(i));
  }

  private int indexOf(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    ImmutableList<Rule<S>> rules = book.rules();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(ruleId)) {
        return i;
      }
    }
    throw new SocialBusinessException(
        "Evaluation of rule book '" + book.name() + "' has no rule '" + ruleId + "'");
  }

  /**
   * Returns a summary, such as {@code Evaluation[accounts: 3 passed, 2 failed, 0 not applicable]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Evaluation["
        + book.name()
        + ": "
        + passed().size()
        + " passed, "
        + failed().size()
        + " failed, "
        + notApplicable().size()
        + " not applicable"
        + (unknown().isEmpty() ? "" : ", " + unknown().size() + " not verified")
        + "]";
  }
}
