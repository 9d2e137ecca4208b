package io.github.socialbiz.examples;

import static io.github.socialbiz.governance.CrisisOutcome.BUSINESS_CHANGE;
import static io.github.socialbiz.governance.CrisisOutcome.MAINSTREAM_COVERAGE;
import static io.github.socialbiz.organization.OrganizationalModel.DANDELION;
import static io.github.socialbiz.rules.Rules.allOf;
import static io.github.socialbiz.rules.Rules.anyOf;
import static io.github.socialbiz.rules.Rules.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.AssessmentDiff;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.assessment.FactReading;
import io.github.socialbiz.assessment.Gates;
import io.github.socialbiz.assessment.ModelFit;
import io.github.socialbiz.assessment.Roadmap;
import io.github.socialbiz.assessment.Snapshot;
import io.github.socialbiz.assessment.StandardRules;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.excel.SocialBusinessExcel;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.governance.CrisisOutcome;
import io.github.socialbiz.governance.CrisisSeverity;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.jackson.SocialBusinessModule;
import io.github.socialbiz.maturity.Definition;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.pdf.SocialBusinessPdf;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Platform;
import io.github.socialbiz.profile.Responder;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.PracticeQuestion;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.report.ReportStyle;
import io.github.socialbiz.report.Reports;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Merge;
import io.github.socialbiz.responses.MergePolicy;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import io.github.socialbiz.rules.Evaluation;
import io.github.socialbiz.rules.Reference;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Severity;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.rules.Verdict;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Statistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The twins of the code samples in the Javadoc of core, the JSON module and the Excel module, compiled
 * here and run by {@code JavadocSamplesTest}, so that no published sample can rot. Each method holds one
 * sample as written in the Javadoc.
 */
public final class JavadocSamples {

  private JavadocSamples() {}

  /**
   * The sample of {@code Source}.
   *
   * @return the citation the sample builds
   */
  public static Citation source() {
    Citation c =
        Source.SIX_STAGES_2013.at("Stage 4, Formalized: key activities", Provenance.CORROBORATED);
    return c;
  }

  /**
   * The sample of {@code Statistics}.
   *
   * @return the statistics the sample looks up: the one by key, then the search results
   */
  public static List<Object> statistics() {
    Statistic s = Statistics.get("crises.avoidable"); // 76% (2001-2011 crises)
    List<Statistic> crises = Statistics.search("crises"); // every statistic that mentions crises
    return List.of(s, crises);
  }

  /**
   * The sample of {@code Stage}.
   *
   * @return the first criterion's id, the stages the sample parses, and the {@code Definition} samples' values
   */
  public static List<Object> stage() {
    String id =
        Stage.STRATEGIC.entryCriteria().get(0).id(); // stage.strategic.executive-sponsor-named
    Stage a = Stage.parse("Organize for Scale"); // FORMALIZED
    Stage b = Stage.of(4); // FORMALIZED

    String socialBusiness =
        Definition.SOCIAL_BUSINESS
            .definition(); // Social media and social methods built deep into ...
    Definition strategy = Definition.parse("social business strategy"); // SOCIAL_BUSINESS_STRATEGY
    return List.of(id, a, b, socialBusiness, strategy);
  }

  /**
   * The samples of {@code Rung} and {@code Criterion}: a rung's ladder and gate, a rung by name, and a
   * gate's criterion by id with its practice and minimum grade.
   *
   * @return what the samples compute
   */
  public static List<Object> rung() {
    Rung r = Stage.FORMALIZED;
    Rung.Ladder ladder = r.ladder(); // STAGES
    int gate = r.entryCriteria().size(); // the gate, as data
    Rung named = Rung.named("FORMATION"); // MaturityLevel.FORMATION
    Criterion one = Rung.criterion("stage.presence.listening"); // one criterion of a gate, by id

    Criterion c = Rung.criterion("stage.presence.listening");
    List<Object> practice = new ArrayList<>();
    if (c instanceof PracticeCriterion p) {
      practice.add(p.practice()); // LISTENING
      practice.add(p.minimum()); // HALF
    }
    return List.of(ladder, gate, named, one.id(), practice);
  }

