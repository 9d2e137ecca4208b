package io.github.socialbiz.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.BinaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The laws of Kleene's logic over every truth: {@code and} and {@code or} commute and associate, De
 * Morgan's laws and double negation hold, and every operation is monotone in the information order (an
 * unknown input later found true or false never changes a result that was already known).
 */
final class TruthProperties {

  @Property
  void and_andOr_commute(@ForAll Truth a, @ForAll Truth b) {
    assertEquals(a.and(b), b.and(a));
    assertEquals(a.or(b), b.or(a));
  }

  @Property
  void and_andOr_associate(@ForAll Truth a, @ForAll Truth b, @ForAll Truth c) {
    assertEquals(a.and(b).and(c), a.and(b.and(c)));
    assertEquals(a.or(b).or(c), a.or(b.or(c)));
  }

  @Property
  void deMorgan(@ForAll Truth a, @ForAll Truth b) {
    assertEquals(a.and(b).not(), a.not().or(b.not()));
    assertEquals(a.or(b).not(), a.not().and(b.not()));
  }

  @Property
  void doubleNegation(@ForAll Truth a) {
    assertEquals(a, a.not().not());
  }

  @Property
  void onKnownValues_theOperationsAreBooleanLogic(@ForAll boolean a, @ForAll boolean b) {
    assertEquals(Truth.of(a && b), Truth.of(a).and(Truth.of(b)));
    assertEquals(Truth.of(a || b), Truth.of(a).or(Truth.of(b)));
    assertEquals(Truth.of(!a), Truth.of(a).not());
  }

  @Property
  void monotone_fillingInAnUnknownInputNeverChangesAKnownResult(
      @ForAll Truth a, @ForAll Truth b, @ForAll boolean fillA, @ForAll boolean fillB) {
    Truth a2 = a.isUnknown() ? Truth.of(fillA) : a;
    Truth b2 = b.isUnknown() ? Truth.of(fillB) : b;
    for (BinaryOperator<Truth> op : List.<BinaryOperator<Truth>>of(Truth::and, Truth::or)) {
      Truth before = op.apply(a, b);
      Truth after = op.apply(a2, b2);
      if (!before.isUnknown()) {
        assertEquals(before, after, () -> a + ", " + b + " filled in as " + a2 + ", " + b2);
      }
    }
    if (!a.not().isUnknown()) {
      assertEquals(a.not(), a2.not());
    }
  }

  @Property
  void unknownResult_isOneThatTheFillingsDisagreeOn(@ForAll Truth a, @ForAll Truth b) {
    // the converse of monotonicity: unknown only when two ways of filling in the unknowns disagree
    for (BinaryOperator<Truth> op : List.<BinaryOperator<Truth>>of(Truth::and, Truth::or)) {
      if (op.apply(a, b).isUnknown()) {
        Truth allFalse = op.apply(known(a, false), known(b, false));
        Truth allTrue = op.apply(known(a, true), known(b, true));
        assertEquals(Truth.FALSE, allFalse, () -> a + ", " + b);
        assertEquals(Truth.TRUE, allTrue, () -> a + ", " + b);
      }
    }
  }

  private static Truth known(Truth t, boolean fill) {
    return t.isUnknown() ? Truth.of(fill) : t;
  }
}
