package io.github.socialbiz.responses;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Adoption;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the grades several respondents gave one practice become one grade: {@link #MEDIAN} (the default),
 * {@link #CONSERVATIVE}, or {@link #decidedBy(String) one named respondent decides}, such as {@code
 * MergePolicy.decidedBy("Ana Ruiz")}.
 *
 * <p>Only grades take part ({@code none}, {@code some}, {@code half}, {@code most}): "don't know" and
 * "not applicable" answers are counted by {@link Responses#merge} before a policy is asked. Every policy
 * gives a grade some respondent actually gave.
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
   * the others' grades. {@link Responses#merge} requires the name to be one of its respondents'.
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
