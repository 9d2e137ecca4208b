package io.github.socialbiz.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import org.junit.jupiter.api.Test;

final class SectorTest {

  @Test
  void twentyNaicsSectors_withTheirCodesAndTitles() {
    assertEquals(20, Sector.values().length);
    assertEquals("52", Sector.FINANCE_AND_INSURANCE.code());
    assertEquals("Finance and Insurance", Sector.FINANCE_AND_INSURANCE.title());
    assertEquals("31-33", Sector.MANUFACTURING.code());
    assertEquals("92", Sector.PUBLIC_ADMINISTRATION.code());
    assertEquals("Other Services (except Public Administration)", Sector.OTHER_SERVICES.title());
  }

  @Test
  void parse_readsAnyNaicsCodeByItsFirstTwoDigits() {
    assertSame(Sector.FINANCE_AND_INSURANCE, Sector.parse("52"));
    assertSame(Sector.FINANCE_AND_INSURANCE, Sector.parse("522110"));
    assertSame(Sector.MANUFACTURING, Sector.parse("31"));
    assertSame(Sector.MANUFACTURING, Sector.parse("336111"));
    assertSame(Sector.MANUFACTURING, Sector.parse("31-33"));
    assertSame(Sector.RETAIL_TRADE, Sector.parse("45"));
    assertSame(Sector.TRANSPORTATION, Sector.parse(" 4841 "));
    assertSame(Sector.AGRICULTURE, Sector.parse("11"));
  }

  @Test
  void parse_readsTheNameOrTitleInAnyCase() {
    assertSame(Sector.HEALTH_CARE, Sector.parse("health_care"));
    assertSame(Sector.HEALTH_CARE, Sector.parse("Health Care and Social Assistance"));
    assertSame(Sector.ARTS_AND_RECREATION, Sector.parse("arts, entertainment & recreation"));
  }

  @Test
  void parse_refusesWhatNamesNoSector() {
    String message =
        String.valueOf(
            assertThrows(SocialBusinessException.class, () -> Sector.parse("12")).getMessage());
    assertEquals(
        "Unknown Sector: '12' (accepted, in any case: a NAICS code of 2 to 6 digits whose first two are"
            + " a sector's, or one of AGRICULTURE (11, 'Agriculture, Forestry, Fishing and Hunting');",
        message.substring(0, message.indexOf(';') + 1));
    assertThrows(SocialBusinessException.class, () -> Sector.parse("1234567"));
    assertThrows(SocialBusinessException.class, () -> Sector.parse("banking"));
  }

  @Test
  void organization_hasNoSectorUnlessGiven() {
    Organization o = Organization.builder().name("Acme").employees(10).build();
    assertEquals("Optional.empty", o.sector().toString());
    assertEquals(
        "Organization{Acme, 10 employees, sector 62, units=0, evidence=0, coe=0, accounts=0}",
        Organization.builder()
            .name("Acme")
            .employees(10)
            .sector(Sector.HEALTH_CARE)
            .build()
            .toString());
  }
}
