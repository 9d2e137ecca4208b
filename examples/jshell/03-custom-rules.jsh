// A custom rule over a grade in three lines, then a custom rule book next to the standard ones.
// grade(practice) tells "not assessed" from "none", and Verdict.of keeps the difference: the rule
// passes or fails where someone graded the policy, and is unknown (never failed) where nobody did.
Rule<Organization> policy = Rule.<Organization>builder("acme.policy").title("Has a social media policy for most staff").
    check(o -> Verdict.of(o.grade(Practice.SOCIAL_MEDIA_POLICY).atLeast(MOST), "Social media policy: most or all",
        o.grade(Practice.SOCIAL_MEDIA_POLICY).displayName()));
System.out.println(policy.check(multinational()));
System.out.println(policy.check(listeningPilot()));
System.out.println(policy.check(Organization.builder().name("New Client").employees(800).build()));

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
