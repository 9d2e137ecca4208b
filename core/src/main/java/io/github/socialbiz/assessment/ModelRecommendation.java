package io.github.socialbiz.assessment;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.socialbiz.internal.Checks;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.source.Citation;
import org.immutables.value.Value;

/**
 * The organizational model the evidence supports, with the reasons and their citations, such as {@code
 * DANDELION: 3 business units in 3 regions; ...}.
 *
 * @implSpec This class is immutable and thread-safe. It cannot be subclassed outside this package.
 */
@Value.Immutable
@Immutable
@SuppressWarnings("exports")
public abstract class ModelRecommendation {

  ModelRecommendation() {}

  /**
   * Obtains a recommendation, for readers of stored assessments; recommendations are normally made by
   * {@link ModelFit#recommend}.
   *
   * @param model  the recommended model
   * @param reasons  why, in order
   * @param citations  the sources of the reasons
   * @return the recommendation, not null
   * @throws io.github.socialbiz.SocialBusinessException if {@code reasons} is empty
   */
  public static ModelRecommendation of(
      OrganizationalModel model, Iterable<String> reasons, Iterable<Citation> citations) {
    return ImmutableModelRecommendation.builder()
        .model(model)
        .addAllReasons(reasons)
        .addAllCitations(citations)
        .build();
  }

  /**
   * Gets the recommended model.
   *
   * @return the model, not null
   */
  public abstract OrganizationalModel model();

  /**
   * Gets why the evidence supports the model, drawing on its advantages and drawbacks.
   *
   * @return the reasons, not empty
   */
  public abstract ImmutableList<String> reasons();

  /**
   * Gets the citations behind the reasons.
   *
   * @return the citations, not empty
   */
  public abstract ImmutableList<Citation> citations();

  @Value.Check
  void check() {
    Checks.check(
        !reasons().isEmpty(),
        "ModelRecommendation.reasons must not be empty, but was empty for %s",
        model());
  }

  /**
   * Returns the recommendation as text, such as {@code DANDELION: reason; reason}.
   *
   * @return the recommendation as text, not null
   */
  @Override
  public String toString() {
    return model() + ": " + String.join("; ", reasons());
  }
}
