package io.github.socialbiz.maturity;

import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;
import static java.util.Objects.requireNonNull;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import java.util.List;

/**
 * A term the six stages research defines, such as {@code SOCIAL_BUSINESS}, with its definition in the
 * library's words and where the research gives it.
 *
 * <pre>{@code
 * Definition.SOCIAL_BUSINESS.definition();        // Social media and social methods built deep into ...
 * Definition.parse("social business strategy");   // SOCIAL_BUSINESS_STRATEGY
 * }</pre>
 *
 * <p>The two terms draw the line the research draws: a company may run social media programs without
 * having a social business strategy, which ties those programs to business objectives.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Definition {
  /** What the research calls a social business. */
  SOCIAL_BUSINESS(
      "Social business",
      "Social media and social methods built deep into the organization so that they drive business"
          + " impact",
      Source.SIX_STAGES_2013.at("Introduction: what a social business is", CORROBORATED)),
  /** What the research calls a social business strategy. */
  SOCIAL_BUSINESS_STRATEGY(
      "Social business strategy",
      "The visions, goals, plans and resources that tie an organization's social media initiatives to"
          + " its business objectives",
      Source.SIX_STAGES_2013.at(
          "Defining a social business strategy (as quoted by one review of the report)",
          SINGLE_SOURCE));

  private static final Lookup<Definition> LOOKUP =
      Lookup.of(Definition.class, d -> List.of(d.term));

  private final String term;
  private final String definition;
  private final Citation citation;

  Definition(String term, String definition, Citation citation) {
    this.term = term;
    this.definition = definition;
    this.citation = citation;
  }

  /**
   * Obtains a definition from its name, number or term, in any case.
   *
   * @param text  the text, such as "social business"
   * @return the definition, not null
   * @throws SocialBusinessException if the text names no defined term
   */
  public static Definition parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the term defined, such as "Social business".
   *
   * @return the term, not null
   */
  public String term() {
    return term;
  }

  /**
   * Gets what the term means, in the library's words.
   *
   * @return the definition, not null
   */
  public String definition() {
    return definition;
  }

  /**
   * Gets where the research defines the term.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }
}
