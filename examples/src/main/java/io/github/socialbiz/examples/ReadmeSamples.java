package io.github.socialbiz.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Gates;
import io.github.socialbiz.assessment.Roadmap;
import io.github.socialbiz.assessment.Snapshot;
import io.github.socialbiz.assessment.StandardRules;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.excel.SocialBusinessExcel;
import io.github.socialbiz.excel.WorkbookException;
import io.github.socialbiz.jackson.SocialBusinessCsv;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.jackson.SocialBusinessJsonException;
import io.github.socialbiz.jackson.SocialBusinessModule;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.pdf.SocialBusinessPdf;
import io.github.socialbiz.peers.Facet;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.peers.PeerBase;
import io.github.socialbiz.peers.PeerComparison;
import io.github.socialbiz.peers.PeerFilter;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.report.ReportStyle;
import io.github.socialbiz.report.Reports;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Merge;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import io.github.socialbiz.rules.Reason;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Verdict;
import io.github.socialbiz.source.Statistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The twins of the code samples in the README, run by {@code ReadmeSamplesTest}. */
public final class ReadmeSamples {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private ReadmeSamples() {}

  /**
   * The "model at a glance" sample.
   *
   * @return the value of each line of the sample, in order
   */
  public static List<Object> modelAtAGlance() {
    return List.of(
        Stage.parse("Organize for Scale"), // FORMALIZED
        Stage.FORMALIZED.entryCriteria(), // the gate, as data, each criterion cited
        MaturityLevel.parse("formation"), // FORMATION (level 3, the report's naming)
        OrganizationalModel.parse("hub & spoke"), // HUB_AND_SPOKE
        Statistics.get("crises.avoidable")); // crises.avoidable = 76% (2001-2011)
  }

  /**
   * The "among your peers" sample: twelve past assessments of organizations like Bluefin Foods (its
   * evidence with one measurement practice at each grade, assessed in 2025 and 2026), compared with
   * Bluefin's own.
   *
   * @param dir  a folder for the peer file
   * @return the comparison, its overall rank, its CoE figures and the report page
   * @throws IOException if the peer file cannot be written or read
   */
  public static List<Object> amongYourPeers(Path dir) throws IOException {
    Assessment assessment =
        SocialBusiness.assess(SampleOrganizations.presenceWithoutResponse(), AS_OF);
    List<Assessment> pastAssessments = new ArrayList<>();
    for (Adoption grade : Adoption.values()) {
      for (int year = 2025; year <= 2026; year++) {
        for (Practice practice :
            List.of(
                Practice.OBJECTIVE_ALIGNED_METRICS,
                Practice.LISTENING,
                Practice.CONTENT_STRATEGY)) {
          Assessment past =
              SocialBusiness.assess(
                  SampleOrganizations.presenceWithoutResponse().withEvidence(practice, grade),
                  LocalDate.of(year, 3, 31));
          if (past.stage() == assessment.stage()) {
            pastAssessments.add(past);
          }
        }
      }
    }
    Path file = dir.resolve("peers.jsonl");
    List<Peer> peers = pastAssessments.stream().map(Peer::of).toList(); // no names kept
    SocialBusinessJson.writePeers(peers, file); // JSON Lines; pool by concatenating
    PeerBase base =
        PeerBase.of(SocialBusinessJson.readPeers(file))
            .withFacets(Facet.SIZE_BAND, Facet.STAGE); // the ways groups may be chosen
    PeerComparison c =
        base.compare(
            assessment,
            PeerFilter.all()
                .withSizeBand(SizeBand.FROM_1_000_TO_4_999)
                .withStage(assessment.stage()));
    String page =
        Reports.html(ReportContext.of(assessment).withPeers(c)); // with "Among your peers"
    return List.of(c, c.overall(), c.coe(), page, pastAssessments.size());
  }

  /**
   * The "describing an organization" sample.
   *
   * @return the grades the sample reads, in order, and the multinational's account count
   */
  public static List<Object> describingAnOrganization() {
    Organization acme =
        Organization.builder()
            .name("Acme Retail")
            .employees(4_000)
            .regulated(false)
            .addRegion("North America")
            .evidence(Practice.LISTENING, Adoption.HALF)
            .evidence(
                Practice.PILOT_PROJECTS,
                Adoption.SOME,
                "Two pilots in customer care",
                Basis.INTERVIEW)
            .addOutOfScope(Practice.REAL_TIME_RESPONSE)
            .build();
    return List.of(
        acme.grade(Practice.LISTENING), // HALF
        acme.grade(
            Practice.CRISIS_PLAN), // NOT_ASSESSED: nobody has answered for it, which is not NONE
        acme.grade(Practice.CRISIS_PLAN).atLeast(Adoption.SOME), // UNKNOWN, never FALSE
        acme.grade(Practice.REAL_TIME_RESPONSE), // OUT_OF_SCOPE: reported, never counted as met
        SampleOrganizations.multinational().accounts().size()); // 178
  }

