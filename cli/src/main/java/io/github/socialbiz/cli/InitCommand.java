package io.github.socialbiz.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code socialbiz init FOLDER}: a new engagement folder. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Creates an engagement folder.",
      "",
      "The folder holds organization.json (a template with comments, to fill in), questionnaire/,",
      "answers/ (with a README), reports/ and history/, and a .gitignore that keeps the client's",
      "files out of version control."
    })
final class InitCommand implements Callable<Integer> {

  @ParentCommand SocialBizCli top = SocialBizCli.placeholder();

  @Parameters(
      index = "0",
      paramLabel = "FOLDER",
      description = "the folder to create, such as acme")
  Path folder = Path.of("");

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "the organization's name (default: the folder's name, capitalized)")
  String name = "";

  @Option(
      names = "--employees",
      paramLabel = "N",
      description = "how many people work there (default: 1000, marked in the file to replace)")
  @Nullable Integer employees;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(folder) && !isEmptyFolder(folder)) {
      throw new BadInput(
          folder
              + (Engagement.is(folder)
                  ? " is an engagement folder already; assess it with: socialbiz assess " + folder
                  : " exists and is not empty; give a new folder's name"));
    }
    if (employees != null && employees < 1) {
      throw new BadInput("--employees must be at least 1, but was " + employees);
    }
    String organization = name.isBlank() ? defaultName(folder) : name.strip();
    boolean given = employees != null;
    Outputs outputs = new Outputs();
    for (Map.Entry<String, String> f :
        Engagement.template(organization, employees == null ? 1000 : employees, given).entrySet()) {
      outputs.add(folder.resolve(f.getKey()), f.getValue().getBytes(StandardCharsets.UTF_8));
    }
    outputs.write();
    top.err.println("Created the engagement folder " + folder + " for " + organization + ".");
    top.err.println("Next:");
    top.err.println(
        "  1. fill in "
            + folder.resolve(Engagement.ORGANIZATION)
            + (given ? "" : " (at least the number of employees)"));
    top.err.println("  2. socialbiz questionnaire " + folder + "   the questionnaire to send");
    top.err.println("  3. put the filled questionnaires in " + folder.resolve(Engagement.ANSWERS));
    top.err.println("  4. socialbiz assess " + folder);
    return 0;
  }

  private static boolean isEmptyFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.findAny().isEmpty();
    }
  }

  /** The folder's last name, its words capitalized: {@code acme-foods} is "Acme Foods". */
  static String defaultName(Path folder) {
    Path last = folder.toAbsolutePath().normalize().getFileName();
    String raw = last == null ? "Organization" : last.toString();
    StringBuilder b = new StringBuilder();
    for (String word : raw.split("[-_ ]+")) {
      if (!word.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ")
            .append(word.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(word.substring(1));
      }
    }
    return b.length() == 0 ? "Organization" : b.toString();
  }
}
