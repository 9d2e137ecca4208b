package io.github.socialbiz.questionnaire;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * The questions a consultant asks a client, in order, such as {@code Questionnaire{45 questions over 36
 * practices and 9 facts}}. {@link #standard()} has one question per {@link Practice} and one per {@link
 * Fact}, written in the library's own words; tailor it to a workshop and render it as an interview guide:
 *
 * <pre>{@code
 * Questionnaire q = Questionnaire.standard()
 *     .forGate(Stage.PRESENCE)                                   // only what the gate to Presence asks
 *     .reworded(Practice.LISTENING, "Who keeps an eye on what customers say about Acme online?");
 * q.ids();              // [q.business-goals, q.pilot-projects, q.readiness-audit, q.listening, q.official-presence]
 * q.markdownGuide();    // the interview guide, by dimension
 * }</pre>
 *
 * <p>A questionnaire is checked as a whole when it is built: question ids are distinct, and where two
 * questions ask about the same practice or fact, options with the same id mean the same thing, so that
 * answers to either can be merged. Each question checks its own options ({@link Question}).
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Questionnaire {

  Questionnaire() {}

  // -----------------------------------------------------------------------

  /**
   * Obtains the standard questionnaire: one question per practice, in the order of {@link
   * Practice#values()}, then one per structural fact, in the order of {@link Fact#values()}. Each practice
   * question has the options {@code none}, {@code some}, {@code half}, {@code most}, {@code dont-know} and
   * {@code not-applicable}; each fact question {@code yes}, {@code no} and {@code dont-know}.
   *
   * @return the standard questionnaire, not null
   */
  public static Questionnaire standard() {
    return StandardQuestions.QUESTIONNAIRE;
  }

  /**
   * Obtains a questionnaire of the given questions, in order.
   *
   * @param questions  the questions
   * @return the questionnaire, not null
   * @throws SocialBusinessException if two questions share an id, or two questions about one practice or
   *     fact map the same option id to different meanings
   */
  public static Questionnaire of(Iterable<? extends Question> questions) {
    return ImmutableQuestionnaire.builder().addAllQuestions(questions).build();
  }

  // -----------------------------------------------------------------------

  /**
   * Gets the questions, in the order they are asked.
   *
   * @return the questions, possibly empty
   */
  public abstract ImmutableList<Question> questions();

  /**
   * Gets the ids of the questions, in order.
   *
   * @return the ids, not null
   */
  public ImmutableList<String> ids() {
    return questions().stream().map(Question::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds a question by its id.
   *
   * @param id  the id, such as {@code q.listening}
   * @return the question, or empty if this questionnaire has none with that id
   */
  public Optional<Question> question(String id) {
    return Optional.ofNullable(byId().get(requireNonNull(id, "id")));
  }

  /**
   * Gets the questions that grade a practice.
   *
   * @param practice  the practice
   * @return the questions, in order; empty if none asks about it
   */
  public ImmutableList<PracticeQuestion> questionsFor(Practice practice) {
    requireNonNull(practice, "practice");
    return questions().stream()
        .filter(q -> q instanceof PracticeQuestion p && p.practice() == practice)
        .map(PracticeQuestion.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Gets the questions that establish a structural fact.
   *
   * @param fact  the fact
   * @return the questions, in order; empty if none asks about it
   */
  public ImmutableList<FactQuestion> questionsFor(Fact fact) {
    requireNonNull(fact, "fact");
    return questions().stream()
        .filter(q -> q instanceof FactQuestion f && f.fact() == fact)
        .map(FactQuestion.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  // -----------------------------------------------------------------------

  /**
   * Returns the questions of some dimensions only, in the same order. This instance is immutable and
   * unaffected.
   *
   * @param dimensions  the dimensions to keep, possibly empty
   * @return the tailored questionnaire, not null
   */
  public Questionnaire forDimensions(Set<Dimension> dimensions) {
    ImmutableSet<Dimension> keep = ImmutableSet.copyOf(dimensions);
    return filtered(q -> keep.contains(q.dimension()));
  }

  /**
   * Returns only the questions over the criteria of a stage's or maturity level's gate and of every gate
   * below it ({@link Rung#cumulativeCriteria()}), in the same order: what a workshop must ask to decide
   * whether the organization has reached that rung. This instance is immutable and unaffected.
   *
   * @param rung  the stage or maturity level, such as {@code Stage.FORMALIZED}
   * @return the tailored questionnaire, empty for the first stage, which has no gate
   */
  public Questionnaire forGate(Rung rung) {
    Set<Practice> practices = EnumSet.noneOf(Practice.class);
    Set<Fact> facts = EnumSet.noneOf(Fact.class);
    for (Criterion c : requireNonNull(rung, "rung").cumulativeCriteria()) {
      if (c instanceof PracticeCriterion p) {
        practices.add(p.practice());
      } else if (c instanceof FactCriterion f) {
        facts.add(f.fact());
      }
    }
    return filtered(
        q ->
            q instanceof PracticeQuestion p
                ? practices.contains(p.practice())
                : facts.contains(((FactQuestion) q).fact()));
  }

  /**
   * Returns a copy with one more question at the end, such as a client's own question mapped to a
   * practice. This instance is immutable and unaffected.
   *
   * @param question  the question to add
   * @return the extended questionnaire, not null
   * @throws SocialBusinessException if its id is taken, or another question about the same practice or
   *     fact maps one of its option ids to a different meaning
   */
  public Questionnaire withQuestion(Question question) {
    requireNonNull(question, "question");
    return of(ImmutableList.<Question>builder().addAll(questions()).add(question).build());
  }

  /**
   * Returns a copy with one question worded differently; its options and mapping are unchanged. This
   * instance is immutable and unaffected.
   *
   * @param questionId  the question's id, such as {@code q.listening}
   * @param text  the new wording, not blank
   * @return the changed questionnaire, not null
   * @throws SocialBusinessException if this questionnaire has no question with that id, or the text is
   *     blank
   */
  public Questionnaire reworded(String questionId, String text) {
    requireNonNull(questionId, "questionId");
    requireNonNull(text, "text");
    Checks.check(
        byId().containsKey(questionId),
        "Questionnaire.reworded needs the id of one of its questions, but there is no question '%s'",
        questionId);
    List<Question> out = new ArrayList<>(questions().size());
    for (Question q : questions()) {
      out.add(q.id().equals(questionId) ? q.withText(text) : q);
    }
    return of(out);
  }

  /**
   * Returns a copy with the standard question of a practice ({@link Question#idOf(Practice)}) worded
   * differently. This instance is immutable and unaffected.
   *
   * @param practice  the practice
   * @param text  the new wording, not blank
   * @return the changed questionnaire, not null
   * @throws SocialBusinessException if this questionnaire has no such question, or the text is blank
   */
  public Questionnaire reworded(Practice practice, String text) {
    return reworded(Question.idOf(requireNonNull(practice, "practice")), text);
  }

  // -----------------------------------------------------------------------

  /**
   * Renders the interview guide for the consultant, in Markdown: the questions by dimension, each with
   * what it establishes and its citation, and each option with what it means, what to look for as
   * evidence and the basis that evidence supports. Text is backslash-escaped, so a client's wording stays
   * text.
   *
   * @return the guide, not null
   */
  public String markdownGuide() {
    return Guide.markdown(this);
  }

  // -----------------------------------------------------------------------

  private Questionnaire filtered(Predicate<Question> keep) {
    return of(questions().stream().filter(keep).collect(ImmutableList.toImmutableList()));
  }

  @Value.Lazy
  ImmutableMap<String, Question> byId() {
    Map<String, Question> map = new LinkedHashMap<>();
    for (Question q : questions()) {
      map.put(q.id(), q);
    }
    return ImmutableMap.copyOf(map);
  }

  @Value.Check
  void check() {
    Map<String, Question> ids = new HashMap<>();
    // for each practice or fact, each option id and the question that first gave it a meaning
    Map<Object, Map<String, AnswerOption>> mappings = new HashMap<>();
    Map<Object, Map<String, Question>> firstQuestion = new HashMap<>();
    for (Question q : questions()) {
      Checks.check(
          ids.putIfAbsent(q.id(), q) == null,
          "Questionnaire.questions must have distinct ids, but %s is used twice",
          q.id());
      Object subject = q instanceof PracticeQuestion p ? p.practice() : ((FactQuestion) q).fact();
      Map<String, AnswerOption> seen = mappings.computeIfAbsent(subject, s -> new HashMap<>());
      Map<String, Question> from = firstQuestion.computeIfAbsent(subject, s -> new HashMap<>());
      for (AnswerOption o : q.options()) {
        AnswerOption earlier = seen.putIfAbsent(o.id(), o);
        if (earlier != null && earlier.meaning() != o.meaning()) {
          throw new SocialBusinessException(
              "Questionnaire.questions must map an option id alike in every question about "
                  + subject
                  + ", but "
                  + q.id()
                  + " maps '"
                  + o.id()
                  + "' to "
                  + o.meaning()
                  + " where "
                  + requireNonNull(from.get(o.id())).id()
                  + " maps it to "
                  + earlier.meaning());
        }
        from.putIfAbsent(o.id(), q);
      }
    }
  }

  /**
   * Returns the questionnaire as text, such as {@code Questionnaire{45 questions over 36 practices and 9
   * facts}}.
   *
   * @return the questionnaire as text, not null
   */
  @Override
  public String toString() {
    long practices =
        questions().stream()
            .filter(PracticeQuestion.class::isInstance)
            .map(q -> ((PracticeQuestion) q).practice())
            .distinct()
            .count();
    long facts =
        questions().stream()
            .filter(FactQuestion.class::isInstance)
            .map(q -> ((FactQuestion) q).fact())
            .distinct()
            .count();
    return "Questionnaire{"
        + questions().size()
        + (questions().size() == 1 ? " question" : " questions")
        + " over "
        + practices
        + (practices == 1 ? " practice" : " practices")
        + " and "
        + facts
        + (facts == 1 ? " fact}" : " facts}");
  }
}