  /**
   * The "questionnaire" sample.
   *
   * @return the standard questionnaire, the second option of the listening question and the guide
   */
  public static List<Object> questionnaire() {
    Questionnaire standard =
        Questionnaire.standard(); // Questionnaire{45 questions over 36 practices and 9 facts}
    Object option = standard.question("q.listening").orElseThrow().options().get(1);
    // some -> SOME: A few: one team watches its own campaign terms while its campaigns run
    String guide =
        standard.forGate(Stage.FORMALIZED).markdownGuide(); // what the gates up to Formalized ask
    return List.of(standard, option, guide);
  }

  /**
   * The "rules" and "writing your own rules" samples.
   *
   * @return what the samples compute, in order
   */
  public static List<Object> rules() {
    Organization globex = SampleOrganizations.multinational();
    Object reached = Gates.stages().reached(globex); // Optional[FORMALIZED]
    Object next = Gates.stages().nextGate(globex); // Optional[Gate[STRATEGIC: 4 of 5 met; ...]]
    Snapshot s = Snapshot.of(globex, LocalDate.of(2026, 6, 30));
    Object findings = StandardRules.accountHygiene().evaluate(s).findings();

    Rule<Organization> listens =
        Rule.<Organization>builder("acme.listens")
            .title("Listens to half")
            .check(
                o ->
                    Verdict.of(
                        o.grade(Practice.LISTENING).atLeast(Adoption.HALF),
                        "Listening: at least about half",
                        o.grade(Practice.LISTENING).displayName()));
    RuleBook<Organization> mine = RuleBook.of("acme", listens);
    Object why = mine.evaluate(globex).explain("acme.listens");
    // acme.listens PASSED: Listens to half ...
    Organization tiny = Organization.builder().name("Tiny").employees(12).build();
    Object unknown = mine.evaluate(tiny).explain("acme.listens");
    // acme.listens UNKNOWN: Not verified: Listening: at least about half ...

    Rule<Organization> roster =
        Rule.of("acme.roster", "Has a CoE roster", o -> o.coe().hasMembers()); // always known

    Rule<Organization> staffed =
        Rule.<Organization>builder("acme.staffed")
            .title("Has a CoE roster")
            .severity(Severity.HIGH)
            .recommendation("Name at least a strategist")
            .check(
                o ->
                    o.coe().hasMembers()
                        ? Verdict.pass("Has a CoE roster", o.coe().members().size() + " members")
                        : Verdict.fail(
                            "Nobody is on the CoE roster",
                            Reason.notHeld("Has a CoE roster", "empty roster")));
    Object tinyFindings = RuleBook.of("acme", staffed).evaluate(tiny).findings();
    return List.of(reached, next, findings, why, unknown, roster.check(tiny), tinyFindings);
  }

  /**
   * The sample of "Assessing an organization".
   *
   * @return what the sample computes, in order
   */
  public static List<Object> assessing() {
    Assessment a = SocialBusiness.assess(SocialBusiness.multinational(), LocalDate.of(2026, 6, 30));
    Object stage = a.stage(); // FORMALIZED
    Object roadmap = a.roadmap(); // Roadmap to STRATEGIC: 1 phase, 1 action
    Object unit =
        a.units()
            .get(2); // Healthcare Devices: FORMALIZED, FOUNDATION, weakest PROCESS (holding back)
    String md = SocialBusiness.markdown(a); // paste into a deliverable
    String page =
        SocialBusiness.html(
            a); // one self-contained page with a radar, the stage ladder and the roadmap
    Object far =
        Roadmap.to(
            SocialBusiness.presenceWithoutResponse(),
            Stage.STRATEGIC); // Roadmap to STRATEGIC: 3 phases, 10 actions
    return List.of(stage, roadmap, unit, md, page, far);
  }

