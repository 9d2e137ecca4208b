// A custom rule in two lines, then a custom rule book next to the standard ones.
Rule<Organization> policy = Rule.of("acme.policy", "Has a social media policy for most staff",
    o -> o.adoption(Practice.SOCIAL_MEDIA_POLICY).isAtLeast(MOST));
System.out.println(policy.check(multinational()));
System.out.println(policy.check(listeningPilot()));

Rule<Snapshot> freshCharter = Rule.<Snapshot>builder("acme.fresh-charter").
    title("Charter revised in the last year").
    severity(Severity.MEDIUM).
    recommendation("Review the charter with the sponsor").
    citation(Reference.of("Acme governance handbook, section 4.2")).
    test(s -> s.organization().charter().map(c -> !c.versionDate().isBefore(s.asOf().minusYears(1))).orElse(false));
RuleBook<Snapshot> acmeBook = RuleBook.of("acme", freshCharter);
Assessor assessor = Assessor.standard().with(acmeBook).withRules(RuleBook.of("acme-org", policy));
System.out.println(assessor);
var a = assessor.assess(multinational(), AS_OF);
System.out.println(a.book("acme").orElseThrow());
a.book("acme").orElseThrow().findings().forEach(f -> System.out.println(f + " [" + f.citation() + "] -> " + f.recommendation()));
/exit
