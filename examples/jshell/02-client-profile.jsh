// Building a client's profile from scratch, then assessing it.
var acme = Organization.builder().
    name("Acme Retail").
    employees(4_000).
    addRegions("North America").
    declaredModel(OrganizationalModel.CENTRALIZED).
    evidence(Practice.LISTENING, MOST, "Brand monitoring reviewed every morning", Basis.ARTIFACT_CHECKED).
    evidence(Practice.PILOT_PROJECTS, HALF).
    evidence(Practice.BUSINESS_GOALS, HALF).
    evidence(Practice.SOCIAL_MEDIA_POLICY, MOST).
    evidence(Practice.OFFICIAL_PRESENCE, HALF).
    evidence(Practice.ACCOUNT_GOVERNANCE, SOME).
    evidence(Practice.TRIAGE_PROCESS, SOME).
    coe(CenterOfExcellence.builder().
        addMember(Member.of("Rita Moreno", Role.CORPORATE_SOCIAL_STRATEGIST, 1.0)).
        addMember(Member.of("Sam Ortiz", Role.COMMUNITY_MANAGER, 0.5)).
        sponsor("Chief Marketing Officer").
        build()).
    addAccounts(SocialAccount.of(Platform.TWITTER, "acme", LocalDate.of(2019, 3, 1))).
    build();
var a = assess(acme, LocalDate.of(2026, 6, 30));
System.out.println(a);
System.out.println(a.stageGate().orElseThrow());
System.out.println(a.roadmap());
a.roadmap().actions().forEach(x -> System.out.println("  " + x));
// Bad input says what is wrong:
try {
  Organization.builder().name("Nobody").employees(0).build();
} catch (SocialBusinessException e) {
  System.out.println(e.getMessage());
}
/exit
