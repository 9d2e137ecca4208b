package io.github.socialbiz.assessment;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.practice.Criterion;
import org.immutables.value.Value;

/**
 * The gate to the next stage or level, as recorded in an {@link Assessment}: the rung it leads to and
 * its criteria met, unmet and not verified, such as {@code STRATEGIC: 4 of 5 met} or {@code STRATEGIC: 3 of
 * 5 met, 1 not verified}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class GateSummary {

  GateSummary() {}

  static GateSummary of(GateResult<?> gate) {
    return of(gate.rung(), gate.met(), gate.unmet(), gate.unknown());
  }

  /**
   * Obtains a summary.
   *
   * @param rung  the stage or level the gate leads to
   * @param met  the criteria met
   * @param unmet  the criteria not met
   * @return the summary, not null
   */
  public static GateSummary of(Rung rung, Iterable<Criterion> met, Iterable<Criterion> unmet) {
    return ImmutableGateSummary.builder().rung(rung).addAllMet(met).addAllUnmet(unmet).build();
  }

  /**
   * Obtains a summary with criteria that cannot be told from what is known.
   *
   * @param rung  the stage or level the gate leads to
   * @param met  the criteria met
   * @param unmet  the criteria not met
   * @param unknown  the criteria not verified: neither met nor unmet
   * @return the summary, not null
   */
  public static GateSummary of(
      Rung rung, Iterable<Criterion> met, Iterable<Criterion> unmet, Iterable<Criterion> unknown) {
    return ImmutableGateSummary.builder()
        .rung(rung)
        .addAllMet(met)
        .addAllUnmet(unmet)
        .addAllUnknown(unknown)
        .build();
  }

  /**
   * Gets the stage or level the gate leads to, such as {@code STRATEGIC}.
   *
   * @return the rung, not null
   */
  public abstract Rung rung();

  /**
   * Gets the criteria met.
   *
   * @return the met criteria, in the gate's order
   */
  public abstract ImmutableList<Criterion> met();

  /**
   * Gets the criteria not met: exactly what stands between the organization and the rung.
   *
   * @return the unmet criteria, in the gate's order
   */
  public abstract ImmutableList<Criterion> unmet();

  /**
   * Gets the criteria that cannot be told from what is known: neither met nor unmet.
   *
   * @return the criteria not verified, in the gate's order
   */
  public abstract ImmutableList<Criterion> unknown();

  /**
   * Returns the summary as text, such as {@code STRATEGIC: 4 of 5 met}.
   *
   * @return the summary as text, not null
   */
  @Override
  public String toString() {
    return rung().name()
        + ": "
        + met().size()
        + " of "
        + (met().size() + unmet().size() + unknown().size())
        + " met"
        + (unknown().isEmpty() ? "" : ", " + unknown().size() + " not verified");
  }
}