  /**
   * The sample of {@code OrganizationalModel}.
   *
   * @return what the sample computes
   */
  public static List<Object> organizationalModel() {
    OrganizationalModel a = OrganizationalModel.parse("hub & spoke"); // HUB_AND_SPOKE
    OrganizationalModel b = OrganizationalModel.parse("Holistic"); // HONEYCOMB
    Optional<Statistic> c =
        DANDELION.adoption(2012); // Optional[model.dandelion.2012 = 23.6% (2012)]
    return List.of(a, b, c);
  }

  /**
   * The sample of {@code CrisisSeverity}.
   *
   * @return the two classifications of the sample
   */
  public static List<Optional<CrisisSeverity>> crisisSeverity() {
    Optional<CrisisSeverity> a =
        CrisisSeverity.classify(
            EnumSet.of(MAINSTREAM_COVERAGE, BUSINESS_CHANGE)); // Optional[LEVEL_2]
    Optional<CrisisSeverity> b =
        CrisisSeverity.classify(EnumSet.noneOf(CrisisOutcome.class)); // Optional.empty: no crisis
    return List.of(a, b);
  }

  /**
   * The samples of the profile types: {@code Evidence}, {@code SocialAccount}, {@code Member}, {@code
   * CenterOfExcellence}, {@code Charter}, {@code BusinessUnit}, {@code Organization}, {@code
   * SampleOrganizations} and {@code Responder}, in that order.
   *
   * @return the values the samples build or compute
   */
  public static List<Object> profile() {
    Evidence e = Evidence.of(Practice.CRISIS_PLAN, Adoption.HALF);
    Evidence f =
        Evidence.of(
            Practice.CRISIS_PLAN,
            Adoption.HALF,
            "Plan drafted, team not yet trained",
            Basis.INTERVIEW);

    SocialAccount a =
        SocialAccount.builder()
            .platform(Platform.TWITTER)
            .handle("@acme_support")
            .businessUnit("Retail")
            .owner("Customer care team")
            .created(LocalDate.of(2019, 3, 1))
            .lastActivity(LocalDate.of(2026, 6, 1))
            .build();

    Member m = Member.of("Ana Ruiz", Role.CORPORATE_SOCIAL_STRATEGIST, 0.5);
    Member n = Member.of("Li Wei", Role.BUSINESS_UNIT_LIAISON, 1.0).withBusinessUnit("Cloud");

    CenterOfExcellence coe =
        CenterOfExcellence.builder()
            .addMember(Member.of("Ana Ruiz", Role.CORPORATE_SOCIAL_STRATEGIST, 1.0))
            .addMember(Member.of("Sam Okafor", Role.COMMUNITY_MANAGER, 1.0))
            .policyAuthority(true)
            .sponsor("Chief Marketing Officer")
            .build();

    Charter charter =
        Charter.builder()
            .putSection(CharterElement.BUSINESS_GOALS, "Cut support cost per contact by a fifth")
            .putSection(CharterElement.MEASUREMENT, "Cost per contact, monthly")
            .versionDate(LocalDate.of(2026, 1, 15))
            .addFunctions(BusinessFunction.CUSTOMER_SUPPORT, BusinessFunction.HUMAN_RESOURCES)
            .build();

    BusinessUnit cloud =
        BusinessUnit.builder()
            .name("Cloud")
            .region("EMEA")
            .liaison("Li Wei")
            .addOverride(Evidence.of(Practice.CRISIS_PLAN, Adoption.NONE))
            .build();

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
    Grade listening = acme.grade(Practice.LISTENING); // HALF
    Grade crisis =
        acme.grade(Practice.CRISIS_PLAN); // NOT_ASSESSED: nobody has answered for it yet, not NONE
    Truth crisisAtLeastSome =
        acme.grade(Practice.CRISIS_PLAN).atLeast(Adoption.SOME); // UNKNOWN, never FALSE
    Grade realTime =
        acme.grade(Practice.REAL_TIME_RESPONSE); // OUT_OF_SCOPE: reported, never counted as met
    boolean assessed =
        acme.isAssessed(Practice.CRISIS_PLAN); // false: nobody has answered for it yet
    boolean inScope =
        acme.isInScope(Practice.REAL_TIME_RESPONSE); // false: reported, never counted as met

    Organization globex = SampleOrganizations.multinational();
    int accounts = globex.accounts().size(); // 178
    Object byPlatform =
        globex.accountsByPlatform(); // {BLOG=32, FACEBOOK=30, INSTAGRAM=18, LINKEDIN=29, ...}

    Responder r = Responder.of("Ana Ruiz", "Communications lead");

    return List.of(
        e,
        f,
        a,
        m,
        n,
        coe,
        charter,
        cloud,
        acme,
        listening,
        crisis,
        inScope,
        accounts,
        byPlatform,
        r,
        assessed,
        crisisAtLeastSome,
        realTime);
  }

