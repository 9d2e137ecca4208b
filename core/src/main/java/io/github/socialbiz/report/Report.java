package io.github.socialbiz.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.rules.Truth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One report, built once from an assessment by {@link Contents} and written by {@link MarkdownWriter}
 * and {@link HtmlWriter}: a title, lead blocks, ordered sections and a closing line. All text in it is
 * plain text; each writer escapes it for its format.
 */
record Report(
    String title,
    ImmutableList<Block> lead,
    ImmutableList<Section> sections,
    Line colophon,
    Optional<String> accent) {

  Report {
    requireNonNull(title, "title");
    requireNonNull(lead, "lead");
    requireNonNull(sections, "sections");
    requireNonNull(colophon, "colophon");
    requireNonNull(accent, "accent");
  }

  /** A report in the neutral style: no accent colour. */
  Report(String title, ImmutableList<Block> lead, ImmutableList<Section> sections, Line colophon) {
    this(title, lead, sections, colophon, Optional.empty());
  }

  /** A section: a stable id (the HTML anchor), a title, its blocks, and its subsections one level down. */
  record Section(
      String id, String title, ImmutableList<Block> blocks, ImmutableList<Section> subsections) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    Section {
      Checks.check(
          ID.matcher(id).matches(),
          "Section.id must be lower-case words joined by '-', but was '%s'",
          id);
      requireNonNull(title, "title");
      requireNonNull(blocks, "blocks");
      Checks.check(
          subsections.stream().allMatch(s -> s.subsections().isEmpty()),
          "Section.subsections must not have subsections of their own, but %s had",
          id);
    }

    /** A section without subsections. */
    static Section of(String id, String title, List<Block> blocks) {
      return new Section(id, title, ImmutableList.copyOf(blocks), ImmutableList.of());
    }
  }

  /** A block of a section's content. */
  sealed interface Block permits Paragraph, Bullets, Checklist, Table, Picture, Logo {}

  /**
   * The consultant's logo, embedded as a data URI ({@link ReportStyle.Logo#dataUri}), with its text
   * alternative. Markdown has no embedded images, so its writer leaves it out.
   */
  record Logo(String dataUri, String alt) implements Block {}

  /** A paragraph. */
  record Paragraph(Line text) implements Block {}

  /** A bulleted list, one line per item. */
  record Bullets(ImmutableList<Line> items) implements Block {}

  /** A list of criteria, each met, not met or not verified. */
  record Checklist(ImmutableList<Check> items) implements Block {}

  /**
   * One item of a checklist: {@link Truth#TRUE} met, {@link Truth#FALSE} not met, {@link Truth#UNKNOWN}
   * not verified (shown as its own mark, never as an unchecked box; its text says what to ask).
   */
  record Check(Truth met, Line text) {
    Check {
      requireNonNull(met, "met");
      requireNonNull(text, "text");
    }

    /** An item known to be met or not. */
    Check(boolean met, Line text) {
      this(Truth.of(met), text);
    }
  }

  /** A table with a header row; every row has one cell per header. */
  record Table(ImmutableList<String> header, ImmutableList<ImmutableList<Line>> rows)
      implements Block {
    Table {
      for (ImmutableList<Line> row : rows) {
        Checks.check(
            row.size() == header.size(),
            "Table rows must have %s cells, but one had %s",
            header.size(),
            row.size());
      }
    }
  }

  /**
   * A picture: inline SVG drawn by {@link Charts} and its label. Markdown has no inline SVG, so its writer
   * leaves pictures out; what they show is in the text and tables of the same section.
   */
  record Picture(String label, String svg) implements Block {}

  /** A line of text: runs, each with a style. */
  record Line(ImmutableList<Span> spans) {
    /** A line of runs. */
    static Line of(Span... spans) {
      return new Line(ImmutableList.copyOf(spans));
    }

    /** A line of one plain run. */
    static Line plain(String text) {
      return of(new Span(Style.PLAIN, text));
    }
  }

  /** A run of text in one style. */
  record Span(Style style, String text) {
    Span {
      requireNonNull(style, "style");
      requireNonNull(text, "text");
    }
  }

  /**
   * How a run is shown. Markdown writes bold and code; the quieter styles and the tones, which only colour
   * the text in HTML, are plain text there.
   */
  enum Style {
    /** Plain text. */
    PLAIN,
    /** A label, in bold. */
    STRONG,
    /** An identifier, such as a rule id. */
    CODE,
    /** A side note, such as a citation. */
    SMALL,
    /** Alarming: high and critical findings, a unit holding the organization back. */
    ALERT,
    /** Worth attention: medium findings. */
    CAUTION,
    /** A small gap: low findings. */
    NOTE,
    /** Nothing to fix: informational findings. */
    QUIET
  }

  /** A run of plain text. */
  static Span plain(String text) {
    return new Span(Style.PLAIN, text);
  }

  /** A run of bold text. */
  static Span strong(String text) {
    return new Span(Style.STRONG, text);
  }

  /** A run of code. */
  static Span code(String text) {
    return new Span(Style.CODE, text);
  }

  /** A run of small text. */
  static Span small(String text) {
    return new Span(Style.SMALL, text);
  }

  /** A paragraph of runs. */
  static Block paragraph(Span... spans) {
    return new Paragraph(Line.of(spans));
  }

  /** A bulleted list. */
  static Block bullets(Line... items) {
    return new Bullets(ImmutableList.copyOf(items));
  }

  /** A table row of plain cells. */
  static ImmutableList<Line> cells(String... texts) {
    ImmutableList.Builder<Line> row = ImmutableList.builder();
    for (String t : texts) {
      row.add(Line.plain(t));
    }
    return row.build();
  }

  /** A table with a header row. */
  static Block table(List<String> header, List<ImmutableList<Line>> rows) {
    return new Table(ImmutableList.copyOf(header), ImmutableList.copyOf(rows));
  }
}
