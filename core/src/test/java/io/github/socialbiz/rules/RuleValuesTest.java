package io.github.socialbiz.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The values of three-valued rules, exactly: what each factory gives, and what each refuses, in words. */
final class RuleValuesTest {

  private static String refused(Executable e) {
    return String.valueOf(assertThrows(SocialBusinessException.class, e).getMessage());
  }

  @Test
  void verdictOf_aTruth_isAPassAFailureOrUnknown() {
    Verdict yes = Verdict.of(Truth.TRUE, "Has a policy", "POLICY=HALF");
    assertEquals("PASSED", yes.toString());
    assertEquals("[[held] Has a policy (read: POLICY=HALF)]", yes.reasons().toString());
    Verdict no = Verdict.of(Truth.FALSE, "Has a policy", "POLICY=NONE");
    assertEquals("FAILED: Not met: Has a policy", no.toString());
    assertEquals(List.of(), no.involved());
    Verdict unknown = Verdict.of(Truth.UNKNOWN, "Has a policy", "not assessed");
    assertEquals(Status.UNKNOWN, unknown.status());
    assertTrue(unknown.isUnknown());
    assertFalse(unknown.isFailed() || unknown.isPassed());
    assertEquals(Optional.of("Not verified: Has a policy"), unknown.message());
    assertEquals(List.of(), unknown.ask());
    assertEquals("[[unknown] Has a policy (read: not assessed)]", unknown.reasons().toString());
    assertEquals("UNKNOWN: Not verified: Has a policy", unknown.toString());
  }

  @Test
  void verdictUnknown_namesWhatIsNotKnownAndWhatToAsk() {
    Verdict v =
        Verdict.unknown(
            "Not verified: the crisis plan is not assessed",
            List.of("q.crisis-plan", "q.crisis-team"),
            List.of(Reason.unknown("Crisis plan: at least some", "not assessed")));
    assertEquals(
        "UNKNOWN: Not verified: the crisis plan is not assessed ask [q.crisis-plan, q.crisis-team]",
        v.toString());
    assertEquals(List.of(), v.involved());
  }

  @Test
  void verdict_refusesABlankMessage_whenFailedOrUnknown() {
    assertEquals(
        "Verdict.message must not be blank when the status is UNKNOWN, but was ' '",
        refused(() -> Verdict.unknown(" ", List.of(), List.of())));
    assertEquals(
        "Verdict.message must not be blank when the status is FAILED, but was ''",
        refused(() -> Verdict.fail("")));
    assertEquals(
        "Verdict.message must not be blank when the status is UNKNOWN, but was ''",
        refused(() -> ImmutableVerdict.builder().status(Status.UNKNOWN).build()));
  }

  @Test
  void verdict_refusesAMessageQuestionsOrItems_onTheWrongStatus() {
    assertEquals(
        "Verdict.message must be empty unless the status is FAILED or UNKNOWN, but a PASSED verdict"
            + " had message Optional[All good]",
        refused(
            () -> ImmutableVerdict.builder().status(Status.PASSED).message("All good").build()));
    assertEquals(
        "Verdict.ask must be empty unless the status is UNKNOWN, but a FAILED verdict had ask"
            + " [q.policy]",
        refused(
            () ->
                ImmutableVerdict.builder()
                    .status(Status.FAILED)
                    .message("No policy")
                    .addAsk("q.policy")
                    .build()));
    assertEquals(
        "Verdict.ask must be empty unless the status is UNKNOWN, but a PASSED verdict had ask"
            + " [q.policy]",
        refused(() -> ImmutableVerdict.builder().status(Status.PASSED).addAsk("q.policy").build()));
    assertEquals(
        "Verdict.involved must be empty unless the status is FAILED, but a UNKNOWN verdict had"
            + " involved [twitter:acme]",
        refused(
            () ->
                ImmutableVerdict.builder()
                    .status(Status.UNKNOWN)
                    .message("Not verified: owners")
                    .addInvolved("twitter:acme")
                    .build()));
  }

  @Test
  void verdictNotApplicable_saysWhyInAHeldReason() {
    Verdict v = Verdict.notApplicable("no accounts on file");
    assertEquals("NOT_APPLICABLE", v.toString());
    assertEquals(List.of(Reason.held("Not applicable: no accounts on file", "")), v.reasons());
  }

