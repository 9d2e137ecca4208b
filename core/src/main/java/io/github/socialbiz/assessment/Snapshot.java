package io.github.socialbiz.assessment;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.profile.Organization;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organization as of a date: the subject of the standard rule books, such as {@code
 * Snapshot{Globex Industries as of 2026-06-30}}. Rules that depend on time (idle accounts, a stale
 * charter) measure against {@link #asOf()}; nothing reads a clock.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Snapshot {

  Snapshot() {}

  /**
   * Obtains a snapshot.
   *
   * @param organization  the organization
   * @param asOf  the date the evidence describes
   * @return the snapshot, not null
   */
  public static Snapshot of(Organization organization, LocalDate asOf) {
    return ImmutableSnapshot.of(organization, asOf);
  }

  /**
   * Gets the organization.
   *
   * @return the organization, not null
   */
  @Value.Parameter
  public abstract Organization organization();

  /**
   * Gets the date the evidence describes.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the snapshot as text, such as {@code Snapshot{Globex Industries as of 2026-06-30}}.
   *
   * @return the snapshot as text, not null
   */
  /**
   * Gets the stage the organization has reached, computed once per snapshot for every rule that asks.
   *
   * @return the stage, at least {@link Stage#PLANNING}
   */
  @Value.Lazy
  public Stage stage() {
    return Gates.stages().reached(organization()).orElse(Stage.PLANNING);
  }

  /**
   * Gets the maturity level the organization has reached, computed once per snapshot.
   *
   * @return the level, or empty below Foundation
   */
  @Value.Lazy
  public Optional<MaturityLevel> level() {
    return Gates.levels().reached(organization());
  }

  @Override
  public String toString() {
    return "Snapshot{" + organization().name() + " as of " + asOf() + "}";
  }
}
