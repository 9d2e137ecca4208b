package io.github.socialbiz.peers;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Member;
import java.util.EnumMap;
import java.util.Map;

/**
 * The people of a Center of Excellence by role, as a peer keeps them: how many hold each role and their
 * full-time equivalents, without names, such as {@code 2 COMMUNITY_MANAGER (1.5 FTE)}.
 *
 * @param headcount  the people per role; a role nobody holds is absent
 * @param fte  the full-time equivalents per role, for the roles in {@code headcount}
 * @implSpec This record is immutable and thread-safe.
 */
public record Staffing(ImmutableMap<Role, Integer> headcount, ImmutableMap<Role, Double> fte) {

  /**
   * Checks the counts.
   *
   * @throws io.github.socialbiz.SocialBusinessException if a count is below 1, an FTE is negative or not
   *     finite, or the two maps name different roles
   */
  public Staffing {
    headcount = Maps.immutableEnumMap(requireNonNull(headcount, "headcount"));
    fte = Maps.immutableEnumMap(requireNonNull(fte, "fte"));
    for (Map.Entry<Role, Integer> e : headcount.entrySet()) {
      Checks.check(
          e.getValue() >= 1,
          "Staffing.headcount must be at least 1 for a role held, but was %s for %s",
          e.getValue(),
          e.getKey());
    }
    for (Map.Entry<Role, Double> e : fte.entrySet()) {
      Checks.check(
          e.getValue() >= 0 && e.getValue() < Double.POSITIVE_INFINITY,
          "Staffing.fte must be a finite number, zero or more, but was %s for %s",
          e.getValue(),
          e.getKey());
    }
    Checks.check(
        headcount.keySet().equals(fte.keySet()),
        "Staffing.fte must name the roles of headcount, but named %s against %s",
        fte.keySet(),
        headcount.keySet());
  }

  /**
   * Counts the people of a roster by role.
   *
   * @param coe  the roster
   * @return the staffing, not null; empty for an empty roster
   */
  public static Staffing of(CenterOfExcellence coe) {
    Map<Role, Integer> people = new EnumMap<>(Role.class);
    Map<Role, Double> fte = new EnumMap<>(Role.class);
    for (Member m : requireNonNull(coe, "coe").members()) {
      people.merge(m.role(), 1, Integer::sum);
      fte.merge(m.role(), m.fte(), Double::sum);
    }
    return new Staffing(ImmutableMap.copyOf(people), ImmutableMap.copyOf(fte));
  }

  /**
   * Gets the people holding a role.
   *
   * @param role  the role
   * @return the count, zero when nobody holds it
   */
  public int headcount(Role role) {
    return headcount.getOrDefault(requireNonNull(role, "role"), 0);
  }

  /**
   * Gets the full-time equivalents of a role.
   *
   * @param role  the role
   * @return the FTE, zero when nobody holds it
   */
  public double fte(Role role) {
    return fte.getOrDefault(requireNonNull(role, "role"), 0.0);
  }

  /**
   * Gets the people of every role.
   *
   * @return the total headcount
   */
  public int totalHeadcount() {
    return headcount.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Gets the full-time equivalents of every role.
   *
   * @return the total FTE
   */
  public double totalFte() {
    return fte.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
