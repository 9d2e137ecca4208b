package io.github.socialbiz.peers;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.coe.SizeBand;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.profile.Sector;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a {@link PeerFilter} can require of peers, such as {@link #SECTOR}. A {@link PeerBase} lets groups be
 * chosen by some facets only ({@link PeerBase#withFacets}): every facet allowed is one more way two groups
 * could differ by a few peers, so a small base allows few.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Facet {
  /** The size band. */
  SIZE_BAND("the size band"),
  /** The sector. */
  SECTOR("the sector"),
  /** A region peers operate in. */
  REGION("the region"),
  /** Regulated or not. */
  REGULATED("regulated or not"),
  /** The stage proven. */
  STAGE("the stage"),
  /** The model version assessed under. */
  MODEL_VERSION("the model version"),
  /** The first year assessed. */
  ASSESSED_FROM("the year assessed from"),
  /** The least completeness. */
  COMPLETENESS("the least completeness");

  private final String words;

  Facet(String words) {
    this.words = words;
  }

  /**
   * Gets the facet in words, such as "the sector".
   *
   * @return the words, not null
   */
  public String words() {
    return words;
  }

  /**
   * Checks if a filter has a requirement of this facet, such as a size band for {@link #SIZE_BAND}.
   *
   * @param f  the filter
   * @return true if the filter requires this facet
   */
  public boolean isIn(PeerFilter f) {
    return switch (this) {
      case SIZE_BAND -> f.sizeBand().isPresent();
      case SECTOR -> f.sector().isPresent();
      case REGION -> f.region().isPresent();
      case REGULATED -> f.regulated().isPresent();
      case STAGE -> f.stage().isPresent();
      case MODEL_VERSION -> f.modelVersion().isPresent();
      case ASSESSED_FROM -> f.assessedFrom().isPresent();
      case COMPLETENESS -> f.minCompletenessTenths().isPresent();
    };
  }

  /** Returns a copy of the filter without this facet's requirement. */
  PeerFilter without(PeerFilter f) {
    ImmutablePeerFilter i = (ImmutablePeerFilter) ImmutablePeerFilter.copyOf(f);
    return switch (this) {
      case SIZE_BAND -> i.withSizeBand(Optional.empty());
      case SECTOR -> i.withSector(Optional.empty());
      case REGION -> i.withRegion(Optional.empty());
      case REGULATED -> i.withRegulated(Optional.empty());
      case STAGE -> i.withStage(Optional.empty());
      case MODEL_VERSION -> i.withModelVersion(Optional.empty());
      case ASSESSED_FROM -> i.withAssessedFrom(Optional.empty());
      case COMPLETENESS -> i.withMinCompletenessTenths(Optional.empty());
    };
  }

  /**
   * A requirement a filter could add to a group or tighten in it, and how many of the group's peers fail
   * it: the peers that this group and the group with the requirement would differ by. A second region
   * is a requirement no filter can add ({@code addable} false): a filter names one region.
   */
  record Tightening(Facet facet, String requirement, int failing, boolean addable) {
    Tightening(Facet facet, String requirement, int failing) {
      this(facet, requirement, failing, true);
    }
  }

  /**
   * Lists every single requirement of an allowed facet that a filter could add to or tighten in a group,
   * with the number of the group's peers failing it (only those failed by some but not all of them); the
   * facets not allowed are not counted at all.
   */
  static List<Tightening> tightenings(PeerFilter f, List<Peer> group, Set<Facet> allowed) {
    List<Tightening> out = new ArrayList<>();
    int n = group.size();
    if (allowed.contains(SIZE_BAND) && f.sizeBand().isEmpty()) {
      Map<SizeBand, Integer> counts = new EnumMap<>(SizeBand.class);
      group.forEach(p -> counts.merge(p.sizeBand(), 1, Integer::sum));
      counts.forEach((v, c) -> out.add(new Tightening(SIZE_BAND, words(v), n - c)));
    }
    if (allowed.contains(SECTOR) && f.sector().isEmpty()) {
      Map<Sector, Integer> counts = new EnumMap<>(Sector.class);
      group.forEach(p -> p.sector().ifPresent(s -> counts.merge(s, 1, Integer::sum)));
      counts.forEach((v, c) -> out.add(new Tightening(SECTOR, v.title(), n - c)));
    }
    if (allowed.contains(REGION)) {
      // a region as first spelled, by its key in any case. A peer may operate in several regions,
      // so
      // even where the filter names a region, another region's group can lie inside this one: each
      // other region is a cut too ("also operating in"), though no single filter asks for both.
      Optional<String> asked = f.region().map(r -> PeerFilter.lower(r.strip()));
      Map<String, String> spelling = new TreeMap<>();
      Map<String, Integer> inRegion = new HashMap<>();
      for (Peer p : group) {
        Set<String> keys = new HashSet<>();
        for (String r : p.regions()) {
          String key = PeerFilter.lower(r.strip());
          spelling.putIfAbsent(key, r.strip());
          if (keys.add(key)) {
            inRegion.merge(key, 1, Integer::sum);
          }
        }
      }
      spelling.forEach(
          (key, region) -> {
            if (asked.isEmpty() || !asked.get().equals(key)) {
              out.add(
                  new Tightening(
                      REGION,
                      (asked.isPresent() ? "also operating in " : "operating in ") + region,
                      n - inRegion.getOrDefault(key, 0),
                      asked.isEmpty()));
            }
          });
    }
    if (allowed.contains(REGULATED) && f.regulated().isEmpty()) {
      // a peer whose regulation is not stated is in neither group
      for (boolean r : new boolean[] {true, false}) {
        Optional<Boolean> stated = Optional.of(r);
        int in = (int) group.stream().filter(p -> p.regulated().equals(stated)).count();
        out.add(new Tightening(REGULATED, r ? "regulated" : "not regulated", n - in));
      }
    }
    if (allowed.contains(STAGE) && f.stage().isEmpty()) {
      Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
      group.forEach(p -> counts.merge(p.stage(), 1, Integer::sum));
      counts.forEach((v, c) -> out.add(new Tightening(STAGE, "at stage " + v.number(), n - c)));
    }
    if (allowed.contains(MODEL_VERSION) && f.modelVersion().isEmpty()) {
      Map<Integer, Integer> counts = new TreeMap<>();
      group.forEach(p -> counts.merge(p.modelVersion(), 1, Integer::sum));
      counts.forEach(
          (v, c) -> out.add(new Tightening(MODEL_VERSION, "assessed under model " + v, n - c)));
    }
    if (allowed.contains(ASSESSED_FROM)) {
      // a later first year leaves out the peers assessed before it
      SortedMap<Integer, Integer> byYear = new TreeMap<>();
      group.forEach(p -> byYear.merge(p.assessed().year(), 1, Integer::sum));
      int before = 0;
      for (Map.Entry<Integer, Integer> e : byYear.entrySet()) {
        int year = e.getKey();
        if (before > 0) {
          out.add(new Tightening(ASSESSED_FROM, "assessed in " + year + " or later", before));
        }
        before += e.getValue();
      }
    }
    if (allowed.contains(COMPLETENESS)) {
      // a higher least completeness leaves out the peers below it
      int[] byTenths = new int[11];
      group.forEach(p -> byTenths[tenths(p)]++);
      int below = 0;
      for (int t = 1; t <= 10; t++) {
        below += byTenths[t - 1];
        if (below > 0 && below < n) {
          out.add(
              new Tightening(
                  COMPLETENESS, "at least " + t * 10 + "% of practices assessed", below));
        }
      }
    }
    out.removeIf(t -> t.failing() <= 0 || t.failing() >= n);
    return ImmutableList.copyOf(out);
  }

  /** The whole tenths of a peer's completeness, from 0 to 10. */
  static int tenths(Peer p) {
    return (int) Math.floor(p.completeness() * 10 + 1e-9);
  }

  /** Checks if a peer operates in a region, compared in any case. */
  static boolean inRegion(Peer p, String region) {
    String wanted = PeerFilter.lower(region.strip());
    for (String r : p.regions()) {
      if (PeerFilter.lower(r.strip()).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** A size band in words, such as {@code 1,000 to 4,999 employees}. */
  static String words(SizeBand b) {
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    return b.maxEmployees() == Integer.MAX_VALUE
        ? n.format(b.minEmployees()) + " employees or more"
        : b.minEmployees() <= 1
            ? "under " + n.format(b.maxEmployees() + 1) + " employees"
            : n.format(b.minEmployees()) + " to " + n.format(b.maxEmployees()) + " employees";
  }
}
