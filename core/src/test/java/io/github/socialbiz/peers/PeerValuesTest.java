package io.github.socialbiz.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Member;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The small values of peer benchmarks: spans, quarters, ranks, quartiles, staffing. */
final class PeerValuesTest {

  @Test
  void span_isARangeOfScores() {
    assertEquals("0.42 to 0.71", new Span(0.42, 0.71).toString());
    assertEquals("0.50", Span.of(0.5).toString());
    assertEquals(true, Span.of(0.5).isExact());
    assertEquals(false, new Span(0.4, 0.5).isExact());
    assertEquals(
        "Span.high must be at least low, but was 0.3 against 0.4",
        assertThrows(SocialBusinessException.class, () -> new Span(0.4, 0.3)).getMessage());
    assertEquals(
        "Span.low must be between 0 and 1, but was -0.1",
        assertThrows(SocialBusinessException.class, () -> new Span(-0.1, 0.3)).getMessage());
  }

  @Test
  void quarter_ofADate_andAsText() {
    assertEquals(new Quarter(2026, 2), Quarter.of(LocalDate.of(2026, 6, 30)));
    assertEquals(new Quarter(2026, 3), Quarter.of(LocalDate.of(2026, 7, 1)));
    assertEquals(new Quarter(2025, 4), Quarter.of(LocalDate.of(2025, 12, 31)));
    assertEquals("2026-Q1", Quarter.of(LocalDate.of(2026, 1, 1)).toString());
    assertEquals(new Quarter(2024, 4), Quarter.parse("2024-Q4"));
    assertEquals(LocalDate.of(2024, 10, 1), Quarter.parse("2024-Q4").firstDay());
    assertEquals(-1, new Quarter(2025, 4).compareTo(new Quarter(2026, 1)));
    assertEquals(1, new Quarter(2026, 2).compareTo(new Quarter(2026, 1)));
    assertEquals(
        "A quarter is a year, '-Q' and 1 to 4, such as 2026-Q2, but was '2026-06-30'",
        assertThrows(SocialBusinessException.class, () -> Quarter.parse("2026-06-30"))
            .getMessage());
    assertEquals(
        "Quarter.quarter must be between 1 and 4, but was 5",
        assertThrows(SocialBusinessException.class, () -> new Quarter(2026, 5)).getMessage());
  }

  @Test
  void rank_inOrdinalWords() {
    assertEquals("62nd percentile", new Rank(62, 62).toString());
    assertEquals("1st percentile", new Rank(1, 1).toString());
    assertEquals("11th percentile", new Rank(11, 11.2).toString());
    assertEquals("13th percentile", new Rank(13, 13).toString());
    assertEquals("23rd percentile", new Rank(23, 23).toString());
    assertEquals("40th to 75th percentile", new Rank(40, 75).toString());
    assertEquals("0th to 100th percentile", new Rank(0, 100).toString());
    assertEquals(
        "Rank must satisfy 0 <= low <= high <= 100, but was 50.0 to 40.0",
        assertThrows(SocialBusinessException.class, () -> new Rank(50, 40)).getMessage());
  }

  @Test
  void quartiles_interpolateBetweenSortedValues() {
    assertEquals(new Quartiles(5, 2, 3, 4), Quartiles.of(5, 1, 4, 2, 3));
    assertEquals(new Quartiles(4, 1.75, 2.5, 3.25), Quartiles.of(4, 3, 2, 1));
    assertEquals(new Quartiles(1, 7, 7, 7), Quartiles.of(7));
    assertEquals("median 2.5 (1.8 to 3.3, 4 peers)", Quartiles.of(1, 2, 3, 4).toString());
    assertEquals("median 3 (2 to 4, 5 peers)", Quartiles.of(1, 2, 3, 4, 5).toString());
    assertEquals(
        "Quartiles need at least one value, but got none",
        assertThrows(SocialBusinessException.class, Quartiles::of).getMessage());
  }

  @Test
  void staffing_countsARosterByRole_withoutNames() {
    Staffing s =
        Staffing.of(
            CenterOfExcellence.builder()
                .addMembers(
                    Member.of("Ann", Role.COMMUNITY_MANAGER, 0.5),
                    Member.of("Bo", Role.COMMUNITY_MANAGER, 1.0),
                    Member.of("Cy", Role.CORPORATE_SOCIAL_STRATEGIST, 1.0))
                .build());
    assertEquals(
        ImmutableMap.of(Role.CORPORATE_SOCIAL_STRATEGIST, 1, Role.COMMUNITY_MANAGER, 2),
        s.headcount());
    assertEquals(2, s.headcount(Role.COMMUNITY_MANAGER));
    assertEquals(0, s.headcount(Role.DEVELOPER));
    assertEquals(1.5, s.fte(Role.COMMUNITY_MANAGER));
    assertEquals(0.0, s.fte(Role.DEVELOPER));
    assertEquals(3, s.totalHeadcount());
    assertEquals(2.5, s.totalFte());
    assertEquals(
        "Staffing.fte must name the roles of headcount, but named [] against [DEVELOPER]",
        assertThrows(
                SocialBusinessException.class,
                () -> new Staffing(ImmutableMap.of(Role.DEVELOPER, 1), ImmutableMap.of()))
            .getMessage());
  }

  @Test
  void values_atTheEdgesOfWhatIsAllowed() {
    assertEquals(0.0, new Span(0, 1).low());
    assertEquals(
        "Span.high must be between 0 and 1, but was 1.2",
        assertThrows(SocialBusinessException.class, () -> new Span(0.3, 1.2)).getMessage());
    assertEquals(2000, new Quarter(2000, 1).year());
    assertEquals(
        "Quarter.year must be between 2000 and 9999, but was 1999",
        assertThrows(SocialBusinessException.class, () -> new Quarter(1999, 1)).getMessage());
    // one person in a role at zero FTE is allowed; no one in a role held, or a negative or infinite
    // FTE, is not
    Staffing least =
        new Staffing(ImmutableMap.of(Role.DEVELOPER, 1), ImmutableMap.of(Role.DEVELOPER, 0.0));
    assertEquals(1, least.totalHeadcount());
    assertEquals(
        "Staffing.headcount must be at least 1 for a role held, but was 0 for DEVELOPER",
        assertThrows(
                SocialBusinessException.class,
                () ->
                    new Staffing(
                        ImmutableMap.of(Role.DEVELOPER, 0), ImmutableMap.of(Role.DEVELOPER, 0.0)))
            .getMessage());
    assertEquals(
        "Staffing.fte must be a finite number, zero or more, but was -0.5 for DEVELOPER",
        assertThrows(
                SocialBusinessException.class,
                () ->
                    new Staffing(
                        ImmutableMap.of(Role.DEVELOPER, 1), ImmutableMap.of(Role.DEVELOPER, -0.5)))
            .getMessage());
    assertEquals(
        "Staffing.fte must be a finite number, zero or more, but was Infinity for DEVELOPER",
        assertThrows(
                SocialBusinessException.class,
                () ->
                    new Staffing(
                        ImmutableMap.of(Role.DEVELOPER, 1),
                        ImmutableMap.of(Role.DEVELOPER, Double.POSITIVE_INFINITY)))
            .getMessage());
  }
}
