package io.github.socialbiz.cli;

import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.assessment.Gates;
import io.github.socialbiz.assessment.StandardRules;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.rules.RuleBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code socialbiz explain RULE}: why a rule holds, fails or is not known for an assessment. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Explains why a rule holds, fails or is not known for an assessment.",
      "",
      "It says what the rule reads and what to do or ask. The assessment: an engagement's latest",
      "(from its history), an assessment file, an organization file assessed today, or a sample.",
      "Rule ids are in the report's \"Rule references\" and in docs/rules.md."
    })
final class ExplainCommand implements Callable<Integer> {

  @ParentCommand SocialBizCli top = SocialBizCli.placeholder();

  @Parameters(
      index = "0",
      paramLabel = "RULE",
      description = "a rule id, such as coe.strategist-owns-charter")
  String rule = "";

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "ASSESSMENT",
      description = "an engagement folder, an assessment or organization file")
  @Nullable Path source;

  @Option(names = "--sample", paramLabel = "ID", description = "a built-in sample instead")
  @Nullable String sample;

  @Override
  public Integer call() throws IOException {
    Assessment a = assessment();
    try {
      top.out.println(a.explain(rule.strip()));
    } catch (SocialBusinessException e) {
      List<String> ids = ruleIds();
      if (!ids.contains(rule.strip())) {
        throw new BadInput(
            "no rule '"
                + rule
                + "'."
                + Suggest.didYouMean(rule.strip(), ids)
                + " The rule ids are in the report's \"Rule references\" and in docs/rules.md");
      }
      throw e;
    }
    return 0;
  }

  private Assessment assessment() throws IOException {
    if ((sample == null) == (source == null)) {
      throw new BadInput("name the assessment: an engagement folder, a file, or --sample ID");
    }
    if (sample != null) {
      return SocialBusiness.assess(Samples.find(sample), SampleOrganizations.AS_OF);
    }
    Path s = Objects.requireNonNull(source);
    if (Files.isDirectory(s)) {
      List<Assessment> history = Engagement.open(s).assessments();
      if (history.isEmpty()) {
        throw new BadInput(s + " has no assessment yet; run: socialbiz assess " + s);
      }
      return history.get(history.size() - 1);
    }
    return Inputs.previous(s, top.today);
  }

  /** Every standard rule's id: the stage and level gates' criteria and the books' rules. */
  static List<String> ruleIds() {
    List<String> ids = new ArrayList<>();
    for (RuleBook<?> book : List.of(Gates.stages().allGates(), Gates.levels().allGates())) {
      book.rules().forEach(r -> ids.add(r.id()));
    }
    for (RuleBook<?> book : StandardRules.all()) {
      book.rules().forEach(r -> ids.add(r.id()));
    }
    return ids;
  }
}
