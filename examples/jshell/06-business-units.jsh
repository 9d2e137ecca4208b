// Assessing each business unit: which ones hold a dandelion organization back?
var a = assess(multinational(), AS_OF);
System.out.println(a.organization().declaredModel().orElseThrow() + " with " + a.organization().businessUnits().size() + " units");
a.units().forEach(System.out::println);
a.units().stream().filter(UnitStanding::isHoldingBack).
    forEach(u -> System.out.println("Holding back: " + u.unit() + ", weakest in " + u.weakestDimension().displayName()));
System.out.println(a.recommendedModel());
/exit