  /**
   * The samples of {@code AnswerOption}, {@code Question} and {@code Questionnaire}, in that order.
   *
   * @return the values the samples build or compute
   */
  public static List<Object> questionnaire() {
    AnswerOption some =
        AnswerOption.graded(
            Adoption.SOME,
            "One team watches mentions during campaigns",
            "The campaign team's monitoring reports",
            Basis.ARTIFACT_CHECKED);
    Object someId = some.id(); // "some"
    Object someMeaning = some.meaning(); // SOME

    Question q = Questionnaire.standard().question("q.listening").orElseThrow();
    Object practice = null;
    if (q instanceof PracticeQuestion p) {
      practice = p.practice(); // LISTENING
    }

    Questionnaire tailored =
        Questionnaire.standard()
            .forGate(Stage.PRESENCE) // only what the gate to Presence asks
            .reworded(
                Practice.LISTENING, "Who keeps an eye on what customers say about Acme online?");
    Object ids =
        tailored.ids(); // [q.business-goals, q.pilot-projects, q.readiness-audit, q.listening,
    // q.official-presence]
    String guide = tailored.markdownGuide(); // the interview guide, by dimension
    return List.of(some, someId, someMeaning, String.valueOf(practice), ids, guide);
  }

  /**
   * The sample of {@code Responses}: two respondents merged.
   *
   * @return the evidence of listening and the disagreements, in that order
   */
  public static List<Object> responses() {
    Organization acme = Organization.builder().name("Acme").employees(4000).build();
    Response ana =
        Response.of(
            Respondent.of("Ana Ruiz", "strategist"),
            LocalDate.of(2024, 3, 1),
            List.of(Answer.of("q.listening", "half")));
    Response li =
        Response.of(
            Respondent.of("Li Wei", "liaison"),
            LocalDate.of(2024, 3, 1),
            List.of(Answer.of("q.listening", "some")));
    Merge merge =
        Responses.merge(Questionnaire.standard(), List.of(ana, li), MergePolicy.MEDIAN, acme);
    Object listening = merge.organization().evidence(Practice.LISTENING).orElseThrow();
    // LISTENING=SOME (SELF_REPORTED: "Ana Ruiz (strategist): about half; Li Wei (liaison): some")
    Object disagreements = merge.disagreements(); // [] (one grade apart is no disagreement)
    return List.of(listening, disagreements);
  }

  /**
   * The sample of {@code ActionPlan}.
   *
   * @return the header, the first item's action and its grade now, in that order
   */
  public static List<Object> actionPlan() {
    ActionPlan plan = ActionPlan.of(SocialBusiness.assess(SocialBusiness.listeningPilot()));
    Object header = ActionPlan.HEADER; // [Phase, Action, Practice or fact, Grade now, Target, ...]
    String action =
        plan.items()
            .get(0)
            .action(); // "Raise readiness and competitive audits to some of the organization"
    String now = plan.items().get(0).gradeNow(); // "None"
    return List.of(header, action, now);
  }

