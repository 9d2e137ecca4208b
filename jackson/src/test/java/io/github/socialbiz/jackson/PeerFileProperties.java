package io.github.socialbiz.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.peers.Peer;
import io.github.socialbiz.testing.PeerDomain;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

/** Peer files: every peer reads back equal, and a damaged file is read or refused at a line. */
@Domain(PeerDomain.class)
@Domain(DomainContext.Global.class)
final class PeerFileProperties {

  @Property
  void peers_roundTrip(@ForAll @Size(max = 20) List<Peer> peers) throws Exception {
    assertEquals(peers, SocialBusinessJson.readPeers(SocialBusinessJson.writePeers(peers)));
  }

  @Property
  void aDamagedFile_isReadOrRefusedAtALine(
      @ForAll @Size(min = 1, max = 8) List<Peer> peers,
      @ForAll @IntRange(min = 0, max = 100_000) int where,
      @ForAll
          @Chars({'{', '}', '[', ']', ':', ',', '"', ' ', '\n', '\r', 'x', '9', '-', '.'})
          @CharRange(from = 'A', to = 'Z')
          char with) {
    String file = SocialBusinessJson.writePeers(peers);
    int at = where % file.length();
    String damaged = file.substring(0, at) + with + file.substring(at + 1);
    int lines = (int) damaged.chars().filter(c -> c == '\n').count() + 1;
    try {
      List<Peer> read = SocialBusinessJson.readPeers(damaged);
      Statistics.collect("read");
      assertTrue(read.size() <= lines);
    } catch (SocialBusinessJsonException e) {
      Statistics.collect("refused");
      int line = e.line().orElseThrow();
      assertTrue(line >= 1 && line <= lines, e::getOriginalMessage);
      assertTrue(
          e.getOriginalMessage().startsWith("line " + line + ", " + e.jsonPath() + ": "),
          e::getOriginalMessage);
    }
  }
}
