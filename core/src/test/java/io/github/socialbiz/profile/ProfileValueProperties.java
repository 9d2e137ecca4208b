package io.github.socialbiz.profile;

import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.BusinessFunction;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.rules.Truth;
import io.github.socialbiz.testing.Change;
import io.github.socialbiz.testing.Rebuild;
import io.github.socialbiz.testing.SocialBusinessDomain;
import io.github.socialbiz.testing.ValueContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Group;
import net.jqwik.api.domains.Domain;

/** The value contract of every value type of the profile, over arbitrary valid values. */
@Domain(SocialBusinessDomain.class)
@SuppressWarnings("ClassCanBeStatic") // jqwik groups are inner classes
final class ProfileValueProperties {

  private static final SocialBusinessDomain DOMAIN = new SocialBusinessDomain();

  @Group
  final class OrganizationContract extends ValueContract.Of<Organization> {
    OrganizationContract() {
      super(DOMAIN::organizations, Rebuild::rebuild);
    }

    @Override
    public List<Organization> oneAttributeChanged(Organization o) {
      ImmutableOrganization i = (ImmutableOrganization) ImmutableOrganization.copyOf(o);
      List<Organization> changed =
          new ArrayList<>(
              List.of(
                  i.withName(Change.text(o.name())),
                  i.withEmployees(o.employees() + 1),
                  // not stated, then stated regulated, then stated not regulated
                  i.withRegulated(
                      o.regulated().isEmpty()
                          ? Optional.of(true)
                          : o.regulated().get() ? Optional.of(false) : Optional.<Boolean>empty()),
                  i.withIndustry(Change.text(o.industry())),
                  i.withSector(
                      Optional.of(o.sector().map(Change::next).orElse(Sector.values()[0]))),
                  // the generator's unit names are 2 to 6 capitals, so this one is new
                  i.withBusinessUnits(
                      plus(o.businessUnits(), BusinessUnit.builder().name("New unit").build())),
                  i.withDeclaredModel(
                      Optional.of(
                          o.declaredModel()
                              .map(Change::next)
                              .orElse(OrganizationalModel.values()[0]))),
                  i.withParticipationStance(
                      Optional.of(
                          o.participationStance()
                              .map(Change::next)
                              .orElse(ParticipationStance.values()[0]))),
                  i.withCoe(
                      ((ImmutableCenterOfExcellence) ImmutableCenterOfExcellence.copyOf(o.coe()))
                          .withPolicyAuthority(!o.coe().isPolicyAuthority())),
                  // the generator's responder names are lower-case letters, so this one is new
                  i.withCrisisTeam(plus(o.crisisTeam(), Responder.of("New Responder", "Lead"))),
                  o.charter().isPresent()
                      ? i.withCharter(Optional.empty())
                      : i.withCharter(
                          Charter.builder().versionDate(LocalDate.of(2026, 1, 1)).build()),
                  // the generator's handles hold no digit, so this one is new on its platform
                  i.withAccounts(
                      plus(
                          o.accounts(),
                          SocialAccount.builder()
                              .platform(Platform.values()[0])
                              .handle("new account 1")
                              .created(LocalDate.of(2020, 1, 1))
                              .build()))));
      // a fact the file does not record yet: the first one toggled
      Set<Fact> notRecorded = EnumSet.noneOf(Fact.class);
      notRecorded.addAll(o.notRecorded());
      if (!notRecorded.remove(Fact.values()[0])) {
        notRecorded.add(Fact.values()[0]);
      }
      changed.add(i.withNotRecorded(notRecorded));
      changed.add(
          o.regions().isEmpty()
              ? i.withRegions("North")
              : i.withRegions(o.regions().asList().subList(1, o.regions().size())));
      Set<Practice> free = EnumSet.allOf(Practice.class);
      o.evidence().forEach(e -> free.remove(e.practice()));
      free.removeAll(o.outOfScope());
      // evidence: one grade changed (the next grade, cyclically), and one practice graded or
      // ungraded
      if (!o.evidence().isEmpty()) {
        Evidence first = o.evidence().get(0);
        List<Evidence> regraded = new ArrayList<>(o.evidence());
        regraded.set(0, first.withAdoption(Change.next(first.adoption())));
        changed.add(i.withEvidence(regraded));
        changed.add(i.withEvidence(o.evidence().subList(1, o.evidence().size())));
      }
      if (!free.isEmpty()) {
        changed.add(
            i.withEvidence(plus(o.evidence(), Evidence.of(free.iterator().next(), Adoption.SOME))));
      }
      // out of scope: a practice neither graded nor out of scope added, or one removed; when every
      // practice is
      // graded and none is out of scope, no practice can go out of scope without changing the
      // evidence too
      if (!free.isEmpty()) {
        changed.add(
            i.withOutOfScope(plus(new ArrayList<>(o.outOfScope()), free.iterator().next())));
      }
      if (!o.outOfScope().isEmpty()) {
        changed.add(i.withOutOfScope(o.outOfScope().asList().subList(1, o.outOfScope().size())));
      }
      // fact evidence: one statement's truth changed (the next truth, cyclically), or one added
      if (o.factEvidence().isEmpty()) {
        changed.add(i.withFactEvidence(FactEvidence.of(Fact.values()[0], Truth.UNKNOWN)));
      } else {
        List<FactEvidence> restated = new ArrayList<>(o.factEvidence());
        FactEvidence first = restated.get(0);
        restated.set(
            0,
            ((ImmutableFactEvidence) ImmutableFactEvidence.copyOf(first))
                .withStated(Change.next(first.stated())));
        changed.add(i.withFactEvidence(restated));
      }
      return changed;
    }
  }