  /**
   * The sample of {@code Merge.holds}: three respondents on two facts.
   *
   * @return what the answers say of the crisis team and of the sponsor, in that order
   */
  public static List<Object> mergeHolds() {
    LocalDate day = LocalDate.of(2026, 6, 12);
    String team = "q.fact.crisis-team-named";
    String sponsor = "q.fact.executive-sponsor-named";
    Merge merge =
        Responses.merge(
            Questionnaire.standard(),
            List.of(
                Response.of(
                    Respondent.of("Ana Ruiz", "strategist"),
                    day,
                    List.of(Answer.of(team, "yes"), Answer.of(sponsor, "yes"))),
                Response.of(
                    Respondent.of("Li Wei", "liaison"),
                    day,
                    List.of(Answer.of(team, "yes"), Answer.of(sponsor, "dont-know"))),
                Response.of(
                    Respondent.of("Sam Roe", "analyst"),
                    day,
                    List.of(Answer.of(team, "no"), Answer.of(sponsor, "no")))),
            Organization.builder().name("Acme").employees(4000).build());
    // Ana Ruiz: yes, Li Wei: yes, Sam Roe: no
    Object crisisTeam = merge.holds(Fact.CRISIS_TEAM_NAMED); // Optional[true]
    // Ana Ruiz: yes, Sam Roe: no, Li Wei: dont-know
    Object sponsorNamed = merge.holds(Fact.EXECUTIVE_SPONSOR_NAMED); // Optional.empty
    return List.of(crisisTeam, sponsorNamed);
  }

  /**
   * The second sample of {@code Responses}: a respondent who names a business unit, and fact answers.
   *
   * @return Listening's evidence, Cloud's and the organization's grades, the crisis team's statement and
   *     the disagreements, in that order
   */
  public static List<Object> responsesUnitsAndFacts() {
    Organization acme =
        Organization.builder()
            .name("Acme")
            .employees(4000)
            .addBusinessUnits(BusinessUnit.of("Cloud"))
            .build();
    LocalDate day = LocalDate.of(2024, 3, 1);
    Response ana =
        Response.of(
            Respondent.of("Ana Ruiz", "strategist"),
            day,
            List.of(
                Answer.of("q.listening", "half"), Answer.of("q.fact.crisis-team-named", "yes")));
    Response sam =
        Response.of(
            Respondent.of("Sam Roe", "analyst"),
            day,
            List.of(Answer.of("q.listening", "some"), Answer.of("q.fact.crisis-team-named", "no")));
    Response kim =
        Response.of(
            Respondent.of("Kim Park", "analyst", "Cloud"),
            day,
            List.of(Answer.of("q.listening", "most"), Answer.of("q.funding", "half")));
    Merge merge = Responses.merge(Questionnaire.standard(), List.of(ana, sam, kim), acme);
    Object listening = merge.organization().evidence(Practice.LISTENING).orElseThrow();
    // LISTENING=SOME (SELF_REPORTED: "Ana Ruiz (strategist): about half; Sam Roe (analyst): some")
    Object cloud = merge.organization().grade("Cloud", Practice.LISTENING); // MOST
    Object funding = merge.organization().grade(Practice.FUNDING); // NOT_ASSESSED
    Object team = merge.organization().factEvidence(Fact.CRISIS_TEAM_NAMED).orElseThrow();
    // CRISIS_TEAM_NAMED=UNKNOWN (SELF_REPORTED: "Ana Ruiz (strategist): yes; Sam Roe (analyst):
    // no")
    Object disagreements = merge.disagreements();
    // [CRISIS_TEAM_NAMED: Ana Ruiz (strategist): yes; Sam Roe (analyst): no]
    return List.of(listening, cloud, funding, team, disagreements);
  }

