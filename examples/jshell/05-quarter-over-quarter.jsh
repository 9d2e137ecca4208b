// Comparing this quarter with last quarter.
var lastQuarter = assess(presenceWithoutResponse(), LocalDate.of(2026, 3, 31));
var improved = presenceWithoutResponse().
    withEvidence(Practice.TRIAGE_PROCESS, HALF).
    withEvidence(Practice.ACCOUNT_GOVERNANCE, HALF).
    withCoe(CenterOfExcellence.builder().addMember(Member.of("Jo Lee", Role.CORPORATE_SOCIAL_STRATEGIST, 1.0)).build());
var thisQuarter = assess(improved, LocalDate.of(2026, 6, 30));
var diff = compare(lastQuarter, thisQuarter);
System.out.println(diff);
System.out.println("Stage: " + diff.stageChange());
diff.scoreDeltas().forEach((d, delta) -> { if (delta != 0) System.out.printf(Locale.ROOT, "  %s %+.2f%n", d, delta); });
diff.completedActions().forEach(x -> System.out.println("  done: " + x));
diff.added().forEach(f -> System.out.println("  new: " + f));
/exit
