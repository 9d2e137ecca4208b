package io.github.socialbiz.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.peers.PeerComparison;
import io.github.socialbiz.profile.BusinessUnit;
import io.github.socialbiz.responses.Disagreement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a report is written from, such as {@code ReportContext{Bluefin Foods as of 2026-06-30, 2
 * disagreements, previous 2026-03-31}}: the assessment, and optionally the respondents' {@link
 * Disagreement disagreements} (shown as items for the consensus meeting), an earlier assessment of the
 * same organization (shown as trends and a "since last time" section), the history of its earlier
 * assessments (shown as an "Over time" section with a chart), and a comparison with the consultancy's own
 * peers (an "Among your peers" section).
 *
 * <pre>{@code
 * Merge merge = Responses.merge(Questionnaire.standard(), responses, acme);
 * ReportContext context =
 *     ReportContext.of(SocialBusiness.assess(merge.organization(), asOf))
 *         .withDisagreements(merge.disagreements())
 *         .withPrevious(lastQuarter);
 * // ReportContext{Acme as of 2026-06-30, 1 disagreement, previous 2026-03-30}
 * String page = Reports.html(context);   // with the items for the consensus meeting
 * }</pre>
 *
 * <p>Obtain one with {@link #of(Assessment)} and add to it with the {@code with} methods; a context of an
 * assessment alone gives the same reports as {@link Reports#markdown(Assessment)} and {@link
 * Reports#html(Assessment)}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ReportContext {

  private final Assessment assessment;
  private final ImmutableList<Disagreement> disagreements;
  private final @Nullable Assessment previous;
  private final ImmutableList<Assessment> history;
  private final ReportStyle style;
  private final @Nullable PeerComparison peers;

  private ReportContext(
      Assessment assessment,
      ImmutableList<Disagreement> disagreements,
      @Nullable Assessment previous,
      ImmutableList<Assessment> history,
      ReportStyle style,
      @Nullable PeerComparison peers) {
    this.assessment = assessment;
    this.disagreements = disagreements;
    this.previous = previous;
    this.history = history;
    this.style = style;
    this.peers = peers;
  }

  // -----------------------------------------------------------------------
  /**
   * Obtains the context of an assessment alone: no disagreements, no previous assessment.
   *
   * @param assessment  the assessment to report
   * @return the context, not null
   */
  public static ReportContext of(Assessment assessment) {
    return new ReportContext(
        requireNonNull(assessment, "assessment"),
        ImmutableList.of(),
        null,
        ImmutableList.of(),
        ReportStyle.neutral(),
        null);
  }

  // -----------------------------------------------------------------------
  /**
   * Gets the assessment reported.
   *
   * @return the assessment, not null
   */
  public Assessment assessment() {
    return assessment;
  }

  /**
   * Gets the respondents' disagreements, in the order given, such as a {@link
   * io.github.socialbiz.responses.Merge#disagreements() merge's}.
   *
   * @return the disagreements, empty if none were given
   */
  public ImmutableList<Disagreement> disagreements() {
    return disagreements;
  }

  /**
   * Gets the earlier assessment of the same organization that the report compares with.
   *
   * @return the previous assessment, or empty if none was given
   */
  public Optional<Assessment> previous() {
    return Optional.ofNullable(previous);
  }

  // -----------------------------------------------------------------------
  /**
   * Returns a copy of this context with the disagreements altered; an empty list removes them. Each
   * disagreement of a business unit must name a unit of the assessed organization.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param disagreements  the disagreements, in the order the report lists them, not null and without
   *     null elements
   * @return a context with the disagreements, not null
   * @throws SocialBusinessException if a disagreement names a business unit the organization lacks
   */
  public ReportContext withDisagreements(List<Disagreement> disagreements) {
    ImmutableList<Disagreement> copy =
        ImmutableList.copyOf(requireNonNull(disagreements, "disagreements"));
    Set<String> units =
        assessment.organization().businessUnits().stream()
            .map(BusinessUnit::name)
            .collect(Collectors.toSet());
    for (Disagreement d : copy) {
      if (d.unit().isPresent() && !units.contains(d.unit().get())) {
        throw new SocialBusinessException(
            "ReportContext.disagreements must name business units of '"
                + assessment.organization().name()
                + "', but "
                + (d.isAboutFact() ? d.fact().orElseThrow() : d.practice())
                + " names '"
                + d.unit().get()
                + "' (units: "
                + units.stream().sorted().toList()
                + ")");
      }
    }
    return new ReportContext(assessment, copy, previous, history, style, peers);
  }

  /**
   * Returns a copy of this context with the previous assessment altered: an earlier assessment of the same
   * organization (by name), as of a date not after this assessment's.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param previous  the earlier assessment
   * @return a context with the previous assessment, not null
   * @throws SocialBusinessException if {@code previous} is of an organization with another name, or as of
   *     a later date than the assessment reported
   */
  public ReportContext withPrevious(Assessment previous) {
    requireNonNull(previous, "previous");
    String name = assessment.organization().name();
    if (!previous.organization().name().equals(name)) {
      throw new SocialBusinessException(
          "ReportContext.previous must be an assessment of '"
              + name
              + "', but was of '"
              + previous.organization().name()
              + "'");
    }
    if (previous.asOf().isAfter(assessment.asOf())) {
      throw new SocialBusinessException(
          "ReportContext.previous must be as of "
              + assessment.asOf()
              + " or earlier, but was as of "
              + previous.asOf());
    }
    return new ReportContext(assessment, disagreements, previous, history, style, peers);
  }

  /**
   * Gets the earlier assessments of the same organization that the report's "Over time" section shows,
   * oldest first.
   *
   * @return the history, empty if none was given
   */
  public ImmutableList<Assessment> history() {
    return history;
  }

  /**
   * Returns a copy of this context with the history altered: the earlier assessments of the same
   * organization (by name), each as of a date before this assessment's and no two of one date, in any
   * order. The report then has an "Over time" section over them and the assessment reported: a chart of
   * the overall score, proven and still possible, with the stage at each date, and a table that tells
   * change from what merely became known. An empty list removes it. The "Since last time" section comes
   * from {@link #withPrevious}, usually the history's last.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param history  the earlier assessments
   * @return a context with the history, not null
   * @throws SocialBusinessException if an assessment is of an organization with another name, is not
   *     before the assessment reported, or shares its date with another
   */
  public ReportContext withHistory(List<Assessment> history) {
    List<Assessment> sorted = new ArrayList<>(requireNonNull(history, "history"));
    for (Assessment h : sorted) {
      requireNonNull(h, "history element");
    }
    sorted.sort(Comparator.comparing(Assessment::asOf));
    String name = assessment.organization().name();
    for (int i = 0; i < sorted.size(); i++) {
      Assessment h = sorted.get(i);
      if (!h.organization().name().equals(name)) {
        throw new SocialBusinessException(
            "ReportContext.history must hold assessments of '"
                + name
                + "', but one is of '"
                + h.organization().name()
                + "'");
      }
      if (!h.asOf().isBefore(assessment.asOf())) {
        throw new SocialBusinessException(
            "ReportContext.history must hold assessments before "
                + assessment.asOf()
                + ", but one is as of "
                + h.asOf());
      }
      if (i > 0 && sorted.get(i - 1).asOf().equals(h.asOf())) {
        throw new SocialBusinessException(
            "ReportContext.history must hold one assessment per date, but has two as of "
                + h.asOf());
      }
    }
    return new ReportContext(
        assessment, disagreements, previous, ImmutableList.copyOf(sorted), style, peers);
  }

  /**
   * Returns a copy with the consultant's branding; {@link ReportStyle#neutral()} by default.
   *
   * @param style  the style
   * @return the context, not null
   */
  public ReportContext withStyle(ReportStyle style) {
    return new ReportContext(
        assessment, disagreements, previous, history, requireNonNull(style, "style"), peers);
  }

  /**
   * Returns a copy with a comparison of the assessment against the consultancy's own peers, shown as an
   * "Among your peers" section after the published surveys.
   *
   * @param peers  the comparison, of this context's assessment ({@code PeerBase.compare})
   * @return the context, not null
   */
  public ReportContext withPeers(PeerComparison peers) {
    return new ReportContext(
        assessment, disagreements, previous, history, style, requireNonNull(peers, "peers"));
  }

  /**
   * Gets the comparison against the consultancy's own peers.
   *
   * @return the comparison, or empty unless given
   */
  public Optional<PeerComparison> peers() {
    return Optional.ofNullable(peers);
  }

  /**
   * Gets the consultant's branding.
   *
   * @return the style, {@link ReportStyle#neutral()} unless set, not null
   */
  public ReportStyle style() {
    return style;
  }

  // -----------------------------------------------------------------------
  /**
   * Checks if this context is equal to another: the same assessment, disagreements (in order), previous
   * assessment, history and style, and the same peer comparison ({@link PeerComparison} has no value
   * equality, so two contexts with comparisons are equal only when they hold the same instance).
   *
   * @param other  the other object, null returns false
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReportContext c
        && assessment.equals(c.assessment)
        && disagreements.equals(c.disagreements)
        && previous().equals(c.previous())
        && history.equals(c.history)
        && style.equals(c.style)
        && peers().equals(c.peers());
  }

  /**
   * Gets a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(assessment, disagreements, previous(), history, style, peers());
  }

  /**
   * Returns a one-line summary, such as {@code ReportContext{Bluefin Foods as of 2026-06-30, 2
   * disagreements, previous 2026-03-31}} or {@code ReportContext{Globex Industries as of 2026-06-30}}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "ReportContext{"
        + assessment.organization().name()
        + " as of "
        + assessment.asOf()
        + (disagreements.isEmpty()
            ? ""
            : ", "
                + disagreements.size()
                + (disagreements.size() == 1 ? " disagreement" : " disagreements"))
        + previous().map(p -> ", previous " + p.asOf()).orElse("")
        + peers().map(p -> ", " + p.group().size() + " peers").orElse("")
        + (history.isEmpty() ? "" : ", history of " + history.size())
        + (style.equals(ReportStyle.neutral()) ? "" : ", " + style)
        + "}";
  }
}
