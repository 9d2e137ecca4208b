package io.github.socialbiz.maturity;

import static io.github.socialbiz.practice.Adoption.HALF;
import static io.github.socialbiz.practice.Adoption.MOST;
import static io.github.socialbiz.practice.Adoption.SOME;
import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.INFERRED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;
import static io.github.socialbiz.source.Source.KMWORLD_2011;
import static io.github.socialbiz.source.Source.SOCIAL_READINESS_2011;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import io.github.socialbiz.practice.Criterion;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.source.Citation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A level of the social business hierarchy of needs, such as {@code SAFETY}, from Owyang, <i>Social
 * Business Readiness: How Advanced Companies Prepare Internally</i> (2011), modelled on Maslow.
 *
 * <p>Levels are climbed from the base: an organization reaches a level only when that level's
 * requirements and those of every level below hold. Unlike the stages, level 1 has requirements of its
 * own, so an organization may not have reached any level yet.
 *
 * <p><b>The "formation" naming conflict.</b> The report and every report-based summary call level 1
 * Foundation and level 3 Formation. One talk write-up (KMWorld 2011, seed S1) calls the base level
 * "formation", which the library treats as a transcription slip. Therefore {@code parse("formation")}
 * returns {@link #FORMATION} (level 3), the report's naming, and the slip is kept only as the qualified
 * alias "Formation (level 1)", which {@code parse} maps to {@link #FOUNDATION}. {@link
 * #knownMisnomers()} lists it.
 *
 * <p>Where the sources place a requirement differently (the team and organizational model sit in Safety
 * in one summary, the charter and CoE in level 3 in the talk), the levels are requirement sets and the
 * criteria cite the placement chosen.
 *
 * <p><b>Do not use {@code ordinal()} to obtain the level. Use {@link #number()} instead.</b>
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum MaturityLevel implements Rung {
  /** Level 1 (base): know why you are social; goals, policies, education and access in place. */
  FOUNDATION(
      "Foundation",
      "The organization knows why it uses social: business objectives are set, governance, employee "
          + "policies and education are in place, and employees can reach the tools.",
      List.of("Formation (level 1)")),
  /** Level 2: get organized; a team, processes, workflow, and a crisis plan and team. */
  SAFETY(
      "Safety",
      "The organization gets organized: a team is appointed and processes and workflows exist, "
          + "including a crisis team and response plan.",
      List.of()),
  /** Level 3: connect business units and formalize the program, with a charter and a CoE. */
  FORMATION(
      "Formation",
      "Business units are connected to coordinate and stop duplicating work, and the program is "
          + "formalized into one whole with a charter and a Center of Excellence.",
      List.of()),
  /** Level 4: let business units thrive within set parameters; training, then process, then technology. */
  ENABLEMENT(
      "Enablement",
      "Business units get support and room to run social themselves within set limits, because the "
          + "central team cannot scale by doing everything; training comes first, then process, then technology.",
      List.of()),
  /** Level 5 (top): real-time market response built into business processes; the whole company takes part. */
  ENLIGHTENMENT(
      "Enlightenment",
      "Real-time response to the market is built into business processes and planning, the whole "
          + "company takes part, and the organization works towards anticipating what customers want.",
      List.of());

  private static final MaturityLevel[] VALUES = values();
  private static final Lookup<MaturityLevel> LOOKUP =
      Lookup.of(
          MaturityLevel.class,
          l -> ImmutableList.<String>builder().add(l.displayName).addAll(l.misnomers).build());
  private static final ImmutableMap<MaturityLevel, ImmutableList<Criterion>> CRITERIA =
      criteriaTable();

  private final String displayName;
  private final String summary;
  private final ImmutableList<String> misnomers;

  MaturityLevel(String displayName, String summary, List<String> misnomers) {
    this.displayName = displayName;
    this.summary = summary;
    this.misnomers = ImmutableList.copyOf(misnomers);
  }

  // -----------------------------------------------------------------------
  /**
   * Obtains a level from its number.
   *
   * @param number  the level, from 1 (FOUNDATION) to 5 (ENLIGHTENMENT)
   * @return the level, not null
   * @throws SocialBusinessException if the number is outside 1 to 5
   */
  public static MaturityLevel of(int number) {
    return Ladders.of(VALUES, number, "MaturityLevel");
  }

  /**
   * Obtains a level from text: its name, number or display name in any case, or the known misnomer
   * "Formation (level 1)". Plain "formation" is level 3, as the report names it.
   *
   * @param text  the text to parse
   * @return the level, not null
   * @throws SocialBusinessException if the text names no level; the message lists the accepted spellings
   */
  public static MaturityLevel parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  // -----------------------------------------------------------------------
  @Override
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Gets the ladder this level is on, {@link Rung.Ladder#LEVELS}.
   *
   * @return the ladder, not null
   */
  @Override
  public Rung.Ladder ladder() {
    return Rung.Ladder.LEVELS;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public String summary() {
    return summary;
  }

  /**
   * Gets names that a source used for this level by mistake, qualified so that they do not clash with
   * another level's name.
   *
   * @return the misnomers, possibly empty; "Formation (level 1)" for {@link #FOUNDATION}
   */
  public ImmutableList<String> knownMisnomers() {
    return misnomers;
  }

  /**
   * Gets where the level is defined.
   *
   * @return the citation, not null
   */
  @Override
  public Citation citation() {
    return SOCIAL_READINESS_2011.at(
        "Hierarchy of needs, level " + number() + ", " + displayName, CORROBORATED);
  }

  /**
   * Gets the requirements of this level beyond those of the levels below.
   *
   * @return the criteria in order, not empty
   */
  @Override
  public ImmutableList<Criterion> entryCriteria() {
    return requireNonNull(CRITERIA.get(this));
  }

  // -----------------------------------------------------------------------
  /**
   * Checks if this level is the same as or higher than another.
   *
   * @param other  the level to compare with
   * @return true if this level is at least {@code other}
   */
  public boolean isAtLeast(MaturityLevel other) {
    return compareTo(requireNonNull(other, "other")) >= 0;
  }

  /**
   * Gets the next higher level.
   *
   * @return the next level, or empty for {@link #ENLIGHTENMENT}
   */
  @Override
  public Optional<MaturityLevel> next() {
    return Ladders.next(this, VALUES);
  }

  /**
   * Gets the next lower level.
   *
   * @return the previous level, or empty for {@link #FOUNDATION}
   */
  @Override
  public Optional<MaturityLevel> previous() {
    return Ladders.previous(this, VALUES);
  }

  // -----------------------------------------------------------------------
  private static ImmutableMap<MaturityLevel, ImmutableList<Criterion>> criteriaTable() {
    Map<MaturityLevel, ImmutableList<Criterion>> m = new EnumMap<>(MaturityLevel.class);
    Citation l1 = SOCIAL_READINESS_2011.at("Hierarchy level 1, Foundation", CORROBORATED);
    Citation l2 = SOCIAL_READINESS_2011.at("Hierarchy level 2, Safety", CORROBORATED);
    Citation l3 = SOCIAL_READINESS_2011.at("Hierarchy level 3, Formation", CORROBORATED);
    Citation l4 = SOCIAL_READINESS_2011.at("Hierarchy level 4, Enablement", CORROBORATED);
    Citation l5 = SOCIAL_READINESS_2011.at("Hierarchy level 5, Enlightenment", CORROBORATED);
    m.put(
        FOUNDATION,
        ImmutableList.of(
            Ladders.practice(FOUNDATION, Practice.BUSINESS_GOALS, HALF, l1),
            Ladders.practice(FOUNDATION, Practice.SOCIAL_MEDIA_POLICY, HALF, l1),
            Ladders.practice(FOUNDATION, Practice.EMPLOYEE_EDUCATION, SOME, l1),
            Ladders.practice(FOUNDATION, Practice.EMPLOYEE_ACCESS, SOME, l1)));
    m.put(
        SAFETY,
        ImmutableList.of(
            Ladders.practice(SAFETY, Practice.DEDICATED_TEAM, SOME, l2),
            Ladders.practice(
                SAFETY,
                Practice.TRIAGE_PROCESS,
                HALF,
                SOCIAL_READINESS_2011.at(
                    "Hierarchy level 2, Safety: processes and workflow (triage is the library's"
                        + " reading, from the talks' advice to triage rather than reply ad hoc)",
                    INFERRED)),
            Ladders.practice(SAFETY, Practice.CRISIS_PLAN, HALF, l2)));
    m.put(
        FORMATION,
        ImmutableList.of(
            Ladders.practice(FORMATION, Practice.BUSINESS_UNIT_COORDINATION, HALF, l3),
            Ladders.fact(
                FORMATION,
                Fact.CENTER_OF_EXCELLENCE_STAFFED,
                KMWORLD_2011.at("Hierarchy level 3: charter and CoE", SINGLE_SOURCE)),
            Ladders.fact(
                FORMATION,
                Fact.CHARTER_WRITTEN,
                KMWORLD_2011.at("Hierarchy level 3: charter and CoE", SINGLE_SOURCE))));
    m.put(
        ENABLEMENT,
        ImmutableList.of(
            Ladders.practice(
                ENABLEMENT,
                Practice.EMPLOYEE_EDUCATION,
                MOST,
                SOCIAL_READINESS_2011.at(
                    "Hierarchy level 4, Enablement: training first, then process, then technology"
                        + " (an order; education at most of the company is the library's reading)",
                    INFERRED)),
            Ladders.practice(ENABLEMENT, Practice.BUSINESS_UNIT_ENABLEMENT, HALF, l4),
            Ladders.practice(
                ENABLEMENT,
                Practice.BEST_PRACTICE_SHARING,
                HALF,
                SOCIAL_READINESS_2011.at("Finding 3: best-practice sharing", INFERRED))));
    m.put(
        ENLIGHTENMENT,
        ImmutableList.of(
            Ladders.practice(ENLIGHTENMENT, Practice.REAL_TIME_RESPONSE, HALF, l5),
            // "the entire corporation is involved": most or all employees take part; education goes
            // with
            // participation, and Enablement below already asks for education at most of the company
            Ladders.practice(
                ENLIGHTENMENT,
                Practice.EMPLOYEE_PARTICIPATION,
                MOST,
                KMWORLD_2011.at(
                    "reads hierarchy level 5: the entire corporation is involved (most or all)",
                    INFERRED)),
            Ladders.practice(
                ENLIGHTENMENT,
                Practice.CUSTOMER_INSIGHT_INTEGRATION,
                HALF,
                SOCIAL_READINESS_2011.at(
                    "Hierarchy level 5: predict what customers want", INFERRED))));
    return Maps.immutableEnumMap(m);
  }
}