  /**
   * The sample of {@code FactReading}: a crisis team of two on file.
   *
   * @return what the file shows, its phrase and the reading, in that order
   */
  public static List<Object> factReading() {
    Organization o =
        Organization.builder()
            .name("Acme")
            .employees(4000)
            .addCrisisTeam(Responder.of("Dana Lee", "lead"), Responder.of("Raj Patel", "legal"))
            .build();
    Object onFile = FactReading.onFile(o, Fact.CRISIS_TEAM_NAMED); // TRUE
    Object phrase = FactReading.describeFile(o, Fact.CRISIS_TEAM_NAMED); // "crisis team: 2 people"
    Object truth = FactReading.truth(o, Fact.CRISIS_TEAM_NAMED); // TRUE
    return List.of(onFile, phrase, truth);
  }

  /**
   * The sample of {@code Assessment.explain}.
   *
   * @return the status of the explained criterion
   */
  public static Object explain() {
    Assessment a = SocialBusiness.assess(SocialBusiness.presenceWithoutResponse());
    return a.explain("stage.engagement.triage-process").status(); // FAILED
  }

  /**
   * The sample of {@code ReportContext}: a report with the respondents' disagreement and last quarter.
   *
   * @return the context and the HTML page, in that order
   */
  public static List<Object> reportContext() {
    Organization acme = Organization.builder().name("Acme").employees(4000).build();
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    List<Response> responses =
        List.of(
            Response.of(
                Respondent.of("Ana Ruiz", "strategist"),
                asOf,
                List.of(Answer.of("q.listening", "most"))),
            Response.of(
                Respondent.of("Li Wei", "liaison"),
                asOf,
                List.of(Answer.of("q.listening", "some"))));
    Assessment lastQuarter = SocialBusiness.assess(acme, asOf.minusMonths(3));

    Merge merge = Responses.merge(Questionnaire.standard(), responses, acme);
    ReportContext context =
        ReportContext.of(SocialBusiness.assess(merge.organization(), asOf))
            .withDisagreements(merge.disagreements())
            .withPrevious(lastQuarter);
    // ReportContext{Acme as of 2026-06-30, 1 disagreement, previous 2026-03-30}
    String page = Reports.html(context); // with the items for the consensus meeting
    return List.of(context, page);
  }

  /**
   * The samples of {@code Grade}, {@code Truth} and {@code Verdict.of}: a grade tells not assessed from
   * none, and a rule over it answers on three values.
   *
   * @return what the samples compute, in order, and the rule's verdicts for Acme and for an organization
   *     with nothing assessed
   */
  public static List<Object> grades() {
    Organization acme =
        Organization.builder()
            .name("Acme Retail")
            .employees(4_000)
            .evidence(Practice.LISTENING, Adoption.HALF)
            .build();
    Grade g = acme.grade(Practice.CRISIS_PLAN); // not assessed
    Truth some = g.atLeast(Adoption.SOME); // UNKNOWN, never FALSE
    Truth listening =
        acme.grade(Practice.LISTENING).atLeast(Adoption.SOME); // TRUE: graded about half
    Object none = g.adoption(); // Optional.empty

    Truth a = Truth.of(true).and(Truth.UNKNOWN); // UNKNOWN: it depends on the unknown part
    Truth b =
        Truth.FALSE.and(Truth.UNKNOWN); // FALSE: false whatever the unknown part turns out to be
    Truth c = Truth.UNKNOWN.not(); // UNKNOWN

    Rule<Organization> listens =
        Rule.<Organization>builder("acme.listens")
            .title("Listens to half")
            .check(
                o ->
                    Verdict.of(
                        o.grade(Practice.LISTENING).atLeast(Adoption.HALF),
                        "Listening: at least about half",
                        o.grade(Practice.LISTENING).toString()));
    Organization tiny = Organization.builder().name("Tiny").employees(12).build();
    return List.of(g, some, listening, none, a, b, c, listens.check(acme), listens.check(tiny));
  }

