package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An immutable, ordered set of {@link Rule rules} with unique ids, such as {@code
 * RuleBook[accounts: 5 rules]}.
 *
 * <pre>{@code
 * RuleBook<Organization> mine = RuleBook.of("acme", policy, drill);
 * Evaluation<Organization> e = mine.evaluate(organization);
 * e.findings();                // failed rules' findings, most severe first
 * e.explain("acme.policy");    // why, and why not
 * }</pre>
 *
 * <p>Two rules with one id are an error at construction, never silently dropped. {@link #with}, {@link
 * #without} and {@link #filter} return new books.
 *
 * @param <S>  the subject type
 * @implSpec This class is immutable and thread-safe if its rules are.
 */
public final class RuleBook<S> {

  private final String name;
  private final ImmutableList<Rule<S>> rules;

  private RuleBook(String name, ImmutableList<Rule<S>> rules) {
    if (name.isBlank()) {
      throw new SocialBusinessException("RuleBook.name must not be blank, but was '" + name + "'");
    }
    Set<String> ids = new HashSet<>();
    for (Rule<S> rule : rules) {
      if (!ids.add(rule.id())) {
        throw new SocialBusinessException(
            "RuleBook.rules must have unique ids, but '"
                + rule.id()
                + "' appears twice in rule book '"
                + name
                + "'");
      }
    }
    this.name = name;
    this.rules = rules;
  }

  /**
   * Obtains a rule book.
   *
   * @param <S>  the subject type
   * @param name  the book's name, not blank
   * @param rules  the rules, in evaluation order, with unique ids
   * @return the book, not null
   * @throws SocialBusinessException if two rules share an id or the name is blank
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <S> RuleBook<S> of(String name, Rule<S>... rules) {
    return of(name, Arrays.asList(rules));
  }

  /**
   * Obtains a rule book.
   *
   * @param <S>  the subject type
   * @param name  the book's name, not blank
   * @param rules  the rules, in evaluation order, with unique ids
   * @return the book, not null
   * @throws SocialBusinessException if two rules share an id or the name is blank
   */
  public static <S> RuleBook<S> of(String name, Iterable<? extends Rule<S>> rules) {
    return new RuleBook<>(requireNonNull(name, "name"), ImmutableList.copyOf(rules));
  }

  /**
   * Gets the book's name.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets the rules, in evaluation order.
   *
   * @return the rules, not null
   */
  public ImmutableList<Rule<S>> rules() {
    return rules;
  }

  /**
   * Gets the number of rules.
   *
   * @return the size
   */
  public int size() {
    return rules.size();
  }

  /**
   * Gets a rule by id.
   *
   * @param id  the rule id
   * @return the rule, or empty if the book has none with that id
   */
  public Optional<Rule<S>> rule(String id) {
    requireNonNull(id, "id");
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Returns a book with more rules at the end. This book is unchanged.
   *
   * @param more  the rules to add
   * @return the new book, not null
   * @throws SocialBusinessException if an id would appear twice
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final RuleBook<S> with(Rule<S>... more) {
    return new RuleBook<>(name, ImmutableList.<Rule<S>>builder().addAll(rules).add(more).build());
  }

  /**
   * Returns a book with another book's rules at the end. This book is unchanged.
   *
   * @param other  the book whose rules to add
   * @return the new book, not null
   * @throws SocialBusinessException if an id would appear twice
   */
  public RuleBook<S> with(RuleBook<S> other) {
    return new RuleBook<>(
        name, ImmutableList.<Rule<S>>builder().addAll(rules).addAll(other.rules).build());
  }

  /**
   * Returns a book without some rules. This book is unchanged.
   *
   * @param ids  the ids of the rules to leave out, each in this book
   * @return the new book, not null
   * @throws SocialBusinessException if an id is not in this book
   */
  public RuleBook<S> without(String... ids) {
    Set<String> drop = new HashSet<>(Arrays.asList(ids));
    for (String id : drop) {
      if (rule(id).isEmpty()) {
        throw new SocialBusinessException(
            "RuleBook.without: rule book '" + name + "' has no rule '" + id + "'");
      }
    }
    return filter(r -> !drop.contains(r.id()));
  }

  /**
   * Returns a book with only the rules that match a test. This book is unchanged.
   *
   * @param keep  the rules to keep
   * @return the new book, not null
   */
  public RuleBook<S> filter(Predicate<? super Rule<S>> keep) {
    requireNonNull(keep, "keep");
    return new RuleBook<>(
        name, rules.stream().filter(keep).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns a copy under another name. This book is unchanged.
   *
   * @param newName  the name, not blank
   * @return the renamed book, not null
   */
  public RuleBook<S> named(String newName) {
    return new RuleBook<>(requireNonNull(newName, "newName"), rules);
  }

  /**
   * Returns a book that checks another subject type by first mapping it to this book's subject.
   *
   * @param <T>  the new subject type
   * @param mapping  from the new subject to this book's subject
   * @return the adapted book, with the same name and rule ids
   */
  public <T> RuleBook<T> on(Function<? super T, ? extends S> mapping) {
    requireNonNull(mapping, "mapping");
    return new RuleBook<>(
        name, rules.stream().map(r -> r.<T>on(mapping)).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Evaluates every rule against a subject, in order.
   *
   * @param subject  the subject
   * @return the evaluation, not null
   * @throws RuleFailedException if a rule throws; the rule's exception is the cause
   */
  public Evaluation<S> evaluate(S subject) {
    requireNonNull(subject, "subject");
    ImmutableList.Builder<Outcome> outcomes = ImmutableList.builderWithExpectedSize(rules.size());
    for (Rule<S> rule : rules) {
      Verdict verdict;
      try {
        verdict = rule.check(subject);
      } catch (RuntimeException e) {
        throw new RuleFailedException(rule.id(), e);
      }
      outcomes.add(Outcome.of(rule, verdict));
    }
    return new Evaluation<>(this, subject, outcomes.build());
  }

  /**
   * Returns the book as text, such as {@code RuleBook[accounts: 5 rules]}.
   *
   * @return the book as text, not null
   */
  @Override
  public String toString() {
    return "RuleBook[" + name + ": " + rules.size() + (rules.size() == 1 ? " rule]" : " rules]");
  }
}
