package io.github.socialbiz.assessment;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Criterion;
import org.immutables.value.Value;

/**
 * The gate to the next stage or level, as recorded in an {@link Assessment}: the rung it leads to and
 * its criteria met and unmet, such as {@code STRATEGIC: 4 of 5 met}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class GateSummary {

  GateSummary() {}

  static GateSummary of(GateResult<?> gate) {
    return of(gate.rung().name(), gate.met(), gate.unmet());
  }

  /**
   * Obtains a summary.
   *
   * @param rung  the name of the stage or level the gate leads to
   * @param met  the criteria met
   * @param unmet  the criteria not met
   * @return the summary, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code rung} is blank
   */
  public static GateSummary of(String rung, Iterable<Criterion> met, Iterable<Criterion> unmet) {
    return ImmutableGateSummary.builder().rung(rung).addAllMet(met).addAllUnmet(unmet).build();
  }

  /**
   * Gets the name of the stage or level the gate leads to, such as {@code STRATEGIC}.
   *
   * @return the rung name, not null
   */
  public abstract String rung();

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


  @Value.Check
  void check() {
    Checks.notBlank(rung(), "GateSummary", "rung");
  }

  /**
   * Returns the summary as text, such as {@code STRATEGIC: 4 of 5 met}.
   *
   * @return the summary as text, not null
   */
  @Override
  public String toString() {
    return rung() + ": " + met().size() + " of " + (met().size() + unmet().size()) + " met";
  }
}
