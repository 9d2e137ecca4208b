package io.github.socialbiz.testing;

import com.google.common.collect.ImmutableMap;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.assessment.Gates;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.peers.PeerBase;
import io.github.socialbiz.peers.PeerComparison;
import io.github.socialbiz.peers.PeerFilter;
import io.github.socialbiz.peers.Quarter;
import io.github.socialbiz.peers.Span;
import io.github.socialbiz.peers.Staffing;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Disagreement;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Report contexts for the samples, shared by core's report tests and the browser tests of {@code
 * examples}: a previous assessment a quarter earlier and the disagreements of three respondents.
 */
public final class ReportFixtures {

  /** The date of the previous assessment: a quarter before {@link SampleOrganizations#AS_OF}. */
  public static final LocalDate PREVIOUS_AS_OF = LocalDate.of(2026, 3, 31);

  private ReportFixtures() {}

  /** The sample assessed at {@link SampleOrganizations#AS_OF}. */
  public static Assessment assess(Organization o) {
    return Assessor.standard().assess(o, SampleOrganizations.AS_OF);
  }

  /** The organization with only its first ten practices graded: the rest not assessed, so scores are ranges. */
  public static Organization partlyAssessed(Organization o) {
    return o.withEvidence(o.evidence().subList(0, 10), o.outOfScope());
  }

  /**
   * The sample a quarter earlier: the practice of the first practice criterion of the stage it reaches one
   * grade below that criterion's minimum (so the criterion was not met then, nor the stage reached; for a
   * stage without practice criteria, the first graded practice one grade lower), and the last practice of its evidence below "most" one grade higher (so one score went
   * down since).
   */
  public static Organization earlier(Organization o) {
    Stage reached = Gates.stages().reached(o).orElse(Stage.PLANNING);
    Practice lowered = null;
    Adoption then = null;
    for (Criterion c : reached.entryCriteria()) {
      if (c instanceof PracticeCriterion p && p.minimum().previous().isPresent()) {
        lowered = p.practice();
        then = p.minimum().previous().get();
        break;
      }
    }
    List<Evidence> evidence = o.evidence();
    if (lowered == null) {
      for (Evidence e : evidence) {
        if (e.adoption() != Adoption.NONE) {
          lowered = e.practice();
          break;
        }
      }
    }
    Organization before = o;
    if (lowered != null) {
      before =
          before.withEvidence(
              lowered, then != null ? then : o.grade(lowered).lowest().previous().orElseThrow());
    }
    for (int i = evidence.size() - 1; i >= 0; i--) {
      Evidence e = evidence.get(i);
      if (e.practice() != lowered && e.adoption() != Adoption.MOST) {
        return before.withEvidence(e.practice(), e.adoption().next().orElseThrow());
      }
    }
    return before;
  }

  /** The disagreements of three respondents about the sample (and one of its units, if it has any). */
  public static List<Disagreement> disagreements(Organization o) {
    List<Answer> ana =
        new ArrayList<>(
            List.of(
                Answer.of("q.listening", "most"),
                Answer.of("q.crisis-plan", "half", "Plan <draft> & \"final\"", Basis.INTERVIEW),
                Answer.of("q.pilot-projects", "some")));
    List<Answer> li =
        List.of(
            Answer.of("q.listening", "some"),
            Answer.of("q.crisis-plan", "dont-know"),
            Answer.of("q.pilot-projects", "half"));
    List<Response> responses = new ArrayList<>();
    responses.add(Response.of(Respondent.of("Ana Ruiz", "strategist"), PREVIOUS_AS_OF, ana));
    responses.add(Response.of(Respondent.of("Li Wei", "liaison"), PREVIOUS_AS_OF, li));
    if (!o.businessUnits().isEmpty()) {
      String unit = o.businessUnits().get(0).name();
      responses.add(
          Response.of(
              Respondent.of("Kim Park", "analyst", unit),
              PREVIOUS_AS_OF,
              List.of(Answer.of("q.listening", "none"))));
      responses.add(
          Response.of(
              Respondent.of("Sam Roe", "analyst", unit),
              PREVIOUS_AS_OF,
              List.of(Answer.of("q.listening", "half"))));
    }
    return Responses.merge(Questionnaire.standard(), responses, o).disagreements();
  }

  /** The sample's context: its assessment, the disagreements and the previous assessment. */
  public static ReportContext context(Organization o) {
    return ReportContext.of(assess(o))
        .withDisagreements(disagreements(o))
        .withPrevious(Assessor.standard().assess(earlier(o), PREVIOUS_AS_OF));
  }

  /**
   * Bluefin Foods (a roster and an inventory on record) among eight peers of its size and stage whose
   * scores are known only as ranges ({@code i/12} to {@code i/10} for peer {@code i}), with 1 to 8 community
   * managers at half time, 4 to 32 accounts and idle shares of 0, 10% and 20%: the peer section of the
   * report's tests, its PDF picture and its browser screenshot.
   */
  public static PeerComparison bluefinAmongPeers() {
    Assessment a = assess(SampleOrganizations.presenceWithoutResponse());
    List<Peer> out = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      out.add(
          peer(a.stage(), new Span(i / 12.0, i / 10.0))
              .coe(
                  new Staffing(
                      ImmutableMap.of(Role.COMMUNITY_MANAGER, i),
                      ImmutableMap.of(Role.COMMUNITY_MANAGER, i * 0.5)))
              .accounts(i * 4)
              .idleShare(0.1 * (i % 3))
              .build());
    }
    return PeerBase.of(out).compare(a, PeerFilter.all());
  }

  /**
   * A peer of 2026-Q1 under model 5, of 1,000 to 4,999 employees, at a stage, with every dimension and the
   * overall score at one span and every practice assessed; the rest (CoE, accounts, regulated) to be set.
   */
  public static Peer.Builder peer(Stage stage, Span score) {
    Peer.Builder b =
        Peer.builder()
            .assessed(new Quarter(2026, 1))
            .modelVersion(5)
            .sizeBand(SizeBand.FROM_1_000_TO_4_999)
            .stage(stage)
            .possibleStage(stage)
            .overall(score)
            .completeness(1);
    for (Dimension d : Dimension.values()) {
      b.putScore(d, score);
    }
    return b;
  }
}