  @Group
  final class EvidenceContract extends ValueContract.Of<Evidence> {
    EvidenceContract() {
      super(
          DOMAIN::evidence,
          e -> {
            return e.note().isPresent()
                ? Evidence.of(e.practice(), e.adoption(), e.note().get(), e.basis())
                : Evidence.of(e.practice(), e.adoption());
          });
    }

    @Override
    public List<Evidence> oneAttributeChanged(Evidence e) {
      ImmutableEvidence i = (ImmutableEvidence) ImmutableEvidence.copyOf(e);
      return List.of(
          i.withPractice(Change.next(e.practice())),
          i.withAdoption(Change.next(e.adoption())),
          i.withNote(Change.text(e.note())),
          i.withBasis(Change.next(e.basis())));
    }
  }

  @Group
  final class FactEvidenceContract extends ValueContract.Of<FactEvidence> {
    FactEvidenceContract() {
      super(DOMAIN::factEvidence, Rebuild::rebuild);
    }

    @Override
    public List<FactEvidence> oneAttributeChanged(FactEvidence f) {
      ImmutableFactEvidence i = (ImmutableFactEvidence) ImmutableFactEvidence.copyOf(f);
      return List.of(
          i.withFact(Change.next(f.fact())),
          i.withStated(Change.next(f.stated())),
          i.withNote(Change.text(f.note())),
          i.withBasis(Change.next(f.basis())));
    }
  }

  @Group
  final class MemberContract extends ValueContract.Of<Member> {
    MemberContract() {
      super(
          DOMAIN::members,
          m -> {
            Member copy = Member.of(m.name(), m.role(), m.fte());
            return m.businessUnit().map(copy::withBusinessUnit).orElse(copy);
          });
    }

    @Override
    public List<Member> oneAttributeChanged(Member m) {
      ImmutableMember i = (ImmutableMember) ImmutableMember.copyOf(m);
      return List.of(
          i.withName(Change.text(m.name())),
          i.withRole(Change.next(m.role())),
          // within (0, 1]
          i.withFte(m.fte() > 0.5 ? m.fte() - 0.25 : m.fte() + 0.25),
          i.withBusinessUnit(Change.text(m.businessUnit())));
    }
  }

  @Group
  final class AccountContract extends ValueContract.Of<SocialAccount> {
    AccountContract() {
      super(DOMAIN::accounts, Rebuild::rebuild);
    }

