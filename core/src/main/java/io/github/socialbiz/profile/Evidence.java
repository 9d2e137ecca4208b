package io.github.socialbiz.profile;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Practice;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is known about one practice at an organization: its grade on the {@link Adoption} scale, with an
 * optional note and the {@link Basis} it rests on, such as {@code CRISIS_PLAN=HALF (INTERVIEW)}.
 *
 * <pre>{@code
 * Evidence e = Evidence.of(Practice.CRISIS_PLAN, Adoption.HALF);
 * Evidence f = Evidence.of(Practice.CRISIS_PLAN, Adoption.HALF, "Plan drafted, team not yet trained", Basis.INTERVIEW);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Evidence {

  Evidence() {}

  /**
   * Obtains self-reported evidence with no note.
   *
   * @param practice  the practice
   * @param adoption  how widely it is adopted
   * @return the evidence, not null
   */
  public static Evidence of(Practice practice, Adoption adoption) {
    return ImmutableEvidence.builder().practice(practice).adoption(adoption).build();
  }

  /**
   * Obtains evidence with a note and its basis.
   *
   * @param practice  the practice
   * @param adoption  how widely it is adopted
   * @param note  what the assessor saw or heard, not blank
   * @param basis  what the evidence rests on
   * @return the evidence, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code note} is blank
   */
  public static Evidence of(Practice practice, Adoption adoption, String note, Basis basis) {
    return ImmutableEvidence.builder()
        .practice(practice)
        .adoption(adoption)
        .note(note)
        .basis(basis)
        .build();
  }

  /**
   * Gets the practice this evidence grades.
   *
   * @return the practice, not null
   */
  public abstract Practice practice();

  /**
   * Gets how widely the practice is adopted.
   *
   * @return the grade, not null
   */
  public abstract Adoption adoption();

  /**
   * Gets what the assessor saw or heard.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Gets what the evidence rests on; {@link Basis#SELF_REPORTED} unless given.
   *
   * @return the basis, not null
   */
  @Value.Default
  public Basis basis() {
    return Basis.SELF_REPORTED;
  }

  /**
   * Returns a copy of this evidence with another grade. This instance is immutable and unaffected.
   *
   * @param adoption  the new grade
   * @return the changed copy, not null
   */
  public abstract Evidence withAdoption(Adoption adoption);

  @Value.Check
  void check() {
    note()
        .ifPresent(
            n ->
                Checks.check(
                    !n.isBlank(),
                    "Evidence.note must not be blank when given, but was '%s' for %s",
                    n,
                    practice()));
  }

  /**
   * Describes the evidence in words a client reads, such as {@code Some (artifact checked: "Two pilots")}.
   *
   * @return the description, not null
   */
  @Value.Lazy
  public String describe() {
    return adoption().displayName()
        + " ("
        + basis().displayName().toLowerCase(Locale.ROOT)
        + note().map(n -> ": \"" + n + "\"").orElse("")
        + ")";
  }

  /**
   * Returns the evidence as text, such as {@code CRISIS_PLAN=HALF (INTERVIEW: "Plan drafted")}.
   *
   * @return the evidence as text, not null
   */
  @Override
  public String toString() {
    String detail = basis() + note().map(n -> ": \"" + n + "\"").orElse("");
    return practice() + "=" + adoption() + " (" + detail + ")";
  }
}
