package io.github.socialbiz.governance;

import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import java.util.List;

/**
 * One of the seven success factors of social business strategy (Li and Solis, 2013), such as {@code
 * EXECUTIVE_SUPPORT}, in the book's order.
 *
 * <p>Each factor maps to the practices that give evidence of it ({@link #evidence()}); that mapping is
 * the library's reading.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum SuccessFactor {
  /** 1: define the overall business goals. */
  BUSINESS_GOALS(
      "Define the overall business goals",
      2,
      List.of("define overall business goals"),
      List.of(Practice.BUSINESS_GOALS)),
  /** 2: establish the long-term vision. */
  LONG_TERM_VISION(
      "Establish the long-term vision", 2, List.of(), List.of(Practice.LONG_TERM_VISION)),
  /** 3: ensure executive support. */
  EXECUTIVE_SUPPORT(
      "Ensure executive support",
      2,
      List.of("get executive support"),
      List.of(Practice.EXECUTIVE_SPONSORSHIP)),
  /** 4: define the strategy roadmap. */
  STRATEGY_ROADMAP(
      "Define the strategy roadmap",
      3,
      List.of("define the strategy roadmap & identify initiatives"),
      List.of(Practice.STRATEGY_ROADMAP)),
  /** 5: establish governance and guidelines. */
  GOVERNANCE(
      "Establish governance and guidelines",
      4,
      List.of(),
      List.of(Practice.SOCIAL_MEDIA_POLICY, Practice.CENTER_OF_EXCELLENCE)),
  /** 6: secure staff, resources and funding. */
  RESOURCES(
      "Secure staff, resources, and funding",
      5,
      List.of("secure staffing, resources and funding"),
      List.of(Practice.FUNDING, Practice.DEDICATED_TEAM)),
  /** 7: invest in technology platforms that map to strategy. */
  TECHNOLOGY(
      "Invest in technology platforms that map to strategy",
      5,
      List.of("invest in technology that supports objectives"),
      List.of(Practice.TECHNOLOGY_PLATFORMS));

  private static final Lookup<SuccessFactor> LOOKUP =
      Lookup.of(
          SuccessFactor.class,
          f -> ImmutableList.<String>builder().add(f.displayName).addAll(f.variants).build());

  private final String displayName;
  private final int chapter;
  private final ImmutableList<String> variants;
  private final ImmutableList<Practice> evidence;

  SuccessFactor(String displayName, int chapter, List<String> variants, List<Practice> evidence) {
    this.displayName = displayName;
    this.chapter = chapter;
    this.variants = ImmutableList.copyOf(variants);
    this.evidence = ImmutableList.copyOf(evidence);
  }

  /**
   * Obtains a factor from its name, number, title or the webinar's wording, in any case.
   *
   * @param text  the text
   * @return the factor, not null
   * @throws SocialBusinessException if the text names no factor
   */
  public static SuccessFactor parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the factor's number in the book, from 1 to 7.
   *
   * @return the number
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Gets the factor as the book's table of contents words it.
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets the book chapter that covers the factor.
   *
   * @return the chapter number, from 2 to 5
   */
  public int chapter() {
    return chapter;
  }

  /**
   * Gets the practices that give evidence of this factor (the library's reading).
   *
   * @return the practices, not empty
   */
  public ImmutableList<Practice> evidence() {
    return evidence;
  }

  /**
   * Gets where the factor is named.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return Source.SEVEN_SUCCESS_FACTORS_2013.at(
        "Table of contents, factor " + number(), CORROBORATED);
  }

  /**
   * Gets the two criteria of a successful strategy that the six stages survey names: alignment with the
   * business goals, and an organization aligned behind the strategy and supporting its execution.
   *
   * @return the two criteria as the library words them, with the factors that evidence each
   */
  public static ImmutableList<String> twoCriteria() {
    return ImmutableList.of(
        "The strategy is clearly aligned with the organization's strategic business goals",
        "The organization is aligned behind the strategy and supports its execution");
  }
}