    @Override
    public List<SocialAccount> oneAttributeChanged(SocialAccount a) {
      ImmutableSocialAccount i = (ImmutableSocialAccount) ImmutableSocialAccount.copyOf(a);
      return List.of(
          i.withPlatform(Change.next(a.platform())),
          i.withHandle(Change.text(a.handle())),
          i.withBusinessUnit(Change.text(a.businessUnit())),
          i.withOwner(Change.text(a.owner())),
          // earlier, so never after the last activity
          i.withCreated(a.created().minusDays(1)),
          i.withLastActivity(a.lastActivity().map(d -> d.plusDays(1)).orElse(a.created())),
          i.withAudience(a.audience().map(n -> n + 1).orElse(0L)));
    }
  }

  @Group
  final class BusinessUnitContract extends ValueContract.Of<BusinessUnit> {
    BusinessUnitContract() {
      super(DOMAIN::businessUnits, Rebuild::rebuild);
    }

    @Override
    public List<BusinessUnit> oneAttributeChanged(BusinessUnit u) {
      ImmutableBusinessUnit i = (ImmutableBusinessUnit) ImmutableBusinessUnit.copyOf(u);
      Optional<Practice> ungraded =
          Arrays.stream(Practice.values())
              .filter(p -> u.overrides().stream().noneMatch(e -> e.practice() == p))
              .findFirst();
      return List.of(
          i.withName(Change.text(u.name())),
          i.withRegion(Change.text(u.region())),
          i.withLiaison(Change.text(u.liaison())),
          // an override removed, or (with none) one added
          u.overrides().isEmpty()
              ? i.withOverrides(Evidence.of(ungraded.orElseThrow(), Adoption.MOST))
              : i.withOverrides(u.overrides().subList(1, u.overrides().size())));
    }
  }

  @Group
  final class CharterContract extends ValueContract.Of<Charter> {
    CharterContract() {
      super(DOMAIN::charters, Rebuild::rebuild);
    }

    @Override
    public List<Charter> oneAttributeChanged(Charter c) {
      ImmutableCharter i = (ImmutableCharter) ImmutableCharter.copyOf(c);
      Map<CharterElement, String> sections = new TreeMap<>(c.sections());
      if (sections.isEmpty()) {
        sections.put(CharterElement.values()[0], "A new section");
      } else {
        sections.compute(sections.keySet().iterator().next(), (k, v) -> Change.text(v));
      }
      return List.of(
          i.withSections(sections),
          i.withVersionDate(c.versionDate().plusDays(1)),
          // a function removed, or (with none) one added
          c.functions().isEmpty()
              ? i.withFunctions(BusinessFunction.values()[0])
              : i.withFunctions(c.functions().asList().subList(1, c.functions().size())),
          i.withOwner(Change.text(c.owner())));
    }
  }

  @Group
  final class ResponderContract extends ValueContract.Of<Responder> {
    ResponderContract() {
      super(
          () -> DOMAIN.crisisTeams().filter(t -> !t.isEmpty()).map(t -> t.get(0)),
          r -> Responder.of(r.name(), r.role()));
    }

    @Override
    public List<Responder> oneAttributeChanged(Responder r) {
      return List.of(
          Responder.of(Change.text(r.name()), r.role()),
          Responder.of(r.name(), Change.text(r.role())));
    }
  }

  @Group
  final class CoeContract extends ValueContract.Of<CenterOfExcellence> {
    CoeContract() {
      super(DOMAIN::coes, Rebuild::rebuild);
    }

    @Override
    public List<CenterOfExcellence> oneAttributeChanged(CenterOfExcellence c) {
      ImmutableCenterOfExcellence i =
          (ImmutableCenterOfExcellence) ImmutableCenterOfExcellence.copyOf(c);
      return List.of(
          i.withMembers(plus(c.members(), Member.of("New member", Role.values()[0], 0.5))),
          i.withPolicyAuthority(!c.isPolicyAuthority()),
          i.withSponsor(Change.text(c.sponsor())));
    }
  }

  private static <E> List<E> plus(List<E> list, E more) {
    List<E> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }
}
