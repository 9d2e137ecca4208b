package io.github.socialbiz.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.Assessment;
import io.github.socialbiz.excel.SocialBusinessExcel;
import io.github.socialbiz.excel.WorkbookException;
import io.github.socialbiz.jackson.SocialBusinessCsv;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.jackson.SocialBusinessJsonException;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.report.ReportStyle;
import io.github.socialbiz.responses.Reading;
import io.github.socialbiz.responses.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Reading what the user gives: organizations, answers in any format, earlier assessments, branding. */
final class Inputs {

  private Inputs() {}

  /** A response and the file it came from, to name the file in later messages. */
  record Answered(Response response, Path file) {}

  /** The kinds of answer file, by the ending of their names. */
  static final List<String> ANSWER_ENDINGS = List.of(".json", ".csv", ".xlsx");

  /** Reads an organization from a JSON file, naming the file in any error. */
  static Organization organization(Path file) throws IOException {
    return SocialBusinessJson.readOrganization(file);
  }

  /**
   * Reads every answer file of a folder (or one file), in name order: JSON and CSV through the Jackson
   * module, workbooks through the Excel module. Hidden files, office lock files and the folder's
   * README are passed over; any other file is refused, as is a blank questionnaire put there by
   * mistake. All or nothing: the first bad file stops the read, and two responses of one respondent are
   * refused naming both files.
   */
  static List<Answered> answers(Path folderOrFile, Questionnaire questionnaire) throws IOException {
    List<Path> files;
    if (Files.isDirectory(folderOrFile)) {
      try (Stream<Path> listing = Files.list(folderOrFile)) {
        files =
            listing
                .filter(Files::isRegularFile)
                .filter(f -> !skipped(f))
                .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                .toList();
      }
    } else if (Files.exists(folderOrFile)) {
      files = List.of(folderOrFile);
    } else {
      throw new NoSuchFileException(folderOrFile.toString());
    }
    List<Answered> out = new ArrayList<>();
    Map<String, Path> fileOf = new HashMap<>();
    for (Path file : files) {
      String ending = ending(file);
      if (!ANSWER_ENDINGS.contains(ending)) {
        throw new BadInput(
            file
                + " is not an answer file: answers are .json, .csv or .xlsx files; move it out of "
                + (file.getParent() == null ? "the folder" : file.getParent() + "/"));
      }
      for (Response r : read(file, ending, questionnaire)) {
        String name = r.respondent().name();
        Path earlier = fileOf.putIfAbsent(name, file);
        if (earlier != null) {
          throw new BadInput(
              "two responses of '"
                  + name
                  + "': in "
                  + earlier
                  + (earlier.equals(file)
                      ? " (twice: check the role, unit and date of each row)"
                      : " and in " + file)
                  + "; give each respondent one response");
        }
        out.add(new Answered(r, file));
      }
    }
    return out;
  }

  private static List<Response> read(Path file, String ending, Questionnaire questionnaire)
      throws IOException {
    try {
      return ending.equals(".xlsx")
          ? SocialBusinessExcel.readResponses(file, questionnaire)
          : SocialBusinessJson.readResponses(file, questionnaire);
    } catch (WorkbookException e) {
      if (e.isBlank()) {
        throw blank(file, e);
      }
      throw e;
    } catch (SocialBusinessJsonException e) {
      if (ending.equals(".csv") && isBlankTemplate(file, questionnaire)) {
        throw blank(file, e);
      }
      throw e;
    }
  }

  private static BadInput blank(Path file, Exception cause) {
    return new BadInput(
        file
            + " is a blank questionnaire: nobody has filled it in. Send it to a respondent and put"
            + " the filled copy here, or move it out of "
            + (file.getParent() == null ? "the folder" : file.getParent() + "/"),
        cause);
  }

  private static boolean isBlankTemplate(Path file, Questionnaire questionnaire) {
    try {
      return Reading.text(file).strip().equals(SocialBusinessCsv.template(questionnaire).strip());
    } catch (IOException | SocialBusinessException e) {
      return false;
    }
  }

  /** Hidden files, office lock files ({@code ~$ana.xlsx}, {@code .~lock.ana.xlsx#}) and READMEs. */
  static boolean skipped(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".")
        || name.startsWith("~$")
        || name.toLowerCase(Locale.ROOT).startsWith("readme");
  }

  private static String ending(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot);
  }

  /**
   * An earlier assessment from a file: an assessment as the JSON format writes it, or an organization,
   * assessed as of {@code date}.
   */
  static Assessment previous(Path file, LocalDate date) throws IOException {
    String json = Reading.withoutByteOrderMark(text(file));
    boolean isAssessment;
    try {
      JsonNode tree = SocialBusinessJson.newMapper().readTree(json);
      isAssessment = tree != null && tree.has("organization");
    } catch (JsonProcessingException e) {
      isAssessment = false; // not JSON at all: the organization reader says why
    }
    return isAssessment
        ? SocialBusinessJson.readAssessment(file)
        : SocialBusiness.assess(SocialBusinessJson.readOrganization(file), date);
  }

  private static String text(Path file) throws IOException {
    try {
      return Reading.text(file);
    } catch (SocialBusinessException e) {
      throw new BadInput(file + ": " + e.getMessage(), e);
    }
  }

  static final List<String> STYLE_FIELDS =
      List.of("firm", "author", "confidentiality", "accent", "logo");

  /**
   * Reads the branding from a JSON file such as {@code {"firm": "Northwind Advisory", "accent":
   * "#7b2d8e", "logo": "logo.svg"}}; the logo's path is read beside the file.
   */
  static ReportStyle style(Path file) throws IOException {
    JsonNode json;
    try {
      json = SocialBusinessJson.newMapper().readTree(Reading.withoutByteOrderMark(text(file)));
    } catch (JsonProcessingException e) {
      throw new BadInput(file + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (json == null || !json.isObject()) {
      throw new BadInput(file + " must be a JSON object with the fields " + STYLE_FIELDS);
    }
    ReportStyle style = ReportStyle.neutral();
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode node = json.get(name);
      if (!STYLE_FIELDS.contains(name) || !node.isTextual()) {
        throw new BadInput(
            file
                + ", field "
                + name
                + ": "
                + (STYLE_FIELDS.contains(name)
                    ? "must be a text, but was " + node
                    : "is not a style field; the fields are " + STYLE_FIELDS)
                + Suggest.didYouMean(name, STYLE_FIELDS));
      }
      String value = node.asText();
      style =
          switch (name) {
            case "firm" -> style.withFirm(value);
            case "author" -> style.withAuthor(value);
            case "confidentiality" -> style.withConfidentiality(value);
            case "accent" -> style.withAccent(value);
            default -> {
              Path folder = file.toAbsolutePath().getParent();
              yield style.withLogo(logo(folder == null ? Path.of(value) : folder.resolve(value)));
            }
          };
    }
    return style;
  }

  /** Reads a logo file, PNG or SVG by its name's ending. */
  static ReportStyle.Logo logo(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return ReportStyle.Logo.png(Files.readAllBytes(file));
    }
    if (name.endsWith(".svg")) {
      return ReportStyle.Logo.svg(Files.readAllBytes(file));
    }
    throw new BadInput("--logo must name a .png or .svg file, but was '" + file + "'");
  }
}
