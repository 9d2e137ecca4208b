package io.github.socialbiz.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.excel.SocialBusinessExcel;
import io.github.socialbiz.jackson.SocialBusinessCsv;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.jackson.SocialBusinessJsonException;
import io.github.socialbiz.pdf.SocialBusinessPdf;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.report.ReportStyle;
import io.github.socialbiz.report.Reports;
import io.github.socialbiz.responses.Disagreement;
import io.github.socialbiz.responses.Merge;
import io.github.socialbiz.responses.MergePolicy;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The main job: assesses an organization and delivers the reports. With no arguments it assesses the
 * built-in sample Globex Industries as of 2026-06-30, prints the Markdown report to standard output and
 * writes the HTML report to {@code target/socialbiz-report/globex-industries.html}, saying where on
 * standard error.
 *
 * <pre>
 * Options:
 *   --sample NAME          a built-in sample: harbor, bluefin or globex (the default)
 *   --organization FILE    an organization of your own, as JSON (see docs/json.md)
 *   --responses DIR        merge the answers in DIR (JSON, CSV and .xlsx files) into the organization's
 *                          evidence
 *   --questionnaire FILE   the questionnaire, as JSON, or 'standard' (the default); without --responses,
 *                          write its interview guide, CSV template and workbook to --out and stop
 *   --policy POLICY        how answers merge: median (the default), conservative, or decided-by=NAME
 *   --previous FILE        an earlier assessment (or organization) as JSON, for trends and "since last time"
 *   --as-of DATE           the assessment date, ISO-8601 (samples: 2026-06-30; files: today)
 *   --out DIR              the folder for report files (default target/socialbiz-report)
 *   --format LIST          files to write, comma-separated: html, pdf, markdown, json, plan (default
 *                          html); pdf is made in Java, without a browser; plan is the action plan as
 *                          CSV and as a workbook
 *   --style FILE           the branding below from a JSON file: firm, author, confidentiality,
 *                          accent and logo (a path beside the file); later options win
 *   --firm NAME            your firm, --author NAME the report's author, in the title block
 *   --confidential LINE    a confidentiality line under the title and at the foot of PDF pages
 *   --accent #RRGGBB       the headings' accent colour
 *   --logo FILE            your logo, .png or .svg, embedded in the HTML and the PDF
 *   --help                 print this help
 * </pre>
 *
 * <p>Bad arguments, a missing file, a malformed organization or a bad response file (named with its row
 * and column) print one clear message to standard error and end with exit code 2.
 */
public final class Main {

  /** The report files the job can write. */
  enum Format {
    HTML(".html", "HTML report"),
    PDF(".pdf", "PDF report"),
    MARKDOWN(".md", "Markdown report"),
    JSON(".json", "JSON assessment"),
    PLAN("-action-plan.csv", "Action plan");

    private final String suffix;
    private final String label;

