package io.github.socialbiz.responses;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who answered a questionnaire: a name, a role and, for someone who speaks for one business unit, that
 * unit, such as {@code Respondent.of("Li Wei", "liaison", "Cloud")}.
 *
 * <p>Names identify respondents within a merge: two responses of one name are an error there, and a
 * merge lists respondents in name order.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Respondent {

  Respondent() {}

  /**
   * Obtains a respondent who speaks for the whole organization.
   *
   * @param name  the person's name, not blank
   * @param role  the person's role, such as {@code strategist}, not blank
   * @return the respondent, not null
   * @throws io.github.socialbiz.SocialBusinessException if the name or role is blank
   */
  public static Respondent of(String name, String role) {
    return ImmutableRespondent.builder().name(name).role(role).build();
  }

  /**
   * Obtains a respondent who speaks for one business unit.
   *
   * @param name  the person's name, not blank
   * @param role  the person's role, not blank
   * @param businessUnit  the name of the unit, not blank
   * @return the respondent, not null
   * @throws io.github.socialbiz.SocialBusinessException if a text is blank
   */
  public static Respondent of(String name, String role, String businessUnit) {
    return ImmutableRespondent.builder().name(name).role(role).businessUnit(businessUnit).build();
  }

  /**
   * Gets the person's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets the person's role, such as {@code strategist}.
   *
   * @return the role, not blank
   */
  public abstract String role();

  /**
   * Gets the business unit the person speaks for.
   *
   * @return the unit's name, or empty for the whole organization
   */
  public abstract Optional<String> businessUnit();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Respondent", "name");
    Checks.check(
        !role().isBlank(),
        "Respondent.role must not be blank, but was '%s' for '%s'",
        role(),
        name());
    businessUnit()
        .ifPresent(
            u ->
                Checks.check(
                    !u.isBlank(),
                    "Respondent.businessUnit must not be blank when given, but was '%s' for '%s'",
                    u,
                    name()));
  }

  /**
   * Returns the respondent as text, such as {@code Ana Ruiz (strategist)} or {@code Li Wei (liaison,
   * Cloud)}.
   *
   * @return the respondent as text, not null
   */
  @Override
  public String toString() {
    return name() + " (" + role() + businessUnit().map(u -> ", " + u).orElse("") + ")";
  }
}