  /**
   * The samples of the rules API: {@code Rule}, {@code RuleBuilder}, {@code RuleBook} and {@code Rules}.
   *
   * @param organization  the organization to evaluate
   * @return the rules and results the samples build, in order
   */
  public static List<Object> rules(Organization organization) {
    Rule<Organization> policy =
        Rule.<Organization>builder("acme.policy")
            .title("Has a social media policy")
            .check(
                o ->
                    Verdict.of(
                        o.grade(Practice.SOCIAL_MEDIA_POLICY).atLeast(Adoption.HALF),
                        "Social media policy: at least about half",
                        o.grade(Practice.SOCIAL_MEDIA_POLICY).displayName()));

    Rule<Organization> drill =
        Rule.<Organization>builder("acme.crisis-drill")
            .title("The crisis plan was rehearsed this year")
            .severity(Severity.HIGH)
            .citation(Reference.of("ACME risk policy 4.2"))
            .recommendation("Run a crisis drill with the response team")
            .check(
                o ->
                    Verdict.of(
                        o.grade(Practice.CRISIS_PLAN).atLeast(Adoption.MOST),
                        "Crisis plan: most or all",
                        o.grade(Practice.CRISIS_PLAN).displayName()));

    RuleBook<Organization> mine = RuleBook.of("acme", policy, drill);
    Evaluation<Organization> e = mine.evaluate(organization);
    Object findings = e.findings(); // failed rules' findings, most severe first
    Object why = e.explain("acme.policy"); // why, and why not

    Rule<Organization> listens =
        Rule.<Organization>builder("acme.listens")
            .title("Listens")
            .check(
                o ->
                    Verdict.of(
                        o.grade(Practice.LISTENING).atLeast(Adoption.HALF),
                        "Listening: at least about half",
                        o.grade(Practice.LISTENING).displayName()));
    Rule<Organization> pilots =
        Rule.<Organization>builder("acme.pilots")
            .title("Runs pilots")
            .check(
                o ->
                    Verdict.of(
                        o.grade(Practice.PILOT_PROJECTS).atLeast(Adoption.SOME),
                        "Pilot projects: at least some",
                        o.grade(Practice.PILOT_PROJECTS).displayName()));
    Rule<Organization> ready = allOf("acme.ready", "Policy and drill in place", policy, drill);
    Rule<Organization> either = anyOf("acme.listening", "Listens or runs pilots", listens, pilots);
    Rule<Organization> quiet =
        not(
            "acme.no-crisis-plan",
            "Has no crisis plan yet",
            "Hold off the drill until the plan exists",
            drill);
    return List.of(
        policy,
        drill,
        mine,
        e,
        findings,
        why,
        ready.check(organization),
        either.check(organization),
        quiet.check(organization));
  }

  /**
   * The samples of {@code Gates}, {@code StandardRules} and {@code ModelFit}.
   *
   * @return what the samples compute, in order
   */
  public static List<Object> assessment() {
    Organization globex = SampleOrganizations.multinational();
    Organization bluefin = SampleOrganizations.presenceWithoutResponse();
    Gates<Stage> stages = Gates.stages();
    Object a = stages.reached(globex); // Optional[FORMALIZED]
    Object b = stages.nextGate(globex); // Optional[Gate[STRATEGIC: 4 of 5 met; unmet: [...]]]
    Object c =
        stages.path(
            bluefin,
            Stage.FORMALIZED); // [Gate[ENGAGEMENT ...], Gate[FORMALIZED ...]]: never a jump
    Object d =
        stages
            .gate(Stage.STRATEGIC)
            .evaluate(globex)
            .explain("stage.strategic.executive-sponsor-named");
    Object profile =
        Gates.stages()
            .profile(
                globex); // [PRESENCE: 5 of 5 met, ..., STRATEGIC: 4 of 5 met, CONVERGED: 4 of 8
    // met]

    Snapshot s = Snapshot.of(SampleOrganizations.multinational(), LocalDate.of(2026, 6, 30));
    Object f = StandardRules.accountHygiene().evaluate(s).findings();
    List<Evaluation<Snapshot>> all =
        StandardRules.all().stream().map(book -> book.evaluate(s)).toList();

    Object g =
        ModelFit.recommend(
            SampleOrganizations
                .multinational()); // DANDELION: 3 business units across 3 regions; ...
    return List.of(a, b, c, d, f, g, all, profile);
  }

