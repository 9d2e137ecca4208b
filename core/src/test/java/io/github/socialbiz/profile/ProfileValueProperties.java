package io.github.socialbiz.profile;

import io.github.socialbiz.testing.SocialBusinessDomain;
import io.github.socialbiz.testing.ValueContract;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Group;
import net.jqwik.api.domains.Domain;

/** The value contract of every value type of the profile, over arbitrary valid values. */
@Domain(SocialBusinessDomain.class)
@SuppressWarnings("ClassCanBeStatic") // jqwik groups are inner classes
public final class ProfileValueProperties {

  private static final SocialBusinessDomain DOMAIN = new SocialBusinessDomain();

  /** Rebuilds an equal organization field by field through the public builder; shared with other packages. */
  public static Organization rebuild(Organization o) {
    return Organization.builder()
        .name(o.name()).employees(o.employees()).regulated(o.isRegulated()).industry(o.industry())
        .addAllRegions(o.regions()).addAllBusinessUnits(o.businessUnits().stream().map(ProfileValueProperties::rebuild).collect(java.util.stream.Collectors.toList()))
        .declaredModel(o.declaredModel()).participationStance(o.participationStance())
        .addAllEvidence(o.evidence()).addAllOutOfScope(o.outOfScope()).coe(rebuild(o.coe()))
        .charter(o.charter().map(ProfileValueProperties::rebuild)).addAllAccounts(o.accounts().stream().map(ProfileValueProperties::rebuild).collect(java.util.stream.Collectors.toList()))
        .build();
  }

  static Organization rebuildWithEmployees(Organization o, int employees) {
    return Organization.builder().name(o.name()).employees(employees).addAllBusinessUnits(o.businessUnits())
        .addAllEvidence(o.evidence()).coe(o.coe()).addAllAccounts(o.accounts()).build();
  }

  static Organization rebuildWithAccounts(Organization o, SocialAccount... more) {
    return Organization.builder().name(o.name()).employees(o.employees()).addAllBusinessUnits(o.businessUnits())
        .addAllEvidence(o.evidence()).coe(o.coe()).addAccounts(more).build();
  }

  static BusinessUnit rebuild(BusinessUnit u) {
    return BusinessUnit.builder().name(u.name()).region(u.region()).liaison(u.liaison()).addAllOverrides(u.overrides()).build();
  }

  static CenterOfExcellence rebuild(CenterOfExcellence c) {
    return CenterOfExcellence.builder().addAllMembers(c.members()).policyAuthority(c.isPolicyAuthority()).sponsor(c.sponsor()).build();
  }

  static Charter rebuild(Charter c) {
    return Charter.builder().putAllSections(c.sections()).versionDate(c.versionDate()).addAllFunctions(c.functions()).build();
  }

  static SocialAccount rebuild(SocialAccount a) {
    return SocialAccount.builder().platform(a.platform()).handle(a.handle()).businessUnit(a.businessUnit()).owner(a.owner())
        .created(a.created()).lastActivity(a.lastActivity()).audience(a.audience()).build();
  }

  @Group
  final class OrganizationContract implements ValueContract<Organization> {
    @Override
    public Arbitrary<Organization> values() {
      return DOMAIN.organizations();
    }

    @Override
    public Organization copyOf(Organization value) {
      return rebuild(value);
    }
  }

  @Group
  final class EvidenceContract implements ValueContract<Evidence> {
    @Override
    public Arbitrary<Evidence> values() {
      return DOMAIN.evidence();
    }

    @Override
    public Evidence copyOf(Evidence e) {
      return e.note().isPresent() ? Evidence.of(e.practice(), e.adoption(), e.note().get(), e.basis()) : Evidence.of(e.practice(), e.adoption());
    }
  }

  @Group
  final class MemberContract implements ValueContract<Member> {
    @Override
    public Arbitrary<Member> values() {
      return DOMAIN.members();
    }

    @Override
    public Member copyOf(Member m) {
      Member copy = Member.of(m.name(), m.role(), m.fte());
      return m.businessUnit().map(copy::withBusinessUnit).orElse(copy);
    }
  }

  @Group
  final class AccountContract implements ValueContract<SocialAccount> {
    @Override
    public Arbitrary<SocialAccount> values() {
      return DOMAIN.accounts();
    }

    @Override
    public SocialAccount copyOf(SocialAccount a) {
      return rebuild(a);
    }
  }

  @Group
  final class BusinessUnitContract implements ValueContract<BusinessUnit> {
    @Override
    public Arbitrary<BusinessUnit> values() {
      return DOMAIN.businessUnits();
    }

    @Override
    public BusinessUnit copyOf(BusinessUnit u) {
      return rebuild(u);
    }
  }

  @Group
  final class CharterContract implements ValueContract<Charter> {
    @Override
    public Arbitrary<Charter> values() {
      return DOMAIN.charters();
    }

    @Override
    public Charter copyOf(Charter c) {
      return rebuild(c);
    }
  }

  @Group
  final class CoeContract implements ValueContract<CenterOfExcellence> {
    @Override
    public Arbitrary<CenterOfExcellence> values() {
      return DOMAIN.coes();
    }

    @Override
    public CenterOfExcellence copyOf(CenterOfExcellence c) {
      return rebuild(c);
    }
  }
}
