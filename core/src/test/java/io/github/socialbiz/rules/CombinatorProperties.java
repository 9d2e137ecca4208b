package io.github.socialbiz.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The combinators over parts with arbitrary verdicts (passed, failed, unknown, not applicable): the
 * combined status is Kleene's {@code and}, {@code or} and {@code not} over the parts, a part that does not
 * apply is left out, and nothing applies when no part does. An unknown combined verdict makes no finding
 * but one item to verify, asking the unknown parts' questions.
 */
final class CombinatorProperties {

  @Provide
  Arbitrary<List<Status>> parts() {
    return Arbitraries.of(Status.class).list().ofMinSize(1).ofMaxSize(5);
  }

  /** Part {@code i}: a rule with a fixed verdict of the given status, its own message, items and questions. */
  private static Rule<String> part(int i, Status status) {
    Verdict v =
        switch (status) {
          case PASSED -> Verdict.pass(Reason.held("c" + i, "e" + i));
          case FAILED ->
              Verdict.fail("m" + i, List.of("item" + i), List.of(Reason.notHeld("c" + i, "e" + i)));
          case UNKNOWN ->
              Verdict.unknown(
                  "u" + i, List.of("q" + i, "shared"), List.of(Reason.unknown("c" + i, "e" + i)));
          case NOT_APPLICABLE -> Verdict.notApplicable("why" + i);
        };
    return Rule.<String>builder("t.p" + i)
        .title("Part " + i)
        .severity(Severity.values()[i % Severity.values().length])
        .check(s -> v);
  }

  @SuppressWarnings("unchecked")
  private static Rule<String>[] rules(List<Status> statuses) {
    Rule<String>[] rules = new Rule[statuses.size()];
    for (int i = 0; i < statuses.size(); i++) {
      rules[i] = part(i, statuses.get(i));
    }
    return rules;
  }

  private static Truth truth(Status s) {
    return switch (s) {
      case PASSED -> Truth.TRUE;
      case FAILED -> Truth.FALSE;
      default -> Truth.UNKNOWN;
    };
  }

  private static Status status(Truth t) {
    return switch (t) {
      case TRUE -> Status.PASSED;
      case FALSE -> Status.FAILED;
      case UNKNOWN -> Status.UNKNOWN;
    };
  }

  /** Kleene's conjunction or disjunction over the parts that apply; empty when none does. */
  private static Optional<Truth> kleene(List<Status> statuses, boolean conjunction) {
    Optional<Truth> result = Optional.empty();
    for (Status s : statuses) {
      if (s != Status.NOT_APPLICABLE) {
        Truth t = truth(s);
        result = Optional.of(result.map(r -> conjunction ? r.and(t) : r.or(t)).orElse(t));
      }
    }
    return result;
  }

  /** The questions of the unknown parts, in order, each once. */
  private static List<String> asks(List<Status> statuses) {
    Set<String> ask = new LinkedHashSet<>();
    for (int i = 0; i < statuses.size(); i++) {
      if (statuses.get(i) == Status.UNKNOWN) {
        ask.add("q" + i);
        ask.add("shared");
      }
    }
    return new ArrayList<>(ask);
  }

  /** The messages of the parts of one status, each prefixed with its part's id. */
  private static String messages(List<Status> statuses, Status status, String prefix) {
    List<String> m = new ArrayList<>();
    for (int i = 0; i < statuses.size(); i++) {
      if (statuses.get(i) == status) {
        m.add("t.p" + i + ": " + prefix + i);
      }
    }
    return String.join("; ", m);
  }

