package io.github.socialbiz.examples;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.jackson.SocialBusinessJsonException;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The main job: assesses an organization and delivers the reports. With no arguments it assesses the
 * built-in sample Globex Industries as of 2026-06-30, prints the Markdown report to standard output and
 * writes the HTML report to {@code target/socialbiz-report/globex-industries.html}, saying where on
 * standard error.
 *
 * <pre>
 * Options:
 *   --sample NAME        a built-in sample: harbor, bluefin or globex (the default)
 *   --organization FILE  an organization of your own, as JSON (see docs/json.md)
 *   --as-of DATE         the assessment date, ISO-8601 (samples: 2026-06-30; files: today)
 *   --out DIR            the folder for report files (default target/socialbiz-report)
 *   --format LIST        report files to write, comma-separated: html, markdown, json (default html)
 *   --help               print this help
 * </pre>
 *
 * <p>Bad arguments, a missing file or a malformed organization print one clear message to standard error
 * and end with exit code 2.
 */
public final class Main {

  /** The report files the job can write. */
  enum Format {
    HTML("html", "HTML"),
    MARKDOWN("md", "Markdown"),
    JSON("json", "JSON");

    private final String extension;
    private final String label;

    Format(String extension, String label) {
      this.extension = extension;
      this.label = label;
    }
  }

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: Main [--sample NAME | --organization FILE] [--as-of DATE] [--out DIR] [--format LIST]",
          "  --sample NAME        a built-in sample: harbor, bluefin or globex (the default)",
          "  --organization FILE  an organization of your own, as JSON (see docs/json.md)",
          "  --as-of DATE         the assessment date, ISO-8601 (samples: 2026-06-30; files: today)",
          "  --out DIR            the folder for report files (default target/socialbiz-report)",
          "  --format LIST        report files to write, comma-separated: html, markdown, json (default html)",
          "  --help               print this help");

  private Main() {}

  /**
   * Runs the job and exits with a non-zero code on error.
   *
   * @param args  the options above
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the job.
   *
   * @param args  the options
   * @param out  where the Markdown report goes
   * @param err  where messages go
   * @return 0 on success, 2 on bad input, 1 if a report file cannot be written
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    String sample = null;
    Path file = null;
    LocalDate asOf = null;
    Path dir = Path.of("target", "socialbiz-report");
    Set<Format> formats = EnumSet.of(Format.HTML);
    try {
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (option.equals("--help")) {
          out.println(USAGE);
          return 0;
        }
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(
              option.startsWith("--")
                  ? option + " needs a value"
                  : "unexpected argument '" + option + "'");
        }
        String value = args[++i];
        switch (option) {
          case "--sample" -> sample = value;
          case "--organization" -> file = Path.of(value);
          case "--as-of" -> asOf = date(value);
          case "--out" -> dir = Path.of(value);
          case "--format" -> formats = formats(value);
          default -> throw new IllegalArgumentException("unknown option '" + option + "'");
        }
      }
      if (sample != null && file != null) {
        throw new IllegalArgumentException("give --sample or --organization, not both");
      }
      Organization organization =
          file != null
              ? SocialBusinessJson.readOrganization(file)
              : sample(sample == null ? "globex" : sample);
      LocalDate date =
          asOf != null
              ? asOf
              : file != null ? LocalDate.now(ZoneId.systemDefault()) : SampleOrganizations.AS_OF;
      Assessment assessment = SocialBusiness.assess(organization, date);
      out.print(SocialBusiness.markdown(assessment));
      out.flush();
      Files.createDirectories(dir);
      for (Format f : formats) {
        Path target =
            dir.resolve(slug(organization.name()) + "." + f.extension).toAbsolutePath().normalize();
        Files.writeString(target, render(f, assessment), StandardCharsets.UTF_8);
        err.println(f.label + " report written to " + target);
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println("Run with --help for the options.");
      return 2;
    } catch (NoSuchFileException e) {
      err.println("error: no such file: " + e.getFile());
      return 2;
    } catch (SocialBusinessJsonException e) {
      err.println("error: " + file + " is not a valid organization: " + e.getOriginalMessage());
      return 2;
    } catch (IOException e) {
      err.println("error: " + e);
      return 1;
    }
  }

  private static String render(Format f, Assessment a) {
    return switch (f) {
      case HTML -> SocialBusiness.html(a);
      case MARKDOWN -> SocialBusiness.markdown(a);
      case JSON -> SocialBusinessJson.write(a);
    };
  }

  /** Finds a sample by the start of its name, ignoring case, spaces and punctuation: {@code harbor}, {@code Globex Industries}. */
  static Organization sample(String name) {
    String wanted = letters(name);
    for (Organization o : SampleOrganizations.all()) {
      if (!wanted.isEmpty() && letters(o.name()).startsWith(wanted)) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "no sample named '"
            + name
            + "'; the samples are "
            + SampleOrganizations.all().stream()
                .map(Organization::name)
                .collect(Collectors.joining(", ")));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--as-of needs an ISO-8601 date such as 2026-06-30, but was '" + text + "'", e);
    }
  }

  private static Set<Format> formats(String list) {
    Set<Format> formats = EnumSet.noneOf(Format.class);
    for (String part : list.split(",", -1)) {
      String p = part.trim().toLowerCase(Locale.ROOT);
      switch (p) {
        case "html" -> formats.add(Format.HTML);
        case "markdown", "md" -> formats.add(Format.MARKDOWN);
        case "json" -> formats.add(Format.JSON);
        default ->
            throw new IllegalArgumentException(
                "unknown format '" + part.trim() + "'; the formats are html, markdown, json");
      }
    }
    return formats;
  }

  private static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? "organization" : s;
  }
}
