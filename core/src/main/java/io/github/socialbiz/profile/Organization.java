package io.github.socialbiz.profile;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.governance.ParticipationStance;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Grade;
import io.github.socialbiz.practice.Practice;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * Everything an assessment reads about one organization: its size and traits, business units, declared
 * organizational model, graded evidence per practice, Center of Excellence roster, charter and social
 * account inventory. Built with a builder that reads well in JShell:
 *
 * <pre>{@code
 * Organization acme = Organization.builder()
 *     .name("Acme Retail")
 *     .employees(4_000)
 *     .regulated(false)
 *     .addRegion("North America")
 *     .evidence(Practice.LISTENING, Adoption.HALF)
 *     .evidence(Practice.PILOT_PROJECTS, Adoption.SOME, "Two pilots in customer care", Basis.INTERVIEW)
 *     .addOutOfScope(Practice.REAL_TIME_RESPONSE)
 *     .build();
 * acme.grade(Practice.LISTENING);        // HALF
 * acme.grade(Practice.CRISIS_PLAN);      // NOT_ASSESSED: nobody has answered for it yet, which is not NONE
 * acme.grade(Practice.CRISIS_PLAN).atLeast(Adoption.SOME);   // UNKNOWN, never FALSE
 * acme.grade(Practice.REAL_TIME_RESPONSE);   // OUT_OF_SCOPE: reported, never counted as met
 * }</pre>
 *
 * <p>Construction rejects what cannot be true, with one {@link io.github.socialbiz.SocialBusinessException}
 * naming the type, the field, the bad value and what is allowed: a blank name, fewer than one employee,
 * a practice graded twice or both graded and out of scope, two units with one name, an account or
 * member in an unknown unit, the same handle twice on one platform. What is merely unwise (a CoE rated
 * established with nobody on its roster) is accepted; the rules report it. Building never reads a clock.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class Organization {

  /** The key of {@link #accountsByUnit()} for accounts that belong to no business unit. */
  public static final String CENTRAL = "(central)";

  private static final Practice[] PRACTICES = Practice.values();

  static {
    // outOfScopeBits() keeps one bit per practice in a long
    if (PRACTICES.length > Long.SIZE) {
      throw new AssertionError("more practices than bits in a long: " + PRACTICES.length);
    }
  }

  Organization() {}

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  // -----------------------------------------------------------------------
  /**
   * Gets the organization's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Gets the number of employees.
   *
   * @return the headcount, at least 1
   */
  public abstract int employees();

  /**
   * Gets whether a regulator oversees the organization's communications (a bank, an insurer, a hospital,
   * a drug maker): {@code true} or {@code false} as stated, empty while nobody has said. Unstated is
   * never read as "not regulated": the model recommendation says what it would change, and a peer
   * whose regulation is unstated is in neither group of a {@link io.github.socialbiz.peers.PeerFilter}
   * on it.
   *
   * @return whether regulated, or empty when not stated
   */
  public abstract Optional<Boolean> regulated();

  /**
   * Gets the industry, in the caller's words.
   *
   * @return the industry, or empty
   */
  public abstract Optional<String> industry();

  /**
   * Gets the sector of the economy, as NAICS 2022 classifies it, which peer benchmarks compare by; unlike
   * {@link #industry()} it is one of a closed list.
   *
   * @return the sector, or empty when not given (never guessed from the industry)
   */
  public abstract Optional<Sector> sector();

  /**
   * Gets the regions the organization operates in.
   *
   * @return the regions, possibly empty
   */
  public abstract ImmutableSet<String> regions();

  /**
   * Gets the business units, in the order given.
   *
   * @return the units, possibly empty
   */
  public abstract ImmutableList<BusinessUnit> businessUnits();

  /**
   * Gets the organizational model the organization says it follows.
   *
   * @return the declared model, or empty if it does not know
   */
  public abstract Optional<OrganizationalModel> declaredModel();

  /**
   * Gets the organization's stance on employees taking part in social media.
   *
   * @return the stance, or empty if unknown
   */
  public abstract Optional<ParticipationStance> participationStance();

  /**
   * Gets the evidence, at most one item per practice, in the order given.
   *
   * @return the evidence, possibly empty
   */
  public abstract ImmutableList<Evidence> evidence();

  /**
   * Gets what people said about structural facts, at most one statement per fact (see {@link
   * FactEvidence}).
   *
   * @return the statements, possibly empty
   */
  public abstract ImmutableList<FactEvidence> factEvidence();

  /**
   * Gets the structural facts this organization's record does not cover yet. About such a fact the
   * file's silence (nobody on the crisis team, no sponsor, no charter) is no record that it is not in
   * place, so the fact is not known until the file shows it in place or the respondents say; a fact left
   * off this set reads as the file shows it, silence as not in place. {@code socialbiz init} lists every
   * fact here, and the consultant takes one off once the file records it, also when what it records is
   * that the fact is not in place. A fact the file shows in place holds whether listed or not.
   *
   * @return the facts not recorded yet, possibly empty (the default: the file records every fact)
   */
  public abstract ImmutableSet<Fact> notRecorded();

  /**
   * Gets the practices the assessor left out of scope. They are reported as not assessed and never count
   * as met.
   *
   * @return the practices out of scope, possibly empty
   */
  public abstract ImmutableSet<Practice> outOfScope();

  /**
   * Gets the Center of Excellence roster.
   *
   * @return the roster; {@link CenterOfExcellence#none()} unless given
   */
  @Value.Default
  public CenterOfExcellence coe() {
    return CenterOfExcellence.none();
  }

  /**
   * Gets the people named to respond in a social media crisis, with their roles. They may also be on the
   * roster; the team is never inferred from the roster.
   *
   * @return the crisis team, possibly empty
   */
  public abstract ImmutableList<Responder> crisisTeam();

  /**
   * Gets the program charter.
   *
   * @return the charter, or empty if none was written
   */
  public abstract Optional<Charter> charter();

  /**
   * Gets the inventory of corporate social accounts.
   *
   * @return the accounts, possibly empty
   */
  public abstract ImmutableList<SocialAccount> accounts();

  // -----------------------------------------------------------------------
  /**
   * Gets the grade of a practice: the {@link Adoption} its evidence gives, {@link Grade#notAssessed()} if
   * it is in scope and nobody has graded it, or {@link Grade#outOfScope()}. Not assessed is never read as
   * {@link Adoption#NONE}: {@link Grade#atLeast} answers unknown for it.
   *
   * @param practice  the practice
   * @return the grade, not null
   */
  public Grade grade(Practice practice) {
    return grades().get(requireNonNull(practice, "practice").ordinal());
  }

  /**
   * Checks if a practice has been assessed: it is in scope and someone gave it a grade. A practice in
   * scope with no evidence is not assessed, which is not the same as {@link Adoption#NONE}: {@code NONE}
   * is an answer someone gave. A criterion over a practice not assessed cannot be told, neither met nor
   * unmet (see {@link Grade#atLeast}).
   *
   * @param practice  the practice
   * @return true if in scope and graded
   */
  public boolean isAssessed(Practice practice) {
    return evidenceByPractice().containsKey(requireNonNull(practice, "practice"));
  }

  /**
   * Gets the practices in scope that nobody has graded yet, in practice order.
   *
   * @return the practices not assessed, possibly empty
   */
  public ImmutableSet<Practice> notAssessed() {
    ImmutableSet.Builder<Practice> missing = ImmutableSet.builder();
    for (Practice p : PRACTICES) {
      if (isInScope(p) && !isAssessed(p)) {
        missing.add(p);
      }
    }
    return missing.build();
  }

  /**
   * Gets the practices in scope graded at least a minimum: those known to meet it. With {@link
   * Adoption#NONE} these are all the practices in scope, assessed or not.
   *
   * @param minimum  the lowest grade counted
   * @return the practices, an enum set (so {@code containsAll} of another enum set is a bit test)
   */
  public ImmutableSet<Practice> practicesAtLeast(Adoption minimum) {
    return practicesByMinimum().get(requireNonNull(minimum, "minimum").ordinal());
  }

  /**
   * Gets the evidence about a practice.
   *
   * @param practice  the practice
   * @return the evidence, or empty if none was given
   */
  public Optional<Evidence> evidence(Practice practice) {
    return Optional.ofNullable(evidenceByPractice().get(requireNonNull(practice, "practice")));
  }

  /**
   * Checks if a practice was assessed, that is, not left out of scope.
   *
   * @param practice  the practice
   * @return false if the practice is in {@link #outOfScope()}
   */
  public boolean isInScope(Practice practice) {
    return (outOfScopeBits() & (1L << requireNonNull(practice, "practice").ordinal())) == 0;
  }

  /**
   * Gets the grade of a practice in one business unit: the unit's override, or else the organization's
   * (which may be not assessed or out of scope).
   *
   * @param unit  the unit's name
   * @param practice  the practice
   * @return the grade, not null
   * @throws io.github.socialbiz.SocialBusinessException if the organization has no unit of that name
   */
  public Grade grade(String unit, Practice practice) {
    requireNonNull(practice, "practice");
    return requireUnit(unit)
        .override(practice)
        .map(e -> Grade.of(e.adoption()))
        .orElseGet(() -> grade(practice));
  }

  /**
   * Gets what people said about a structural fact, apart from what the file records (see {@link
   * FactEvidence}).
   *
   * @param fact  the fact
   * @return the statement, or empty if nobody was asked
   */
  public Optional<FactEvidence> factEvidence(Fact fact) {
    requireNonNull(fact, "fact");
    for (FactEvidence f : factEvidence()) {
      if (f.fact() == fact) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Gets a business unit by name.
   *
   * @param name  the unit's name
   * @return the unit, or empty if there is none of that name
   */
  public Optional<BusinessUnit> businessUnit(String name) {
    requireNonNull(name, "name");
    for (BusinessUnit u : businessUnits()) {
      if (u.name().equals(name)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /**
   * Gets the accounts of one business unit.
   *
   * @param unit  the unit's name
   * @return the unit's accounts, in inventory order
   * @throws io.github.socialbiz.SocialBusinessException if the organization has no unit of that name
   */
  public ImmutableList<SocialAccount> accountsOf(String unit) {
    requireUnit(unit);
    return accounts().stream()
        .filter(a -> a.businessUnit().map(unit::equals).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Counts the accounts per platform.
   *
   * @return the counts, in platform order, platforms with no account left out
   */
  public ImmutableMap<Platform, Integer> accountsByPlatform() {
    Map<Platform, Integer> counts = new EnumMap<>(Platform.class);
    for (SocialAccount a : accounts()) {
      counts.merge(a.platform(), 1, Integer::sum);
    }
    return Maps.immutableEnumMap(counts);
  }

  /**
   * Counts the accounts per business unit; accounts of no unit are counted under {@link #CENTRAL}.
   *
   * @return the counts, units in the order given, then {@link #CENTRAL}; units with no account left out
   */
  public ImmutableMap<String, Integer> accountsByUnit() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (BusinessUnit u : businessUnits()) {
      counts.put(u.name(), 0);
    }
    for (SocialAccount a : accounts()) {
      counts.merge(a.businessUnit().orElse(CENTRAL), 1, Integer::sum);
    }
    counts.values().removeIf(n -> n == 0);
    return ImmutableMap.copyOf(counts);
  }

  // -----------------------------------------------------------------------
  /**
   * Returns a copy with a practice graded anew (its note and basis dropped). This instance is immutable
   * and unaffected. Grading a practice that is out of scope brings it back into scope.
   *
   * @param practice  the practice
   * @param adoption  the new grade
   * @return the changed copy, not null
   */
  public Organization withEvidence(Practice practice, Adoption adoption) {
    requireNonNull(practice, "practice");
    requireNonNull(adoption, "adoption");
    ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();
    for (Evidence e : evidence()) {
      if (e.practice() != practice) {
        evidence.add(e);
      }
    }
    evidence.add(Evidence.of(practice, adoption));
    ImmutableSet<Practice> scope =
        outOfScope().stream().filter(p -> p != practice).collect(ImmutableSet.toImmutableSet());
    ImmutableOrganization rescoped = copy().withOutOfScope(scope);
    return rescoped.withEvidence(evidence.build());
  }

  /**
   * Returns a copy with all its evidence replaced: the graded practices and the practices out of scope.
   * Everything else (name, units, roster, charter, accounts) is kept. This instance is immutable and
   * unaffected.
   *
   * <p>{@code Responses.merge} uses this to put the evidence merged from respondents' answers into an
   * organization's structure.
   *
   * @param evidence  the evidence, at most one per practice
   * @param outOfScope  the practices out of scope, none of them graded in {@code evidence}
   * @return the changed copy, not null
   * @throws io.github.socialbiz.SocialBusinessException if a practice is graded twice, or both graded and
   *     out of scope
   */
  public Organization withEvidence(
      Iterable<? extends Evidence> evidence, Iterable<Practice> outOfScope) {
    requireNonNull(evidence, "evidence");
    requireNonNull(outOfScope, "outOfScope");
    return copy()
        .withOutOfScope(ImmutableSet.of())
        .withEvidence(evidence)
        .withOutOfScope(outOfScope);
  }

  /**
   * Returns a copy with all its fact statements replaced. This instance is immutable and unaffected.
   *
   * @param statements  what people said about structural facts, at most one per fact
   * @return the changed copy, not null
   * @throws io.github.socialbiz.SocialBusinessException if a fact is stated twice
   */
  public abstract Organization withFactEvidence(Iterable<? extends FactEvidence> statements);

  /**
   * Returns a copy with another set of the facts its file does not record yet ({@link #notRecorded}). This
   * instance is immutable and unaffected.
   *
   * @param facts  the facts the file does not record yet; empty when it records them all
   * @return the changed copy, not null
   */
  public abstract Organization withNotRecorded(Iterable<Fact> facts);

  /**
   * Returns a copy with another Center of Excellence roster. This instance is immutable and unaffected.
   *
   * @param coe  the roster
   * @return the changed copy, not null
   * @throws io.github.socialbiz.SocialBusinessException if a member sits in an unknown unit
   */
  public abstract Organization withCoe(CenterOfExcellence coe);

  /**
   * Returns a copy with other business units. This instance is immutable and unaffected.
   *
   * @param units  the units
   * @return the changed copy, not null
   * @throws io.github.socialbiz.SocialBusinessException if accounts or members then sit in an unknown unit
   */
  public abstract Organization withBusinessUnits(Iterable<? extends BusinessUnit> units);

  /**
   * Returns a copy with another charter. This instance is immutable and unaffected.
   *
   * @param charter  the charter
   * @return the changed copy, not null
   */
  public abstract Organization withCharter(Charter charter);

  /**
   * Returns a copy with another crisis team. This instance is immutable and unaffected.
   *
   * @param team  the people named to respond in a crisis, possibly empty
   * @return the changed copy, not null
   */
  public abstract Organization withCrisisTeam(Iterable<? extends Responder> team);

  /**
   * Returns a copy with another account inventory. This instance is immutable and unaffected.
   *
   * @param accounts  the corporate social accounts, possibly empty
   * @return the changed copy, not null
   * @throws io.github.socialbiz.SocialBusinessException if two accounts share a platform and handle, or an
   *     account sits in an unknown unit
   */
  public abstract Organization withAccounts(Iterable<? extends SocialAccount> accounts);

  // -----------------------------------------------------------------------
  private ImmutableOrganization copy() {
    return (ImmutableOrganization) ImmutableOrganization.copyOf(this);
  }

  /**
   * The out-of-scope practices as bits by ordinal (there are fewer than 64 practices; the class
   * initializer checks it). Derived when the organization is built, a final field, not lazily: the gates
   * read it on their hot path, for every practice criterion.
   */
  @Value.Derived
  @Value.Auxiliary
  long outOfScopeBits() {
    long bits = 0;
    for (Practice p : outOfScope()) {
      bits |= 1L << p.ordinal();
    }
    return bits;
  }

  /** Each practice's grade by ordinal; derived as above. */
  @Value.Derived
  @Value.Auxiliary
  ImmutableList<Grade> grades() {
    Grade[] grades = new Grade[PRACTICES.length];
    for (Practice p : PRACTICES) {
      Evidence e = evidenceByPractice().get(p);
      grades[p.ordinal()] =
          e != null
              ? Grade.of(e.adoption())
              : isInScope(p) ? Grade.notAssessed() : Grade.outOfScope();
    }
    return ImmutableList.copyOf(grades);
  }

  /** For each grade by ordinal, the practices in scope graded at least that; derived as above. */
  @Value.Derived
  @Value.Auxiliary
  ImmutableList<ImmutableSet<Practice>> practicesByMinimum() {
    ImmutableList.Builder<ImmutableSet<Practice>> sets = ImmutableList.builder();
    for (Adoption minimum : Adoption.values()) {
      Set<Practice> set = EnumSetHolder.noneOf();
      for (Practice p : PRACTICES) {
        if (isInScope(p) && grade(p).lowest().isAtLeast(minimum)) {
          set.add(p);
        }
      }
      sets.add(Sets.immutableEnumSet(set));
    }
    return sets.build();
  }

  @Value.Lazy
  ImmutableMap<Practice, Evidence> evidenceByPractice() {
    Map<Practice, Evidence> map = new EnumMap<>(Practice.class);
    for (Evidence e : evidence()) {
      if (isInScope(e.practice())) {
        map.put(e.practice(), e);
      }
    }
    return Maps.immutableEnumMap(map);
  }

  private BusinessUnit requireUnit(String unit) {
    return businessUnit(unit)
        .orElseThrow(
            () ->
                new SocialBusinessException(
                    "Organization.businessUnits has no unit '"
                        + unit
                        + "' (units: "
                        + unitNames()
                        + ")"));
  }

  private Set<String> unitNames() {
    Set<String> names = new TreeSet<>();
    for (BusinessUnit u : businessUnits()) {
      names.add(u.name());
    }
    return names;
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Organization", "name");
    Checks.check(
        employees() >= 1, "Organization.employees must be at least 1, but was %s", employees());
    industry()
        .ifPresent(
            i ->
                Checks.check(
                    !i.isBlank(),
                    "Organization.industry must not be blank when given, but was '%s'",
                    i));
    for (String region : regions()) {
      Checks.check(
          !region.isBlank(),
          "Organization.regions must not hold a blank name, but held '%s'",
          region);
    }
    Set<String> units = new HashSet<>();
    for (BusinessUnit u : businessUnits()) {
      Checks.check(
          units.add(u.name()),
          "Organization.businessUnits must have unique names, but '%s' appears twice",
          u.name());
      Checks.check(
          !u.name().equals(CENTRAL),
          "Organization.businessUnits must not use the reserved name '%s'",
          CENTRAL);
    }
    Set<Practice> graded = EnumSetHolder.noneOf();
    for (Evidence e : evidence()) {
      Checks.check(
          graded.add(e.practice()),
          "Organization.evidence must grade each practice at most once, but %s is graded twice",
          e.practice());
      Checks.check(
          !outOfScope().contains(e.practice()),
          "Organization.outOfScope must not hold a graded practice, but %s is both graded (%s) and out of scope",
          e.practice(),
          e.adoption());
    }
    Set<Fact> stated = EnumSet.noneOf(Fact.class);
    for (FactEvidence f : factEvidence()) {
      Checks.check(
          stated.add(f.fact()),
          "Organization.factEvidence must state each fact at most once, but %s is stated twice",
          f.fact());
    }
    for (Member m : coe().members()) {
      m.businessUnit()
          .ifPresent(
              u ->
                  Checks.check(
                      units.contains(u),
                      "Member.businessUnit must name a unit of the organization (one of %s), but was '%s' for '%s'",
                      new TreeSet<>(units),
                      u,
                      m.name()));
    }
    Set<String> responders = new HashSet<>();
    for (Responder r : crisisTeam()) {
      Checks.check(
          responders.add(r.name()),
          "Organization.crisisTeam must name each person once, but '%s' appears twice",
          r.name());
    }
    Set<String> handles = new HashSet<>(accounts().size() * 2);
    for (SocialAccount a : accounts()) {
      a.businessUnit()
          .ifPresent(
              u ->
                  Checks.check(
                      units.contains(u),
                      "SocialAccount.businessUnit must name a unit of the organization (one of %s), but was '%s' for %s",
                      new TreeSet<>(units),
                      u,
                      a));
      Checks.check(
          handles.add(a.uniqueKey()),
          "Organization.accounts must not hold the same handle twice on one platform, but %s appears twice",
          a);
    }
  }

  /** Keeps the EnumSet factory out of the generated class's way. */
  private static final class EnumSetHolder {
    static Set<Practice> noneOf() {
      return EnumSet.noneOf(Practice.class);
    }
  }

  /**
   * Returns a summary of the organization, such as {@code Organization{Acme Retail, 4000 employees,
   * units=0, evidence=2, coe=0, accounts=0}}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Organization{"
        + name()
        + ", "
        + employees()
        + " employees"
        + regulated().map(r -> r ? ", regulated" : ", not regulated").orElse("")
        + sector().map(x -> ", sector " + x.code()).orElse("")
        + declaredModel().map(m -> ", declared " + m).orElse("")
        + ", units="
        + businessUnits().size()
        + ", evidence="
        + evidence().size()
        + (outOfScope().isEmpty() ? "" : ", outOfScope=" + outOfScope().size())
        + (notRecorded().isEmpty() ? "" : ", notRecorded=" + notRecorded().size())
        + ", coe="
        + coe().members().size()
        + (charter().isPresent() ? ", charter" : "")
        + ", accounts="
        + accounts().size()
        + "}";
  }

  /**
   * Builder of {@link Organization}. Besides the generated methods it has {@code evidence(...)}
   * shortcuts.
   */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}

    /**
     * Adds self-reported evidence about a practice.
     *
     * @param practice  the practice
     * @param adoption  its grade
     * @return this builder, not null
     */
    @CanIgnoreReturnValue
    public Builder evidence(Practice practice, Adoption adoption) {
      addEvidence(Evidence.of(practice, adoption));
      return this;
    }

    /**
     * Adds evidence about a practice with a note and its basis.
     *
     * @param practice  the practice
     * @param adoption  its grade
     * @param note  what the assessor saw or heard, not blank
     * @param basis  what the evidence rests on
     * @return this builder, not null
     */
    @CanIgnoreReturnValue
    public Builder evidence(Practice practice, Adoption adoption, String note, Basis basis) {
      addEvidence(Evidence.of(practice, adoption, note, basis));
      return this;
    }
  }
}
