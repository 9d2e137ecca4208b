package io.github.socialbiz.assessment;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.source.Citation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a {@link Roadmap}: the practice to raise and the grade to reach (or the structural fact to
 * establish), the role that owns it, the reason with its citation, and what it unblocks, such as {@code
 * Raise TRIAGE_PROCESS to SOME (COMMUNITY_MANAGER) -> ENGAGEMENT}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Action {

  Action() {}

  /**
   * Obtains a builder, for readers of stored roadmaps.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the id of the criterion this action meets, such as {@code stage.engagement.triage-process}.
   *
   * @return the criterion id, not null
   */
  public abstract String criterionId();

  /**
   * Gets the practice to raise; for a fact, the practice it belongs to.
   *
   * @return the practice, not null
   */
  public abstract Practice practice();

  /**
   * Gets the grade to reach.
   *
   * @return the grade, not null
   */
  public abstract Adoption grade();

  /**
   * Gets the structural fact to establish, if the criterion is a fact.
   *
   * @return the fact, or empty
   */
  public abstract Optional<Fact> fact();

  /**
   * Gets the role that owns the action.
   *
   * @return the owner, not null
   */
  public abstract Role owner();

  /**
   * Gets why the action matters, in one sentence.
   *
   * @return the reason, not null
   */
  public abstract String reason();

  /**
   * Gets where the requirement comes from.
   *
   * @return the citation, not null
   */
  public abstract Citation citation();

  /**
   * Gets the stage or level the action helps unblock, such as {@code ENGAGEMENT}.
   *
   * @return the rung name, not null
   */
  public abstract String unblocks();


  @Value.Check
  void check() {
    Checks.notBlank(criterionId(), "Action", "criterionId");
    Checks.notBlank(reason(), "Action", "reason");
    Checks.notBlank(unblocks(), "Action", "unblocks");
  }

  /**
   * Returns the action as text, such as {@code Raise TRIAGE_PROCESS to SOME (COMMUNITY_MANAGER) -> ENGAGEMENT}.
   *
   * @return the action as text, not null
   */
  @Override
  public String toString() {
    return fact().map(f -> "Establish " + f).orElse("Raise " + practice() + " to " + grade())
        + " (" + owner() + ") -> " + unblocks();
  }

  /** Builder of {@link Action}. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}
