package io.github.socialbiz.examples;

import static io.github.socialbiz.governance.CrisisOutcome.BUSINESS_CHANGE;
import static io.github.socialbiz.governance.CrisisOutcome.MAINSTREAM_COVERAGE;
import static io.github.socialbiz.organization.OrganizationalModel.DANDELION;

import io.github.socialbiz.governance.CrisisOutcome;
import io.github.socialbiz.governance.CrisisSeverity;
import io.github.socialbiz.organization.OrganizationalModel;
import io.github.socialbiz.source.Citation;
import io.github.socialbiz.source.Provenance;
import io.github.socialbiz.source.Source;
import io.github.socialbiz.source.Statistic;
import io.github.socialbiz.source.Statistics;
import io.github.socialbiz.stage.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The twins of the code samples in core's Javadoc, compiled here and run by {@code JavadocSamplesTest},
 * so that no published sample can rot. Each method holds one sample as written in the Javadoc.
 */
public final class JavadocSamples {

  private JavadocSamples() {}

  /**
   * The sample of {@code Source}.
   *
   * @return the citation the sample builds
   */
  public static Citation source() {
    Citation c = Source.SIX_STAGES_2013.at("Stage 4, Formalized: key activities", Provenance.CORROBORATED);
    return c;
  }

  /**
   * The sample of {@code Statistics}.
   *
   * @return the statistics the sample looks up: the one by key, then the search results
   */
  public static List<Object> statistics() {
    Statistic s = Statistics.get("crises.avoidable");          // 76% (2001-2011 crises)
    List<Statistic> crises = Statistics.search("crises");       // every statistic that mentions crises
    return List.of(s, crises);
  }

  /**
   * The sample of {@code Stage}.
   *
   * @return the stages the sample parses
   */
  public static List<Stage> stage() {
    Stage.FORMALIZED.entryCriteria().forEach(System.out::println);
    // stage.formalized.executive-sponsor-named: EXECUTIVE_SPONSOR_NAMED ...
    Stage a = Stage.parse("Organize for Scale");   // FORMALIZED
    Stage b = Stage.of(4);                         // FORMALIZED
    return List.of(a, b);
  }

  /**
   * The sample of {@code OrganizationalModel}.
   *
   * @return what the sample computes
   */
  public static List<Object> organizationalModel() {
    OrganizationalModel a = OrganizationalModel.parse("hub & spoke");   // HUB_AND_SPOKE
    OrganizationalModel b = OrganizationalModel.parse("Holistic");      // HONEYCOMB
    Optional<Statistic> c = DANDELION.adoption(2012);                   // Optional[model.dandelion.2012 = 23.6% (2012)]
    return List.of(a, b, c);
  }

  /**
   * The sample of {@code CrisisSeverity}.
   *
   * @return the two classifications of the sample
   */
  public static List<Optional<CrisisSeverity>> crisisSeverity() {
    Optional<CrisisSeverity> a = CrisisSeverity.classify(EnumSet.of(MAINSTREAM_COVERAGE, BUSINESS_CHANGE));  // Optional[LEVEL_2]
    Optional<CrisisSeverity> b = CrisisSeverity.classify(EnumSet.noneOf(CrisisOutcome.class));               // Optional.empty: no crisis
    return List.of(a, b);
  }
}
