package io.github.socialbiz.responses;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Adoption;
import io.github.socialbiz.rules.Truth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the grades several respondents gave one practice become one grade, and their yes and no about one
 * structural fact one answer: {@link #MEDIAN} (the default), {@link #CONSERVATIVE}, or {@link
 * #decidedBy(String) one named respondent decides}, such as {@code MergePolicy.decidedBy("Ana Ruiz")}.
 *
 * <p>Only grades take part ({@code none}, {@code some}, {@code half}, {@code most}): "don't know" and
 * "not applicable" answers are counted by {@link Responses#merge} before a policy is asked. Every policy
 * gives a grade some respondent actually gave.
 *
 * <p>For a fact only yes and no take part; "don't know" counts for neither side, and a fact nobody
 * answered yes or no (only "don't know") is {@link io.github.socialbiz.rules.Truth#UNKNOWN unknown},
 * never no. What each policy does with them:
 *
 * <ul>
 *   <li>{@link #MEDIAN}: the majority, yes when more answers say yes than no, no for the reverse; a tie is
 *       unknown. Yes and no have no middle, and taking the lower one, as the median of grades does,
 *       would state a split room as a "no".
 *   <li>{@link #CONSERVATIVE}: the lowest answer, as for grades: no when anyone says no, yes when every
 *       yes-or-no answer says yes.
 *   <li>{@link #decidedBy(String) decided by} a respondent: their yes or no where they gave one, and
 *       otherwise the majority of the others (a tie is unknown).
 * </ul>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Immutable
public final class MergePolicy {

  private enum Kind {
    MEDIAN,
    CONSERVATIVE,
    DECIDED_BY
  }

  /**
   * The median grade. For an even number of grades it takes the lower of the two middle grades, a
   * conservative tie: {@code some} and {@code most} give {@code some}; {@code none, some, half, most}
   * give {@code some}.
   */
  public static final MergePolicy MEDIAN = new MergePolicy(Kind.MEDIAN, null);

  /** The lowest grade anyone gave. */
  public static final MergePolicy CONSERVATIVE = new MergePolicy(Kind.CONSERVATIVE, null);

  private final Kind kind;
  private final @Nullable String decider;

  private MergePolicy(Kind kind, @Nullable String decider) {
    this.kind = kind;
    this.decider = decider;
  }

  /**
   * Obtains the policy where one respondent decides: for each practice, that respondent's grade where
   * they gave one, and otherwise (they did not answer, or answered "don't know") the {@link #MEDIAN} of
   * the others' grades; for each fact, their yes or no, and otherwise the others' majority. {@link
   * Responses#merge} requires the name to be one of its respondents'. A deciding respondent who names a
   * business unit answers for that unit only, so decides only the unit's overrides; the organization's
   * evidence is then the median of its own respondents.
   *
   * @param respondentName  the deciding respondent's name, not blank
   * @return the policy, not null
   * @throws io.github.socialbiz.SocialBusinessException if the name is blank
   */
  public static MergePolicy decidedBy(String respondentName) {
    Checks.notBlank(requireNonNull(respondentName, "respondentName"), "MergePolicy", "decidedBy");
    return new MergePolicy(Kind.DECIDED_BY, respondentName);
  }

  /**
   * Gets the name of the respondent who decides.
   *
   * @return the name, or empty for {@link #MEDIAN} and {@link #CONSERVATIVE}
   */
  public Optional<String> decider() {
    return Optional.ofNullable(decider);
  }

  /**
   * Chooses one grade from the graded statements about one practice.
   *
   * @param graded  statements whose meaning is a grade, not empty
   * @return the chosen grade, one of those given
   */
  Adoption choose(List<Statement> graded) {
    return switch (kind) {
      case MEDIAN -> median(graded);
      case CONSERVATIVE -> graded.stream().map(MergePolicy::grade).min(ORDER).orElseThrow();
      case DECIDED_BY -> {
        List<Statement> own =
            graded.stream().filter(s -> s.respondent().name().equals(decider)).toList();
        yield median(own.isEmpty() ? graded : own);
      }
    };
  }

  /**
   * Chooses the answer about one fact from the statements about it (see the class documentation).
   *
   * @param statements  statements whose meaning is {@code HOLDS}, {@code DOES_NOT_HOLD} or {@code
   *     NOT_ASSESSED}
   * @return true, false, or unknown when no yes or no decides it
   */
  Truth chooseFact(List<Statement> statements) {
    List<Boolean> said = new ArrayList<>();
    List<Boolean> decided = new ArrayList<>();
    for (Statement s : statements) {
      Optional<Boolean> holds = s.meaning().holds();
      if (holds.isPresent()) {
        said.add(holds.get());
        if (kind == Kind.DECIDED_BY && s.respondent().name().equals(decider)) {
          decided.add(holds.get());
        }
      }
    }
    if (said.isEmpty()) {
      return Truth.UNKNOWN;
    }
    return switch (kind) {
      case MEDIAN -> majority(said);
      case CONSERVATIVE -> Truth.of(!said.contains(false));
      case DECIDED_BY -> majority(decided.isEmpty() ? said : decided);
    };
  }

  private static Truth majority(List<Boolean> said) {
    int yes = 0;
    for (boolean b : said) {
      if (b) {
        yes++;
      }
    }
    int no = said.size() - yes;
    return yes == no ? Truth.UNKNOWN : Truth.of(yes > no);
  }

  private static final Comparator<Adoption> ORDER = Comparator.naturalOrder();

  private static Adoption median(List<Statement> graded) {
    List<Adoption> sorted = graded.stream().map(MergePolicy::grade).sorted().toList();
    return sorted.get((sorted.size() - 1) / 2);
  }

  private static Adoption grade(Statement s) {
    return s.meaning().grade().orElseThrow();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MergePolicy p && p.kind == kind && Objects.equals(p.decider, decider);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, decider);
  }

  /**
   * Returns the policy as text: {@code median}, {@code conservative} or {@code decided by Ana Ruiz}.
   *
   * @return the policy as text, not null
   */
  @Override
  public String toString() {
    return switch (kind) {
      case MEDIAN -> "median";
      case CONSERVATIVE -> "conservative";
      case DECIDED_BY -> "decided by " + decider;
    };
  }
}
