package io.github.socialbiz.cli;

import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.practice.Fact;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An engagement folder: one client's organization, questionnaire, answers, reports and the history of
 * its assessments.
 *
 * <pre>
 * acme/
 *   organization.json     the organization, JSON with comments (a template after init)
 *   questionnaire/        the interview guide, CSV template and workbook to send, and the questionnaire
 *                         itself as JSON, so that later assessments read the answers the same way
 *   answers/              the filled questionnaires that came back: .json, .csv or .xlsx
 *   reports/              the reports of the latest assessment
 *   history/              every assessment, one JSON file per date (2026-06-30.json)
 *   .gitignore            ignores everything: a client's answers are not committed by mistake
 * </pre>
 */
final class Engagement {

  static final String ORGANIZATION = "organization.json";
  static final String QUESTIONNAIRE = "questionnaire";
  static final String QUESTIONNAIRE_JSON = "questionnaire.json";
  static final String ANSWERS = "answers";
  static final String REPORTS = "reports";
  static final String HISTORY = "history";

  /** The mark left in a template's values that still need the consultant's attention. */
  static final String TEMPLATE_MARK = "TEMPLATE:";

  private final Path root;

  private Engagement(Path root) {
    this.root = root;
  }

  /** Whether a folder is an engagement: a folder with an organization.json. */
  static boolean is(Path folder) {
    return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve(ORGANIZATION));
  }

  /** Opens an engagement folder, or says what the folder lacks. */
  static Engagement open(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new BadInput(
          "no engagement folder " + folder + "; create one with: socialbiz init " + folder);
    }
    if (!Files.isRegularFile(folder.resolve(ORGANIZATION))) {
      throw new BadInput(
          folder
              + " is not an engagement folder: it has no "
              + ORGANIZATION
              + "; create one with: socialbiz init "
              + folder);
    }
    return new Engagement(folder);
  }

  Path root() {
    return root;
  }

  Path organizationFile() {
    return root.resolve(ORGANIZATION);
  }

  Path questionnaireFolder() {
    return root.resolve(QUESTIONNAIRE);
  }

  Path answers() {
    return root.resolve(ANSWERS);
  }

  Path reports() {
    return root.resolve(REPORTS);
  }

  Path history() {
    return root.resolve(HISTORY);
  }

  Organization organization() throws IOException {
    return Inputs.organization(organizationFile());
  }

  /** Whether organization.json still holds a value of the template to replace. */
  boolean isTemplate() throws IOException {
    return Files.readString(organizationFile(), StandardCharsets.UTF_8).contains(TEMPLATE_MARK);
  }

  /**
   * The questionnaire of the engagement: the one written into questionnaire/ by {@code socialbiz
   * questionnaire}, else the standard one.
   */
  Questionnaire questionnaire() throws IOException {
    Path file = questionnaireFolder().resolve(QUESTIONNAIRE_JSON);
    return Files.isRegularFile(file)
        ? SocialBusinessJson.readQuestionnaire(file)
        : Questionnaire.standard();
  }

  /** The history's file for an assessment date. */
  Path historyFile(LocalDate asOf) {
    return history().resolve(asOf + ".json");
  }

  /** Every assessment in the history, oldest first; two of one date are refused. */
  List<Assessment> assessments() throws IOException {
    if (!Files.isDirectory(history())) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(history())) {
      files =
          listing
              .filter(f -> Files.isRegularFile(f) && !Inputs.skipped(f))
              .filter(f -> f.getFileName().toString().endsWith(".json"))
              .sorted()
              .toList();
    }
    List<Assessment> out = new ArrayList<>();
    Map<LocalDate, Path> seen = new HashMap<>();
    for (Path f : files) {
      Assessment a = SocialBusinessJson.readAssessment(f);
      Path earlier = seen.putIfAbsent(a.asOf(), f);
      if (earlier != null) {
        throw new BadInput(
            "two assessments as of "
                + a.asOf()
                + " in the history: "
                + earlier
                + " and "
                + f
                + "; keep one");
      }
      out.add(a);
    }
    out.sort(Comparator.comparing(Assessment::asOf));
    return out;
  }

  // -----------------------------------------------------------------------

  /** The files {@code socialbiz init} writes, by their paths relative to the folder. */
  static Map<String, String> template(String name, int employees, boolean employeesGiven) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(ORGANIZATION, organizationTemplate(name, employees, employeesGiven));
    files.put(ANSWERS + "/README.md", ANSWERS_README);
    files.put(QUESTIONNAIRE + "/README.md", QUESTIONNAIRE_README);
    files.put(
        REPORTS + "/README.md",
        "The reports of the latest assessment, written by socialbiz assess.\n");
    files.put(
        HISTORY + "/README.md",
        "Every assessment of this engagement, one JSON file per date, filed by socialbiz assess."
            + " Trends and \"Since last time\" in the reports come from here; do not edit the"
            + " files.\n");
    files.put(
        ".gitignore",
        "# A client's organization, answers and reports stay out of version control. Delete this file\n"
            + "# only if this folder belongs in a private repository of your own.\n"
            + "*\n");
    return files;
  }

  private static String organizationTemplate(String name, int employees, boolean employeesGiven) {
    // nobody has recorded the structure yet: its silence is no "not in place"
    // (Organization.notRecorded)
    Organization.Builder template = Organization.builder().name(name).employees(employees);
    for (Fact f : Fact.values()) {
      if (f != Fact.COORDINATION_BEGUN) { // begun by a sponsor or a hub, which are listed
        template.addNotRecorded(f);
      }
    }
    String json = SocialBusinessJson.write(template.build());
    Map<String, String> comments = new HashMap<>();
    comments.put(
        "formatVersion", "The versions of the file's shape and of the frameworks; leave them.");
    comments.put("name", "The organization's name, as the report's title gives it.");
    comments.put(
        "notRecorded",
        "Facts this file does not record yet: while one is listed here and nobody has answered"
            + " for it,\n  // it is not known, never \"not in place\". Take a fact off once this file"
            + " records it,\n  // also when what it records is that the fact is not in place (no"
            + " crisis team, no sponsor).");
    comments.put(
        "employees",
        employeesGiven
            ? "How many people work there."
            : TEMPLATE_MARK
                + " how many people work there; replace 1000 with the real count (at least 1).");
    StringBuilder out =
        new StringBuilder()
            .append("// The organization this engagement assesses: JSON, with comments allowed.\n")
            .append(
                "// Every field is described in docs/json.md, \"Organization\". The answers in\n")
            .append(
                "// answers/ become its evidence when you run: socialbiz assess <this folder>\n")
            .append(
                "// Add what you know yourself, such as \"regions\", \"businessUnits\" (units that\n")
            .append(
                "// answer for themselves), \"coe\", \"charter\", \"crisisTeam\", \"accounts\" and\n")
            .append(
                "// \"sector\" (its NAICS sector, such as \"FINANCE_AND_INSURANCE\", for peer benchmarks).\n");
    for (String line : json.split("\n", -1)) {
      String field = line.strip();
      if (field.startsWith("\"")) {
        String key = field.substring(1, field.indexOf('"', 1));
        if (comments.containsKey(key)) {
          out.append("  // ").append(comments.get(key)).append('\n');
        }
      }
      if (field.startsWith("\"notRecorded\"")) {
        // one fact a line, so that taking one off is deleting its line
        String facts = line.substring(line.indexOf('[') + 1, line.lastIndexOf(']')).strip();
        out.append("  \"notRecorded\" : [\n    ")
            .append(facts.replace(", ", ",\n    "))
            .append("\n  ]")
            .append(line.endsWith(",") ? "," : "")
            .append('\n');
        continue;
      }
      out.append(line).append('\n');
      if (field.startsWith("\"employees\"")) {
        // not stated until someone says: null, never a "no" nobody gave
        out.append(
                "  // Whether a regulator oversees its communications (a bank, an insurer, a"
                    + " hospital):\n")
            .append("  // true or false. Leave null while nobody has said.\n")
            .append("  \"regulated\" : null,\n");
      }
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static final String ANSWERS_README =
      String.join(
          "\n",
          "# Answers",
          "",
          "Put here the questionnaires that came back filled in, one file per respondent (or a workbook",
          "with one sheet per respondent):",
          "",
          "- `.xlsx` workbooks made by `socialbiz questionnaire` (questionnaire/questionnaire.xlsx),",
          "- `.csv` files made from questionnaire/responses-template.csv,",
          "- `.json` responses (docs/json.md, \"Response\").",
          "",
          "Then run `socialbiz assess <engagement folder>`. Every file here is read and checked before",
          "anything is written; a file that is not an answer, or a blank questionnaire, stops the run",
          "and is named. Answers may be typed as the option's words (\"About half\", \"Don't know\") or",
          "its id (`half`, `dont-know`), in any case; dates as 2026-06-30. A respondent who names a",
          "business unit answers for that unit only.",
          "");

  private static final String QUESTIONNAIRE_README =
      String.join(
          "\n",
          "# Questionnaire",
          "",
          "`socialbiz questionnaire <engagement folder>` writes here the interview guide",
          "(interview-guide.md), a CSV template (responses-template.csv), the workbook to send to each",
          "respondent (questionnaire.xlsx) and the questionnaire itself (questionnaire.json), which later",
          "assessments of this engagement read the answers with. Filled copies go to answers/.",
          "");
}
