package io.github.socialbiz.assessment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Organization;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What an assessment rests on: how many of the practices in scope have been assessed, overall and per
 * dimension, and on what basis the grades were given, such as {@code Completeness{30 of 36 assessed
 * (83%); basis: 4 artifact checked, 2 interview, 24 self-reported}}.
 *
 * <p>A practice in scope with no evidence is not assessed; it counts against completeness, never as an
 * answer. Out-of-scope practices count neither way.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Completeness {

  Completeness() {}

  /**
   * Reads the completeness of an organization's evidence.
   *
   * @param o  the organization
   * @return its completeness, not null
   */
  public static Completeness of(Organization o) {
    requireNonNull(o, "o");
    Set<Practice> inScope = EnumSet.noneOf(Practice.class);
    for (Practice p : Practice.values()) {
      if (o.isInScope(p)) {
        inScope.add(p);
      }
    }
    Map<Basis, Integer> basis = new EnumMap<>(Basis.class);
    for (Basis b : Basis.values()) {
      basis.put(b, 0);
    }
    for (Evidence e : o.evidence()) {
      if (o.isInScope(e.practice())) {
        basis.merge(e.basis(), 1, Integer::sum);
      }
    }
    return ImmutableCompleteness.builder()
        .addAllPracticesInScope(inScope)
        .addAllPracticesNotAssessed(o.notAssessed())
        .putAllBasisMix(basis)
        .build();
  }

  /**
   * Gets the practices in scope.
   *
   * @return the practices in scope, possibly empty
   */
  public abstract ImmutableSet<Practice> practicesInScope();

  /**
   * Gets the practices in scope that nobody has graded yet.
   *
   * @return the practices not assessed, a subset of {@link #practicesInScope()}
   */
  public abstract ImmutableSet<Practice> practicesNotAssessed();

  /**
   * Gets how many grades rest on each basis.
   *
   * @return the count of assessed practices by basis, every basis present
   */
  public abstract ImmutableMap<Basis, Integer> basisMix();

  /**
   * Gets the number of practices in scope that have been assessed.
   *
   * @return the count, from 0 to the number in scope
   */
  public int assessed() {
    return practicesInScope().size() - practicesNotAssessed().size();
  }

  /**
   * Gets the share of the practices in scope that have been assessed.
   *
   * @return the share, from 0 to 1; 1 when nothing is in scope
   */
  public double share() {
    return practicesInScope().isEmpty() ? 1 : (double) assessed() / practicesInScope().size();
  }

  /**
   * Gets the number of a dimension's practices in scope.
   *
   * @param d  the dimension
   * @return the count
   */
  public int inScope(Dimension d) {
    requireNonNull(d, "d");
    return (int) practicesInScope().stream().filter(p -> p.dimension() == d).count();
  }

  /**
   * Gets the number of a dimension's practices in scope that nobody has graded yet.
   *
   * @param d  the dimension
   * @return the count
   */
  public int notAssessed(Dimension d) {
    requireNonNull(d, "d");
    return (int) practicesNotAssessed().stream().filter(p -> p.dimension() == d).count();
  }

  /**
   * Gets the share of a dimension's practices in scope that have been assessed.
   *
   * @param d  the dimension
   * @return the share, from 0 to 1; 1 when none of its practices is in scope
   */
  public double share(Dimension d) {
    int all = inScope(d);
    return all == 0 ? 1 : (double) (all - notAssessed(d)) / all;
  }

  /**
   * Checks if every practice in scope has been assessed.
   *
   * @return true if nothing is missing
   */
  public boolean isComplete() {
    return practicesNotAssessed().isEmpty();
  }

  @Value.Check
  void check() {
    Checks.check(
        practicesInScope().containsAll(practicesNotAssessed()),
        "Completeness.notAssessed must be practices in scope, but %s is not in scope",
        Sets.difference(practicesNotAssessed(), practicesInScope()));
    for (Map.Entry<Basis, Integer> e : basisMix().entrySet()) {
      Checks.check(
          e.getValue() >= 0,
          "Completeness.basisMix must count from 0, but %s counts %s",
          e.getKey(),
          e.getValue());
    }
  }

  /**
   * Returns the completeness as text, such as {@code Completeness{30 of 36 assessed (83%); basis: 4
   * artifact checked, 2 interview, 24 self-reported}}.
   *
   * @return the completeness as text, not null
   */
  @Override
  public String toString() {
    return "Completeness{"
        + assessed()
        + " of "
        + practicesInScope().size()
        + " assessed ("
        + Math.round(share() * 100)
        + "%); basis: "
        + basisMix().getOrDefault(Basis.ARTIFACT_CHECKED, 0)
        + " artifact checked, "
        + basisMix().getOrDefault(Basis.INTERVIEW, 0)
        + " interview, "
        + basisMix().getOrDefault(Basis.SELF_REPORTED, 0)
        + " "
        + Basis.SELF_REPORTED.displayName().toLowerCase(Locale.ROOT)
        + "}";
  }
}
