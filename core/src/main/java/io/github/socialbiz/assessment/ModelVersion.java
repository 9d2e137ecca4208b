package io.github.socialbiz.assessment;

/**
 * The version of the frameworks as data: the gate criteria, the thresholds, the standard rules, the
 * adoption weights and the survey figures the assessment reads. It is raised whenever any of them changes
 * meaning, so a stored assessment says which model judged it and {@link AssessmentDiff} can tell a change
 * of the model from a change of the organization.
 *
 * <p>A test fingerprints the model (every criterion with its citation, every standard rule's metadata,
 * the thresholds and weights, the statistics, and the results of assessing the samples) and fails when the
 * fingerprint changes without a raise of {@link #CURRENT}.
 *
 * <p>History: 1, the model as first released.
 */
public final class ModelVersion {

  /** The model version of this release of the library. */
  public static final int CURRENT = 1;

  private ModelVersion() {}
}