  @Property
  void allOf_isKleenesAnd_overThePartsThatApply(@ForAll("parts") List<Status> statuses) {
    Rule<String> all = Rules.allOf("t.all", "All of them", rules(statuses));
    Verdict v = all.check("x");
    Status expected =
        kleene(statuses, true).map(CombinatorProperties::status).orElse(Status.NOT_APPLICABLE);
    assertEquals(expected, v.status(), statuses::toString);
    switch (expected) {
      case FAILED -> {
        assertEquals(Optional.of(messages(statuses, Status.FAILED, "m")), v.message());
        List<String> items = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
          if (statuses.get(i) == Status.FAILED) {
            items.add("item" + i);
          }
        }
        assertEquals(items, v.involved());
      }
      case UNKNOWN -> {
        assertEquals(Optional.of(messages(statuses, Status.UNKNOWN, "u")), v.message());
        assertEquals(asks(statuses), v.ask());
      }
      default -> assertEquals(Optional.empty(), v.message());
    }
    assertOutcome(all, statuses, expected);
  }

  @Property
  void anyOf_isKleenesOr_overThePartsThatApply(@ForAll("parts") List<Status> statuses) {
    Rule<String> any = Rules.anyOf("t.any", "One of them", rules(statuses));
    Verdict v = any.check("x");
    Status expected =
        kleene(statuses, false).map(CombinatorProperties::status).orElse(Status.NOT_APPLICABLE);
    assertEquals(expected, v.status(), statuses::toString);
    switch (expected) {
      case FAILED -> assertEquals(Optional.of("None of these holds: One of them"), v.message());
      case UNKNOWN -> {
        assertEquals(Optional.of(messages(statuses, Status.UNKNOWN, "u")), v.message());
        assertEquals(asks(statuses), v.ask());
      }
      default -> assertEquals(Optional.empty(), v.message());
    }
    assertOutcome(any, statuses, expected);
  }

  @Property
  void not_isKleenesNot_andLeavesNotApplicableAlone(@ForAll Status status) {
    Rule<String> negated = Rules.not("t.not", "Not part 0", "Undo it", part(0, status));
    Verdict v = negated.check("x");
    Status expected = status == Status.NOT_APPLICABLE ? status : status(truth(status).not());
    assertEquals(expected, v.status());
    if (expected == Status.UNKNOWN) {
      assertEquals(Optional.of("Not verified: Not part 0"), v.message());
      assertEquals(List.of("q0", "shared"), v.ask());
    }
    if (expected == Status.FAILED) {
      assertEquals(Optional.of("Not met: Not part 0"), v.message());
    }
    if (status != Status.NOT_APPLICABLE) {
      assertEquals(List.of(Reason.of("not (t.p0: c0)", truth(status).not(), "e0")), v.reasons());
    }
  }

  @Property
  void combined_keepsEveryPartsReasonWithItsTruth(@ForAll("parts") List<Status> statuses) {
    List<Reason> expected = new ArrayList<>();
    for (int i = 0; i < statuses.size(); i++) {
      Status s = statuses.get(i);
      expected.add(
          s == Status.NOT_APPLICABLE
              ? Reason.held("t.p" + i + ": Not applicable: why" + i, "")
              : Reason.of("t.p" + i + ": c" + i, truth(s), "e" + i));
    }
    Verdict all = Rules.allOf("t.all", "All of them", rules(statuses)).check("x");
    Verdict any = Rules.anyOf("t.any", "One of them", rules(statuses)).check("x");
    if (all.status() != Status.NOT_APPLICABLE) {
      assertEquals(expected, all.reasons());
      assertEquals(expected, any.reasons());
    }
  }

  @Property
  void deMorgan_overRules(@ForAll("parts") List<Status> statuses) {
    Rule<String>[] parts = rules(statuses);
    @SuppressWarnings("unchecked")
    Rule<String>[] negated = new Rule[parts.length];
    for (int i = 0; i < parts.length; i++) {
      negated[i] = Rules.not("t.n" + i, "Not part " + i, "", parts[i]);
    }
    assertEquals(
        Rules.not("t.na", "Not all", "", Rules.allOf("t.all", "All", parts)).check("x").status(),
        Rules.anyOf("t.any-not", "Any not", negated).check("x").status());
    assertEquals(
        Rules.not("t.nb", "Not any", "", Rules.anyOf("t.any", "Any", parts)).check("x").status(),
        Rules.allOf("t.all-not", "All not", negated).check("x").status());
  }

  /** As a rule of a book: a failure is one finding, unknown one item to verify and no finding. */
  private static void assertOutcome(Rule<String> rule, List<Status> statuses, Status expected) {
    Outcome o = RuleBook.of("b", rule).evaluate("x").outcome(rule.id());
    assertEquals(expected, o.status());
    assertEquals(expected == Status.FAILED ? 1 : 0, o.findings().size());
    assertEquals(expected == Status.UNKNOWN ? 1 : 0, o.unverified().size());
    if (expected == Status.UNKNOWN) {
      Unverified u = o.unverified().get(0);
      assertEquals(rule.id(), u.ruleId());
      assertEquals(rule.severity(), u.severity());
      assertEquals(asks(statuses), u.ask());
      assertTrue(u.message().startsWith("t.p"), u::toString);
    }
  }
}
