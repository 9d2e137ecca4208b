package io.github.socialbiz.benchmarks;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.AnswerOption;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Merge;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Merging respondents' answers to the standard questionnaire into Globex's structure, and assessing the
 * result, against the number of respondents: how the merge grows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class MergeBenchmark {

  /** A workshop of a given number of respondents. */
  @State(Scope.Benchmark)
  public static class Workshop {
    @Param({"10", "100", "1000"})
    public int respondents = 10;

    final Questionnaire questionnaire = Questionnaire.standard();
    final Organization structure = SampleOrganizations.multinational();
    final Assessor assessor = Assessor.standard();
    List<Response> responses = List.of();

    @Setup(Level.Trial)
    public void setUp() {
      responses = responses(questionnaire, structure, respondents);
    }
  }

  /**
   * Responses of {@code n} respondents who answer every question with an option drawn at random (a
   * fixed seed, so every run merges the same answers); every fourth names one of the organization's
   * business units, and every third answer carries a note and an interview basis.
   */
  static List<Response> responses(Questionnaire questionnaire, Organization structure, int n) {
    SplittableRandom random = new SplittableRandom(20261202L);
    List<BusinessUnit> units = structure.businessUnits();
    List<Response> responses = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name = String.format("Respondent %04d", i);
      Respondent who =
          i % 4 == 3 && !units.isEmpty()
              ? Respondent.of(name, "liaison", units.get(i % units.size()).name())
              : Respondent.of(name, "practitioner");
      List<Answer> answers = new ArrayList<>();
      for (Question q : questionnaire.questions()) {
        List<AnswerOption> options = q.options();
        AnswerOption option = options.get(random.nextInt(options.size()));
        if (option.id().equals(AnswerOption.NOT_APPLICABLE)) {
          answers.add(Answer.notApplicable(q.id(), "not done here"));
        } else if (answers.size() % 3 == 0) {
          answers.add(Answer.of(q.id(), option.id(), "seen in the workshop", Basis.INTERVIEW));
        } else {
          answers.add(Answer.of(q.id(), option.id()));
        }
      }
      responses.add(Response.of(who, Fixtures.AS_OF, answers));
    }
    return responses;
  }

  @Benchmark
  public Merge merge(Workshop w) {
    return Responses.merge(w.questionnaire, w.responses, w.structure);
  }

  @Benchmark
  public Assessment mergeAndAssess(Workshop w) {
    return w.assessor.assess(
        Responses.merge(w.questionnaire, w.responses, w.structure).organization(), Fixtures.AS_OF);
  }
}
