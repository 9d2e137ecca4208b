package io.github.socialbiz.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialbiz.testing.OtherThread;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The algebra of the combinators, and determinism of evaluation across threads, over arbitrary integers. */
final class RulesProperties {

  private static final Rule<Integer> POSITIVE = Rule.of("n.positive", "Positive", n -> n > 0);
  private static final Rule<Integer> EVEN = Rule.of("n.even", "Even", n -> n % 2 == 0);
  private static final Rule<Integer> SMALL = Rule.of("n.small", "Small", n -> Math.abs(n) < 1000);

  @Property
  void allOf_passesIffEveryPartPasses(@ForAll int n) {
    boolean expected = n > 0 && n % 2 == 0 && Math.abs(n) < 1000;
    assertEquals(expected, Rules.allOf("n.all", "All", POSITIVE, EVEN, SMALL).check(n).isPassed());
  }

  @Property
  void anyOf_passesIffSomePartPasses(@ForAll int n) {
    boolean expected = n > 0 || n % 2 == 0 || Math.abs(n) < 1000;
    assertEquals(expected, Rules.anyOf("n.any", "Any", POSITIVE, EVEN, SMALL).check(n).isPassed());
  }

  @Property
  void not_invertsEveryOutcome(@ForAll int n) {
    assertEquals(
        !POSITIVE.check(n).isPassed(),
        Rules.not("n.not", "Not positive", "", POSITIVE).check(n).isPassed());
  }

  @Property
  void evaluation_isDeterministicAndExplainAgreesWithOutcomes(@ForAll int n) {
    RuleBook<Integer> book = RuleBook.of("n", POSITIVE, EVEN, SMALL);
    Evaluation<Integer> a = book.evaluate(n);
    Evaluation<Integer> b = OtherThread.compute(() -> book.evaluate(n));
    assertEquals(a.outcomes(), b.outcomes());
    assertEquals(a.findings(), b.findings());
    for (String id : List.of("n.positive", "n.even", "n.small")) {
      Explanation x = a.explain(id);
      assertEquals(a.outcome(id).status(), x.status());
      assertEquals(a.outcome(id).isPassed(), x.notHeld().isEmpty());
    }
    assertEquals(a.failed().size(), a.findings().size());
  }
}
