package io.github.socialbiz.cli;

import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.util.List;
import java.util.Locale;

/** The built-in sample organizations by the ids one types: the first word of each name. */
final class Samples {

  private Samples() {}

  /** A sample's id, such as {@code globex} for Globex Industries. */
  static String id(Organization sample) {
    return sample.name().split("[^A-Za-z0-9]+", 2)[0].toLowerCase(Locale.ROOT);
  }

  static List<String> ids() {
    return SampleOrganizations.all().stream().map(Samples::id).toList();
  }

  /** The sample of an id, in any case. */
  static Organization find(String id) {
    for (Organization o : SampleOrganizations.all()) {
      if (id(o).equalsIgnoreCase(id.strip())) {
        return o;
      }
    }
    throw new BadInput(
        "no sample '"
            + id
            + "'."
            + Suggest.didYouMean(id, ids())
            + " The samples are "
            + String.join(", ", ids())
            + " (socialbiz samples lists them)");
  }
}
