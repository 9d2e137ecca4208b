package io.github.socialbiz.assessment;

import static java.util.Objects.requireNonNull;

import com.google.common.annotations.VisibleForTesting;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.socialbiz.maturity.MaturityLevel;
import io.github.socialbiz.maturity.Rung;
import io.github.socialbiz.maturity.Stage;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.FactCriterion;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.practice.PracticeCriterion;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.rules.Rule;
import io.github.socialbiz.rules.RuleBook;
import io.github.socialbiz.rules.Truth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The gates of an ordered ladder, the six {@link #stages() stages} or the five maturity {@link #levels()
 * levels}, as rules over an organization, answering where it stands and what stands between it and a
 * target.
 *
 * <pre>{@code
 * Gates<Stage> stages = Gates.stages();
 * stages.reached(globex);                        // Optional[FORMALIZED]
 * stages.nextGate(globex);                       // Optional[Gate[STRATEGIC: 4 of 5 met; unmet: [...]]]
 * stages.path(bluefin, Stage.FORMALIZED);        // [Gate[ENGAGEMENT ...], Gate[FORMALIZED ...]]: never a jump
 * stages.gate(Stage.STRATEGIC).evaluate(globex).explain("stage.strategic.executive-sponsor-named");
 * }</pre>
 *
 * <p>Semantics (hierarchy of needs): a rung is reached only when its gate and the gate of every rung
 * below it hold, so no rung is ever skipped. Every organization reaches {@link Stage#PLANNING}, whose
 * gate is empty; an organization may reach no maturity level at all. Raising any evidence never lowers
 * the rung reached, because every criterion is a minimum grade or a structural fact.
 *
 * @param <L>  the rung type
 * @implSpec This class is immutable and thread-safe.
 */
public final class Gates<L extends Enum<L> & Rung> {

  private static final Gates<Stage> STAGES = new Gates<>(Stage.class);
  private static final Gates<MaturityLevel> LEVELS = new Gates<>(MaturityLevel.class);

  private final ImmutableList<L> rungs;
  private final ImmutableMap<L, ImmutableList<Criterion>> criteria;
  private final ImmutableMap<L, RuleBook<Organization>> books;

  /** The criteria of each rung, unpacked for the fast path of {@link #reached}. */
  private final Gate[] fastGates;

  /**
   * One rung's criteria unpacked: for each minimum grade, the set of practices that must be in scope at
   * that grade or above, and the structural facts. With enum sets, a rung's practice criteria are a few
   * bit tests ({@link Organization#practicesAtLeast}) instead of one lookup per criterion.
   */
  private static final class Gate {
    private final Adoption[] minima;

    /** Plain enum sets (Guava's immutable ones of size 0 or 1 are not enum sets); never changed. */
    private final EnumSet<Practice>[] required;

    private final FactMeaning[] facts;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of one generic type, never exposed
    Gate(ImmutableList<Criterion> criteria) {
      Map<Adoption, EnumSet<Practice>> byMinimum = new EnumMap<>(Adoption.class);
      ImmutableList.Builder<FactMeaning> facts = ImmutableList.builder();
      for (Criterion c : criteria) {
        if (c instanceof PracticeCriterion p) {
          byMinimum
              .computeIfAbsent(p.minimum(), m -> EnumSet.noneOf(Practice.class))
              .add(p.practice());
        } else if (c instanceof FactCriterion f) {
          facts.add(FactMeaning.of(f.fact()));
        }
      }
      this.minima = byMinimum.keySet().toArray(new Adoption[0]);
      this.required = new EnumSet[minima.length];
      for (int i = 0; i < minima.length; i++) {
        required[i] = requireNonNull(byMinimum.get(minima[i]));
      }
      this.facts = facts.build().toArray(new FactMeaning[0]);
    }

    /**
     * Whether the gate holds for a view of the grades: known to hold, or, when {@code possibly}, could
     * still hold (facts true or unknown; the grades are then the optimistic view).
     */
    boolean holds(Organization o, Grades grades, boolean possibly) {
      for (int i = 0; i < minima.length; i++) {
        if (!grades.allAtLeast(required[i], minima[i])) {
          return false;
        }
      }
      for (FactMeaning fact : facts) {
        if (!(possibly ? fact.possible(o) : fact.holds(o))) {
          return false;
        }
      }
      return true;
    }
  }

  /** Builds the gates of a ladder; only {@link #stages()} and {@link #levels()} keep them. */
  @VisibleForTesting // built again by FreshBooksTest, after the class has initialized
  Gates(Class<L> type) {
    this.rungs = ImmutableList.copyOf(type.getEnumConstants());
    Map<L, ImmutableList<Criterion>> c = new EnumMap<>(type);
    Map<L, RuleBook<Organization>> b = new EnumMap<>(type);
    for (L rung : rungs) {
      ImmutableList<Criterion> list = rung.entryCriteria();
      c.put(rung, list);
      String gateName = "The " + rung.displayName() + " gate";
      ImmutableList.Builder<Rule<Organization>> rules = ImmutableList.builder();
      for (Criterion criterion : list) {
        rules.add(CriterionRules.rule(criterion, gateName));
      }
      b.put(rung, RuleBook.of("gate." + rung.name().toLowerCase(Locale.ROOT), rules.build()));
    }
    this.criteria = Maps.immutableEnumMap(c);
    this.fastGates = new Gate[rungs.size()];
    for (int r = 0; r < rungs.size(); r++) {
      fastGates[r] = new Gate(requireNonNull(c.get(rungs.get(r))));
    }
    this.books = Maps.immutableEnumMap(b);
  }

  /**
   * Gets the gates of the six stages of social business transformation.
   *
   * @return the stage gates, not null
   */
  public static Gates<Stage> stages() {
    return STAGES;
  }

  /**
   * Gets the gates of the five levels of the social business hierarchy of needs.
   *
   * @return the level gates, not null
   */
  public static Gates<MaturityLevel> levels() {
    return LEVELS;
  }

  /**
   * Gets the rungs, lowest first.
   *
   * @return the rungs, not empty
   */
  public ImmutableList<L> rungs() {
    return rungs;
  }

  /**
   * Gets the gate into a rung as a rule book, one rule per entry criterion, ids equal to the criteria's.
   *
   * @param rung  the stage or level
   * @return the gate's rules, empty for {@link Stage#PLANNING}
   */
  public RuleBook<Organization> gate(L rung) {
    return requireNonNull(books.get(requireNonNull(rung, "rung")));
  }

  /**
   * Gets every gate's rules in one book, lowest rung first.
   *
   * @return the rules of all gates, not null
   */
  public RuleBook<Organization> allGates() {
    RuleBook<Organization> all = books.get(rungs.get(0));
    for (int i = 1; i < rungs.size(); i++) {
      all = requireNonNull(all).with(requireNonNull(books.get(rungs.get(i))));
    }
    return requireNonNull(all).named(rungs.get(0).ladder().prefix() + "-gates");
  }

  /**
   * Evaluates one gate.
   *
   * @param organization  the organization
   * @param rung  the stage or level whose gate to evaluate
   * @return the gate's result, not null
   */
  public GateResult<L> evaluate(Organization organization, L rung) {
    return new GateResult<>(
        rung, requireNonNull(criteria.get(rung)), gate(rung).evaluate(organization));
  }

  /**
   * Gets the highest rung whose gate, and the gate of every rung below it, holds.
   *
   * @param organization  the organization
   * @return the rung reached; always present for stages; empty if no maturity level is reached yet
   */
  public Optional<L> reached(Organization organization) {
    requireNonNull(organization, "organization");
    return reached(organization, Grades.of(organization), false);
  }

  /**
   * The highest rung reached by a view of the organization's grades. Gives the same answer as evaluating
   * the gates' rule books (a property test checks it), without building outcomes and explanations.
   */
  Optional<L> reached(Organization organization, Grades grades) {
    return reached(organization, grades, false);
  }

  /**
   * The highest rung reached by a view of the grades, or with {@code possibly} the highest still
   * possible (the view should then be the optimistic one, {@link Grades#assumingUnassessedMet}).
   */
  Optional<L> reached(Organization organization, Grades grades, boolean possibly) {
    L reached = null;
    for (int r = 0; r < fastGates.length; r++) {
      if (!fastGates[r].holds(organization, grades, possibly)) {
        break;
      }
      reached = rungs.get(r);
    }
    return Optional.ofNullable(reached);
  }

  /**
   * Gets the highest rung still possible: the rung the organization would reach if every practice not
   * yet assessed ({@link Organization#notAssessed()}) and every structural fact nobody could answer turned
   * out to meet its criteria. Never below {@link #reached}; equal to it when nothing that matters is
   * missing.
   *
   * @param organization  the organization
   * @return the rung possible; always present for stages
   */
  public Optional<L> possible(Organization organization) {
    requireNonNull(organization, "organization");
    return reached(organization, Grades.assumingUnassessedMet(organization), true);
  }

  /**
   * Gets the profile of an organization across the ladder: every rung's gate evaluated on its own, not
   * cumulatively, lowest first, each criterion met, unmet or not verified (rungs without criteria, such as {@link Stage#PLANNING}, are left out).
   * Where {@link #reached} gives the strict rung, the profile shows work done above it, such as a
   * Formalized gate met while gaps remain at Presence.
   *
   * <pre>{@code
   * Gates.stages().profile(globex);   // [PRESENCE: 5 of 5 met, ..., STRATEGIC: 4 of 5 met, CONVERGED: 4 of 8 met]
   * }</pre>
   *
   * @param organization  the organization
   * @return one summary per rung with a gate, not null
   */
  public ImmutableList<GateSummary> profile(Organization organization) {
    requireNonNull(organization, "organization");
    Grades grades = Grades.of(organization);
    ImmutableList.Builder<GateSummary> profile = ImmutableList.builder();
    for (L rung : rungs) {
      ImmutableList<Criterion> gate = requireNonNull(criteria.get(rung));
      if (gate.isEmpty()) {
        continue;
      }
      List<Criterion> met = new ArrayList<>();
      List<Criterion> unmet = new ArrayList<>();
      List<Criterion> unknown = new ArrayList<>();
      for (Criterion c : gate) {
        Truth t = truth(c, organization, grades);
        (t.isTrue() ? met : t.isFalse() ? unmet : unknown).add(c);
      }
      profile.add(GateSummary.of(rung, met, unmet, unknown));
    }
    return profile.build();
  }

  /** One criterion, on three values. */
  private static Truth truth(Criterion c, Organization o, Grades grades) {
    if (c instanceof PracticeCriterion p) {
      return grades.grade(p.practice()).atLeast(p.minimum());
    }
    return FactMeaning.of(((FactCriterion) c).fact()).truth(o);
  }

  /**
   * Gets the first rung not reached.
   *
   * @param organization  the organization
   * @return the next rung, or empty at the top
   */
  public Optional<L> next(Organization organization) {
    Optional<L> reached = reached(organization);
    if (reached.isEmpty()) {
      return Optional.of(rungs.get(0));
    }
    int i = rungs.indexOf(reached.get());
    return i + 1 < rungs.size() ? Optional.of(rungs.get(i + 1)) : Optional.empty();
  }

  /**
   * Evaluates the gate to the next rung: exactly what the organization lacks to advance one step.
   *
   * @param organization  the organization
   * @return the next gate's result, or empty at the top
   */
  public Optional<GateResult<L>> nextGate(Organization organization) {
    return next(organization).map(rung -> evaluate(organization, rung));
  }

  /**
   * Checks if an organization has reached a rung.
   *
   * @param organization  the organization
   * @param target  the stage or level
   * @return true if the target and every rung below it are reached
   */
  public boolean canReach(Organization organization, L target) {
    requireNonNull(target, "target");
    return reached(organization).map(r -> r.compareTo(target) >= 0).orElse(false);
  }

  /**
   * Gets the gates between where an organization stands and a target, each evaluated: asking for a jump
   * of several rungs is answered with every intermediate gate, in order.
   *
   * @param organization  the organization
   * @param target  the stage or level to reach
   * @return the gates after the rung reached up to and including the target; empty if already reached
   */
  public ImmutableList<GateResult<L>> path(Organization organization, L target) {
    requireNonNull(target, "target");
    int from = reached(organization).map(r -> rungs.indexOf(r) + 1).orElse(0);
    ImmutableList.Builder<GateResult<L>> path = ImmutableList.builder();
    for (int i = from; i <= rungs.indexOf(target); i++) {
      path.add(evaluate(organization, rungs.get(i)));
    }
    return path.build();
  }

  /**
   * Returns the ladder as text, such as {@code Gates[PLANNING..CONVERGED]}.
   *
   * @return the ladder as text, not null
   */
  @Override
  public String toString() {
    return "Gates[" + rungs.get(0) + ".." + rungs.get(rungs.size() - 1) + "]";
  }
}
