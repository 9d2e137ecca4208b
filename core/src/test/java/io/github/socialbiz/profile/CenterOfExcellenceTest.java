package io.github.socialbiz.profile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.coe.Role;
import org.junit.jupiter.api.Test;

/** When a roster is a staffed hub, and the CoE's defaults. */
final class CenterOfExcellenceTest {

  @Test
  void exactlyOneFullTimeEquivalent_isStaffed_lessIsNot() {
    CenterOfExcellence two =
        CenterOfExcellence.builder()
            .addMember(Member.of("Ana", Role.SOCIAL_ANALYST, 0.5))
            .addMember(Member.of("Ben", Role.COMMUNITY_MANAGER, 0.5))
            .build();
    assertTrue(two.isStaffed());
    CenterOfExcellence under =
        CenterOfExcellence.builder()
            .addMember(Member.of("Ana", Role.SOCIAL_ANALYST, 0.5))
            .addMember(Member.of("Ben", Role.COMMUNITY_MANAGER, 0.25))
            .build();
    assertFalse(under.isStaffed());
    CenterOfExcellence strategist =
        CenterOfExcellence.builder()
            .addMember(Member.of("Cy", Role.CORPORATE_SOCIAL_STRATEGIST, 0.25))
            .build();
    assertTrue(strategist.isStaffed(), "a strategist makes a hub at any fraction");
  }

  @Test
  void policyAuthority_isNotAssumed() {
    assertFalse(CenterOfExcellence.builder().build().isPolicyAuthority());
    assertTrue(CenterOfExcellence.builder().policyAuthority(true).build().isPolicyAuthority());
  }
}
