package io.github.socialbiz.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/** The report files {@code assess} can write. */
enum Format {
  HTML(".html", "HTML report"),
  PDF(".pdf", "PDF report"),
  MARKDOWN(".md", "Markdown report"),
  JSON(".json", "JSON assessment"),
  PLAN("-action-plan.csv", "action plan (CSV and workbook)");

  final String suffix;
  final String label;

  Format(String suffix, String label) {
    this.suffix = suffix;
    this.label = label;
  }

  static List<String> names() {
    return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
  }

  /** A format by its name in any case ({@code md} for Markdown), suggesting the nearest if unknown. */
  static final class Converter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("md")) {
        return MARKDOWN;
      }
      for (Format f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(v)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown format '"
              + value
              + "'."
              + Suggest.didYouMean(v, names())
              + " The formats are "
              + String.join(", ", names()));
    }
  }
}
