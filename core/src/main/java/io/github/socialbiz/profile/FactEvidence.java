package io.github.socialbiz.profile;

import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.rules.Truth;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What people said about one structural {@link Fact}, apart from what the organization's file records:
 * that it holds ({@link Truth#TRUE}), that it does not ({@link Truth#FALSE}), or that nobody could say
 * ({@link Truth#UNKNOWN}: asked, and answered "don't know" or split evenly), with a note and the {@link
 * Basis} it rests on, such as {@code CRISIS_TEAM_NAMED=TRUE (SELF_REPORTED: "Ana Ruiz (strategist): yes")}.
 *
 * <p>How a statement and the file combine is the assessment's reading: what the file records wins where it
 * shows the fact in place; where the file is silent, the statement decides, and a statement of {@link
 * Truth#UNKNOWN} leaves the fact unknown (see {@code Assessment}'s documentation of facts).
 *
 * <pre>{@code
 * FactEvidence f = FactEvidence.of(Fact.CRISIS_TEAM_NAMED, Truth.TRUE, "Ana Ruiz (strategist): yes", Basis.SELF_REPORTED);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class FactEvidence {

  FactEvidence() {}

  /**
   * Obtains a self-reported statement with no note.
   *
   * @param fact  the fact
   * @param stated  what was said: it holds, it does not, or nobody could say
   * @return the statement, not null
   */
  public static FactEvidence of(Fact fact, Truth stated) {
    return ImmutableFactEvidence.builder().fact(fact).stated(stated).build();
  }

  /**
   * Obtains a statement with a note and its basis.
   *
   * @param fact  the fact
   * @param stated  what was said: it holds, it does not, or nobody could say
   * @param note  who said what, not blank
   * @param basis  what the statement rests on
   * @return the statement, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code note} is blank
   */
  public static FactEvidence of(Fact fact, Truth stated, String note, Basis basis) {
    return ImmutableFactEvidence.builder()
        .fact(fact)
        .stated(stated)
        .note(note)
        .basis(basis)
        .build();
  }

  /**
   * Gets the fact this statement is about.
   *
   * @return the fact, not null
   */
  public abstract Fact fact();

  /**
   * Gets what was said: it holds, it does not, or nobody could say.
   *
   * @return the statement's truth, not null
   */
  public abstract Truth stated();

  /**
   * Gets who said what.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Gets what the statement rests on; {@link Basis#SELF_REPORTED} unless given.
   *
   * @return the basis, not null
   */
  @Value.Default
  public Basis basis() {
    return Basis.SELF_REPORTED;
  }

  @Value.Check
  void check() {
    note()
        .ifPresent(
            n ->
                Checks.check(
                    !n.isBlank(),
                    "FactEvidence.note must not be blank when given, but was '%s' for %s",
                    n,
                    fact()));
  }

  /**
   * Describes the statement in words a client reads, such as {@code stated: yes (self-reported: "Ana Ruiz
   * (strategist): yes")}.
   *
   * @return the description, not null
   */
  public String describe() {
    String said =
        switch (stated()) {
          case TRUE -> "stated: yes";
          case FALSE -> "stated: no";
          case UNKNOWN -> "asked, nobody could say";
        };
    return said
        + " ("
        + basis().displayName().toLowerCase(Locale.ROOT)
        + note().map(n -> ": \"" + n + "\"").orElse("")
        + ")";
  }

  /**
   * Returns the statement as text, such as {@code CRISIS_TEAM_NAMED=TRUE (SELF_REPORTED: "Ana: yes")}.
   *
   * @return the statement as text, not null
   */
  @Override
  public String toString() {
    return fact()
        + "="
        + stated()
        + " ("
        + basis()
        + note().map(n -> ": \"" + n + "\"").orElse("")
        + ")";
  }
}
