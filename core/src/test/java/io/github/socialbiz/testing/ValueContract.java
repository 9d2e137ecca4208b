package io.github.socialbiz.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
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

  /**
   * For each attribute of the type, a copy of the value with only that attribute changed to a different
   * valid value (see {@link Change}); a type's attributes that cannot change alone say why in a comment.
   */
  List<T> oneAttributeChanged(T value);

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

  /** Whether to compare with an equal copy (the contracts' domains need not hold booleans). */
  @Provide
  default Arbitrary<Boolean> copied() {
    return Arbitraries.of(true, false);
  }

  @Property
  default void equalValuesHaveEqualHashCodes(
      @ForAll("values") T x, @ForAll("values") T other, @ForAll("copied") boolean copied) {
    // two arbitrary values are rarely equal, so half the tries compare with an equal copy
    T y = copied ? copyOf(x) : other;
    assertEquals(copied || x.equals(other), x.equals(y));
    if (x.equals(y)) {
      assertEquals(x.hashCode(), y.hashCode());
    }
    assertEquals(x.equals(y), y.equals(x));
  }

  @Property
  default void valuesDifferingInOneAttributeAreUnequal(@ForAll("values") T x) {
    List<T> variants = oneAttributeChanged(x);
    assertFalse(variants.isEmpty(), () -> "no attribute changed in " + x);
    for (int i = 0; i < variants.size(); i++) {
      T variant = variants.get(i);
      int attribute = i;
      assertNotEquals(
          x, variant, () -> "changing attribute " + attribute + " left " + x + " equal");
      assertNotEquals(
          variant,
          x,
          () ->
              "changing attribute " + attribute + " left " + x + " equal, compared the other way");
    }
  }

  @Property
  default void toStringIsReadableNotIdentityBased(@ForAll("values") T x) {
    String text = x.toString();
    assertFalse(text.matches(".*@[0-9a-f]{4,}.*"), () -> "toString looks identity-based: " + text);
    assertFalse(text.contains("$Lambda"), () -> "toString shows a lambda: " + text);
  }

  /**
   * A contract given its generator and its copy as functions, so that a group states only what is its
   * own: the attributes that can change alone ({@link #oneAttributeChanged}).
   *
   * @param <T>  the value type
   */
  abstract class Of<T> implements ValueContract<T> {
    private final Supplier<Arbitrary<T>> values;
    private final UnaryOperator<T> copy;

    protected Of(Supplier<Arbitrary<T>> values, UnaryOperator<T> copy) {
      this.values = values;
      this.copy = copy;
    }

    @Override
    public final Arbitrary<T> values() {
      return values.get();
    }

    @Override
    public final T copyOf(T value) {
      return copy.apply(value);
    }
  }
}