  /**
   * The sample of "The report": a report with a previous assessment and the respondents' disagreements.
   *
   * @return the context, the HTML page and the PDF, in that order
   */
  public static List<Object> report() {
    List<Response> responses =
        List.of(
            Response.of(
                Respondent.of("Ana Ruiz", "strategist"),
                LocalDate.of(2026, 6, 1),
                List.of(Answer.of("q.listening", "most"), Answer.of("q.crisis-plan", "half"))),
            Response.of(
                Respondent.of("Li Wei", "liaison"),
                LocalDate.of(2026, 6, 1),
                List.of(
                    Answer.of("q.listening", "some"), Answer.of("q.crisis-plan", "dont-know"))));

    Organization bluefin = SocialBusiness.presenceWithoutResponse();
    Assessment lastQuarter = SocialBusiness.assess(bluefin, LocalDate.of(2026, 3, 31));
    Merge merge =
        Responses.merge(Questionnaire.standard(), responses, bluefin); // the workshop's answers
    ReportContext context =
        ReportContext.of(SocialBusiness.assess(merge.organization(), LocalDate.of(2026, 6, 30)))
            .withPrevious(lastQuarter) // trends and "Since last time"
            .withDisagreements(merge.disagreements()) // items for the consensus meeting
            .withStyle(
                ReportStyle.neutral() // the consultant's branding; neutral by default
                    .withFirm("Northwind Advisory")
                    .withConfidentiality("Confidential: prepared for Bluefin Foods")
                    .withAccent("#7b2d8e")); // and .withAuthor(..), .withLogo(Logo.png(bytes))
    String page = Reports.html(context); // Reports.markdown(context) for Markdown
    byte[] pdf = SocialBusinessPdf.report(context); // socialbiz-pdf: no browser needed
    return List.of(context, page, pdf);
  }

  /**
   * The sample of "JSON".
   *
   * @return what the sample computes, in order
   * @throws java.io.IOException never for these inputs; Jackson's signature
   */
  public static List<Object> json() throws IOException {
    String json = SocialBusinessJson.write(SampleOrganizations.multinational());
    Organization back = SocialBusinessJson.readOrganization(json); // equal to the original
    ObjectMapper mapper = new ObjectMapper().registerModule(new SocialBusinessModule());
    Object error;
    try {
      mapper.readValue("{\"name\":\"Tiny\",\"employees\":0}", Organization.class);
      error = "no error";
    } catch (SocialBusinessJsonException e) {
      error = e.getOriginalMessage();
      // SocialBusinessJsonException: $: invalid organization: Organization.employees must be at
      // least 1, but was 0
    }
    return List.of(back, error);
  }

  /**
   * The sample of the README's "From workshop to report", with the workshop's files written into a
   * folder first: the three respondents of {@link Workshop} as CSV and JSON, and Globex's structure as
   * the client's file.
   *
   * @param dir  the folder standing for the current directory
   * @return the proven stage, the possible stage, the HTML page, the content strategy's grade and the
   *     items to verify, in that order
   * @throws IOException if the folder cannot be written or read
   */
  public static List<Object> workshop(Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("acme/answers"));
    List<Response> three = Workshop.responses();
    Files.writeString(
        folder.resolve("ana-and-li.csv"),
        SocialBusinessCsv.write(three.subList(0, 2), Questionnaire.standard()));
    SocialBusinessJson.write(three.get(2), folder.resolve("sam.json"));
    SocialBusinessJson.write(SampleOrganizations.multinational(), dir.resolve("acme.json"));

    Questionnaire questions = Questionnaire.standard();
    List<Response> answers =
        SocialBusinessJson.readResponses(dir.resolve("acme/answers"), questions);
    Organization acme = SocialBusinessJson.readOrganization(dir.resolve("acme.json"));
    Merge merge = Responses.merge(questions, answers, acme); // MergePolicy.MEDIAN
    Object grade =
        merge.organization().grade(Practice.CONTENT_STRATEGY); // NOT_ASSESSED: "don't know"
    Assessment a = SocialBusiness.assess(merge.organization());
    Object proven = a.stage(); // what the evidence proves
    Object possible = a.possibleStage(); // what is still possible while practices are not assessed
    Object toVerify = a.unverified(); // rules that cannot tell yet, each with the question to ask
    String page = Reports.html(ReportContext.of(a).withDisagreements(merge.disagreements()));
    return List.of(proven, possible, page, grade, toVerify);
  }

  /**
   * The sample of "Workbooks".
   *
   * @param dir  the folder to write {@code acme.xlsx} into
   * @return the problem of reading the unfilled workbook, and the action plan workbook
   * @throws IOException if the folder cannot be written
   */
  public static List<Object> workbooks(Path dir) throws IOException {
    Questionnaire q = Questionnaire.standard();
    SocialBusinessExcel.writeQuestionnaire(q, dir.resolve("acme.xlsx")); // send a copy to each
    Object error;
    try {
      SocialBusinessExcel.readResponse(dir.resolve("acme.xlsx"), q); // nobody has filled it in
      error = "no error";
    } catch (WorkbookException e) {
      error = e.getMessage();
      // acme.xlsx: nobody has filled in this workbook (no name, date or answer): it is
      // the blank questionnaire; send it to a respondent and read the copy that comes back
    }
    byte[] plan =
        SocialBusinessExcel.actionPlan(
            ActionPlan.of(SocialBusiness.assess(SocialBusiness.listeningPilot())));
    return List.of(error, plan);
  }
}