    Format(String suffix, String label) {
      this.suffix = suffix;
      this.label = label;
    }
  }

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: Main [--sample NAME | --organization FILE] [--responses DIR] [--questionnaire FILE]",
          "            [--policy POLICY] [--previous FILE] [--as-of DATE] [--out DIR] [--format LIST]",
          "            [--style FILE] [--firm NAME] [--author NAME] [--confidential LINE]"
              + " [--accent #RRGGBB] [--logo FILE]",
          "  --sample NAME          a built-in sample: harbor, bluefin or globex (the default)",
          "  --organization FILE    an organization of your own, as JSON (see docs/json.md)",
          "  --responses DIR        merge the answers in DIR (JSON, CSV and .xlsx files) into the"
              + " organization's evidence",
          "  --questionnaire FILE   the questionnaire, as JSON, or 'standard' (the default); without"
              + " --responses,",
          "                         write its interview guide, CSV template and workbook to --out and"
              + " stop",
          "  --policy POLICY        how answers merge: median (the default), conservative, or"
              + " decided-by=NAME",
          "  --previous FILE        an earlier assessment (or organization) as JSON, for trends and"
              + " \"since last time\"",
          "  --as-of DATE           the assessment date, ISO-8601 (samples: 2026-06-30; files: today)",
          "  --out DIR              the folder for report files (default target/socialbiz-report)",
          "  --format LIST          files to write, comma-separated: html, pdf, markdown, json, plan"
              + " (default",
          "                         html); pdf is made in Java, without a browser; plan is the action"
              + " plan as",
          "                         CSV and as a workbook",
          "  --style FILE           the branding below from a JSON file: firm, author,"
              + " confidentiality,",
          "                         accent and logo (a path beside the file); later options win",
          "  --firm NAME            your firm, --author NAME the report's author, in the title block",
          "  --confidential LINE    a confidentiality line under the title and at the foot of PDF"
              + " pages",
          "  --accent #RRGGBB       the headings' accent colour",
          "  --logo FILE            your logo, .png or .svg, embedded in the HTML and the PDF",
          "  --help                 print this help");

  private Main() {}

  /**
   * Runs the job and exits with a non-zero code on error.
   *
   * @param args  the options above
   */
  public static void main(String[] args) {
    // POI (the workbooks) logs through the Log4j API: its simple logger, unless told otherwise,
    // keeps
    // the job's output free of the notice that no logging provider is installed
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** The options as given. */
  private static final class Options {
    Optional<String> sample = Optional.empty();
    Optional<Path> organization = Optional.empty();
    Optional<Path> responses = Optional.empty();
    Optional<String> questionnaire = Optional.empty();
    Optional<MergePolicy> policy = Optional.empty();
    Optional<Path> previous = Optional.empty();
    Optional<LocalDate> asOf = Optional.empty();
    Path dir = Path.of("target", "socialbiz-report");
    Set<Format> formats = EnumSet.of(Format.HTML);
    ReportStyle style = ReportStyle.neutral();
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
    Options o = new Options();
    // what a document error is about, such as "acme.json is not a valid organization"
    String reading = "";
    boolean readingResponses = false;
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
          case "--sample" -> o.sample = Optional.of(value);
          case "--organization" -> o.organization = Optional.of(Path.of(value));
          case "--responses" -> o.responses = Optional.of(Path.of(value));
          case "--questionnaire" -> o.questionnaire = Optional.of(value);
          case "--policy" -> o.policy = Optional.of(policy(value));
          case "--previous" -> o.previous = Optional.of(Path.of(value));
          case "--as-of" -> o.asOf = Optional.of(date(value));
          case "--out" -> o.dir = Path.of(value);
          case "--format" -> o.formats = formats(value);
          case "--style" -> o.style = style(Path.of(value));
          case "--firm" -> o.style = o.style.withFirm(value);
          case "--author" -> o.style = o.style.withAuthor(value);
          case "--confidential" -> o.style = o.style.withConfidentiality(value);
          case "--accent" -> o.style = o.style.withAccent(value);
          case "--logo" -> o.style = o.style.withLogo(logo(Path.of(value)));
          default -> throw new IllegalArgumentException("unknown option '" + option + "'");
        }
      }
      if (o.sample.isPresent() && o.organization.isPresent()) {
        throw new IllegalArgumentException("give --sample or --organization, not both");
      }
      if (o.policy.isPresent() && o.responses.isEmpty()) {
        throw new IllegalArgumentException(
            "--policy says how responses merge; give --responses too");
      }
      Optional<Path> questionnaireFile =
          o.questionnaire.filter(q -> !q.equals("standard")).map(Path::of);
      reading = questionnaireFile.map(f -> f + " is not a valid questionnaire").orElse("");
      Questionnaire questionnaire =
          questionnaireFile.isPresent()
              ? SocialBusinessJson.readQuestionnaire(questionnaireFile.get())
              : Questionnaire.standard();
      if (o.questionnaire.isPresent() && o.responses.isEmpty()) {
        return writeQuestionnaire(questionnaire, o.dir, err);
      }
      reading = o.organization.map(f -> f + " is not a valid organization").orElse("");
      Organization organization =
          o.organization.isPresent()
              ? SocialBusinessJson.readOrganization(o.organization.get())
              : sample(o.sample.orElse("globex"));
      LocalDate date =
          o.asOf.orElse(
              o.organization.isPresent()
                  ? LocalDate.now(ZoneId.systemDefault())
                  : SampleOrganizations.AS_OF);
      List<Disagreement> disagreements = List.of();
      if (o.responses.isPresent()) {
        Path folder = o.responses.get();
        reading = folder + " holds no valid responses";
        readingResponses = true;
        List<Response> responses = responses(folder, questionnaire);
        readingResponses = false;
        if (responses.isEmpty()) {
          throw new IllegalArgumentException(
              "no responses in " + folder + ": it has no .json, .csv or .xlsx file of answers");
        }
        Merge merge =
            Responses.merge(
                questionnaire, responses, o.policy.orElse(MergePolicy.MEDIAN), organization);
        organization = merge.organization();
        disagreements = merge.disagreements();
        err.println(
            "Merged "
                + responses.size()
                + (responses.size() == 1 ? " response" : " responses")
                + " from "
                + folder
                + ": "
                + organization.evidence().size()
                + " practices assessed, "
                + disagreements.size()
                + (disagreements.size() == 1 ? " disagreement" : " disagreements"));
      }
      Assessment assessment = SocialBusiness.assess(organization, date);
      ReportContext context =
          ReportContext.of(assessment).withDisagreements(disagreements).withStyle(o.style);
      if (o.previous.isPresent()) {
        reading = o.previous.get() + " is not a valid assessment or organization";
        context = context.withPrevious(previous(o.previous.get(), date));
      }
      reading = "";
      out.print(Reports.markdown(context));
      out.flush();
      Files.createDirectories(o.dir);
      for (Format f : o.formats) {
        Path target =
            o.dir.resolve(slug(organization.name()) + f.suffix).toAbsolutePath().normalize();
        Files.write(target, render(f, context));
        err.println(f.label + " written to " + target);
        if (f == Format.PLAN) {
          Path workbook =
              o.dir
                  .resolve(slug(organization.name()) + "-action-plan.xlsx")
                  .toAbsolutePath()
                  .normalize();
          SocialBusinessExcel.writeActionPlan(ActionPlan.of(assessment), workbook);
          err.println(f.label + " workbook written to " + workbook);
        }
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
      // a response file's error knows its file; the others are about the file being read
      String what =
          readingResponses
              ? e.file().map(f -> f + " is not a valid response file").orElse(reading)
              : reading;
      err.println("error: " + (what.isEmpty() ? "" : what + ": ") + e.getOriginalMessage());
      return 2;
    } catch (SocialBusinessException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("error: " + e);
      return 1;
    }
  }

  /**
   * The responses in a folder (or one file), file by file in name order: JSON and CSV files through the
   * Jackson module, workbooks ({@code .xlsx}) through the Excel module; other files, office lock files
   * ({@code ~$...}, {@code .~lock...}) and hidden files are skipped. All or nothing: the first bad file
   * fails the read. Two responses of one respondent are refused here, naming both files, before the
   * merge would refuse them without saying where they came from.
   */
  static List<Response> responses(Path folder, Questionnaire questionnaire) throws IOException {
    List<Path> files;
    if (Files.isDirectory(folder)) {
      try (Stream<Path> listing = Files.list(folder)) {
        files =
            listing
                .filter(f -> Files.isRegularFile(f) && kind(f).isPresent())
                .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                .toList();
      }
    } else {
      files = List.of(folder);
    }
    List<Response> responses = new ArrayList<>();
    Map<String, Path> fileOf = new HashMap<>();
    for (Path file : files) {
      List<Response> read =
          kind(file).orElse("").equals("xlsx")
              ? SocialBusinessExcel.readResponses(file, questionnaire)
              : SocialBusinessJson.readResponses(file, questionnaire);
      for (Response r : read) {
        String name = r.respondent().name();
        Path earlier = fileOf.putIfAbsent(name, file);
        if (earlier != null) {
          throw new SocialBusinessException(
              "two responses of '"
                  + name
                  + "': in "
                  + earlier
                  + (earlier.equals(file)
                      ? " (twice: check the role, unit and date of each row)"
                      : " and in " + file)
                  + "; give each respondent one response");
        }
        responses.add(r);
      }
    }
    return responses;
  }

  /** The kind of a response file by its name: json, csv or xlsx; empty for any other file. */
  private static Optional<String> kind(Path file) {
    String name = file.getFileName().toString();
    if (name.startsWith("~$") || name.startsWith(".")) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String kind : List.of("json", "csv", "xlsx")) {
      if (lower.endsWith("." + kind)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Writes a questionnaire's interview guide, CSV template and workbook into a folder. */
  private static int writeQuestionnaire(Questionnaire questionnaire, Path dir, PrintStream err)
      throws IOException {
    Files.createDirectories(dir);
    Path guide = dir.resolve("interview-guide.md").toAbsolutePath().normalize();
    Files.writeString(guide, questionnaire.markdownGuide(), StandardCharsets.UTF_8);
    err.println("Interview guide written to " + guide);
    Path template = dir.resolve("responses-template.csv").toAbsolutePath().normalize();
    Files.writeString(template, SocialBusinessCsv.template(questionnaire), StandardCharsets.UTF_8);
    err.println("CSV template written to " + template);
    Path workbook = dir.resolve("questionnaire.xlsx").toAbsolutePath().normalize();
    SocialBusinessExcel.writeQuestionnaire(questionnaire, workbook);
    err.println("Workbook written to " + workbook);
    return 0;
  }

  /**
   * An earlier assessment from a file: an assessment as the JSON format writes it, or an organization,
   * assessed as of {@code date}.
   */
  private static Assessment previous(Path file, LocalDate date) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    boolean isAssessment;
    try {
      isAssessment = SocialBusinessJson.newMapper().readTree(json).has("organization");
    } catch (IOException e) {
      isAssessment = false; // not JSON at all: the organization reader says why
    }
    return isAssessment
        ? SocialBusinessJson.readAssessment(json)
        : SocialBusiness.assess(SocialBusinessJson.readOrganization(json), date);
  }

  private static MergePolicy policy(String value) {
    String v = value.trim();
    if (v.equalsIgnoreCase("median")) {
      return MergePolicy.MEDIAN;
    }
    if (v.equalsIgnoreCase("conservative")) {
      return MergePolicy.CONSERVATIVE;
    }
    if (v.toLowerCase(Locale.ROOT).startsWith("decided-by=")
        && v.length() > "decided-by=".length()) {
      return MergePolicy.decidedBy(v.substring("decided-by=".length()));
    }
    throw new IllegalArgumentException(
        "unknown policy '" + value + "'; the policies are median, conservative, decided-by=NAME");
  }

  private static final List<String> STYLE_FIELDS =
      List.of("firm", "author", "confidentiality", "accent", "logo");

  /**
   * Reads the branding from a JSON file such as {@code {"firm": "Northwind Advisory", "accent":
   * "#7b2d8e", "logo": "logo.svg"}}; the logo's path is read beside the file.
   */
  private static ReportStyle style(Path file) throws IOException {
    JsonNode json;
    try {
      json =
          SocialBusinessJson.newMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException(
          file + " must be a JSON object with the fields " + STYLE_FIELDS);
    }
    ReportStyle style = ReportStyle.neutral();
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode node = json.get(name);
      if (!STYLE_FIELDS.contains(name) || !node.isTextual()) {
        throw new IllegalArgumentException(
            file
                + ", field "
                + name
                + ": "
                + (STYLE_FIELDS.contains(name)
                    ? "must be a text, but was " + node
                    : "is not a style field; the fields are " + STYLE_FIELDS));
      }
      String value = node.asText();
      style =
          switch (name) {
            case "firm" -> style.withFirm(value);
            case "author" -> style.withAuthor(value);
            case "confidentiality" -> style.withConfidentiality(value);
            case "accent" -> style.withAccent(value);
            default -> {
              Path folder = file.toAbsolutePath().getParent();
              yield style.withLogo(logo(folder == null ? Path.of(value) : folder.resolve(value)));
            }
          };
    }
    return style;
  }

  /** Reads a logo file, PNG or SVG by its name's ending. */
  private static ReportStyle.Logo logo(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return ReportStyle.Logo.png(Files.readAllBytes(file));
    }
    if (name.endsWith(".svg")) {
      return ReportStyle.Logo.svg(Files.readAllBytes(file));
    }
    throw new IllegalArgumentException(
        "--logo must name a .png or .svg file, but was '" + file + "'");
  }

  /** A format's file: the PDF's bytes, or the text of the others in UTF-8. */
  private static byte[] render(Format f, ReportContext c) {
    return switch (f) {
      case PDF -> SocialBusinessPdf.report(c);
      case HTML -> utf8(Reports.html(c));
      case MARKDOWN -> utf8(Reports.markdown(c));
      case JSON -> utf8(SocialBusinessJson.write(c.assessment()));
      case PLAN -> utf8(SocialBusinessCsv.actionPlan(ActionPlan.of(c.assessment())));
    };
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
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
        case "pdf" -> formats.add(Format.PDF);
        case "markdown", "md" -> formats.add(Format.MARKDOWN);
        case "json" -> formats.add(Format.JSON);
        case "plan" -> formats.add(Format.PLAN);
        default ->
            throw new IllegalArgumentException(
                "unknown format '"
                    + part.trim()
                    + "'; the formats are html, pdf, markdown, json, plan");
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
