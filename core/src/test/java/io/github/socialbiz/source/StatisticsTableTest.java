package io.github.socialbiz.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialbiz.SocialBusinessException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalogue's data file is read strictly: a bad line names the file, the line and the column. */
class StatisticsTableTest {

  private static final String GOOD =
      "crises.avoidable\t76\tPERCENT\tCrises that could have been avoided\t50 crises\t2001-2011"
          + "\tSOCIAL_READINESS_2011\tKey findings\tCORROBORATED\t";

  @Test
  void parse_readsALineWithComments() {
    List<Statistic> read = StatisticsTable.parse("t.tsv", "# a comment\n\n" + GOOD + "\n");
    assertEquals(1, read.size());
    Statistic s = read.get(0);
    assertEquals("crises.avoidable", s.key());
    assertEquals(76.0, s.value());
    assertEquals(Unit.PERCENT, s.unit());
    assertEquals(
        Citation.of(Source.SOCIAL_READINESS_2011, "Key findings", Provenance.CORROBORATED),
        s.citation());
    assertEquals(Optional.empty(), s.note());
  }

  @Test
  void parse_keepsANote() {
    Statistic s = StatisticsTable.parse("t.tsv", GOOD + "Also 'nearly 80'").get(0);
    assertEquals("Also 'nearly 80'", s.note().orElseThrow());
  }

  @Test
  void badLines_nameFileLineAndColumn() {
    assertEquals(
        "t.tsv, line 2: 3 columns, but a statistic has 10 (key, value, unit, description,"
            + " population, wave, source, locator, provenance, note)",
        message("# header\na\tb\tc"));
    assertEquals(
        "t.tsv, line 1, column unit: 'PERCENTS' is not a Unit; allowed: PERCENT, COUNT, PEOPLE,"
            + " FTE, YEARS, USD",
        message(GOOD.replace("PERCENT", "PERCENTS")));
    assertEquals(
        "t.tsv, line 1, column value: 'seventy' is not a number, such as 34 or 4.5",
        message(GOOD.replace("\t76\t", "\tseventy\t")));
    assertEquals(
        "t.tsv, line 1, column description: the description is empty",
        message(GOOD.replace("Crises that could have been avoided", " ")));
    assertEquals(
        "t.tsv, line 2, column key: the key 'crises.avoidable' is used by an earlier line; keys"
            + " are unique",
        message(GOOD + "\n" + GOOD));
    assertEquals(
        "t.tsv, line 1, column provenance: 'SURE' is not a Provenance; allowed: REPORTED,"
            + " CORROBORATED, SINGLE_SOURCE, INFERRED",
        message(GOOD.replace("CORROBORATED", "SURE")));
  }

  @Test
  void theCatalogue_isTheFileInItsOrder() {
    List<Statistic> file = StatisticsTable.read();
    assertEquals(Statistics.all(), file);
    assertEquals("six-stages.respondents", file.get(0).key());
    assertEquals(66, file.size());
  }

  private static String message(String text) {
    return Objects.requireNonNull(
        assertThrows(SocialBusinessException.class, () -> StatisticsTable.parse("t.tsv", text))
            .getMessage());
  }
}
