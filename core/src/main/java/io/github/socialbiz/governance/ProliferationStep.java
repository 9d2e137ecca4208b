package io.github.socialbiz.governance;

import static io.github.socialbiz.source.Provenance.CORROBORATED;
import static io.github.socialbiz.source.Provenance.SINGLE_SOURCE;
import static java.util.Objects.requireNonNull;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Source;
import java.util.List;
import java.util.Optional;

/**
 * A step of the recommended way to bring social account proliferation under control (2012), such as
 * {@code AUDIT}, in order.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum ProliferationStep {
  /** Step 1: inventory accounts and assets, and use governance to retire accounts. */
  AUDIT(
      "Audit and get ready",
      "Take an inventory of every account and asset, and retire accounts under governance",
      Provenance.CORROBORATED_STEP),
  /** Step 2: understand business needs and choose among the report's use cases. */
  BUSINESS_NEEDS(
      "Understand business needs",
      "Work out what each business need requires before choosing how to serve it",
      Provenance.SINGLE_SOURCE_STEP),
  /** Step 3: choose a social media management system. */
  MANAGEMENT_SYSTEM(
      "Choose a management system",
      "Select a social media management system; no single vendor covered every need",
      Provenance.CORROBORATED_STEP),
  /** Step 4: add services from agencies and partners. */
  SERVICES(
      "Add services",
      "Bring in agencies and partners for what the organization should not do itself",
      Provenance.CORROBORATED_STEP),
  /** Step 5: roll out with education and testing. */
  ROLL_OUT(
      "Roll out with education",
      "Roll the program out with employee education and testing",
      Provenance.CORROBORATED_STEP);

  /** Provenance of a step, kept private to the enum. */
  private enum Provenance {
    CORROBORATED_STEP,
    SINGLE_SOURCE_STEP
  }

  private static final ProliferationStep[] VALUES = values();
  private static final Lookup<ProliferationStep> LOOKUP =
      Lookup.of(ProliferationStep.class, s -> List.of(s.displayName));

  private final String displayName;
  private final String description;
  private final Provenance provenance;

  ProliferationStep(String displayName, String description, Provenance provenance) {
    this.displayName = displayName;
    this.description = description;
    this.provenance = provenance;
  }

  /**
   * Obtains a step from its name, number or display name, in any case.
   *
   * @param text  the text
   * @return the step, not null
   * @throws SocialBusinessException if the text names no step
   */
  public static ProliferationStep parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the step number, from 1 to 5.
   *
   * @return the number
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Gets the human-readable name, such as "Audit and get ready".
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Gets what the step involves, in the library's words.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Gets the next step.
   *
   * @return the next step, or empty after {@link #ROLL_OUT}
   */
  public Optional<ProliferationStep> next() {
    return this == ROLL_OUT ? Optional.empty() : Optional.of(VALUES[ordinal() + 1]);
  }

  /**
   * Gets where the step is recommended. The names of the report's five use cases (step 2) were not
   * retrievable, so that step is single-source.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return Source.PROLIFERATION_2012.at(
        "Recommended steps, step " + number(),
        provenance == Provenance.CORROBORATED_STEP ? CORROBORATED : SINGLE_SOURCE);
  }
}
