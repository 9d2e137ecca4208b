package io.github.socialbiz.internal;

import com.google.common.base.Strings;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.socialbiz.SocialBusinessException;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks that throw {@link SocialBusinessException} with messages in the house format:
 * {@code Type.field must <rule>, but was <value>}.
 */
public final class Checks {

  private Checks() {}

  /**
   * Throws if {@code condition} is false, formatting the message lazily with {@link
   * Strings#lenientFormat}.
   *
   * @param condition  the condition that must hold
   * @param template  the message template with {@code %s} placeholders
   * @param args  the template arguments
   * @throws SocialBusinessException if {@code condition} is false
   */
  public static void check(boolean condition, String template, @Nullable Object... args) {
    if (!condition) {
      throw new SocialBusinessException(Strings.lenientFormat(template, args));
    }
  }

  /**
   * Checks that a text is not blank.
   *
   * @param value  the text to check
   * @param type  the simple name of the type that holds the field
   * @param field  the field name
   * @return the text, unchanged
   * @throws SocialBusinessException if {@code value} is empty or only white space
   */
  @CanIgnoreReturnValue
  public static String notBlank(String value, String type, String field) {
    check(!value.isBlank(), "%s.%s must not be blank, but was '%s'", type, field, value);
    return value;
  }

  /**
   * Checks that a whole number lies within an inclusive range.
   *
   * @param value  the number to check
   * @param min  the smallest allowed value
   * @param max  the largest allowed value
   * @param type  the simple name of the type that holds the field
   * @param field  the field name
   * @throws SocialBusinessException if {@code value} is outside {@code min..max}
   */
  public static void inRange(int value, int min, int max, String type, String field) {
    check(
        value >= min && value <= max,
        "%s.%s must be between %s and %s, but was %s",
        type,
        field,
        min,
        max,
        value);
  }

  /**
   * Checks that a share or score lies between 0 and 1 inclusive (NaN is outside).
   *
   * @param value  the number to check
   * @param type  the simple name of the type that holds the field
   * @param field  the field name
   * @throws SocialBusinessException if {@code value} is not within {@code 0..1}
   */
  public static void share(double value, String type, String field) {
    check(
        value >= 0 && value <= 1, "%s.%s must be between 0 and 1, but was %s", type, field, value);
  }
}
