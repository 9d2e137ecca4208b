// Saving a profile to JSON and loading it back.
var dir = Files.createTempDirectory("socialbiz");
var file = dir.resolve("bluefin.json");
SocialBusinessJson.write(presenceWithoutResponse(), file);
var back = SocialBusinessJson.readOrganization(file);
System.out.println("equal after the round trip: " + back.equals(presenceWithoutResponse()));
System.out.println(SocialBusinessJson.write(Organization.builder().name("Tiny").employees(12).build()));
// A broken document names the JSON path and the rule:
try {
  SocialBusinessJson.readOrganization("{\"name\":\"Tiny\",\"employees\":12,\"evidence\":[{\"practice\":\"LISTENING\",\"adoption\":\"LOTS\"}]}");
} catch (SocialBusinessJsonException e) {
  System.out.println(e.getOriginalMessage());
}
/exit
