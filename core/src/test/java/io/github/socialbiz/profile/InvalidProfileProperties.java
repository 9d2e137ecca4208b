package io.github.socialbiz.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.testing.Rebuild;
import io.github.socialbiz.testing.SocialBusinessDomain;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Positive;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/**
 * Generated invalid input: every case must fail with {@link SocialBusinessException} and the documented
 * message, starting from an arbitrary valid organization where one is involved.
 */
@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
final class InvalidProfileProperties {

  @Property
  void nonPositiveHeadcount_isRejected(
      @ForAll Organization valid, @ForAll @IntRange(min = -1_000_000, max = 0) int employees) {
    SocialBusinessException e =
        assertThrows(
            SocialBusinessException.class, () -> Rebuild.rebuildWithEmployees(valid, employees));
    assertEquals("Organization.employees must be at least 1, but was " + employees, e.getMessage());
  }

  @Property
  void fteOutOfRange_isRejected(@ForAll Role role, @ForAll double fte) {
    Assume.that(!(fte > 0 && fte <= 1));
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> Member.of("Ana", role, fte));
    assertEquals(
        "Member.fte must be greater than 0 and at most 1, but was " + fte + " for 'Ana'",
        e.getMessage());
  }

  @Property
  void lastActivityBeforeCreation_isRejected(
      @ForAll SocialAccount valid, @ForAll @Positive int daysBefore) {
    LocalDate last = valid.created().minusDays(Math.min(daysBefore, 100_000));
    SocialBusinessException e =
        assertThrows(
            SocialBusinessException.class,
            () ->
                SocialAccount.builder()
                    .platform(valid.platform())
                    .handle(valid.handle())
                    .created(valid.created())
                    .lastActivity(last)
                    .build());
    assertEquals(
        "SocialAccount.lastActivity must not be before created ("
            + valid.created()
            + "), but was "
            + last
            + " for "
            + valid,
        e.getMessage());
  }

  @Property
  void duplicateHandle_isRejected(@ForAll Organization valid, @ForAll SocialAccount account) {
    SocialAccount twin =
        SocialAccount.builder()
            .platform(account.platform())
            .handle(account.handle().toUpperCase(Locale.ROOT))
            .created(account.created())
            .build();
    SocialBusinessException e =
        assertThrows(
            SocialBusinessException.class, () -> Rebuild.rebuildWithAccounts(valid, account, twin));
    assertEquals(
        "Organization.accounts must not hold the same handle twice on one platform, but "
            + twin
            + " appears twice",
        e.getMessage());
  }

  @Property
  void accountInUnknownUnit_isRejected(@ForAll Organization valid, @ForAll SocialAccount account) {
    String unknown = "no-such-unit";
    SocialAccount stray =
        SocialAccount.builder()
            .platform(account.platform())
            .handle("stray")
            .created(account.created())
            .businessUnit(unknown)
            .build();
    SocialBusinessException e =
        assertThrows(
            SocialBusinessException.class, () -> Rebuild.rebuildWithAccounts(valid, stray));
    assertEquals(
        "SocialAccount.businessUnit must name a unit of the organization (one of "
            + new TreeSet<>(
                valid.businessUnits().stream().map(BusinessUnit::name).collect(Collectors.toSet()))
            + "), but was 'no-such-unit' for "
            + stray,
        e.getMessage());
  }

  @Property
  void practiceGradedTwice_isRejected(
      @ForAll Organization valid,
      @ForAll Practice practice,
      @ForAll Adoption a,
      @ForAll Adoption b) {
    SocialBusinessException e =
        assertThrows(
            SocialBusinessException.class,
            () ->
                Organization.builder()
                    .name(valid.name())
                    .employees(valid.employees())
                    .evidence(practice, a)
                    .evidence(practice, b)
                    .build());
    assertEquals(
        "Organization.evidence must grade each practice at most once, but "
            + practice
            + " is graded twice",
        e.getMessage());
  }

  @Property
  void blankName_isRejected(@ForAll @IntRange(max = 5) int spaces) {
    String blank = " ".repeat(spaces);
    SocialBusinessException e =
        assertThrows(
            SocialBusinessException.class,
            () -> Organization.builder().name(blank).employees(10).build());
    assertEquals("Organization.name must not be blank, but was '" + blank + "'", e.getMessage());
  }

  @Property(tries = 50)
  void validOrganizations_buildAndRebuildUnchanged(@ForAll Organization valid) {
    assertEquals(valid, Rebuild.rebuild(valid));
  }
}
