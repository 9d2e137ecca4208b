package io.github.socialbiz.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The equals, hashCode and toString contract of a value type, checked generatively. A properties class
 * implements it with a generator of values and a way to rebuild a value through the public API.
 *
 * @param <T>  the value type
 */
public interface ValueContract<T> {

  /** Generates values of the type. */
  @Provide
  Arbitrary<T> values();

  /** Rebuilds an equal value through the public API (a builder or factory), never by returning it. */
  T copyOf(T value);

  @Property
  default void equalCopiesAreEqualWithEqualHashCodes(@ForAll("values") T x) {
    T copy = copyOf(x);
    assertEquals(x, copy);
    assertEquals(copy, x);
    assertEquals(x.hashCode(), copy.hashCode());
    assertEquals(x.toString(), copy.toString());
  }

  @Property
  @SuppressWarnings("EqualsNull") // equals(null) is exactly what the contract says to check
  default void equalsIsReflexiveAndRejectsOtherTypes(@ForAll("values") T x) {
    assertEquals(x, x);
    assertNotEquals(x, new Object());
    assertFalse(x.equals(null));
  }

  @Property
  default void equalValuesHaveEqualHashCodes(@ForAll("values") T x, @ForAll("values") T y) {
    if (x.equals(y)) {
      assertEquals(x.hashCode(), y.hashCode());
    }
    assertEquals(x.equals(y), y.equals(x));
  }

  @Property
  default void toStringIsReadableNotIdentityBased(@ForAll("values") T x) {
    String text = x.toString();
    assertFalse(text.matches(".*@[0-9a-f]{4,}.*"), () -> "toString looks identity-based: " + text);
    assertFalse(text.contains("$Lambda"), () -> "toString shows a lambda: " + text);
  }
}