  /**
   * The samples of {@code Assessment}, {@code Assessor}, {@code Roadmap}, {@code AssessmentDiff},
   * {@code Reports} and {@code SocialBusiness}.
   *
   * @return what the samples compute, in order
   */
  public static List<Object> assessmentAndReports() {
    // Assessment
    Assessment a =
        Assessor.standard().assess(SampleOrganizations.multinational(), LocalDate.of(2026, 6, 30));
    Object stage = a.stage(); // FORMALIZED
    Object level = a.level(); // Optional[FORMATION]
    Object high =
        a.findings(Severity.HIGH); // the high and critical findings, each with its citation
    Object roadmap = a.roadmap(); // Roadmap to STRATEGIC: 1 phase, 1 action

    // Assessor
    RuleBook<Snapshot> myRules =
        RuleBook.of(
            "acme",
            Rule.of(
                "acme.fresh-charter",
                "Charter revised this year",
                (Snapshot s) ->
                    s.organization()
                        .charter()
                        .map(c -> c.versionDate().getYear() == s.asOf().getYear())
                        .orElse(false)));
    Organization organization = SampleOrganizations.multinational();
    Assessor assessor =
        Assessor.standard()
            .with(myRules) // a RuleBook<Snapshot> of your own
            .without("success"); // leave a standard book out
    Assessment mine = assessor.assess(organization, LocalDate.of(2026, 6, 30));

    // Roadmap
    Organization bluefin = SampleOrganizations.presenceWithoutResponse();
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    Roadmap next = Roadmap.toNextStage(bluefin); // Roadmap to ENGAGEMENT: 1 phase, 3 actions
    Roadmap far =
        Roadmap.to(
            bluefin, Stage.STRATEGIC); // one phase per gate: ENGAGEMENT, FORMALIZED, STRATEGIC
    Organization done =
        far.applyTo(bluefin, asOf); // the organization as it would be with every action done

    // AssessmentDiff
    Assessment lastQuarter = Assessor.standard().assess(bluefin, asOf.minusMonths(3));
    Assessment thisQuarter = Assessor.standard().assess(done, asOf);
    AssessmentDiff d = AssessmentDiff.between(lastQuarter, thisQuarter);
    Object change = d.stageChange(); // PRESENCE -> STRATEGIC
    Object resolved = d.resolved(); // findings of the first assessment that are gone
    Object completed = d.completedActions(); // roadmap actions of the first assessment now done

    // Reports
    Assessment assessment = a;
    String markdown = Reports.markdown(assessment);
    String page = Reports.html(assessment); // write it to a file and open it in a browser

    // SocialBusiness (with import static io.github.socialbiz.SocialBusiness.*)
    Assessment viaFacade =
        SocialBusiness.assess(SocialBusiness.multinational(), LocalDate.of(2026, 6, 30));
    String md = SocialBusiness.markdown(viaFacade);
    String html = SocialBusiness.html(viaFacade);
    return List.of(
        stage,
        level,
        high,
        roadmap,
        mine,
        next,
        far,
        Gates.stages().reached(done),
        change,
        resolved,
        completed,
        markdown,
        page,
        viaFacade.equals(a),
        md.equals(markdown),
        html.equals(page));
  }

  /**
   * The samples of {@code SocialBusinessModule} and {@code SocialBusinessJson}.
   *
   * @param dir  a folder to write the sample file into
   * @return what the samples compute, in order
   * @throws java.io.IOException if the folder cannot be written
   */
  public static List<Object> json(Path dir) throws IOException {
    // SocialBusinessModule
    ObjectMapper mapper = new ObjectMapper().registerModule(new SocialBusinessModule());
    String json = mapper.writeValueAsString(SampleOrganizations.multinational());
    Organization back = mapper.readValue(json, Organization.class); // equal to the original

    // SocialBusinessJson
    String text = SocialBusinessJson.write(SampleOrganizations.multinational());
    Organization again = SocialBusinessJson.readOrganization(text);
    SocialBusinessJson.write(again, dir.resolve("globex.json"));
    Organization fromFile = SocialBusinessJson.readOrganization(dir.resolve("globex.json"));
    return List.of(back, again, fromFile);
  }

