package io.github.socialbiz.profile;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import org.immutables.value.Value;

/**
 * A person named on the crisis-response team, with their role in a crisis in the organization's own
 * words, such as {@code Ana Ruiz (communications lead)}. Responders may also be on the Center of
 * Excellence roster; the crisis team is named on its own because a roster of community managers is not
 * a team that knows it will be called in a crisis.
 *
 * <pre>{@code
 * Responder r = Responder.of("Ana Ruiz", "Communications lead");
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Responder {

  Responder() {}

  /**
   * Obtains a responder.
   *
   * @param name  the person's name, not blank
   * @param role  their role in a crisis, such as "Legal counsel", not blank
   * @return the responder, not null
   * @throws io.github.socialbiz.SocialBusinessException if either is blank
   */
  public static Responder of(String name, String role) {
    return ImmutableResponder.builder().name(name).role(role).build();
  }

  /**
   * Gets the person's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets the person's role in a crisis, in the organization's words.
   *
   * @return the role, not blank
   */
  public abstract String role();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Responder", "name");
    Checks.notBlank(role(), "Responder", "role");
  }

  /**
   * Returns the responder as text, such as {@code Ana Ruiz (Communications lead)}.
   *
   * @return the responder as text, not null
   */
  @Override
  public String toString() {
    return name() + " (" + role() + ")";
  }
}
