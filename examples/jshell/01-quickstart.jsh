// Quick start: assess a built-in sample and look around.
var globex = multinational();
var a = assess(globex, AS_OF);
System.out.println(a);
System.out.println("Stage: " + a.stage().displayName() + " (" + a.stage().tagline() + ")");
System.out.println("Next gate: " + a.stageGate().orElseThrow());
System.out.println("Level: " + a.level().map(MaturityLevel::displayName).orElse("none yet"));
System.out.println(a.roadmap());
a.roadmap().actions().forEach(x -> System.out.println("  " + x));
a.findings(Severity.HIGH).forEach(f -> System.out.println(f + " [" + f.citation() + "]"));
System.out.println(a.score(Dimension.MEASUREMENT));
/exit
