package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A check of a subject, with a stable dotted id, a title, a severity, a citation and a recommendation,
 * such as {@code Rule[acme.policy: Has a social media policy (MEDIUM)]}.
 *
 * <p>A custom rule takes a few lines in JShell and prints readably. Over a practice's grade it answers
 * with {@link Verdict#of}, so that a practice nobody has assessed makes it unknown, never failed:
 *
 * <pre>{@code
 * Rule<Organization> policy = Rule.<Organization>builder("acme.policy").title("Has a social media policy")
 *     .check(o -> Verdict.of(o.grade(Practice.SOCIAL_MEDIA_POLICY).atLeast(Adoption.HALF),
 *         "Social media policy: at least about half", o.grade(Practice.SOCIAL_MEDIA_POLICY).displayName()));
 * }</pre>
 *
 * <p>{@link #of(String, String, Predicate)} suits what is always known, such as {@code o ->
 * o.coe().hasMembers()}. For severity, citation, recommendation and full verdicts, use {@link
 * #builder(String)}. Rules are plain Java: there is no expression language and no reflection.
 *
 * @param <S>  the type of subject the rule checks
 * @implSpec Implementations must be immutable, thread-safe and deterministic: {@link #check} is a pure
 *     function of the subject.
 */
public interface Rule<S> {

  /**
   * Obtains a rule from a predicate, with severity {@link Severity#MEDIUM} and no citation beyond
   * "custom rule".
   *
   * @param <S>  the subject type
   * @param id  the stable dotted id, such as {@code acme.policy}
   * @param title  what the rule requires, in one line
   * @param test  the test; the rule passes when it returns true
   * @return the rule, not null
   * @throws io.github.socialbiz.SocialBusinessException if the id is not dotted lower-case words or the
   *     title is blank
   */
  static <S> Rule<S> of(String id, String title, Predicate<? super S> test) {
    return Rule.<S>builder(id).title(title).test(test);
  }

  /**
   * Obtains a builder of a rule.
   *
   * @param <S>  the subject type
   * @param id  the stable dotted id
   * @return a new builder, not null
   * @throws io.github.socialbiz.SocialBusinessException if the id is not dotted lower-case words
   */
  static <S> RuleBuilder<S> builder(String id) {
    return new RuleBuilder<>(id);
  }

  /**
   * Gets the stable, dotted id, unique within a rule book, such as {@code stage.formalized.executive-sponsor-named}.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Gets what the rule requires, in one line.
   *
   * @return the title, not null
   */
  String title();

  /**
   * Gets the severity of the rule's findings.
   *
   * @return the severity, not null
   */
  Severity severity();

  /**
   * Gets where the rule comes from.
   *
   * @return the citation, not null
   */
  Reference citation();

  /**
   * Gets what to do when the rule fails.
   *
   * @return the recommendation, possibly empty
   */
  String recommendation();

  /**
   * Checks a subject. The verdict says what was found, not who found it: the {@link RuleBook} that
   * evaluates the rule stamps a failure with this rule's id, severity, citation and recommendation.
   *
   * @param subject  the subject
   * @return the verdict with its reasons, not null
   */
  Verdict check(S subject);

  /**
   * Returns a rule that checks another subject type by first mapping it to this rule's subject.
   *
   * @param <T>  the new subject type
   * @param mapping  from the new subject to this rule's subject
   * @return the adapted rule, with the same id, title, severity, citation and recommendation
   */
  default <T> Rule<T> on(Function<? super T, ? extends S> mapping) {
    requireNonNull(mapping, "mapping");
    Rule<S> self = this;
    return new BasicRule<>(
        id(), title(), severity(), citation(), recommendation(), t -> self.check(mapping.apply(t)));
  }
}
