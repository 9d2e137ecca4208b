package io.github.socialbiz.assessment;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.coe.Role;
import io.github.socialbiz.governance.CharterElement;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.profile.CenterOfExcellence;
import io.github.socialbiz.profile.Charter;
import io.github.socialbiz.profile.FactEvidence;
import io.github.socialbiz.profile.Member;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.Platform;
import io.github.socialbiz.profile.Responder;
import io.github.socialbiz.profile.SocialAccount;
import io.github.socialbiz.rules.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a structural {@link Fact} means to the assessment, in one place: whether it holds for an
 * organization and the evidence read, what to do when it does not, the role that owns that work, and how
 * a roadmap establishes it (with placeholders, {@link Roadmap#TO_BE_NAMED}, for people not yet named).
 * One constant per fact; a test checks that every fact has one.
 */
enum FactMeaning {
  EXECUTIVE_SPONSOR_NAMED(
      Role.EXECUTIVE_SPONSOR, "Name a senior executive as the program's sponsor") {
    @Override
    String fileEvidence(Organization o) {
      return o.coe()
          .sponsor()
          .map(s -> "sponsor: " + s)
          .orElse(
              o.coe().hasRole(Role.EXECUTIVE_SPONSOR)
                  ? "an executive sponsor on the roster"
                  : "no sponsor named");
    }

    @Override
    Organization establish(Organization o, LocalDate asOf) {
      return holds(o) ? o : withSponsor(o);
    }
  },
  CENTER_OF_EXCELLENCE_STAFFED(
      Role.CORPORATE_SOCIAL_STRATEGIST,
      "Staff a hub or Center of Excellence with at least a strategist") {
    @Override
    String fileEvidence(Organization o) {
      CenterOfExcellence coe = o.coe();
      return "CoE roster: "
          + coe.members().size()
          + (coe.members().size() == 1 ? " member, " : " members, ")
          + coe.totalFte()
          + " FTE"
          + (coe.hasRole(Role.CORPORATE_SOCIAL_STRATEGIST)
              ? ", with a strategist"
              : ", no strategist");
    }

    @Override
    Organization establish(Organization o, LocalDate asOf) {
      return holds(o) ? o : withStrategist(o);
    }
  },
  POLICY_AUTHORITY(
      Role.EXECUTIVE_SPONSOR,
      "Give the CoE authority to set process and policy, backed by the sponsor") {
    @Override
    String fileEvidence(Organization o) {
      return "CoE policy authority: " + (o.coe().isPolicyAuthority() ? "yes" : "no");
    }

    @Override
    Organization establish(Organization o, LocalDate asOf) {
      CenterOfExcellence coe = o.coe();
      return holds(o) ? o : o.withCoe(roster(coe.members(), true, coe.sponsor().orElse(null)));
    }
  },
  SOCIAL_STRATEGIST_APPOINTED(
      Role.CORPORATE_SOCIAL_STRATEGIST,
      "Appoint a corporate social strategist to lead the program") {
    @Override
    String fileEvidence(Organization o) {
      return shownOnFile(o) ? "a strategist on the roster" : "no strategist on the roster";
    }

    @Override
    Organization establish(Organization o, LocalDate asOf) {
      return holds(o) ? o : withStrategist(o);
    }
  },
  CHARTER_WRITTEN(
      Role.CORPORATE_SOCIAL_STRATEGIST,
      "Write a program charter: goals, approach, measures, relationships and vision") {
    @Override
    String fileEvidence(Organization o) {
      return o.charter()
          .map(
              c ->
                  "charter dated "
                      + c.versionDate()
                      + (c.section(CharterElement.BUSINESS_GOALS).isPresent()
                          ? ""
                          : ", without a business goals section"))
          .orElse("no charter");
    }

    @Override
    Organization establish(Organization o, LocalDate asOf) {
      if (holds(o)) {
        return o;
      }
      Charter.Builder charter = Charter.builder().versionDate(asOf);
      o.charter()
          .ifPresent(
              c ->
                  charter
                      .putAllSections(c.sections())
                      .addAllFunctions(c.functions())
                      .owner(c.owner()));
      for (CharterElement e : CharterElement.values()) {
        if (o.charter().flatMap(c -> c.section(e)).isEmpty()) {
          charter.putSection(e, e.description() + " " + Roadmap.TO_BE_NAMED);
        }
      }
      return o.withCharter(charter.build());
    }
  },
  COORDINATION_BEGUN(
      Role.EXECUTIVE_SPONSOR,
      "Bring the scattered efforts under one owner: name a sponsor or staff a hub") {
    @Override
    String fileEvidence(Organization o) {
      List<String> begun = new ArrayList<>();
      if (o.coe().hasSponsor()) {
        begun.add("a sponsor named");
      }
      if (o.coe().isStaffed()) {
        begun.add("a hub staffed");
      }
      return begun.isEmpty() ? "no sponsor named and no hub staffed" : String.join(", ", begun);
    }

    @Override
    Organization establish(Organization o, LocalDate asOf) {
      return holds(o) ? o : withSponsor(o);
    }
  },
  BUSINESS_UNIT_LIAISONS(Role.BUSINESS_UNIT_LIAISON, "Name a liaison for every business unit") {
    @Override
    String fileEvidence(Organization o) {
      ImmutableList<String> missing = unitsWithoutLiaison(o);
      return missing.isEmpty() ? "every unit has a liaison" : "units without a liaison: " + missing;
    }

    @Override
    Organization establish(Organization o, LocalDate asOf) {
      ImmutableList<String> missing = unitsWithoutLiaison(o);
      if (holds(o)) {
        return o;
      }
      List<BusinessUnit> result = new ArrayList<>();
      for (BusinessUnit u : o.businessUnits()) {
        result.add(
            !missing.contains(u.name())
                ? u
                : BusinessUnit.builder()
                    .name(u.name())
                    .region(u.region())
                    .liaison("Liaison " + Roadmap.TO_BE_NAMED)
                    .addAllOverrides(u.overrides())
                    .respondents(u.respondents())
                    .build());
      }
      return o.withBusinessUnits(result);
    }
  },
  CRISIS_TEAM_NAMED(
      Role.CORPORATE_SOCIAL_STRATEGIST,
      "Name the people who will respond in a crisis, with their roles") {
    @Override
    String fileEvidence(Organization o) {
      int n = o.crisisTeam().size();
      return n == 0
          ? "no crisis team named"
          : "crisis team: " + n + (n == 1 ? " person" : " people");
    }

    @Override
    Organization establish(Organization o, LocalDate asOf) {
      return holds(o)
          ? o
          : o.withCrisisTeam(List.of(Responder.of("Crisis lead " + Roadmap.TO_BE_NAMED, "lead")));
    }
  },
  ACCOUNTS_INVENTORIED(
      Role.BUSINESS_UNIT_LIAISON,
      "Take an inventory of every official social account, with its owner and business unit") {
    @Override
    String fileEvidence(Organization o) {
      int n = o.accounts().size();
      return n == 0
          ? "no accounts in the inventory"
          : "account inventory: " + n + (n == 1 ? " account" : " accounts");
    }

    @Override
    Organization establish(Organization o, LocalDate asOf) {
      return holds(o)
          ? o
          : o.withAccounts(
              List.of(
                  SocialAccount.builder()
                      .platform(Platform.OTHER)
                      .handle("Account " + Roadmap.TO_BE_NAMED)
                      .owner("Owner " + Roadmap.TO_BE_NAMED)
                      .created(asOf)
                      .build()));
    }
  };

  /** The file's evidence of a fact it does not record yet and does not show in place. */
  static final String NOT_RECORDED = "not recorded in the organization file yet";

  private static final Map<Fact, FactMeaning> BY_FACT = byFact();
  private static final Fact[] FACTS = facts();

  private final Role owner;
  private final String recommendation;

  FactMeaning(Role owner, String recommendation) {
    this.owner = owner;
    this.recommendation = recommendation;
  }

  /** The meaning of a fact. */
  static FactMeaning of(Fact fact) {
    FactMeaning m = BY_FACT.get(fact);
    if (m == null) {
      throw new IllegalStateException("no meaning for fact " + fact);
    }
    return m;
  }

  /**
   * Whether the fact holds for an organization, on three values. What the file records decides where it
   * shows the fact in place ({@link #shownOnFile}); where it does not, a statement of the respondents
   * ({@link Organization#factEvidence}) decides: yes holds, no does not, and "nobody could say" is
   * unknown. With neither, the file's silence is read as not in place, the organization file being the
   * record of its structure, unless the file says it does not record the fact yet ({@link
   * Organization#notRecorded}): then it is unknown. {@link #COORDINATION_BEGUN} also holds where the
   * respondents' statements establish a sponsor or a staffed hub, and is unknown while either of those is
   * unknown and nothing shows it begun; a statement of no does not decide it then ({@code
   * begun.or(stated)}).
   */
  Truth truth(Organization o) {
    return truth(o, shownOnFile(o));
  }

  /**
   * Whether the fact holds where a rule reads the file its own way ({@code onFile}, such as a charter
   * present, with or without its business goals): as {@link #truth(Organization)}, the file's reading
   * replaced.
   */
  Truth truth(Organization o, boolean onFile) {
    if (onFile) {
      return Truth.TRUE;
    }
    Truth begun =
        this == COORDINATION_BEGUN
            ? EXECUTIVE_SPONSOR_NAMED.truth(o).or(CENTER_OF_EXCELLENCE_STAFFED.truth(o))
            : Truth.FALSE;
    if (begun.isTrue()) {
      return Truth.TRUE;
    }
    Optional<FactEvidence> stated = o.factEvidence(fact());
    if (stated.isPresent()) {
      // a "no" cannot outweigh a sponsor or hub that may still be established
      return begun.or(stated.get().stated());
    }
    return isRecorded(o) ? begun : begun.or(Truth.UNKNOWN);
  }

  /** Whether the organization's file records the fact, so that its silence reads as not in place. */
  boolean isRecorded(Organization o) {
    return !o.notRecorded().contains(fact());
  }

  /**
   * Why the fact is not known where the file does not show it, for a message, of {@code what} (such as
   * {@code " whether a hub is staffed"}, or empty for "it"): {@code the respondents could not say
   * whether ...}, or, with nothing stated of a fact the file does not record yet, {@code the organization
   * file does not record yet whether ..., nor has anyone said}.
   */
  String whyNotKnown(Organization o, String what) {
    if (o.factEvidence(fact()).isPresent() || isRecorded(o)) {
      return "the respondents could not say" + what;
    }
    return "the organization file does not record "
        + (what.isEmpty() ? "it yet" : "yet" + what)
        + ", nor has anyone said";
  }

  /**
   * What the file shows, as a rule reads it ({@code onFile}, in its own words {@code fileEvidence}), or
   * that it does not record the fact yet.
   */
  String fileEvidence(Organization o, boolean onFile, String fileEvidence) {
    return onFile || isRecorded(o) ? fileEvidence : NOT_RECORDED;
  }

  /** Whether the fact is known to hold: {@link #truth} is true. On the gates' hot path. */
  boolean holds(Organization o) {
    // without statements every fact reads the file alone: skip truth() on the hot path
    return shownOnFile(o) || (!o.factEvidence().isEmpty() && truth(o).isTrue());
  }

  /** Whether the fact could still hold: {@link #truth} is true or unknown. */
  boolean possible(Organization o) {
    return shownOnFile(o) || truth(o).isPossible();
  }

  /** The fact this is the meaning of. */
  Fact fact() {
    return FACTS[ordinal()];
  }

  /**
   * Whether the organization's file shows the fact in place. One switch rather than a method per
   * constant: the gates' hot path calls it for every fact criterion, and a single call site stays
   * monomorphic.
   */
  boolean shownOnFile(Organization o) {
    return switch (this) {
      case EXECUTIVE_SPONSOR_NAMED -> o.coe().hasSponsor();
      case CENTER_OF_EXCELLENCE_STAFFED -> o.coe().isStaffed();
      case POLICY_AUTHORITY -> o.coe().isPolicyAuthority();
      case SOCIAL_STRATEGIST_APPOINTED -> o.coe().hasRole(Role.CORPORATE_SOCIAL_STRATEGIST);
      case CHARTER_WRITTEN ->
          o.charter().isPresent()
              && o.charter().get().section(CharterElement.BUSINESS_GOALS).isPresent();
      case COORDINATION_BEGUN -> o.coe().hasSponsor() || o.coe().isStaffed();
      case BUSINESS_UNIT_LIAISONS -> {
        // on the gates' hot path: the same answer as unitsWithoutLiaison(o).isEmpty(), without
        // allocating
        for (BusinessUnit u : o.businessUnits()) {
          if (u.liaison().isEmpty() && !hasLiaisonMember(o, u)) {
            yield false;
          }
        }
        yield true;
      }
      case CRISIS_TEAM_NAMED -> !o.crisisTeam().isEmpty();
      case ACCOUNTS_INVENTORIED -> !o.accounts().isEmpty();
    };
  }

  /**
   * What was read to decide, in one phrase: the file's reading, and the respondents' statement where the
   * file does not show the fact (for {@link #COORDINATION_BEGUN} also what they said of a sponsor and a
   * staffed hub).
   */
  String evidence(Organization o) {
    boolean shown = shownOnFile(o);
    String onFile = fileEvidence(o, shown, fileEvidence(o));
    if (shown) {
      return onFile;
    }
    StringBuilder read = new StringBuilder(onFile);
    if (this == COORDINATION_BEGUN) {
      o.factEvidence(Fact.EXECUTIVE_SPONSOR_NAMED)
          .ifPresent(f -> read.append("; on a sponsor, ").append(f.describe()));
      o.factEvidence(Fact.CENTER_OF_EXCELLENCE_STAFFED)
          .ifPresent(f -> read.append("; on a staffed hub, ").append(f.describe()));
    }
    o.factEvidence(fact()).ifPresent(f -> read.append("; ").append(f.describe()));
    return read.toString();
  }

  /** What the file shows, in one phrase. */
  abstract String fileEvidence(Organization o);

  /** The organization with the fact established: unchanged where it holds already. */
  abstract Organization establish(Organization o, LocalDate asOf);

  /** The role that owns establishing the fact. */
  Role owner() {
    return owner;
  }

  /** What to do when the fact does not hold. */
  String recommendation() {
    return recommendation;
  }

  /** The units with no liaison: none named on the unit and no liaison member placed in it. */
  static ImmutableList<String> unitsWithoutLiaison(Organization o) {
    ImmutableList.Builder<String> missing = ImmutableList.builder();
    for (BusinessUnit u : o.businessUnits()) {
      if (u.liaison().isEmpty() && !hasLiaisonMember(o, u)) {
        missing.add(u.name());
      }
    }
    return missing.build();
  }

  private static boolean hasLiaisonMember(Organization o, BusinessUnit u) {
    for (Member m : o.coe().members()) {
      if (m.role() == Role.BUSINESS_UNIT_LIAISON
          && m.businessUnit().isPresent()
          && m.businessUnit().get().equals(u.name())) {
        return true;
      }
    }
    return false;
  }

  /** The organization with a sponsor named on its CoE, to be named. */
  private static Organization withSponsor(Organization o) {
    CenterOfExcellence coe = o.coe();
    return o.withCoe(
        roster(coe.members(), coe.isPolicyAuthority(), "Executive sponsor " + Roadmap.TO_BE_NAMED));
  }

  private static Organization withStrategist(Organization o) {
    CenterOfExcellence coe = o.coe();
    List<Member> members = new ArrayList<>(coe.members());
    members.add(
        Member.of(
            "Social strategist " + Roadmap.TO_BE_NAMED, Role.CORPORATE_SOCIAL_STRATEGIST, 1.0));
    return o.withCoe(roster(members, coe.isPolicyAuthority(), coe.sponsor().orElse(null)));
  }

  private static CenterOfExcellence roster(
      Iterable<Member> members, boolean authority, @Nullable String sponsor) {
    CenterOfExcellence.Builder b =
        CenterOfExcellence.builder().addAllMembers(members).policyAuthority(authority);
    if (sponsor != null) {
      b.sponsor(sponsor);
    }
    return b.build();
  }

  private static Fact[] facts() {
    FactMeaning[] meanings = values();
    Fact[] facts = new Fact[meanings.length];
    for (FactMeaning m : meanings) {
      facts[m.ordinal()] = Fact.valueOf(m.name());
    }
    return facts;
  }

  private static Map<Fact, FactMeaning> byFact() {
    Map<Fact, FactMeaning> m = new EnumMap<>(Fact.class);
    for (FactMeaning meaning : values()) {
      m.put(Fact.valueOf(meaning.name()), meaning);
    }
    return m;
  }
}
