package io.github.socialbiz.profile;

import static io.github.socialbiz.testing.Rebuild.rebuild;

import io.github.socialbiz.testing.SocialBusinessDomain;
import io.github.socialbiz.testing.ValueContract;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Group;
import net.jqwik.api.domains.Domain;

/** The value contract of every value type of the profile, over arbitrary valid values. */
@Domain(SocialBusinessDomain.class)
@SuppressWarnings("ClassCanBeStatic") // jqwik groups are inner classes
final class ProfileValueProperties {

  private static final SocialBusinessDomain DOMAIN = new SocialBusinessDomain();

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