  @Test
  void reason_ofThreeValues() {
    assertEquals(
        "[unknown] Crisis plan: at least some (read: not assessed)",
        Reason.unknown("Crisis plan: at least some", "not assessed").toString());
    assertEquals("[not held] Policy", Reason.of("Policy", Truth.FALSE, "").toString());
    assertEquals("[held] Policy (read: HALF)", Reason.of("Policy", true, "HALF").toString());
    Reason unknown = Reason.of("Policy", Truth.UNKNOWN, "");
    assertTrue(unknown.isUnknown());
    assertFalse(unknown.isHeld());
    assertEquals(Truth.UNKNOWN, unknown.truth());
    assertEquals(Truth.FALSE, Reason.of("Policy", false, "").truth());
    assertEquals(Reason.held("Policy", "x"), Reason.of("Policy", Truth.TRUE, "x"));
    assertEquals(
        "Reason.criterion must not be blank, but was ' '",
        refused(() -> Reason.unknown(" ", "not assessed")));
  }

  @Test
  void unverified_isAnItemToVerify_neverAFinding() {
    Unverified u =
        Unverified.builder()
            .ruleId("crisis.plan")
            .severity(Severity.HIGH)
            .message("Not verified: the crisis plan is not assessed")
            .addAsk("q.crisis-plan", "q.crisis-team")
            .citation(Reference.of("Crisis guide 2"))
            .build();
    assertEquals(
        "not verified crisis.plan: Not verified: the crisis plan is not assessed; ask q.crisis-plan,"
            + " q.crisis-team",
        u.toString());
    assertEquals(
        "not verified crisis.plan: Not verified",
        Unverified.builder()
            .ruleId("crisis.plan")
            .severity(Severity.LOW)
            .message("Not verified")
            .citation(Reference.of("Crisis guide 2"))
            .build()
            .toString());
    assertEquals(
        "Unverified.ruleId and Unverified.message must not be blank, but were ' ' and 'Not"
            + " verified'",
        refused(
            () ->
                Unverified.builder()
                    .ruleId(" ")
                    .severity(Severity.LOW)
                    .message("Not verified")
                    .citation(Reference.of("x"))
                    .build()));
    assertEquals(
        "Unverified.ruleId and Unverified.message must not be blank, but were 'crisis.plan' and ''",
        refused(
            () ->
                Unverified.builder()
                    .ruleId("crisis.plan")
                    .severity(Severity.LOW)
                    .message("")
                    .citation(Reference.of("x"))
                    .build()));
  }

  @Test
  void outcome_ofAnUnknownVerdict_isOneItemToVerify_andNoFinding() {
    Rule<String> plan =
        Rule.<String>builder("crisis.plan")
            .title("Has a crisis plan")
            .severity(Severity.HIGH)
            .citation(Reference.of("Crisis guide 2"))
            .recommendation("Write the plan")
            .check(
                s ->
                    Verdict.unknown(
                        "Not verified: the crisis plan is not assessed",
                        List.of("q.crisis-plan"),
                        List.of(Reason.unknown("Crisis plan: at least some", "not assessed"))));
    Evaluation<String> e = RuleBook.of("crisis", plan).evaluate("acme");
    Outcome o = e.outcome("crisis.plan");
    assertEquals(
        "UNKNOWN [not verified crisis.plan: Not verified: the crisis plan is not assessed; ask"
            + " q.crisis-plan]",
        o.toString());
    assertEquals(List.of(), o.findings());
    assertEquals(List.of(), e.findings());
    assertEquals(List.of("crisis.plan"), e.unknown());
    assertEquals(List.of(), e.failed());
    assertEquals(Severity.HIGH, e.unverified().get(0).severity());
    assertEquals("Crisis guide 2", e.unverified().get(0).citation().toString());
  }

  @Test
  void pass_withOneHeldCriterion_keepsItAsTheReason() {
    Verdict v = Verdict.pass("A sponsor is named", "sponsor: Dana");
    assertTrue(v.isPassed());
    assertEquals(List.of(Reason.held("A sponsor is named", "sponsor: Dana")), v.reasons());
  }

  @Test
  void aFreeTextReference_isNoLibraryReading() {
    assertFalse(Reference.of("Internal policy 12").isLibraryReading());
  }

  @Test
  void aRuleThatReturnsNoVerdict_isNamedInTheError() {
    Rule<String> broken = Rule.<String>builder("acme.broken").title("Broken").check(s -> null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> broken.check("x"));
    assertEquals("Rule acme.broken returned no verdict", e.getMessage());
    RuleFailedException inBook =
        assertThrows(RuleFailedException.class, () -> RuleBook.of("acme", broken).evaluate("x"));
    assertEquals(
        "Rule 'acme.broken' threw java.lang.NullPointerException: Rule acme.broken returned no verdict",
        inBook.getMessage());
  }
}
