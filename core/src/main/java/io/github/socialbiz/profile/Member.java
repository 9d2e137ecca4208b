package io.github.socialbiz.profile;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person on the Center of Excellence roster, with a {@link Role} and a full-time equivalent, such as
 * {@code Ana Ruiz (CORPORATE_SOCIAL_STRATEGIST, 0.5 FTE)}.
 *
 * <pre>{@code
 * Member m = Member.of("Ana Ruiz", Role.CORPORATE_SOCIAL_STRATEGIST, 0.5);
 * Member n = Member.of("Li Wei", Role.BUSINESS_UNIT_LIAISON, 1.0).withBusinessUnit("Cloud");
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Member {

  Member() {}

  /**
   * Obtains a member of the central team.
   *
   * @param name  the person's name, not blank
   * @param role  the role
   * @param fte  the share of a full-time job spent on the role, greater than 0 and at most 1
   * @return the member, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code name} is blank or {@code fte} is out of range
   */
  public static Member of(String name, Role role, double fte) {
    return ImmutableMember.builder().name(name).role(role).fte(fte).build();
  }

  /**
   * Gets the person's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets the role.
   *
   * @return the role, not null
   */
  public abstract Role role();

  /**
   * Gets the share of a full-time job spent on the role.
   *
   * @return the FTE, greater than 0 and at most 1
   */
  public abstract double fte();

  /**
   * Gets the business unit the member sits in.
   *
   * @return the unit's name, or empty for the central team
   */
  public abstract Optional<String> businessUnit();

  /**
   * Returns a copy of this member placed in a business unit. This instance is immutable and unaffected.
   *
   * @param unit  the unit's name, not blank
   * @return the changed copy, not null
   */
  public abstract Member withBusinessUnit(String unit);

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Member", "name");
    Checks.check(
        fte() > 0 && fte() <= 1,
        "Member.fte must be greater than 0 and at most 1, but was %s for '%s'",
        fte(),
        name());
    businessUnit()
        .ifPresent(
            u ->
                Checks.check(
                    !u.isBlank(),
                    "Member.businessUnit must not be blank when given, but was '%s' for '%s'",
                    u,
                    name()));
  }

  /**
   * Returns the member as text, such as {@code Ana Ruiz (CORPORATE_SOCIAL_STRATEGIST, 0.5 FTE)}.
   *
   * @return the member as text, not null
   */
  @Override
  public String toString() {
    return name()
        + " ("
        + role()
        + ", "
        + fte()
        + " FTE"
        + businessUnit().map(u -> ", " + u).orElse("")
        + ")";
  }
}
