// Among your peers: twelve clients like Bluefin Foods, reduced to peers that name nobody, written to a peer
// file, read back, and Bluefin compared with those of its size and stage.
var bluefin = assess(presenceWithoutResponse(), AS_OF);
var past = new ArrayList<Assessment>();
for (var grade : Adoption.values()) for (var p : List.of(Practice.LISTENING, Practice.CONTENT_STRATEGY, Practice.OBJECTIVE_ALIGNED_METRICS))
    past.add(assess(presenceWithoutResponse().withEvidence(p, grade), AS_OF.minusMonths(grade.ordinal())));
var file = Files.createTempFile("peers", ".jsonl");
SocialBusinessJson.writePeers(past.stream().map(Peer::of).toList(), file);
var base = PeerBase.of(SocialBusinessJson.readPeers(file)).withFacets(Facet.SIZE_BAND, Facet.STAGE);
System.out.println(base);
var c = base.compare(bluefin, PeerFilter.all().withSizeBand(bluefin.organization().employees() < 5000 ? SizeBand.FROM_1_000_TO_4_999 : SizeBand.FROM_5_000_TO_99_999).withStage(bluefin.stage()));
System.out.println(c);
c.dimensions().forEach((d, r) -> System.out.println("  " + d.displayName() + ": " + r));
System.out.println(c.coe().map(f -> "CoE people " + f.headcount()).orElse(c.coeWithheld().orElse("")));
// a group too small is refused, saying what to relax
try { base.withThreshold(5).compare(bluefin, PeerFilter.all().withStage(Stage.FORMALIZED)); } catch (SocialBusinessException e) { System.out.println(e.getMessage()); }
Files.delete(file);
/exit
