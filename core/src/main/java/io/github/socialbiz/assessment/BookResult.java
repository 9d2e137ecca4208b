package io.github.socialbiz.assessment;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.rules.Evaluation;
import io.github.socialbiz.rules.Finding;
import io.github.socialbiz.rules.Unverified;
import org.immutables.value.Value;

/**
 * What one rule book found, as recorded in an {@link Assessment}: the ids of the rules that passed,
 * failed and did not apply, and the findings, such as {@code accounts: 1 passed, 4 failed, 0 not applicable}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class BookResult {

  BookResult() {}

  static BookResult of(Evaluation<?> e) {
    return of(e.book().name(), e);
  }

  static BookResult of(String name, Evaluation<?> e) {
    // the constructor form keeps the evaluation's lists instead of copying them into builders
    return ImmutableBookResult.of(
        name, e.passed(), e.failed(), e.notApplicable(), e.findings(), e.unknown(), e.unverified());
  }

  /**
   * Obtains a builder, for readers of stored assessments.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the book's name.
   *
   * @return the name, not null
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Gets the ids of the rules that passed.
   *
   * @return the ids, in the book's order
   */
  @Value.Parameter
  public abstract ImmutableList<String> passed();

  /**
   * Gets the ids of the rules that failed.
   *
   * @return the ids, in the book's order
   */
  @Value.Parameter
  public abstract ImmutableList<String> failed();

  /**
   * Gets the ids of the rules that did not apply.
   *
   * @return the ids, in the book's order
   */
  @Value.Parameter
  public abstract ImmutableList<String> notApplicable();

  /**
   * Gets the findings, most severe first.
   *
   * @return the findings, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<Finding> findings();

  /**
   * Gets the ids of the rules that could not tell, because what they read is not known.
   *
   * @return the rule ids, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<String> unknown();

  /**
   * Gets what could not be verified: one item per rule that could not tell, never a finding.
   *
   * @return the unverified items, in the book's order
   */
  @Value.Parameter
  public abstract ImmutableList<Unverified> unverified();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "BookResult", "name");
  }

  /**
   * Returns the result as text, such as {@code accounts: 1 passed, 4 failed, 0 not applicable}.
   *
   * @return the result as text, not null
   */
  @Override
  public String toString() {
    return name()
        + ": "
        + passed().size()
        + " passed, "
        + failed().size()
        + " failed, "
        + notApplicable().size()
        + " not applicable"
        + (unknown().isEmpty() ? "" : ", " + unknown().size() + " not verified");
  }

  /** Builder of {@link BookResult}. */
  public static final class Builder extends ImmutableBookResult.Builder {
    Builder() {}
  }
}
