package io.github.socialbiz.examples;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Merge;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * From workshop to report (the twin of {@code jshell/07-workshop.jsh}): three people answer the questions
 * that decide the gate to Engagement; their answers are merged into the client's evidence, where they
 * disagree is listed, and the assessment says what it has proven, what is still possible, and what to ask
 * before acting.
 */
public final class Workshop {

  private Workshop() {}

  /**
   * Prints the workshop's disagreements, merged evidence, proven and possible stage and roadmap.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** The three respondents' answers, given on 2026-06-12. */
  static List<Response> responses() {
    LocalDate day = LocalDate.of(2026, 6, 12);
    Response ana =
        Response.of(
            Respondent.of("Ana Ruiz", "social strategist"),
            day,
            List.of(
                Answer.of("q.business-goals", "half"),
                Answer.of("q.pilot-projects", "some"),
                Answer.of("q.readiness-audit", "some"),
                Answer.of(
                    "q.listening", "most", "Weekly listening report, seen", Basis.ARTIFACT_CHECKED),
                Answer.of("q.official-presence", "most"),
                Answer.of("q.account-governance", "some")));
    Response li =
        Response.of(
            Respondent.of("Li Wei", "community manager"),
            day,
            List.of(
                Answer.of("q.listening", "some"),
                Answer.of("q.official-presence", "half"),
                Answer.of("q.community-engagement", "some"),
                Answer.of("q.triage-process", "some"),
                Answer.of("q.content-strategy", "dont-know")));
    Response sam =
        Response.of(
            Respondent.of("Sam Okafor", "product marketing"),
            day,
            List.of(
                Answer.of("q.business-goals", "some"),
                Answer.of("q.listening", "half"),
                Answer.of("q.official-presence", "most")));
    return List.of(ana, li, sam);
  }

  static void run(PrintStream out) {
    Questionnaire questions = Questionnaire.standard().forGate(Stage.ENGAGEMENT);
    out.println(questions.questions().size() + " questions decide the gate to Engagement");
    // the client's structure (roster, charter, units, accounts) as recorded; the evidence comes
    // from
    // the answers
    Merge merge = Responses.merge(questions, responses(), SampleOrganizations.multinational());
    merge.disagreements().forEach(out::println);
    out.println(merge.organization().evidence(Practice.LISTENING).orElseThrow());
    // "don't know" is not "none": the content strategy is not assessed, and what rests on it is
    // unknown
    out.println(
        "Content strategy: " + merge.organization().grade(Practice.CONTENT_STRATEGY).displayName());
    Assessment a = SocialBusiness.assess(merge.organization(), SampleOrganizations.AS_OF);
    out.println("Proven " + a.stage() + ", possibly " + a.possibleStage());
    out.println(a.completeness());
    a.roadmap().actions().forEach(out::println);
    out.println(a.explain("stage.engagement.content-strategy"));
  }
}
