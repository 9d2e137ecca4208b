package io.github.socialbiz.practice;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An axis of social business capability, such as {@code GOVERNANCE}: the axes of an assessment's radar
 * picture. Every {@link Practice} belongs to exactly one dimension.
 *
 * <p>The seven dimensions are the library's own cut of the research (provenance {@code INFERRED}): they
 * follow the categories of Altimeter's readiness reviews (strategy and road map, policies, organizational
 * model and roles, processes, education, engagement, measurement).
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Dimension {
  /** Business goals, vision, road map, pilots and audits. */
  STRATEGY("Strategy", "Why the organization is social and where it is going"),
  /** Policies, account control, risk management and access. */
  GOVERNANCE("Governance", "The rules that let people take part safely"),
  /** Sponsorship, the team, the Center of Excellence, the charter and the business units. */
  ORGANIZATION("Organization", "Who owns social and how the company is arranged around it"),
  /** Triage, crisis handling, content and cross-functional workflow. */
  PROCESS("Process", "The repeatable workflows behind every conversation"),
  /** Employee education and the sharing of good practice. */
  EDUCATION("Education", "How people learn to take part well"),
  /** Listening, presence, communities, support and employee participation. */
  ENGAGEMENT("Engagement", "How the organization listens and talks with people"),
  /** Metrics tied to objectives and business outcomes, and customer insight. */
  MEASUREMENT("Measurement", "How the organization knows social is working");

  private static final Lookup<Dimension> LOOKUP =
      Lookup.of(Dimension.class, d -> List.of(d.displayName));

  private final String displayName;
  private final String question;

  Dimension(String displayName, String question) {
    this.displayName = displayName;
    this.question = question;
  }

  /**
   * Obtains a dimension from its name, number or display name, in any case.
   *
   * @param text  the text, such as "governance" or "2"
   * @return the dimension, not null
   * @throws SocialBusinessException if the text names no dimension
   */
  public static Dimension parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the human-readable name, such as "Governance".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets what the dimension is about, in one line.
   *
   * @return the description, not null
   */
  public String description() {
    return question;
  }

  /**
   * Gets the practices in this dimension, in declaration order.
   *
   * @return the practices, not empty
   */
  public ImmutableList<Practice> practices() {
    return requireNonNull(PracticesByDimension.MAP.get(this));
  }

  /** The practices of each dimension, computed once on first use (after both enums are initialized). */
  private static final class PracticesByDimension {
    static final ImmutableMap<Dimension, ImmutableList<Practice>> MAP = build();

    private static ImmutableMap<Dimension, ImmutableList<Practice>> build() {
      Map<Dimension, ImmutableList<Practice>> map = new EnumMap<>(Dimension.class);
      for (Dimension d : Dimension.values()) {
        map.put(
            d,
            Arrays.stream(Practice.values())
                .filter(p -> p.dimension() == d)
                .collect(ImmutableList.toImmutableList()));
      }
      return Maps.immutableEnumMap(map);
    }
  }
}
