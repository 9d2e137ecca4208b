package io.github.socialbiz.cli;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.excel.SocialBusinessExcel;
import io.github.socialbiz.jackson.SocialBusinessCsv;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.pdf.SocialBusinessPdf;
import io.github.socialbiz.peers.Facet;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.peers.PeerBase;
import io.github.socialbiz.peers.PeerFilter;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.report.ReportStyle;
import io.github.socialbiz.report.Reports;
import io.github.socialbiz.responses.Disagreement;
import io.github.socialbiz.responses.Merge;
import io.github.socialbiz.responses.MergePolicy;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import io.github.socialbiz.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code socialbiz assess}: an assessment and its reports. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    sortOptions = false,
    description = {
      "Assesses an organization and writes the reports.",
      "",
      "What to assess: an engagement folder, an organization file (JSON) or a built-in sample.",
      "An engagement folder: the answers in answers/ are merged into organization.json's evidence, the",
      "reports go to reports/ and the assessment is filed in history/; trends and \"Since last time\"",
      "come from the history. Everything is read and checked before anything is written.",
      ""
    })
final class AssessCommand implements Callable<Integer> {

  @ParentCommand SocialBizCli top = SocialBizCli.placeholder();

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ENGAGEMENT|ORGANIZATION",
      description = "an engagement folder, or an organization as JSON (docs/json.md)")
  @Nullable Path target;

  @Option(
      names = "--sample",
      paramLabel = "ID",
      description = "a built-in sample instead: harbor, bluefin or globex (socialbiz samples)")
  @Nullable String sample;

  @Option(
      names = "--responses",
      paramLabel = "DIR",
      description = "with an organization file: merge the answers in DIR (.json, .csv, .xlsx)")
  @Nullable Path responses;

  @Option(
      names = "--questionnaire",
      paramLabel = "FILE",
      description =
          "the questionnaire the answers respond to, as JSON (default: the engagement's, else the"
              + " standard one)")
  @Nullable Path questionnaire;

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      description = "how answers merge: median (the default), conservative, or decided-by=NAME")
  @Nullable String policy;

  @Option(
      names = "--previous",
      paramLabel = "FILE",
      description = "an earlier assessment (or organization) as JSON, for \"Since last time\"")
  @Nullable Path previous;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "the assessment date, such as 2026-06-30 (default: today; samples 2026-06-30)")
  @Nullable LocalDate asOf;

  @Option(
      names = "--max-age",
      paramLabel = "DAYS",
      description = "warn about answers older than this many days (default: ${DEFAULT-VALUE})")
  int maxAge = 365;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "the folder for the reports (default: the engagement's reports/, else socialbiz-reports)")
  @Nullable Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      converter = Format.Converter.class,
      description =
          "files to write, comma-separated: html, pdf, markdown, json, plan (default: html and pdf"
              + " for an engagement, html otherwise)")
  List<Format> formats = new ArrayList<>();

  @Option(
      names = "--print",
      paramLabel = "FORMAT",
      converter = Format.Converter.class,
      description = "also print a report on standard output: markdown or json")
  @Nullable Format print;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "end with exit code 1 when a finding is at least this severe: low, medium, high, critical")
  @Nullable Severity failOn;

  @Option(
      names = "--peers",
      paramLabel = "FILE | FOLDER",
      description =
          "add \"Among your peers\": peers of the same size band and stage from peer files or folders of"
              + " engagements or assessment files; repeat for several")
  List<Path> peers = new ArrayList<>();

  @Option(
      names = "--style",
      paramLabel = "FILE",
      description = "branding from a JSON file: firm, author, confidentiality, accent, logo")
  @Nullable Path style;

  @Option(names = "--firm", paramLabel = "NAME", description = "your firm, in the title block")
  @Nullable String firm;

  @Option(names = "--author", paramLabel = "NAME", description = "the report's author")
  @Nullable String author;

  @Option(
      names = "--confidential",
      paramLabel = "LINE",
      description = "a confidentiality line under the title and at the foot of PDF pages")
  @Nullable String confidential;

  @Option(names = "--accent", paramLabel = "#RRGGBB", description = "the headings' accent colour")
  @Nullable String accent;

  @Option(
      names = "--logo",
      paramLabel = "FILE",
      description = "your logo, .png or .svg, in the HTML and PDF reports")
  @Nullable Path logo;

  /** Everything an assessment run has read and checked, before anything is written. */
  record Run(
      Assessment assessment,
      ReportContext context,
      Path reports,
      Optional<Engagement> engagement,
      boolean replacesHistory) {}

  @Override
  public Integer call() throws IOException {
    if (print != null && print != Format.MARKDOWN && print != Format.JSON) {
      throw new BadInput(
          "--print writes text: markdown or json, but was "
              + print.name().toLowerCase(Locale.ROOT));
    }
    Run run = prepare();
    Set<Format> wanted =
        formats.isEmpty()
            ? (run.engagement().isPresent()
                ? EnumSet.of(Format.HTML, Format.PDF)
                : EnumSet.of(Format.HTML))
            : EnumSet.copyOf(formats);
    Outputs files = new Outputs();
    Assessment a = run.assessment();
    String base =
        slug(a.organization().name()) + (run.engagement().isPresent() ? "-" + a.asOf() : "");
    for (Format f : wanted) {
      if (f == Format.PDF) {
        top.err.println("Making the PDF report...");
      }
      files.add(run.reports().resolve(base + f.suffix), render(f, run.context()));
      if (f == Format.PLAN) {
        files.add(
            run.reports().resolve(base + "-action-plan.xlsx"),
            SocialBusinessExcel.actionPlan(ActionPlan.of(a)));
      }
    }
    if (run.engagement().isPresent()) {
      files.add(
          run.engagement().get().historyFile(a.asOf()),
          SocialBusinessJson.write(a).getBytes(StandardCharsets.UTF_8));
    }
    files.write();
    for (String line : Summary.of(a)) {
      top.err.println(line);
    }
    top.err.println("Written:");
    Path here = Path.of("").toAbsolutePath();
    for (Path p : files.paths()) {
      top.err.println("  " + (p.startsWith(here) ? here.relativize(p) : p));
    }
    if (run.replacesHistory()) {
      top.err.println("(the history's assessment of " + a.asOf() + " was replaced by this one)");
    }
    if (print != null) {
      top.out.print(new String(render(print, run.context()), StandardCharsets.UTF_8));
      top.out.flush();
    }
    if (failOn != null && !a.findings(failOn).isEmpty()) {
      top.err.println(
          a.findings(failOn).size()
              + " findings at or above "
              + failOn.name().toLowerCase(Locale.ROOT)
              + " (--fail-on)");
      return SocialBizCli.POLICY_FAILED;
    }
    return 0;
  }

  /** Reads and checks every input and assesses; writes nothing. */
  Run prepare() throws IOException {
    int sources = (sample == null ? 0 : 1) + (target == null ? 0 : 1);
    if (sources != 1) {
      throw new BadInput(
          sources == 0
              ? "name what to assess: an engagement folder, an organization file, or --sample ID"
              : "give an engagement folder, an organization file or --sample, not two of them");
    }
    MergePolicy mergePolicy = policy == null ? MergePolicy.MEDIAN : policy(policy);
    ReportStyle reportStyle = style();
    if (sample != null) {
      return fromOrganization(Samples.find(sample), Optional.empty(), mergePolicy, reportStyle);
    }
    Path t = Objects.requireNonNull(target);
    if (Files.isDirectory(t)) {
      return fromEngagement(Engagement.open(t), mergePolicy, reportStyle);
    }
    if (!Files.exists(t)) {
      throw new BadInput(
          "no such file or folder: "
              + t
              + (t.getFileName() != null && !t.getFileName().toString().contains(".")
                  ? "; create an engagement folder with: socialbiz init " + t
                  : ""));
    }
    return fromOrganization(Inputs.organization(t), Optional.of(t), mergePolicy, reportStyle);
  }

  private Run fromOrganization(
      Organization organization,
      Optional<Path> file,
      MergePolicy mergePolicy,
      ReportStyle reportStyle)
      throws IOException {
    LocalDate date = asOf != null ? asOf : file.isPresent() ? top.today : SampleOrganizations.AS_OF;
    Questionnaire q =
        questionnaire == null
            ? Questionnaire.standard()
            : SocialBusinessJson.readQuestionnaire(questionnaire);
    List<Inputs.Answered> answers = responses == null ? List.of() : Inputs.answers(responses, q);
    if (responses != null && answers.isEmpty()) {
      throw new BadInput("no answers in " + responses + ": it has no .json, .csv or .xlsx file");
    }
    if (responses == null && policy != null) {
      throw new BadInput("--policy says how answers merge; give --responses too");
    }
    Optional<Assessment> before = Optional.empty();
    if (previous != null) {
      before = Optional.of(Inputs.previous(previous, date));
    }
    checkDates(date, organization, file.map(Path::toString).orElse(organization.name()), answers);
    before.ifPresent(b -> checkPrevious(b, date, String.valueOf(previous)));
    return assess(
        organization,
        q,
        answers,
        mergePolicy,
        date,
        reportStyle,
        before,
        List.of(),
        out == null ? Path.of("socialbiz-reports") : out,
        Optional.empty(),
        false);
  }

  private Run fromEngagement(Engagement e, MergePolicy mergePolicy, ReportStyle reportStyle)
      throws IOException {
    if (responses != null) {
      throw new BadInput(
          "an engagement's answers are in "
              + e.answers()
              + "; --responses is for organization files");
    }
    LocalDate date = asOf != null ? asOf : top.today;
    Organization organization = e.organization();
    if (e.isTemplate()) {
      top.err.println(
          "warning: "
              + e.organizationFile()
              + " still has a value marked "
              + Engagement.TEMPLATE_MARK
              + " to replace");
    }
    Questionnaire q =
        questionnaire != null
            ? SocialBusinessJson.readQuestionnaire(questionnaire)
            : e.questionnaire();
    announce(e.answers());
    List<Inputs.Answered> answers =
        Files.isDirectory(e.answers()) ? Inputs.answers(e.answers(), q) : List.of();
    if (answers.isEmpty()) {
      top.err.println(
          "warning: "
              + e.answers()
              + " holds no answers yet; the assessment rests on "
              + Engagement.ORGANIZATION
              + " alone");
    }
    List<Assessment> history = e.assessments();
    for (Assessment h : history) {
      if (h.asOf().isAfter(date)) {
        throw new BadInput(
            e.historyFile(h.asOf())
                + " is an assessment as of "
                + h.asOf()
                + ", after this one as of "
                + date
                + "; assess as of that day or later (--as-of), or move that file out of the history");
      }
    }
    List<Assessment> earlier = history.stream().filter(h -> h.asOf().isBefore(date)).toList();
    boolean replaces = history.stream().anyMatch(h -> h.asOf().equals(date));
    Optional<Assessment> before =
        earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
    if (previous != null) {
      before = Optional.of(Inputs.previous(previous, date));
      checkPrevious(before.get(), date, String.valueOf(previous));
    }
    checkDates(date, organization, e.organizationFile().toString(), answers);
    return assess(
        organization,
        q,
        answers,
        mergePolicy,
        date,
        reportStyle,
        before,
        earlier,
        out == null ? e.reports() : out,
        Optional.of(e),
        replaces);
  }

  private Run assess(
      Organization organization,
      Questionnaire q,
      List<Inputs.Answered> answers,
      MergePolicy mergePolicy,
      LocalDate date,
      ReportStyle reportStyle,
      Optional<Assessment> before,
      List<Assessment> history,
      Path reports,
      Optional<Engagement> engagement,
      boolean replaces)
      throws IOException {
    Organization o = organization;
    List<Disagreement> disagreements = List.of();
    if (!answers.isEmpty()) {
      List<Response> rs = answers.stream().map(Inputs.Answered::response).toList();
      Merge merge = Responses.merge(q, rs, mergePolicy, organization);
      o = merge.organization();
      disagreements = merge.disagreements();
      top.err.println(
          "Merged "
              + rs.size()
              + (rs.size() == 1 ? " response: " : " responses: ")
              + disagreements.size()
              + (disagreements.size() == 1 ? " disagreement" : " disagreements")
              + " to settle");
    }
    Assessment a = SocialBusiness.assess(o, date);
    ReportContext context =
        ReportContext.of(a).withDisagreements(disagreements).withStyle(reportStyle);
    if (before.isPresent()) {
      context = context.withPrevious(before.get());
    }
    if (!history.isEmpty()) {
      context = context.withHistory(history);
    }
    if (!peers.isEmpty()) {
      context = withPeers(context, engagement);
    }
    return new Run(a, context, reports, engagement, replaces);
  }

  /**
   * Adds the comparison with the peers of the assessment's size band and stage; a group the peer base
   * refuses leaves the section out and says why on standard error.
   */
  private ReportContext withPeers(ReportContext context, Optional<Engagement> engagement)
      throws IOException {
    @Nullable Path own = engagement.isPresent() ? engagement.get().root().toRealPath() : null;
    Assessment a = context.assessment();
    List<Peer> all = BenchmarkCommand.read(peers, own, a.organization().name(), top.err);
    Peer self = Peer.of(a);
    try {
      return context.withPeers(
          PeerBase.of(all)
              .withFacets(Facet.SIZE_BAND, Facet.STAGE)
              .compare(a, PeerFilter.all().withSizeBand(self.sizeBand()).withStage(self.stage())));
    } catch (SocialBusinessException e) {
      top.err.println("Among your peers left out of the report: " + e.getMessage());
      return context;
    }
  }

  /**
   * Says on standard error that answers are being read when a folder holds workbooks, whose reading
   * (POI's start in a fresh JVM) takes about a second.
   */
  private void announce(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(f -> Files.isRegularFile(f) && !Inputs.skipped(f)).toList();
    }
    if (files.stream()
        .anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"))) {
      top.err.println(
          "Reading "
              + files.size()
              + (files.size() == 1 ? " answer file in " : " answer files in ")
              + folder
              + "...");
    }
  }

  /**
   * Refuses dates that cannot be right (an assessment date after today; answers, the charter or an
   * account created after the assessment date) and warns of those that may be: answers older than
   * --max-age, accounts last active after the assessment date (an inventory taken later).
   */
  private void checkDates(
      LocalDate date, Organization o, String organizationFile, List<Inputs.Answered> answers) {
    if (date.isAfter(top.today)) {
      throw new BadInput(
          "the assessment date "
              + date
              + " is after today ("
              + top.today
              + "); an assessment states what is known on a day that has come");
    }
    for (Inputs.Answered r : answers) {
      LocalDate answered = r.response().answered();
      if (answered.isAfter(date)) {
        throw new BadInput(
            r.file()
                + ": the answers of "
                + r.response().respondent().name()
                + " are dated "
                + answered
                + ", after the assessment date "
                + date
                + "; assess as of "
                + answered
                + " or later (--as-of), or correct the answers' date");
      }
      long age = ChronoUnit.DAYS.between(answered, date);
      if (age > maxAge) {
        top.err.println(
            "warning: "
                + r.file()
                + ": the answers of "
                + r.response().respondent().name()
                + " are "
                + age
                + " days old ("
                + answered
                + "); ask again, or allow them with --max-age "
                + age);
      }
    }
    o.charter()
        .filter(c -> c.versionDate().isAfter(date))
        .ifPresent(
            c -> {
              throw new BadInput(
                  organizationFile
                      + ": the charter is dated "
                      + c.versionDate()
                      + ", after the assessment date "
                      + date
                      + "; assess as of that day or later (--as-of), or correct the charter's date");
            });
    int activeLater = 0;
    for (SocialAccount account : o.accounts()) {
      if (account.created().isAfter(date)) {
        throw new BadInput(
            organizationFile
                + ": the account "
                + account.handle()
                + " was created on "
                + account.created()
                + ", after the assessment date "
                + date
                + "; assess as of that day or later (--as-of), or correct the account's date");
      }
      if (account.lastActivity().filter(d -> d.isAfter(date)).isPresent()) {
        activeLater++;
      }
    }
    if (activeLater > 0) {
      // an inventory taken after the assessment date: possible, so a warning
      top.err.println(
          "warning: "
              + organizationFile
              + ": "
              + activeLater
              + (activeLater == 1 ? " account was" : " accounts were")
              + " last active after the assessment date "
              + date
              + "; their idle days are counted as of "
              + date);
    }
  }

  /**
   * Refuses an earlier assessment that is later; the same day is allowed, as a re-assessment after the
   * consensus meeting (and an organization file given as --previous is assessed as of this day).
   */
  private static void checkPrevious(Assessment before, LocalDate date, String file) {
    if (before.asOf().isAfter(date)) {
      throw new BadInput(
          file
              + " is an assessment as of "
              + before.asOf()
              + ", after this one as of "
              + date
              + "; --previous names an earlier assessment");
    }
  }

  private ReportStyle style() throws IOException {
    ReportStyle s = style == null ? ReportStyle.neutral() : Inputs.style(style);
    if (firm != null) {
      s = s.withFirm(firm);
    }
    if (author != null) {
      s = s.withAuthor(author);
    }
    if (confidential != null) {
      s = s.withConfidentiality(confidential);
    }
    if (accent != null) {
      s = s.withAccent(accent);
    }
    if (logo != null) {
      s = s.withLogo(Inputs.logo(logo));
    }
    return s;
  }

  static MergePolicy policy(String value) {
    String v = value.strip();
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
    throw new BadInput(
        "unknown policy '"
            + value
            + "'."
            + Suggest.didYouMean(v, List.of("median", "conservative"))
            + " The policies are median, conservative, decided-by=NAME");
  }

  /** A format's file: the PDF's bytes, or the text of the others in UTF-8. */
  static byte[] render(Format f, ReportContext c) {
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

  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? "organization" : s;
  }
}
