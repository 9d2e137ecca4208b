package io.github.socialbiz.cli;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.jackson.SocialBusinessJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code socialbiz compare}: what changed between two assessments. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Prints what changed between two assessments.",
      "",
      "An engagement folder's last two, or two assessment files (an engagement's history/*.json, or",
      "assess --format json). Change and what merely became known are told apart: a practice newly",
      "assessed is knowledge, not progress."
    })
final class CompareCommand implements Callable<Integer> {

  @ParentCommand SocialBizCli top = SocialBizCli.placeholder();

  @Parameters(
      arity = "1..2",
      paramLabel = "ENGAGEMENT | EARLIER LATER",
      description = "an engagement folder, or two assessment files, the earlier first")
  List<Path> inputs = List.of();

  @Override
  public Integer call() throws IOException {
    Assessment earlier;
    Assessment later;
    if (inputs.size() == 1) {
      Path folder = inputs.get(0);
      if (!Files.isDirectory(folder)) {
        throw new BadInput(
            "compare takes an engagement folder or two assessment files, but "
                + folder
                + " is a file");
      }
      List<Assessment> history = Engagement.open(folder).assessments();
      if (history.size() < 2) {
        throw new BadInput(
            folder
                + "'s history holds "
                + history.size()
                + (history.size() == 1 ? " assessment" : " assessments")
                + "; compare needs two: assess the engagement again later");
      }
      earlier = history.get(history.size() - 2);
      later = history.get(history.size() - 1);
    } else {
      earlier = SocialBusinessJson.readAssessment(inputs.get(0));
      later = SocialBusinessJson.readAssessment(inputs.get(1));
      if (!earlier.asOf().isBefore(later.asOf())) {
        throw new BadInput(
            inputs.get(0)
                + " is as of "
                + earlier.asOf()
                + ", not before "
                + inputs.get(1)
                + " as of "
                + later.asOf()
                + "; give the earlier assessment first");
      }
    }
    for (String line : Summary.of(earlier, later)) {
      top.out.println(line);
    }
    return 0;
  }
}
