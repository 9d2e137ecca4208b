package io.github.socialbiz.source;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.internal.Lookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A published report, presentation or article that the library encodes, such as {@link
 * #SIX_STAGES_2013}.
 *
 * <p>Cite a place in a source with {@link #at(String, Provenance)}:
 *
 * <pre>{@code
 * Citation c = Source.SIX_STAGES_2013.at("Stage 4, Formalized: key activities", Provenance.CORROBORATED);
 * }</pre>
 *
 * <p>Dates are ISO 8601 at the precision the source gives: a day ({@code 2013-03-06}), a month ({@code
 * 2011-02}) or a year ({@code 2013}).
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Source {
  /** Owyang's blog post setting out the five ways companies organize for social business, April 2010. */
  FIVE_WAYS_TO_ORGANIZE_2010(
      "Framework and Matrix: The Five Ways Companies Organize for Social Business",
      "2010-04-15",
      "Jeremiah Owyang",
      Kind.BLOG_POST,
      "Drawn from the 14 April 2010 webinar 'Social Strategy: Getting Your Company Ready' (Li, Owyang)",
      "https://web-strategist.com/blog/2010/04/15/framework-and-matrix-the-five-ways-companies-organize-for-social-business/"),
  /**
   * Owyang's post with the survey data on how companies organize (most in hub and spoke), November 2010: a
   * subset of the career-path survey, published the day before the report.
   */
  HUB_AND_SPOKE_FORMATION_2010(
      "Research: Most Companies Organize in \"Hub and Spoke\" Formation for Social Business",
      "2010-11-09",
      "Jeremiah Owyang",
      Kind.BLOG_POST,
      "Corporate social strategists at companies with 1,000+ employees (career-path survey subset)",
      "https://web-strategist.com/blog/2010/11/09/research-most-companies-organize-in-hub-and-spoke-formation/"),
  /** The report on the role and career of the corporate social strategist, November 2010. */
  CAREER_PATH_2010(
      "Career Path of the Corporate Social Strategist",
      "2010-11-10",
      "Jeremiah Owyang, Charlene Li, Christine Tran, Andrew Jones",
      Kind.REPORT,
      "140 strategists surveyed; 51 ecosystem contributors; 39 people in the role interviewed",
      "https://web-strategist.com/blog/2010/11/10/report-the-two-career-paths-of-the-corporate-social-strategist-be-proactive-or-become-social-media-help-desk/"),
  /** The report on how corporations should prioritize social business budgets, February 2011. */
  SOCIAL_BUDGETS_2011(
      "How Corporations Should Prioritize Social Business Budgets",
      "2011-02",
      "Jeremiah Owyang, Charlene Li",
      Kind.REPORT,
      "140 strategists; 2010 spending and 2011 plans by maturity tier",
      "https://charleneli.com/posts/social-budgets/"),
  /**
   * The social business readiness report, with the hierarchy of needs and the crisis analysis, August 2011.
   * Commentaries (seed S0) shorten its title to "Social Readiness: ...", which {@link #parse(CharSequence)}
   * accepts too.
   */
  SOCIAL_READINESS_2011(
      "Social Business Readiness: How Advanced Companies Prepare Internally",
      "2011-08-31",
      "Jeremiah Owyang, Andrew Jones, Christine Tran, Andrew Nguyen",
      Kind.REPORT,
      "144 social business program managers at companies of 1,000+ employees; 50 crises analysed",
      "http://www.web-strategist.com/blog/2011/08/31/report-social-media-crises-on-rise-be-prepared-by-climbing-the-social-business-hierarchy-of-needs/",
      "Social Readiness: How Advanced Companies Prepare Internally"),
  /**
   * A practitioner's commentary on the 2011 readiness report, published the day the report came out
   * (seed S0). Its author is not named in the text; it mentions its own network, "TheCR Network", which
   * points to The Community Roundtable. Its address is not known.
   */
  READINESS_COMMENTARY_2011(
      "Commentary on 'Social Business Readiness' (practitioner blog)",
      "2011-08-31",
      "The Community Roundtable (by the network it names)",
      Kind.ARTICLE,
      "Commentary from consulting work with clients; no survey",
      ""),
  /** Owyang's post on the composition of a corporate social media team, December 2011. */
  TEAM_COMPOSITION_2011(
      "Data: Composition of a Corporate Social Media Team",
      "2011-12-22",
      "Jeremiah Owyang",
      Kind.BLOG_POST,
      "144 companies of 1,000+ employees; core team only, agencies excluded",
      "https://web-strategist.com/blog/2011/12/22/data-composition-of-a-corporate-social-media-team/"),
  /**
   * TechTarget's interview with Owyang after his KMWorld 2011 keynote (seed S1): the five levels of
   * maturity, company size, who leads the team, and the program charter. The library knows no public
   * address of this text, so {@link #url()} is empty.
   */
  KMWORLD_2011(
      "Prepare a formal enterprise social media strategy for business success",
      "2011",
      "Jeremiah Owyang (reported by TechTarget)",
      Kind.ARTICLE,
      "Interview after the KMWorld 2011 keynote",
      ""),
  /**
   * TechTarget's news story on Owyang's KMWorld 2011 keynote, a different text from {@link
   * #KMWORLD_2011}: the readiness requirements (employee policy, internal education, moderation, a
   * listening team; the list is cut off after four).
   */
  KMWORLD_NEWS_2011(
      "Effective social media strategy: A must for success in a social world",
      "2011-11",
      "Jeremiah Owyang (reported by TechTarget)",
      Kind.ARTICLE,
      "News story on the KMWorld 2011 keynote",
      "https://searchcontentmanagement.techtarget.com/news/2240111036/Effective-social-media-strategy-A-must-for-success-in-a-social-world"),
  /** The report on managing social media account proliferation, January 2012. */
  PROLIFERATION_2012(
      "A Strategy for Managing Social Media Proliferation",
      "2012-01-05",
      "Jeremiah Owyang",
      Kind.REPORT,
      "144 enterprise-class companies surveyed; 32 vendors; 61 industry experts interviewed",
      "http://www.socialbusinessnews.com/study-companies-have-an-average-of-178-business-related-social-media-accounts/"),
  /** The report on social media risk management, August 2012. */
  GUARDING_THE_SOCIAL_GATES_2012(
      "Guarding the Social Gates: The Imperative for Social Media Risk Management",
      "2012-08-09",
      "Alan Webber, Charlene Li, Jaimy Szymanski",
      Kind.REPORT,
      "92 professionals surveyed; 42 ecosystem contributors",
      "https://vdocument.in/guarding-the-social-gates-the-imperative-for-social-media-risk-management.html"),
  /** The Oracle blog article on setting up an enterprise social organization, December 2012 (seed S3). */
  ENTERPRISE_SOCIAL_ORGANIZATION_2012(
      "How to Set Up Your Enterprise Social Organization?",
      "2012-12-04",
      "Mike Stiles",
      Kind.BLOG_POST,
      "Commentary drawing on an interview with Jeremiah Owyang",
      ""),
  /** Li's deck 'Creating a Coherent Social Business Strategy', Expion Summit, February 2013. */
  COHERENT_STRATEGY_DECK_2013(
      "Creating a Coherent Social Business Strategy (Expion Summit)",
      "2013-02-07",
      "Charlene Li",
      Kind.PRESENTATION,
      "Conference presentation",
      "https://www.slideshare.net/slideshow/charlene-li-presentation/16426752"),
  /**
   * Li's deck at the Simmons Leadership Conference, April 2013: the stages as "Six Phases of Social
   * Business Maturity", with company examples (Shell, Sephora).
   */
  SIMMONS_DECK_2013(
      "Simmons Leadership Conference deck",
      "2013-04-02",
      "Charlene Li",
      Kind.PRESENTATION,
      "Conference presentation",
      "https://vdocuments.site/simmons-leadership-conf-charlene-li.html"),
  /** The case studies of scalable social business, February 2013. */
  SCALABLE_SOCIAL_BUSINESS_2013(
      "Case Studies: Scalable Social Business",
      "2013-02-07",
      "Jeremiah Owyang, Andrew Jones, Christine Tran",
      Kind.REPORT,
      "19 ecosystem contributors; 15 vendors and 4 brands interviewed",
      "https://www.slideshare.net/Altimeter/case-studies-scaling-social-business"),
  /**
   * The six stages of social business transformation, March 2013: the stage model. The title is the one on
   * Altimeter's report page; Solis's re-posts (seed S4) call it "...Six Stages of Social Media
   * Transformation", which {@link #parse(CharSequence)} accepts too (see {@link #titleVariants()}).
   */
  SIX_STAGES_2013(
      "The Evolution of Social Business: Six Stages of Social Business Transformation",
      "2013-03-06",
      "Charlene Li, Brian Solis, Alan Webber, Jaimy Szymanski",
      Kind.REPORT,
      "698 executives and strategists surveyed in Q4 2012 (130 at 1,000+ employees); 26 interviews at 15 companies",
      "http://www.altimetergroup.com/research/reports/evolution-social-business",
      "The Evolution of Social Business: Six Stages of Social Media Transformation"),
  /**
   * Owyang's post reading the 2010 and 2012 organizational-model figures, May 2013: where each model is
   * heading (decentralized companies face unchecked proliferation, centralized is a short-term fix that
   * cannot scale).
   */
  SOCIAL_BUSINESS_SPREADS_2013(
      "Altimeter Research: Social Business Spreads Across The Enterprise",
      "2013-05-08",
      "Jeremiah Owyang",
      Kind.BLOG_POST,
      "Commentary on the organizational models of companies with 1,000+ employees, 2010 and 2012",
      "https://web-strategist.com/blog/2013/05/08/altimeter-research-social-business-spreads-across-the-enterprise/"),
  /** The e-book on the seven success factors of social business strategy, 2013. */
  SEVEN_SUCCESS_FACTORS_2013(
      "The Seven Success Factors of Social Business Strategy",
      "2013",
      "Charlene Li, Brian Solis",
      Kind.BOOK,
      "Built on the six stages research",
      "https://download.e-bookshelf.de/download/0003/8774/05/L-X-0003877405-0002430992.XHTML/index.xhtml"),
  /** The state of social business 2013 report and its infographic, October 2013. */
  STATE_OF_SOCIAL_BUSINESS_2013(
      "The State of Social Business 2013: The Maturing of Social Media into Social Business",
      "2013-10-15",
      "Brian Solis, Charlene Li, Jessica Groopman, Jaimy Szymanski, Christine Tran",
      Kind.REPORT,
      "Annual surveys 2010-2013: 1,000+ employees in 2010-2012, 500+ in the Q3 2013 wave",
      "http://www.altimetergroup.com/2013/11/research-on-the-state-of-social-business-2013.html"),
  /** The report on social media education for employees, December 2013. */
  EMPLOYEE_EDUCATION_2013(
      "Social Media Education for Employees",
      "2013-12-05",
      "Charlene Li, Ed Terpening",
      Kind.REPORT,
      "13 education-program managers; 130 executives and strategists; 65 digital strategists",
      "https://vdocuments.us/report-social-media-education-for-employees-by-charlene-li-and-ed-terpening.html");

  /**
   * The kind of a source.
   *
   * @implSpec This is an immutable and thread-safe enum.
   */
  public enum Kind {
    /** A research report. */
    REPORT,
    /** A blog post or web article by an author of the research. */
    BLOG_POST,
    /** A conference or webinar deck. */
    PRESENTATION,
    /** A news article or third-party write-up. */
    ARTICLE,
    /** A book. */
    BOOK
  }

  private static final Lookup<Source> LOOKUP =
      Lookup.of(
          Source.class,
          s -> ImmutableList.<String>builder().add(s.title).addAll(s.titleVariants).build());

  private final String title;
  private final String date;
  private final String authors;
  private final Kind kind;
  private final String sample;
  private final String url;
  private final ImmutableList<String> titleVariants;

  Source(
      String title,
      String date,
      String authors,
      Kind kind,
      String sample,
      String url,
      String... titleVariants) {
    this.title = title;
    this.titleVariants = ImmutableList.copyOf(titleVariants);
    this.date = date;
    this.authors = authors;
    this.kind = kind;
    this.sample = sample;
    this.url = url;
  }

  /**
   * Obtains a source from its name, number, title or a published variant of its title, in any case.
   *
   * @param text  the constant name, the title or a title variant
   * @return the source, not null
   * @throws SocialBusinessException if no source has that name or title
   */
  public static Source parse(CharSequence text) {
    return LOOKUP.parse(requireNonNull(text, "text"));
  }

  /**
   * Gets the title as published.
   *
   * @return the title, not null
   */
  public String title() {
    return title;
  }

  /**
   * Gets the other titles under which the same text was published, such as the re-posts' "...Six Stages
   * of Social Media Transformation" for {@link #SIX_STAGES_2013}.
   *
   * @return the variants, possibly empty
   */
  public ImmutableList<String> titleVariants() {
    return titleVariants;
  }

  /**
   * Gets the publication date in ISO 8601 at the precision the source gives.
   *
   * @return the date, such as {@code 2013-03-06}, {@code 2011-02} or {@code 2013}
   */
  public String date() {
    return date;
  }

  /**
   * Gets the year of publication.
   *
   * @return the year, such as 2013
   */
  public int year() {
    return Integer.parseInt(date.substring(0, 4));
  }

  /**
   * Gets the authors, lead author first.
   *
   * @return the authors, comma separated
   */
  public String authors() {
    return authors;
  }

  /**
   * Gets the kind of source.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Gets the sample or method, as the source describes it.
   *
   * @return the sample, not null
   */
  public String sample() {
    return sample;
  }

  /**
   * Gets a public address where the source or a faithful summary of it was read.
   *
   * @return the address, or empty where the library knows none
   */
  public Optional<String> url() {
    return url.isEmpty() ? Optional.empty() : Optional.of(url);
  }

  /**
   * Obtains a citation of a place in this source.
   *
   * @param locator  where in the source, such as a section or figure, not blank
   * @param provenance  how sure the library is of the cited fact
   * @return the citation, not null
   * @throws SocialBusinessException if {@code locator} is blank
   */
  public Citation at(String locator, Provenance provenance) {
    return Citation.of(this, locator, provenance);
  }

  /**
   * Gets a short reference such as {@code Li et al. 2013}. A qualifier in parentheses after the authors is
   * left out, an organization named with "The" is named whole ({@code The Community Roundtable 2011}),
   * and where several sources share a lead author and year each takes a letter in declaration order
   * ({@code Owyang 2011a}, {@code Owyang 2011b}, {@code Owyang 2011c}), so that no two sources read alike.
   *
   * @return the short reference, not null
   */
  public String shortReference() {
    String base = baseReference();
    List<Source> same = new ArrayList<>();
    for (Source s : values()) {
      if (s.baseReference().equals(base)) {
        same.add(s);
      }
    }
    return same.size() == 1 ? base : base + (char) ('a' + same.indexOf(this));
  }

  private String baseReference() {
    String plain = authors.replaceAll(" \\([^)]*\\)", "");
    List<String> names = Splitter.on(", ").splitToList(plain);
    String first = names.get(0).startsWith("The ") ? names.get(0) : surname(names.get(0));
    String lead =
        names.size() == 1
            ? first
            : names.size() == 2 ? first + " & " + surname(names.get(1)) : first + " et al.";
    return lead + " " + year();
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }
}
