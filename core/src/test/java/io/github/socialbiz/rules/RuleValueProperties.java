package io.github.socialbiz.rules;

import io.github.socialbiz.testing.Change;
import io.github.socialbiz.testing.SocialBusinessDomain;
import io.github.socialbiz.testing.ValueContract;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Group;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** The value contract of the rules' values of three-valued logic: reasons, verdicts and items to verify. */
@Domain(SocialBusinessDomain.class)
@Domain(DomainContext.Global.class)
@SuppressWarnings("ClassCanBeStatic") // jqwik groups are inner classes
final class RuleValueProperties {

  private static final SocialBusinessDomain DOMAIN = new SocialBusinessDomain();
  private static final String NOT_APPLICABLE = "Not applicable: ";

  @Group
  final class ReasonContract implements ValueContract<Reason> {
    @Override
    public Arbitrary<Reason> values() {
      return DOMAIN.reasons();
    }

    @Override
    public Reason copyOf(Reason r) {
      return switch (r.truth()) {
        case TRUE -> Reason.held(r.criterion(), r.evidence());
        case FALSE -> Reason.notHeld(r.criterion(), r.evidence());
        case UNKNOWN -> Reason.unknown(r.criterion(), r.evidence());
      };
    }

    @Override
    public List<Reason> oneAttributeChanged(Reason r) {
      return List.of(
          Reason.of(Change.text(r.criterion()), r.truth(), r.evidence()),
          Reason.of(r.criterion(), Change.next(r.truth()), r.evidence()),
          Reason.of(r.criterion(), r.truth(), Change.text(r.evidence())));
    }
  }

  @Group
  final class VerdictContract implements ValueContract<Verdict> {
    @Override
    public Arbitrary<Verdict> values() {
      return DOMAIN.verdicts();
    }

    @Override
    public Verdict copyOf(Verdict v) {
      List<Reason> reasons = new ArrayList<>(v.reasons());
      return switch (v.status()) {
        case PASSED -> Verdict.pass(reasons);
        case FAILED -> Verdict.fail(v.message().orElseThrow(), v.involved(), reasons);
        case UNKNOWN -> Verdict.unknown(v.message().orElseThrow(), v.ask(), reasons);
        case NOT_APPLICABLE ->
            Verdict.notApplicable(
                v.reasons().get(0).criterion().substring(NOT_APPLICABLE.length()));
      };
    }

    /*
     * The status changes alone only where the result stays valid: passed and not applicable swap, a
     * failure with no items involved becomes unknown, and an unknown verdict with nothing to ask becomes a
     * failure. A failure with items (or an unknown verdict with questions) cannot change its status alone:
     * the items (or questions) belong to that status only.
     */
    @Override
    public List<Verdict> oneAttributeChanged(Verdict v) {
      ImmutableVerdict i = (ImmutableVerdict) ImmutableVerdict.copyOf(v);
      List<Verdict> changed = new ArrayList<>();
      changed.add(i.withReasons(plus(v.reasons(), Reason.unknown("Another criterion", ""))));
      switch (v.status()) {
        case PASSED -> changed.add(i.withStatus(Status.NOT_APPLICABLE));
        case NOT_APPLICABLE -> changed.add(i.withStatus(Status.PASSED));
        case FAILED -> {
          changed.add(i.withMessage(Change.text(v.message().orElseThrow())));
          changed.add(i.withInvolved(plus(v.involved(), "Another item")));
          if (v.involved().isEmpty()) {
            changed.add(i.withStatus(Status.UNKNOWN));
          }
        }
        case UNKNOWN -> {
          changed.add(i.withMessage(Change.text(v.message().orElseThrow())));
          changed.add(i.withAsk(plus(v.ask(), "Another question")));
          if (v.ask().isEmpty()) {
            changed.add(i.withStatus(Status.FAILED));
          }
        }
      }
      return changed;
    }
  }

  @Group
  final class UnverifiedContract implements ValueContract<Unverified> {
    @Override
    public Arbitrary<Unverified> values() {
      return DOMAIN.unverified();
    }

    @Override
    public Unverified copyOf(Unverified u) {
      return Unverified.builder()
          .ruleId(u.ruleId())
          .severity(u.severity())
          .message(u.message())
          .addAllAsk(u.ask())
          .citation(u.citation())
          .build();
    }

    @Override
    public List<Unverified> oneAttributeChanged(Unverified u) {
      ImmutableUnverified i = (ImmutableUnverified) ImmutableUnverified.copyOf(u);
      return List.of(
          i.withRuleId(Change.text(u.ruleId())),
          i.withSeverity(Change.next(u.severity())),
          i.withMessage(Change.text(u.message())),
          i.withAsk(plus(u.ask(), "Another question")),
          i.withCitation(Reference.of(Change.text(u.citation().toString()))));
    }
  }

  private static <E> List<E> plus(List<E> list, E more) {
    List<E> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }
}
