package io.github.socialbiz.rules;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import org.immutables.value.Value;

/**
 * Why a rule passed, failed or could not tell: the criteria that held, those that did not, those that
 * cannot be told from what is known (with what to ask), with the evidence read, and the rule's citation. Its {@link #toString()} is a short report readable in JShell:
 *
 * <pre>
 * stage.presence.listening FAILED: Listening and monitoring: at least About half
 *   why not: Listening and monitoring: at least About half (read: LISTENING=SOME (SELF_REPORTED))
 *   source: Li et al. 2013, "Stage 1, Planning: listen to learn" [CORROBORATED]
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Explanation {

  Explanation() {}

  static Explanation of(Rule<?> rule, Outcome outcome) {
    ImmutableList.Builder<Reason> held = ImmutableList.builder();
    ImmutableList.Builder<Reason> notHeld = ImmutableList.builder();
    ImmutableList.Builder<Reason> unknown = ImmutableList.builder();
    for (Reason r : outcome.reasons()) {
      (r.isHeld() ? held : r.isUnknown() ? unknown : notHeld).add(r);
    }
    return ImmutableExplanation.builder()
        .ruleId(rule.id())
        .title(rule.title())
        .status(outcome.status())
        .addAllHeld(held.build())
        .addAllNotHeld(notHeld.build())
        .addAllUnknown(unknown.build())
        .citation(rule.citation())
        .addAllFindings(outcome.findings())
        .addAllUnverified(outcome.unverified())
        .build();
  }

  /**
   * Gets the id of the explained rule.
   *
   * @return the rule id, not null
   */
  public abstract String ruleId();

  /**
   * Gets the rule's title.
   *
   * @return the title, not null
   */
  public abstract String title();

  /**
   * Gets the rule's status.
   *
   * @return the status, not null
   */
  public abstract Status status();

  /**
   * Gets the criteria that held: why the rule passed, or what was already in place.
   *
   * @return the reasons that held, possibly empty
   */
  public abstract ImmutableList<Reason> held();

  /**
   * Gets the criteria that did not hold: why not.
   *
   * @return the reasons that did not hold, possibly empty
   */
  public abstract ImmutableList<Reason> notHeld();

  /**
   * Gets the criteria that cannot be told from what is known: what is not verified.
   *
   * @return the unknown reasons, possibly empty
   */
  public abstract ImmutableList<Reason> unknown();

  /**
   * Gets the rule's citation.
   *
   * @return the citation, not null
   */
  public abstract Reference citation();

  /**
   * Gets the findings, if the rule failed.
   *
   * @return the findings, possibly empty
   */
  public abstract ImmutableList<Finding> findings();

  /**
   * Gets what could not be verified, if the rule could not tell.
   *
   * @return the unverified items, possibly empty
   */
  public abstract ImmutableList<Unverified> unverified();

  /**
   * Returns the explanation as a short multi-line report.
   *
   * @return the report, not null
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(ruleId()).append(' ').append(status()).append(": ").append(title());
    for (Reason r : held()) {
      s.append("\n  why: ")
          .append(r.criterion())
          .append(r.evidence().isEmpty() ? "" : " (read: " + r.evidence() + ")");
    }
    for (Reason r : notHeld()) {
      s.append("\n  why not: ")
          .append(r.criterion())
          .append(r.evidence().isEmpty() ? "" : " (read: " + r.evidence() + ")");
    }
    for (Reason r : unknown()) {
      s.append("\n  not verified: ")
          .append(r.criterion())
          .append(r.evidence().isEmpty() ? "" : " (read: " + r.evidence() + ")");
    }
    for (Finding f : findings()) {
      if (!f.recommendation().isEmpty()) {
        s.append("\n  to do: ").append(f.recommendation());
      }
    }
    for (Unverified u : unverified()) {
      if (!u.ask().isEmpty()) {
        s.append("\n  to do: ask ").append(String.join("; ", u.ask()));
      }
    }
    return s.append("\n  source: ").append(citation()).toString();
  }
}
