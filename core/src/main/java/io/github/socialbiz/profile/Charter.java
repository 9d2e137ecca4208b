package io.github.socialbiz.profile;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.internal.Checks;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A social business program charter as written: its sections as text, its version date, and the business
 * functions it covers.
 *
 * <pre>{@code
 * Charter charter = Charter.builder()
 *     .putSection(CharterElement.BUSINESS_GOALS, "Cut support cost per contact by a fifth")
 *     .putSection(CharterElement.MEASUREMENT, "Cost per contact, monthly")
 *     .versionDate(LocalDate.of(2026, 1, 15))
 *     .addFunctions(BusinessFunction.CUSTOMER_SUPPORT, BusinessFunction.HUMAN_RESOURCES)
 *     .build();
 * }</pre>
 *
 * <p>A charter may miss elements or name tools: that is representable and becomes a finding of the
 * charter rules. The {@link CharterElement#BREADTH} element is read from {@link #functions()}, though a
 * section of text may also be given for it.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Charter {

  Charter() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the sections, by element, in the order given.
   *
   * @return the sections, possibly empty
   */
  public abstract ImmutableMap<CharterElement, String> sections();

  /**
   * Gets the date of the current version. Charters are written in pencil: revise and re-date them.
   *
   * @return the version date, not null
   */
  public abstract LocalDate versionDate();

  /**
   * Gets the person who owns the charter and keeps it current: the corporate social strategist, in the
   * research (seed S1 makes the strategist responsible for the charter).
   *
   * @return the owner's name, or empty if not recorded
   */
  public abstract Optional<String> owner();

  /**
   * Gets the business functions the charter covers.
   *
   * @return the functions, possibly empty
   */
  public abstract ImmutableSet<BusinessFunction> functions();

  /**
   * Gets the text of one section.
   *
   * @param element  the element
   * @return the text, or empty if the charter has no such section
   */
  public Optional<String> section(CharterElement element) {
    return Optional.ofNullable(sections().get(element));
  }

  @Value.Check
  void check() {
    owner()
        .ifPresent(
            o ->
                Checks.check(
                    !o.isBlank(), "Charter.owner must not be blank when given, but was '%s'", o));
    for (Map.Entry<CharterElement, String> e : sections().entrySet()) {
      Checks.check(
          !e.getValue().isBlank(),
          "Charter.sections must not hold blank text, but the %s section was '%s'",
          e.getKey(),
          e.getValue());
    }
  }

  /**
   * Returns the charter as text, such as {@code Charter{version=2026-01-15, sections=[BUSINESS_GOALS], functions=[MARKETING]}}.
   *
   * @return the charter as text, not null
   */
  @Override
  public String toString() {
    return "Charter{version="
        + versionDate()
        + ", sections="
        + sections().keySet()
        + ", functions="
        + functions()
        + owner().map(o -> ", owner=" + o).orElse("")
        + "}";
  }

  /** Builder of {@link Charter}; every method is inherited from the generated builder. */
  public static final class Builder extends ImmutableCharter.Builder {
    Builder() {}
  }
}
