package io.github.socialbiz.testing;

import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Responder;
import io.github.socialbiz.profile.SocialAccount;
import java.util.stream.Collectors;

/** Rebuilds profile values field by field through their public builders, for value-contract and validation tests. */
public final class Rebuild {

  private Rebuild() {}

  /** Rebuilds an equal organization field by field through the public builder. */
  public static Organization rebuild(Organization o) {
    return Organization.builder()
        .name(o.name())
        .employees(o.employees())
        .regulated(o.regulated())
        .industry(o.industry())
        .sector(o.sector())
        .addAllRegions(o.regions())
        .addAllBusinessUnits(
            o.businessUnits().stream().map(Rebuild::rebuild).collect(Collectors.toList()))
        .declaredModel(o.declaredModel())
        .participationStance(o.participationStance())
        .addAllEvidence(o.evidence())
        .addAllOutOfScope(o.outOfScope())
        .coe(rebuild(o.coe()))
        .charter(o.charter().map(Rebuild::rebuild))
        .addAllCrisisTeam(
            o.crisisTeam().stream()
                .map(r -> Responder.of(r.name(), r.role()))
                .collect(Collectors.toList()))
        .addAllAccounts(o.accounts().stream().map(Rebuild::rebuild).collect(Collectors.toList()))
        .addAllFactEvidence(
            o.factEvidence().stream().map(Rebuild::rebuild).collect(Collectors.toList()))
        .addAllNotRecorded(o.notRecorded())
        .build();
  }

  /** Rebuilds the organization field by field with another name: the gates read no name, so stage and level stay. */
  public static Organization rebuildWithName(Organization o, String name) {
    return Organization.builder()
        .name(name)
        .employees(o.employees())
        .regulated(o.regulated())
        .industry(o.industry())
        .sector(o.sector())
        .addAllRegions(o.regions())
        .addAllBusinessUnits(o.businessUnits())
        .declaredModel(o.declaredModel())
        .participationStance(o.participationStance())
        .addAllEvidence(o.evidence())
        .addAllOutOfScope(o.outOfScope())
        .coe(o.coe())
        .charter(o.charter())
        .addAllCrisisTeam(o.crisisTeam())
        .addAllAccounts(o.accounts())
        .addAllFactEvidence(o.factEvidence())
        .addAllNotRecorded(o.notRecorded())
        .build();
  }

  public static Organization rebuildWithEmployees(Organization o, int employees) {
    return Organization.builder()
        .name(o.name())
        .employees(employees)
        .addAllBusinessUnits(o.businessUnits())
        .addAllEvidence(o.evidence())
        .coe(o.coe())
        .addAllAccounts(o.accounts())
        .build();
  }

  public static Organization rebuildWithAccounts(Organization o, SocialAccount... more) {
    return Organization.builder()
        .name(o.name())
        .employees(o.employees())
        .addAllBusinessUnits(o.businessUnits())
        .addAllEvidence(o.evidence())
        .coe(o.coe())
        .addAccounts(more)
        .build();
  }

  public static BusinessUnit rebuild(BusinessUnit u) {
    return BusinessUnit.builder()
        .name(u.name())
        .region(u.region())
        .liaison(u.liaison())
        .addAllOverrides(u.overrides())
        .build();
  }

  public static CenterOfExcellence rebuild(CenterOfExcellence c) {
    return CenterOfExcellence.builder()
        .addAllMembers(c.members())
        .policyAuthority(c.isPolicyAuthority())
        .sponsor(c.sponsor())
        .build();
  }

  public static Charter rebuild(Charter c) {
    return Charter.builder()
        .putAllSections(c.sections())
        .versionDate(c.versionDate())
        .addAllFunctions(c.functions())
        .owner(c.owner())
        .build();
  }

  /** Rebuilds an equal statement about a fact through its public factories. */
  public static FactEvidence rebuild(FactEvidence f) {
    return f.note()
        .map(n -> FactEvidence.of(f.fact(), f.stated(), n, f.basis()))
        .orElseGet(() -> FactEvidence.of(f.fact(), f.stated()));
  }

  public static SocialAccount rebuild(SocialAccount a) {
    return SocialAccount.builder()
        .platform(a.platform())
        .handle(a.handle())
        .businessUnit(a.businessUnit())
        .owner(a.owner())
        .created(a.created())
        .lastActivity(a.lastActivity())
        .audience(a.audience())
        .build();
  }
}
