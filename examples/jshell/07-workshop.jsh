// From workshop to report: three people answer the questions that decide the next stage; their answers
// are merged into the client's evidence, where they disagree is listed, and the assessment says what it
// has proven, what is still possible, and what to ask before acting.
var questions = Questionnaire.standard().forGate(Stage.ENGAGEMENT);
System.out.println(questions.questions().size() + " questions decide the gate to Engagement");
var day = LocalDate.of(2026, 6, 12);
var ana = Response.of(Respondent.of("Ana Ruiz", "social strategist"), day, List.of(
    Answer.of("q.business-goals", "half"), Answer.of("q.pilot-projects", "some"),
    Answer.of("q.readiness-audit", "some"),
    Answer.of("q.listening", "most", "Weekly listening report, seen", Basis.ARTIFACT_CHECKED),
    Answer.of("q.official-presence", "most"), Answer.of("q.account-governance", "some")));
var li = Response.of(Respondent.of("Li Wei", "community manager"), day, List.of(
    Answer.of("q.listening", "some"), Answer.of("q.official-presence", "half"),
    Answer.of("q.community-engagement", "some"), Answer.of("q.triage-process", "some"),
    Answer.of("q.content-strategy", "dont-know")));
var sam = Response.of(Respondent.of("Sam Okafor", "product marketing"), day, List.of(
    Answer.of("q.business-goals", "some"), Answer.of("q.listening", "half"),
    Answer.of("q.official-presence", "most")));
// the client's structure (roster, charter, units, accounts) as recorded; the evidence comes from the answers
var merge = Responses.merge(questions, List.of(ana, li, sam), multinational());
merge.disagreements().forEach(System.out::println);
System.out.println(merge.organization().evidence(Practice.LISTENING).orElseThrow());
// "don't know" is not "none": the content strategy is not assessed, and what rests on it is unknown
System.out.println("Content strategy: " + merge.organization().grade(Practice.CONTENT_STRATEGY).displayName());
var a = assess(merge.organization(), AS_OF);
System.out.println("Proven " + a.stage() + ", possibly " + a.possibleStage());
System.out.println(a.completeness());
a.roadmap().actions().forEach(System.out::println);
System.out.println(explain(a, "stage.engagement.content-strategy"));
/exit
