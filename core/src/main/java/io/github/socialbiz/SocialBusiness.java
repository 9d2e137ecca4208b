package io.github.socialbiz;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.AssessmentDiff;
import io.github.socialbiz.assessment.Assessor;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.report.Reports;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The entry points a consultant types first, intended for static import in JShell:
 *
 * <pre>{@code
 * import static io.github.socialbiz.SocialBusiness.*;
 * Assessment a = assess(multinational(), LocalDate.of(2026, 6, 30));
 * String md = markdown(a);
 * String page = html(a);
 * }</pre>
 *
 * <p>{@link #assess(Organization)} is the only place in socialbiz that reads the clock: it assesses as of
 * today in the system time zone. Everything else takes its date as an argument.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SocialBusiness {

  private SocialBusiness() {}

  /**
   * Assesses an organization as of today in the system's default time zone, with the standard assessor.
   * This is the only place the library reads the clock; code that must be repeatable should pass the date.
   *
   * @param organization  the organization
   * @return the assessment, not null
   */
  public static Assessment assess(Organization organization) {
    return assess(organization, LocalDate.now(ZoneId.systemDefault()));
  }

  /**
   * Assesses an organization as of a date, with the standard assessor.
   *
   * @param organization  the organization
   * @param asOf  the date the evidence describes
   * @return the assessment, not null
   */
  public static Assessment assess(Organization organization, LocalDate asOf) {
    return Assessor.standard()
        .assess(requireNonNull(organization, "organization"), requireNonNull(asOf, "asOf"));
  }

  /**
   * Renders an assessment as Markdown.
   *
   * @param assessment  the assessment
   * @return the Markdown text, not null
   */
  public static String markdown(Assessment assessment) {
    return Reports.markdown(assessment);
  }

  /**
   * Renders an assessment as a self-contained HTML page with pictures.
   *
   * @param assessment  the assessment
   * @return the HTML page, not null
   */
  public static String html(Assessment assessment) {
    return Reports.html(assessment);
  }

  /**
   * Compares two assessments of one organization.
   *
   * @param before  the earlier assessment
   * @param after  the later assessment
   * @return what changed, not null
   * @throws SocialBusinessException if the assessments are of different organizations
   */
  public static AssessmentDiff compare(Assessment before, Assessment after) {
    return AssessmentDiff.between(before, after);
  }

  /**
   * Gets the sample organization still listening and piloting (Harbor Credit Union).
   *
   * @return the sample, not null
   */
  public static Organization listeningPilot() {
    return SampleOrganizations.listeningPilot();
  }

  /**
   * Gets the sample organization with a presence but no response process (Bluefin Foods).
   *
   * @return the sample, not null
   */
  public static Organization presenceWithoutResponse() {
    return SampleOrganizations.presenceWithoutResponse();
  }

  /**
   * Gets the sample multinational with business units, a CoE and 178 accounts (Globex Industries).
   *
   * @return the sample, not null
   */
  public static Organization multinational() {
    return SampleOrganizations.multinational();
  }

  /**
   * Gets every sample organization, least mature first.
   *
   * @return the samples, not empty
   */
  public static ImmutableList<Organization> samples() {
    return SampleOrganizations.all();
  }
}
