package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a rule's check decided about one subject: a status, the reasons (each criterion with whether it
 * held and the evidence read), and, when it failed, a message and the items involved, such as {@code
 * FAILED: 6 accounts have no owner [twitter:globex-1, ...]}.
 *
 * <p>A verdict says nothing about the rule itself: the {@link RuleBook} that evaluates a rule turns its
 * verdict into an {@link Outcome}, stamping any {@link Finding} with the rule's own id, severity, citation
 * and recommendation, so a finding always names the rule that made it.
 *
 * <pre>{@code
 * Rule<Organization> staffed = Rule.<Organization>builder("acme.staffed").title("Has a CoE")
 *     .check(o -> o.coe().hasMembers() ? Verdict.pass("Has a CoE", "roster of " + o.coe().members().size())
 *         : Verdict.fail("Nobody is on the CoE roster", Reason.notHeld("Has a CoE", "empty roster")));
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Verdict {

  Verdict() {}

  /**
   * Obtains a passing verdict.
   *
   * @param reasons  why it passed
   * @return the verdict, not null
   */
  public static Verdict pass(Iterable<Reason> reasons) {
    return ImmutableVerdict.builder().status(Status.PASSED).addAllReasons(reasons).build();
  }

  /**
   * Obtains a passing verdict with its reasons.
   *
   * @param reasons  why it passed
   * @return the verdict, not null
   */
  public static Verdict pass(Reason... reasons) {
    return pass(ImmutableList.copyOf(reasons));
  }

  /**
   * Obtains a passing verdict with one held criterion.
   *
   * @param criterion  what held
   * @param evidence  what was read
   * @return the verdict, not null
   */
  public static Verdict pass(String criterion, String evidence) {
    return pass(Reason.held(criterion, evidence));
  }

  /**
   * Obtains a failing verdict.
   *
   * @param message  what is wrong, in one sentence a client can read
   * @param involved  the items involved, such as account handles or unit names
   * @param reasons  why it failed
   * @return the verdict, not null
   * @throws SocialBusinessException if the message is blank
   */
  public static Verdict fail(String message, Iterable<String> involved, Iterable<Reason> reasons) {
    return ImmutableVerdict.builder()
        .status(Status.FAILED)
        .message(message)
        .addAllInvolved(involved)
        .addAllReasons(reasons)
        .build();
  }

  /**
   * Obtains a failing verdict with no items involved.
   *
   * @param message  what is wrong, in one sentence a client can read
   * @param reasons  why it failed
   * @return the verdict, not null
   * @throws SocialBusinessException if the message is blank
   */
  public static Verdict fail(String message, Reason... reasons) {
    return fail(message, ImmutableList.of(), ImmutableList.copyOf(reasons));
  }

  /**
   * Obtains a verdict for a subject the rule does not apply to.
   *
   * @param why  why the rule does not apply
   * @return the verdict, not null
   */
  public static Verdict notApplicable(String why) {
    requireNonNull(why, "why");
    return ImmutableVerdict.builder()
        .status(Status.NOT_APPLICABLE)
        .addReasons(Reason.held("Not applicable: " + why, ""))
        .build();
  }

  /**
   * Gets the status.
   *
   * @return the status, not null
   */
  public abstract Status status();

  /**
   * Gets the reasons: each criterion checked, whether it held, and the evidence read.
   *
   * @return the reasons, possibly empty
   */
  public abstract ImmutableList<Reason> reasons();

  /**
   * Gets what is wrong, when the verdict is a failure.
   *
   * @return the message, present exactly when the status is {@link Status#FAILED}
   */
  public abstract Optional<String> message();

  /**
   * Gets the items involved in a failure.
   *
   * @return the items, empty unless failed
   */
  public abstract ImmutableList<String> involved();

  /**
   * Checks if the verdict is a pass.
   *
   * @return true if passed
   */
  public boolean isPassed() {
    return status() == Status.PASSED;
  }

  /**
   * Checks if the verdict is a failure.
   *
   * @return true if failed
   */
  public boolean isFailed() {
    return status() == Status.FAILED;
  }

  @Value.Check
  void check() {
    if (status() == Status.FAILED && message().map(String::isBlank).orElse(true)) {
      throw new SocialBusinessException(
          "Verdict.message must not be blank when the status is FAILED, but was '"
              + message().orElse("")
              + "'");
    }
    if (status() != Status.FAILED && (message().isPresent() || !involved().isEmpty())) {
      throw new SocialBusinessException(
          "Verdict.message and involved must be empty unless the status is FAILED, but a "
              + status()
              + " verdict had message "
              + message()
              + " and involved "
              + involved());
    }
  }

  /**
   * Returns the verdict as text, such as {@code PASSED} or {@code FAILED: Not met: Has a policy}.
   *
   * @return the verdict as text, not null
   */
  @Override
  public String toString() {
    return status()
        + message().map(m -> ": " + m).orElse("")
        + (involved().isEmpty() ? "" : " " + involved());
  }
}
