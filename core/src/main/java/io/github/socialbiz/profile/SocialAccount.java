package io.github.socialbiz.profile;

import com.google.common.base.Ascii;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.rules.Truth;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A corporate social account in an organization's inventory, such as {@code TWITTER @acme_support}.
 *
 * <pre>{@code
 * SocialAccount a = SocialAccount.builder()
 *     .platform(Platform.TWITTER).handle("@acme_support")
 *     .businessUnit("Retail").owner("Customer care team")
 *     .created(LocalDate.of(2019, 3, 1)).lastActivity(LocalDate.of(2026, 6, 1))
 *     .build();
 * }</pre>
 *
 * <p>The {@link #owner()} is the team or person answerable for the account; an account with none is
 * orphaned. The {@link #businessUnit()} groups it under a unit; none means the central organization.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class SocialAccount {

  SocialAccount() {}

  /**
   * Obtains a builder of accounts.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains an account with only the required parts: no unit, no owner, no activity recorded.
   *
   * @param platform  the platform
   * @param handle  the handle on that platform, not blank
   * @param created  when the account was opened
   * @return the account, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code handle} is blank
   */
  public static SocialAccount of(Platform platform, String handle, LocalDate created) {
    return builder().platform(platform).handle(handle).created(created).build();
  }

  /**
   * Gets the platform.
   *
   * @return the platform, not null
   */
  public abstract Platform platform();

  /**
   * Gets the handle, unique per platform within an organization (compared ignoring case).
   *
   * @return the handle, not blank
   */
  public abstract String handle();

  /**
   * Gets the business unit the account belongs to.
   *
   * @return the unit's name, or empty for the central organization
   */
  public abstract Optional<String> businessUnit();

  /**
   * Gets the team or person answerable for the account.
   *
   * @return the owner, or empty if the account is orphaned
   */
  public abstract Optional<String> owner();

  /**
   * Gets the day the account was opened.
   *
   * @return the creation date, not null
   */
  public abstract LocalDate created();

  /**
   * Gets the day of the last post or reply.
   *
   * @return the date, or empty if no activity was ever recorded
   */
  public abstract Optional<LocalDate> lastActivity();

  /**
   * Gets the number of followers, fans or subscribers.
   *
   * @return the audience, or empty if unknown
   */
  public abstract Optional<Long> audience();

  /**
   * Checks if the account is orphaned: nobody is answerable for it.
   *
   * @return true if {@link #owner()} is empty
   */
  public boolean isOrphaned() {
    return owner().isEmpty();
  }

  /**
   * Gets the days from the last recorded activity to a date.
   *
   * @param asOf  the date to measure to
   * @return the days of silence, zero or more (zero if {@code asOf} is before the last activity); empty
   *     when no activity is recorded, since how long the account has been silent is then not known
   */
  public OptionalLong daysIdle(LocalDate asOf) {
    return lastActivity().isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(Math.max(0, asOf.toEpochDay() - lastSeenEpochDay()));
  }

  /**
   * Checks if the account has been idle for more than a number of days, on three values: from its last
   * recorded activity; with none recorded, false when it was opened within those days and unknown
   * otherwise, since no activity recorded is not "no activity".
   *
   * @param days  the days of silence that make an account idle
   * @param asOf  the date to measure to
   * @return whether the account is idle, not null
   */
  public Truth idleOver(int days, LocalDate asOf) {
    if (asOf.toEpochDay() - lastSeenEpochDay() <= days) {
      return Truth.FALSE;
    }
    return lastActivity().isPresent() ? Truth.TRUE : Truth.UNKNOWN;
  }

  /**
   * Gets the key under which the handle must be unique: the platform and the lower-case handle.
   *
   * @return the key, such as {@code TWITTER @acme}
   */
  public String uniqueKey() {
    return platform() + " " + Ascii.toLowerCase(handle());
  }

  /** The epoch day of the last activity, or of the creation if none is recorded; kept to make idle checks cheap. */
  @Value.Derived
  @Value.Auxiliary
  long lastSeenEpochDay() {
    return lastActivity().orElse(created()).toEpochDay();
  }

  @Value.Check
  void check() {
    Checks.notBlank(handle(), "SocialAccount", "handle");
    businessUnit()
        .ifPresent(
            u ->
                Checks.check(
                    !u.isBlank(),
                    "SocialAccount.businessUnit must not be blank when given, but was '%s' for %s",
                    u,
                    this));
    owner()
        .ifPresent(
            o ->
                Checks.check(
                    !o.isBlank(),
                    "SocialAccount.owner must not be blank when given, but was '%s' for %s",
                    o,
                    this));
    lastActivity()
        .ifPresent(
            last ->
                Checks.check(
                    !last.isBefore(created()),
                    "SocialAccount.lastActivity must not be before created (%s), but was %s for %s",
                    created(),
                    last,
                    this));
    audience()
        .ifPresent(
            a ->
                Checks.check(
                    a >= 0,
                    "SocialAccount.audience must be zero or more, but was %s for %s",
                    a,
                    this));
  }

  /**
   * Returns the account as text: its platform and handle, such as {@code TWITTER @acme}.
   *
   * @return the account as text, not null
   */
  @Override
  public String toString() {
    return platform() + " " + handle();
  }

  /** Builder of {@link SocialAccount}; every method is inherited from the generated builder. */
  public static final class Builder extends ImmutableSocialAccount.Builder {
    Builder() {}
  }
}
