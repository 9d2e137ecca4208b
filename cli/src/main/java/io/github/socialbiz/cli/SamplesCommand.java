package io.github.socialbiz.cli;

import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code socialbiz samples}: the built-in sample organizations. */
@Command(
    name = "samples",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = "Lists the built-in sample organizations, by the id assess --sample takes.")
final class SamplesCommand implements Callable<Integer> {

  @ParentCommand SocialBizCli top = SocialBizCli.placeholder();

  @Override
  public Integer call() {
    for (Organization o : SampleOrganizations.all()) {
      top.out.printf(
          Locale.ROOT,
          "%-8s %s, %,d employees%s%n",
          Samples.id(o),
          o.name(),
          o.employees(),
          o.businessUnits().isEmpty() ? "" : ", " + o.businessUnits().size() + " business units");
    }
    top.out.println("Assess one with: socialbiz assess --sample globex");
    return 0;
  }
}
