package io.github.socialbiz.cli;

import io.github.socialbiz.excel.SocialBusinessExcel;
import io.github.socialbiz.jackson.SocialBusinessCsv;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code socialbiz questionnaire [ENGAGEMENT]}: the questionnaire to send. */
@Command(
    name = "questionnaire",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Writes the questionnaire to send to respondents.",
      "",
      "The interview guide (interview-guide.md), a CSV template (responses-template.csv), the",
      "workbook (questionnaire.xlsx) and the questionnaire itself (questionnaire.json) go into an",
      "engagement's questionnaire/ folder, or into --out."
    })
final class QuestionnaireCommand implements Callable<Integer> {

  @ParentCommand SocialBizCli top = SocialBizCli.placeholder();

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ENGAGEMENT",
      description = "an engagement folder (socialbiz init); its questionnaire/ gets the files")
  @Nullable Path engagement;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "the folder for the files, without an engagement (default: questionnaire)")
  @Nullable Path out;

  @Option(
      names = "--questionnaire",
      paramLabel = "FILE",
      description = "a questionnaire of your own, as JSON (default: the standard questionnaire)")
  @Nullable Path questionnaire;

  @Option(
      names = "--respondents",
      paramLabel = "N",
      description =
          "also write a workbook with N respondent sheets, for a team that passes one file")
  @Nullable Integer respondents;

  @Override
  public Integer call() throws IOException {
    if (engagement != null && out != null) {
      throw new BadInput("give an engagement folder or --out, not both");
    }
    Path folder;
    if (engagement != null) {
      Engagement e = Engagement.open(engagement);
      folder = e.questionnaireFolder();
      Path pinned = folder.resolve(Engagement.QUESTIONNAIRE_JSON);
      if (questionnaire == null && Files.isRegularFile(pinned)) {
        questionnaire = pinned; // the engagement keeps the questionnaire it was sent
      }
    } else {
      folder = out == null ? Path.of("questionnaire") : out;
    }
    if (respondents != null && (respondents < 1 || respondents > 50)) {
      throw new BadInput("--respondents must be from 1 to 50, but was " + respondents);
    }
    Questionnaire q =
        questionnaire == null
            ? Questionnaire.standard()
            : SocialBusinessJson.readQuestionnaire(questionnaire);
    Outputs files = new Outputs();
    files.add(
        folder.resolve("interview-guide.md"), q.markdownGuide().getBytes(StandardCharsets.UTF_8));
    files.add(
        folder.resolve("responses-template.csv"),
        SocialBusinessCsv.template(q).getBytes(StandardCharsets.UTF_8));
    files.add(folder.resolve("questionnaire.xlsx"), SocialBusinessExcel.questionnaire(q));
    if (respondents != null) {
      files.add(
          folder.resolve("questionnaire-for-" + respondents + ".xlsx"),
          SocialBusinessExcel.questionnaireForRespondents(q, respondents));
    }
    files.add(
        folder.resolve(Engagement.QUESTIONNAIRE_JSON),
        SocialBusinessJson.write(q).getBytes(StandardCharsets.UTF_8));
    files.write();
    top.err.println(
        "The questionnaire ("
            + q.questions().size()
            + " questions) is in "
            + folder
            + ": interview-guide.md, responses-template.csv, questionnaire.xlsx"
            + (respondents == null ? "" : ", questionnaire-for-" + respondents + ".xlsx")
            + ", questionnaire.json");
    if (engagement != null) {
      top.err.println(
          "Send questionnaire.xlsx (or the CSV template) to each respondent; put the filled copies in "
              + engagement.resolve(Engagement.ANSWERS));
    }
    return 0;
  }
}
