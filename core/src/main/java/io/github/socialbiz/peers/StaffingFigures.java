package io.github.socialbiz.peers;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.socialbiz.coe.Role;

/**
 * The Center of Excellence of peers of the organization's size band and stage, whose CoE is on record:
 * headcount and full-time equivalents, in total and by role (a role nobody holds counts as zero for a peer
 * whose roster is known).
 *
 * @param peers  the peers the figures rest on, in words, such as {@code 1,000 to 4,999 employees, at stage
 *     3, Formalized}
 * @param size  the number of those peers, at least the threshold
 * @param headcount  the people of the whole CoE
 * @param fte  the full-time equivalents of the whole CoE
 * @param headcountByRole  the people per role, every role
 * @param fteByRole  the full-time equivalents per role, every role
 * @implSpec This record is immutable and thread-safe.
 */
public record StaffingFigures(
    String peers,
    int size,
    Quartiles headcount,
    Quartiles fte,
    ImmutableMap<Role, Quartiles> headcountByRole,
    ImmutableMap<Role, Quartiles> fteByRole) {

  /** Copies the maps in role order. */
  public StaffingFigures {
    headcountByRole = Maps.immutableEnumMap(headcountByRole);
    fteByRole = Maps.immutableEnumMap(fteByRole);
  }
}