  /**
   * The samples of {@code SocialBusinessExcel}: the class sample (a questionnaire sent out, two filled
   * workbooks read back and merged) and the sample of {@code writeActionPlan}.
   *
   * @param dir  a folder holding Ana's and Li's filled workbooks, {@code ana.xlsx} and {@code li.xlsx};
   *     the samples write {@code acme.xlsx} and {@code plan.xlsx} into it
   * @return the evidence of listening and the disagreements of the merge, and the plan, in that order
   * @throws java.io.IOException if a file cannot be read or written
   */
  public static List<Object> excel(Path dir) throws IOException {
    // SocialBusinessExcel
    Questionnaire q = Questionnaire.standard();
    // send it to each respondent
    SocialBusinessExcel.writeQuestionnaire(q, dir.resolve("acme.xlsx"));
    // Ana and Li fill in their copies and send them back as ana.xlsx and li.xlsx
    // validated against q
    Response ana = SocialBusinessExcel.readResponse(dir.resolve("ana.xlsx"), q);
    Response li = SocialBusinessExcel.readResponse(dir.resolve("li.xlsx"), q);
    Organization acme = Organization.builder().name("Acme").employees(4000).build();
    Merge merge = Responses.merge(q, List.of(ana, li), MergePolicy.MEDIAN, acme);
    Object listening = merge.organization().evidence(Practice.LISTENING).orElseThrow();
    Object disagreements = merge.disagreements();

    // SocialBusinessExcel.actionPlan (writeActionPlan)
    ActionPlan plan = ActionPlan.of(SocialBusiness.assess(SocialBusiness.listeningPilot()));
    SocialBusinessExcel.writeActionPlan(plan, dir.resolve("plan.xlsx"));
    return List.of(listening, disagreements, plan);
  }

  /**
   * The sample of {@code SocialBusinessPdf}: Globex's report as a PDF, as bytes and as a file.
   *
   * @param dir  the folder the sample writes {@code globex.pdf} into
   * @return the PDF's bytes and the file written, in that order
   * @throws java.io.IOException if the file cannot be written
   */
  public static List<Object> pdf(Path dir) throws IOException {
    Assessment assessment =
        SocialBusiness.assess(SocialBusiness.multinational(), LocalDate.of(2026, 12, 1));
    // SocialBusinessPdf
    byte[] pdf = SocialBusinessPdf.report(ReportContext.of(assessment));
    SocialBusinessPdf.writeReport(ReportContext.of(assessment), dir.resolve("globex.pdf"));
    return List.of(pdf, dir.resolve("globex.pdf"));
  }

  /**
   * The sample of {@code ReportStyle}: Globex's report with the consultant's branding and logo.
   *
   * @param dir  a folder holding the consultant's {@code logo.png}
   * @return the style and the HTML page, in that order
   * @throws java.io.IOException if the logo cannot be read
   */
  public static List<Object> reportStyle(Path dir) throws IOException {
    Assessment assessment =
        SocialBusiness.assess(SocialBusiness.multinational(), LocalDate.of(2026, 6, 30));
    // ReportStyle
    ReportStyle style =
        ReportStyle.neutral()
            .withFirm("Northwind Advisory")
            .withAuthor("Ana Ruiz")
            .withConfidentiality("Confidential: prepared for Globex Industries")
            .withAccent("#7b2d8e")
            .withLogo(ReportStyle.Logo.png(Files.readAllBytes(dir.resolve("logo.png"))));
    String page = Reports.html(ReportContext.of(assessment).withStyle(style));
    return List.of(style, page);
  }
}
