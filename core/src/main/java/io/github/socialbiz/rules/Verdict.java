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
    return ImmutableVerdict.of(
        Status.PASSED, reasons, Optional.empty(), ImmutableList.of(), ImmutableList.of());
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
    // the constructor form: a list already immutable is kept, not copied (verdicts are made per
    // rule)
    return ImmutableVerdict.of(
        Status.FAILED,
        reasons,
        Optional.of(requireNonNull(message, "message")),
        ImmutableList.of(),
        involved);
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
   * Obtains a verdict that cannot tell: what the rule reads is not assessed or not answered. It is never a
   * failure and makes no finding; it names what would decide it and what to ask.
   *
   * @param message  what is not known, in one sentence a client can read, such as "Not verified: the
   *     crisis plan is not assessed"
   * @param ask  what to ask to decide it, such as the questions to put to the organization; possibly empty
   * @param reasons  the criteria, with the unknown ones among them
   * @return the verdict, not null
   * @throws SocialBusinessException if the message is blank
   */
  public static Verdict unknown(String message, Iterable<String> ask, Iterable<Reason> reasons) {
    return ImmutableVerdict.of(
        Status.UNKNOWN,
        reasons,
        Optional.of(requireNonNull(message, "message")),
        ask,
        ImmutableList.of());
  }

  /**
   * Obtains the verdict of one criterion of three values: a pass when it holds, a failure ("Not met: "
   * and the criterion) when it does not, and unknown ("Not verified: " and the criterion) when it cannot
   * be told. The natural shape of a custom rule over one grade:
   *
   * <pre>{@code
   * Rule<Organization> listens = Rule.<Organization>builder("acme.listens").title("Listens to half")
   *     .check(o -> Verdict.of(o.grade(Practice.LISTENING).atLeast(Adoption.HALF), "Listening: at least about half",
   *         o.grade(Practice.LISTENING).toString()));
   * }</pre>
   *
   * @param truth  whether the criterion holds
   * @param criterion  what is required
   * @param evidence  what was read
   * @return the verdict, not null
   * @throws SocialBusinessException if {@code criterion} is blank
   */
  public static Verdict of(Truth truth, String criterion, String evidence) {
    Reason reason = Reason.of(criterion, requireNonNull(truth, "truth"), evidence);
    return switch (truth) {
      case TRUE -> pass(reason);
      case FALSE -> fail("Not met: " + criterion, reason);
      case UNKNOWN ->
          unknown("Not verified: " + criterion, ImmutableList.of(), ImmutableList.of(reason));
    };
  }

  /**
   * Obtains a verdict for a subject the rule does not apply to.
   *
   * @param why  why the rule does not apply
   * @return the verdict, not null
   */
  public static Verdict notApplicable(String why) {
    requireNonNull(why, "why");
    return ImmutableVerdict.of(
        Status.NOT_APPLICABLE,
        ImmutableList.of(Reason.held("Not applicable: " + why, "")),
        Optional.empty(),
        ImmutableList.of(),
        ImmutableList.of());
  }

  /**
   * Gets the status.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract Status status();

  /**
   * Gets the reasons: each criterion checked, whether it held, and the evidence read.
   *
   * @return the reasons, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();

  /**
   * Gets what is wrong, when the verdict is a failure, or what is not known, when it is unknown.
   *
   * @return the message, present exactly when the status is {@link Status#FAILED} or {@link
   *     Status#UNKNOWN}
   */
  @Value.Parameter
  public abstract Optional<String> message();

  /**
   * Gets what to ask to decide an unknown verdict, such as the questions to put to the organization.
   *
   * @return the questions, empty unless unknown
   */
  @Value.Parameter
  public abstract ImmutableList<String> ask();

  /**
   * Gets the items involved in a failure.
   *
   * @return the items, empty unless failed
   */
  @Value.Parameter
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

  /**
   * Checks if the verdict cannot tell.
   *
   * @return true if unknown
   */
  public boolean isUnknown() {
    return status() == Status.UNKNOWN;
  }

  @Value.Check
  void check() {
    boolean worded = status() == Status.FAILED || status() == Status.UNKNOWN;
    if (worded && (message().isEmpty() || message().get().isBlank())) {
      throw new SocialBusinessException(
          "Verdict.message must not be blank when the status is "
              + status()
              + ", but was '"
              + message().orElse("")
              + "'");
    }
    if (!worded && message().isPresent()) {
      throw new SocialBusinessException(
          "Verdict.message must be empty unless the status is FAILED or UNKNOWN, but a "
              + status()
              + " verdict had message "
              + message());
    }
    if (status() != Status.FAILED && !involved().isEmpty()) {
      throw new SocialBusinessException(
          "Verdict.involved must be empty unless the status is FAILED, but a "
              + status()
              + " verdict had involved "
              + involved());
    }
    if (status() != Status.UNKNOWN && !ask().isEmpty()) {
      throw new SocialBusinessException(
          "Verdict.ask must be empty unless the status is UNKNOWN, but a "
              + status()
              + " verdict had ask "
              + ask());
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
        + (involved().isEmpty() ? "" : " " + involved())
        + (ask().isEmpty() ? "" : " ask " + ask());
  }
}
