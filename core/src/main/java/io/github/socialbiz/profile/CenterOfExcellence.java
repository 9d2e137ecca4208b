package io.github.socialbiz.profile;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The roster of an organization's social Center of Excellence: its members, whether it may set policy,
 * and who sponsors it.
 *
 * <pre>{@code
 * CenterOfExcellence coe = CenterOfExcellence.builder()
 *     .addMember(Member.of("Ana Ruiz", Role.CORPORATE_SOCIAL_STRATEGIST, 1.0))
 *     .addMember(Member.of("Sam Okafor", Role.COMMUNITY_MANAGER, 1.0))
 *     .policyAuthority(true)
 *     .sponsor("Chief Marketing Officer")
 *     .build();
 * }</pre>
 *
 * <p>An empty roster ({@link #none()}) is valid: many organizations have no CoE.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class CenterOfExcellence {

  private static final CenterOfExcellence NONE = builder().build();

  /** One full-time equivalent, less a rounding margin so that 0.3 + 0.7 counts as one. */
  private static final double ONE_FTE = 1.0 - 1e-9;

  CenterOfExcellence() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the empty roster: no members, no authority, no sponsor.
   *
   * @return the empty roster, not null
   */
  public static CenterOfExcellence none() {
    return NONE;
  }

  /**
   * Gets the members, in the order given.
   *
   * @return the members, possibly empty
   */
  public abstract ImmutableList<Member> members();

  /**
   * Checks if the CoE has authority to set process and policy across the organization.
   *
   * @return true if it has that authority
   */
  @Value.Default
  public boolean isPolicyAuthority() {
    return false;
  }

  /**
   * Gets the executive who sponsors the CoE.
   *
   * @return the sponsor's name or title, or empty
   */
  public abstract Optional<String> sponsor();

  /**
   * Checks if anyone is on the roster.
   *
   * @return true if there is at least one member
   */
  public boolean hasMembers() {
    return !members().isEmpty();
  }

  /**
   * Checks if the hub is staffed: a corporate social strategist is on the roster, or the members add up
   * to at least one full-time equivalent. One member at a fraction of their time is a roster, not a hub
   * (the library's reading of {@code Fact.CENTER_OF_EXCELLENCE_STAFFED}).
   *
   * @return true if staffed
   */
  public boolean isStaffed() {
    return staffed();
  }

  /** {@link #isStaffed()}, derived when the roster is built: the gates read it on their hot path. */
  @Value.Derived
  @Value.Auxiliary
  boolean staffed() {
    return hasRole(Role.CORPORATE_SOCIAL_STRATEGIST) || totalFte() >= ONE_FTE;
  }

  /**
   * Checks if an executive sponsor is named, as the sponsor or as a member in that role.
   *
   * @return true if a sponsor is named
   */
  public boolean hasSponsor() {
    return sponsor().isPresent() || hasRole(Role.EXECUTIVE_SPONSOR);
  }

  /**
   * Checks if someone on the roster holds a role.
   *
   * @param role  the role
   * @return true if at least one member has it
   */
  public boolean hasRole(Role role) {
    return (roleBits() & (1L << requireNonNull(role, "role").ordinal())) != 0;
  }

  /** The roles on the roster as bits by ordinal, derived when the roster is built: a fact check is a bit test. */
  @Value.Derived
  @Value.Auxiliary
  long roleBits() {
    long bits = 0;
    for (Member m : members()) {
      bits |= 1L << m.role().ordinal();
    }
    return bits;
  }

  /**
   * Gets the total full-time equivalents on the roster.
   *
   * @return the sum of the members' FTE
   */
  public double totalFte() {
    double sum = 0;
    for (Member m : members()) {
      sum += m.fte();
    }
    return sum;
  }

  @Value.Check
  void check() {
    sponsor()
        .ifPresent(
            s ->
                Checks.check(
                    !s.isBlank(),
                    "CenterOfExcellence.sponsor must not be blank when given, but was '%s'",
                    s));
  }

  /**
   * Returns the roster as text, such as {@code CenterOfExcellence{members=2, fte=1.5, policyAuthority=true, sponsor=CMO}}.
   *
   * @return the roster as text, not null
   */
  @Override
  public String toString() {
    return "CenterOfExcellence{members="
        + members()
        + ", fte="
        + totalFte()
        + ", policyAuthority="
        + isPolicyAuthority()
        + ", sponsor="
        + sponsor().orElse("none")
        + "}";
  }

  /** Builder of {@link CenterOfExcellence}; every method is inherited from the generated builder. */
  public static final class Builder extends ImmutableCenterOfExcellence.Builder {
    Builder() {}
  }
}
