package io.github.socialbiz.rules;

import static java.util.Objects.requireNonNull;

import io.github.socialbiz.SocialBusinessException;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The one implementation of {@link Rule} behind the builder and combinators. */
final class BasicRule<S> implements Rule<S> {

  private static final Pattern ID =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  private final String id;
  private final String title;
  private final Severity severity;
  private final Reference citation;
  private final String recommendation;
  private final Function<? super S, Verdict> check;

  BasicRule(
      String id,
      String title,
      Severity severity,
      Reference citation,
      String recommendation,
      Function<? super S, Verdict> check) {
    this.id = checkId(id);
    this.title = requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new SocialBusinessException(
          "Rule.title must not be blank, but was '" + title + "' for rule " + id);
    }
    this.severity = requireNonNull(severity, "severity");
    this.citation = requireNonNull(citation, "citation");
    this.recommendation = requireNonNull(recommendation, "recommendation");
    this.check = requireNonNull(check, "check");
  }

  static String checkId(String id) {
    if (!ID.matcher(id).matches()) {
      throw new SocialBusinessException(
          "Rule.id must be lower-case words joined by '-' with at least one '.', such as 'acme.policy', but was '"
              + id
              + "'");
    }
    return id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public Reference citation() {
    return citation;
  }

  @Override
  public String recommendation() {
    return recommendation;
  }

  @Override
  public Verdict check(S subject) {
    return requireNonNull(check.apply(subject), () -> "Rule " + id + " returned no verdict");
  }

  @Override
  public String toString() {
    return "Rule[" + id + ": " + title + " (" + severity + ")]";
  }
}
