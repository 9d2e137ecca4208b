package io.github.socialbiz.governance;

import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;
import static java.util.Objects.requireNonNull;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import java.util.List;

/**
 * A required element of a social business program charter, such as {@code MEASUREMENT}.
 *
 * <p>All charter guidance comes from one source, Owyang's KMWorld 2011 talk (seed S1): the charter is the
 * program's formal document, owned by the corporate social strategist, written "in pencil" because it
 * will change, and it must say nothing about tools or technology ({@link #prohibition()}).
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum CharterElement {
  /** Which business goals social will serve. */
  BUSINESS_GOALS("Business goals", "Which business goals the program serves"),
  /** How the goals will be reached. */
  APPROACH("Approach", "How the program will reach those goals"),
  /** How progress will be measured. */
  MEASUREMENT("Measurement", "How progress towards the goals will be measured"),
  /** How relationships with employees, customers, prospects and partners will change. */
  RELATIONSHIP_CHANGE(
      "Relationship change",
      "How relationships with employees, customers, prospects and partners will change"),
  /** The vision: social technologies used to reach the goals, improving relationships as a result. */
  VISION(
      "Vision",
      "A vision of reaching the business goals with social, and of better relationships as a result"),
  /** Functions beyond marketing and support: HR, supply chain, partners, product innovation. */
  BREADTH(
      "Breadth beyond marketing and support",
      "Business functions beyond marketing and customer support, such as HR, supply chain, partners and product innovation");

  private static final Lookup<CharterElement> LOOKUP =
      Lookup.of(CharterElement.class, e -> List.of(e.displayName));

  private final String displayName;
  private final String description;

  CharterElement(String displayName, String description) {
    this.displayName = displayName;
    this.description = description;
  }

  /**
   * Obtains an element from its name, number or display name, in any case.
   *
   * @param text  the text
   * @return the element, not null
   * @throws SocialBusinessException if the text names no element
   */
  public static CharterElement parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the human-readable name, such as "Measurement".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets what the element must say, in the library's words.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Gets where the element is required.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return Source.KMWORLD_2011.at("Charter: required elements", SINGLE_SOURCE);
  }

  /**
   * Gets the charter's prohibition, in the library's words: a charter does not discuss tools or
   * technology, which are irrelevant to what the program is for, though it may state that the
   * organization will use social media technology to reach its business goals (seed 001).
   *
   * @return the prohibition, not null
   */
  public static String prohibition() {
    return "A charter does not discuss tools or technology, which are irrelevant to what the program is"
        + " for; it may state that the organization will use social media technology to reach its"
        + " business goals";
  }

  /**
   * Gets where the prohibition is stated.
   *
   * @return the citation, not null
   */
  public static Citation prohibitionCitation() {
    return Source.KMWORLD_2011.at("Charter: what it must not contain", SINGLE_SOURCE);
  }
}
