package io.github.socialbiz.assessment;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.practice.Dimension;
import io.github.socialbiz.stage.Stage;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one business unit stands when its own evidence overrides the organization's, such as {@code
 * Healthcare Devices: FORMALIZED, SAFETY, weakest PROCESS}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class UnitStanding {

  UnitStanding() {}

  /**
   * Obtains a builder, for readers of stored assessments.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the unit's name.
   *
   * @return the name, not null
   */
  public abstract String unit();

  /**
   * Gets the stage the unit's evidence reaches.
   *
   * @return the stage, not null
   */
  public abstract Stage stage();

  /**
   * Gets the maturity level the unit's evidence reaches.
   *
   * @return the level, or empty if none
   */
  public abstract Optional<MaturityLevel> level();

  /**
   * Gets the unit's weakest dimension by mean score.
   *
   * @return the dimension, not null
   */
  public abstract Dimension weakestDimension();

  /**
   * Gets the unit's overall mean score.
   *
   * @return the score, from 0 to 1
   */
  public abstract double overall();

  /**
   * Checks if this unit stands below the organization as a whole.
   *
   * @return true if the unit's stage or level is below the organization's
   */
  public abstract boolean isHoldingBack();

  @Value.Check
  void check() {
    Checks.notBlank(unit(), "UnitStanding", "unit");
    Checks.share(overall(), "UnitStanding", "overall");
  }

  /**
   * Returns the standing as text, such as {@code Healthcare Devices: FORMALIZED, SAFETY, weakest PROCESS}.
   *
   * @return the standing as text, not null
   */
  @Override
  public String toString() {
    return unit()
        + ": "
        + stage()
        + ", "
        + level().map(Enum::name).orElse("no level")
        + ", weakest "
        + weakestDimension()
        + (isHoldingBack() ? " (holding back)" : "");
  }

  /** Builder of {@link UnitStanding}. */
  public static final class Builder extends ImmutableUnitStanding.Builder {
    Builder() {}
  }
}
