package io.github.socialbiz.source;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the catalogue of statistics from {@code statistics.tsv}, the data file beside {@link Statistics}:
 * one statistic a line, ten columns separated by tabs (key, value, unit, description, population, wave,
 * source, locator, provenance, note; an empty note is none), lines starting with {@code #} are comments.
 * Every line is checked as it is read, and a bad one ends the load with the file, line and column.
 */
final class StatisticsTable {

  static final String FILE = "statistics.tsv";
  private static final List<String> COLUMNS =
      List.of(
          "key",
          "value",
          "unit",
          "description",
          "population",
          "wave",
          "source",
          "locator",
          "provenance",
          "note");
  private static final Splitter TAB = Splitter.on('\t');

  private StatisticsTable() {}

  /** The catalogue, in the file's order. */
  static ImmutableList<Statistic> read() {
    try (InputStream in = StatisticsTable.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new SocialBusinessException(
            FILE + " is missing beside " + Statistics.class.getName());
      }
      return parse(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(FILE, e);
    }
  }

  /**
   * Parses a catalogue.
   *
   * @param name  the file's name, for messages
   * @param text  the file's text
   * @return the statistics in the file's order
   * @throws SocialBusinessException naming the line and column of the first bad value
   */
  static ImmutableList<Statistic> parse(String name, String text) {
    ImmutableList.Builder<Statistic> all = ImmutableList.builder();
    Set<String> keys = new HashSet<>();
    List<String> lines = Splitter.on('\n').splitToList(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Row row = new Row(name, i + 1, TAB.splitToList(line));
      Statistic s = row.statistic();
      if (!keys.add(s.key())) {
        throw row.error(0, "the key '" + s.key() + "' is used by an earlier line; keys are unique");
      }
      all.add(s);
    }
    return all.build();
  }

  /** One line of the file, with what it needs to say where a bad value stands. */
  private record Row(String file, int line, List<String> cells) {

    Statistic statistic() {
      if (cells.size() != COLUMNS.size()) {
        throw new SocialBusinessException(
            file
                + ", line "
                + line
                + ": "
                + cells.size()
                + " columns, but a statistic has "
                + COLUMNS.size()
                + " ("
                + String.join(", ", COLUMNS)
                + ")");
      }
      Citation citation =
          Citation.of(constant(6, Source.class), text(7), constant(8, Provenance.class));
      Statistic.Builder b =
          Statistic.builder()
              .key(text(0))
              .value(number(1))
              .unit(constant(2, Unit.class))
              .description(text(3))
              .population(text(4))
              .wave(text(5))
              .citation(citation);
      if (!cells.get(9).isEmpty()) {
        b.note(cells.get(9));
      }
      try {
        return b.build();
      } catch (SocialBusinessException | IllegalStateException e) {
        throw new SocialBusinessException(file + ", line " + line + ": " + e.getMessage(), e);
      }
    }

    private String text(int column) {
      String value = cells.get(column);
      if (value.isBlank()) {
        throw error(column, "the " + COLUMNS.get(column) + " is empty");
      }
      return value;
    }

    private double number(int column) {
      String value = cells.get(column);
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw error(column, "'" + value + "' is not a number, such as 34 or 4.5");
      }
    }

    private <E extends Enum<E>> E constant(int column, Class<E> type) {
      String value = cells.get(column);
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        throw error(
            column,
            "'"
                + value
                + "' is not a "
                + type.getSimpleName()
                + "; allowed: "
                + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")));
      }
    }

    SocialBusinessException error(int column, String what) {
      return new SocialBusinessException(
          file + ", line " + line + ", column " + COLUMNS.get(column) + ": " + what);
    }
  }
}
