package io.github.socialbiz.profile;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A business unit of an organization, with the evidence where it differs from the organization's
 * (dandelion organizations mature unevenly) and its liaison, such as {@code BusinessUnit{Cloud, overrides=2}}.
 *
 * <pre>{@code
 * BusinessUnit cloud = BusinessUnit.builder()
 *     .name("Cloud")
 *     .region("EMEA")
 *     .liaison("Li Wei")
 *     .addOverride(Evidence.of(Practice.CRISIS_PLAN, Adoption.NONE))
 *     .build();
 * }</pre>
 *
 * <p>The unit's accounts are the organization's accounts whose {@link SocialAccount#businessUnit()}
 * names it.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class BusinessUnit {

  BusinessUnit() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a unit with a name only.
   *
   * @param name  the unit's name, not blank, unique within the organization
   * @return the unit, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code name} is blank
   */
  public static BusinessUnit of(String name) {
    return builder().name(name).build();
  }

  /**
   * Gets the unit's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets the region the unit mainly serves.
   *
   * @return the region, or empty
   */
  public abstract Optional<String> region();

  /**
   * Gets the person who connects the unit with the Center of Excellence.
   *
   * @return the liaison's name, or empty if the unit has none
   */
  public abstract Optional<String> liaison();

  /**
   * Gets the unit's own evidence, which overrides the organization's: where the unit differs from it, or,
   * in a merge of responses, each practice the unit's own respondents graded.
   *
   * @return the overrides, at most one per practice
   */
  public abstract ImmutableList<Evidence> overrides();

  /**
   * Gets how many respondents answered for this unit: those who named it in a merge of responses ({@code
   * Responses.merge}), whose answers are the unit's overrides and never the organization's evidence. 0
   * unless given, as for a unit described by hand.
   *
   * @return the number of respondents, at least 0
   */
  @Value.Default
  public int respondents() {
    return 0;
  }

  /**
   * Gets the unit's own grade of a practice, if it overrides the organization's.
   *
   * @param practice  the practice
   * @return the overriding evidence, or empty
   */
  public Optional<Evidence> override(Practice practice) {
    Objects.requireNonNull(practice, "practice");
    for (Evidence e : overrides()) {
      if (e.practice() == practice) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy of this unit with one more override.
   *
   * @param practice  the practice
   * @param adoption  the unit's grade
   * @return the changed copy, not null
   * @throws io.github.socialbiz.SocialBusinessException if the unit already overrides that practice
   */
  public BusinessUnit withOverride(Practice practice, Adoption adoption) {
    return ImmutableBusinessUnit.builder()
        .name(name())
        .region(region())
        .liaison(liaison())
        .addAllOverrides(overrides())
        .addOverride(Evidence.of(practice, adoption))
        .respondents(respondents())
        .build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "BusinessUnit", "name");
    region()
        .ifPresent(
            r ->
                Checks.check(
                    !r.isBlank(),
                    "BusinessUnit.region must not be blank when given, but was '%s' for unit '%s'",
                    r,
                    name()));
    liaison()
        .ifPresent(
            l ->
                Checks.check(
                    !l.isBlank(),
                    "BusinessUnit.liaison must not be blank when given, but was '%s' for unit '%s'",
                    l,
                    name()));
    Checks.check(
        respondents() >= 0,
        "BusinessUnit.respondents must be at least 0, but was %s for unit '%s'",
        respondents(),
        name());
    Set<Practice> seen = new HashSet<>();
    for (Evidence e : overrides()) {
      Checks.check(
          seen.add(e.practice()),
          "BusinessUnit.overrides must grade each practice at most once, but %s is graded twice in unit '%s'",
          e.practice(),
          name());
    }
  }

  /**
   * Returns the unit as text, such as {@code BusinessUnit{Cloud, region=EMEA, liaison=Li Wei, overrides=[...]}}
   * or, for a unit merged from responses, {@code BusinessUnit{Cloud, overrides=[...], respondents=1}}.
   *
   * @return the unit as text, not null
   */
  @Override
  public String toString() {
    return "BusinessUnit{"
        + name()
        + region().map(r -> ", region=" + r).orElse("")
        + liaison().map(l -> ", liaison=" + l).orElse("")
        + ", overrides="
        + overrides()
        + (respondents() == 0 ? "" : ", respondents=" + respondents())
        + "}";
  }

  /** Builder of {@link BusinessUnit}; every method is inherited from the generated builder. */
  public static final class Builder extends ImmutableBusinessUnit.Builder {
    Builder() {}
  }
}
