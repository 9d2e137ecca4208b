package io.github.socialbiz.excel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialbiz.assessment.ActionPlan;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.responses.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Excel workbooks for socialbiz: a {@link Questionnaire} as a workbook a client fills in without help,
 * filled workbooks read back as {@link Response}s, and an {@link ActionPlan} as a sheet.
 *
 * <pre>{@code
 * Questionnaire q = Questionnaire.standard();
 * SocialBusinessExcel.writeQuestionnaire(q, Path.of("acme.xlsx"));          // send it to each respondent
 * // Ana and Li fill in their copies and send them back as ana.xlsx and li.xlsx
 * Response ana = SocialBusinessExcel.readResponse(Path.of("ana.xlsx"), q);  // validated against q
 * Response li = SocialBusinessExcel.readResponse(Path.of("li.xlsx"), q);
 * Organization acme = Organization.builder().name("Acme").employees(4000).build();
 * Merge merge = Responses.merge(q, List.of(ana, li), MergePolicy.MEDIAN, acme);
 * }</pre>
 *
 * <p>Two layouts are written and read. <b>One workbook per respondent</b> ({@link
 * #questionnaire(Questionnaire)}): an Instructions sheet, a Respondent sheet (name, role, business unit,
 * date) and one sheet per dimension the questionnaire covers, one row per question. <b>One sheet per
 * respondent</b> ({@link #questionnaireForRespondents(Questionnaire, int)}): each sheet names its
 * respondent above all the questions, grouped by dimension, for a team that passes one file around. The
 * question rows have the columns Question id, Question, Answer (a drop-down of the option texts), Note /
 * reason, Basis (a drop-down) and What each answer looks like.
 *
 * <p>The reader finds sheets by their content, not their names, and rows by their question id, not their
 * position, so renamed sheets and sorted rows are understood. An answer may be picked or typed: it is
 * accepted when it names an option by its text or id under the reading rule every format shares ({@link
 * io.github.socialbiz.responses.Reading}: any case, spaces, hyphens and apostrophes), and so are a basis
 * and a typed date. An empty answer
 * leaves the question unanswered (not assessed); for an answer that means "not applicable" the note is
 * the reason, which is then required; an empty basis is self-reported. Anything else unexpected (a
 * question's row deleted or duplicated, its id or text edited, an unknown answer or basis, a missing name
 * or date) is one {@link WorkbookException} naming the file, the sheet, the cell and what is allowed; no
 * response is returned from a workbook that is not understood as a whole.
 *
 * <p>Every workbook written states 1980-01-01T00:00:00Z as its created date in its document properties,
 * not the moment it was written: writing does not read the clock, and equal inputs give workbooks with
 * equal contents.
 *
 * @implSpec This class is thread-safe: each call works on its own workbook.
 */
public final class SocialBusinessExcel {

  private SocialBusinessExcel() {}

  // -----------------------------------------------------------------------

  /**
   * Writes a questionnaire as a workbook for one respondent: instructions, a Respondent sheet, and one
   * sheet per dimension the questionnaire covers, in the order of {@link
   * io.github.socialbiz.practice.Dimension}.
   *
   * @param questionnaire  the questionnaire
   * @return the workbook, as the bytes of an {@code .xlsx} file, not null
   * @throws io.github.socialbiz.SocialBusinessException if two options of one question read the same,
   *     so an answer could not be read back unambiguously
   */
  public static byte[] questionnaire(Questionnaire questionnaire) {
    return QuestionnaireWriter.perRespondent(requireNonNull(questionnaire, "questionnaire"));
  }

  /**
   * Writes a questionnaire as a workbook for one respondent ({@link #questionnaire(Questionnaire)}) to a
   * file, replacing it if it exists.
   *
   * @param questionnaire  the questionnaire
   * @param file  the file to write, such as {@code acme.xlsx}
   * @throws IOException if the file cannot be written
   * @throws io.github.socialbiz.SocialBusinessException if two options of one question read the same
   */
  public static void writeQuestionnaire(Questionnaire questionnaire, Path file) throws IOException {
    byte[] bytes = questionnaire(questionnaire);
    Files.write(requireNonNull(file, "file"), bytes);
  }

  /**
   * Writes a questionnaire as a workbook with one sheet per respondent, named {@code Respondent 1},
   * {@code Respondent 2} and so on (respondents may rename theirs): each sheet names its respondent above
   * all the questions, grouped by dimension. A sheet nobody filled in is skipped when the workbook is
   * read ({@link #readResponses(Path, Questionnaire)}), so there may be more sheets than respondents.
   *
   * @param questionnaire  the questionnaire
   * @param respondents  the number of sheets, at least 1
   * @return the workbook, as the bytes of an {@code .xlsx} file, not null
   * @throws io.github.socialbiz.SocialBusinessException if respondents is below 1, or two options of one
   *     question read the same
   */
  public static byte[] questionnaireForRespondents(Questionnaire questionnaire, int respondents) {
    return QuestionnaireWriter.perSheet(
        requireNonNull(questionnaire, "questionnaire"), respondents);
  }

  // -----------------------------------------------------------------------

  /**
   * Reads the responses of a filled workbook in either layout: one response for a workbook per
   * respondent, one per respondent sheet (in sheet order) otherwise. Each is validated against the
   * questionnaire. A respondent sheet that is entirely blank (no name, role, business unit, date,
   * answer, note or basis) is an unused copy and is skipped; a sheet with anything filled in is read
   * and validated in full. A workbook whose respondent sheets are all blank is a {@link
   * WorkbookException}.
   *
   * @param file  the workbook, such as {@code answers/ana.xlsx}; messages name it as given
   * @param questionnaire  the questionnaire the workbook was written from
   * @return the responses, not empty
   * @throws IOException if the file cannot be read
   * @throws WorkbookException if the workbook is not understood, naming the file, sheet and cell
   */
  public static ImmutableList<Response> readResponses(Path file, Questionnaire questionnaire)
      throws IOException {
    requireNonNull(file, "file");
    requireNonNull(questionnaire, "questionnaire");
    try {
      Screen.size(Files.size(file));
    } catch (ResponseReader.Failure f) {
      throw failure(f, file.toString(), file);
    }
    return read(questionnaire, Files.readAllBytes(file), file.toString(), file);
  }

  /**
   * Reads the responses of a filled workbook in either layout from a stream, which is read to its end
   * (or only until it is larger than 16 MiB, when it is refused) and not closed. A workbook from a
   * stranger is screened before it is parsed: see {@code SECURITY.md} for the limits.
   *
   * @param in  the workbook's bytes
   * @param fileName  the name messages give the workbook, such as {@code ana.xlsx}
   * @param questionnaire  the questionnaire the workbook was written from
   * @return the responses, not empty
   * @throws IOException if the stream cannot be read
   * @throws WorkbookException if the workbook is not understood, naming the file, sheet and cell
   */
  public static ImmutableList<Response> readResponses(
      InputStream in, String fileName, Questionnaire questionnaire) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(fileName, "fileName");
    requireNonNull(questionnaire, "questionnaire");
    byte[] bytes;
    try {
      bytes = Screen.read(in);
    } catch (ResponseReader.Failure f) {
      throw failure(f, fileName, null);
    }
    return read(questionnaire, bytes, fileName, null);
  }

  /**
   * Reads the one response of a filled workbook for one respondent (or with one respondent sheet).
   *
   * @param file  the workbook, such as {@code ana.xlsx}
   * @param questionnaire  the questionnaire the workbook was written from
   * @return the response, validated against the questionnaire, not null
   * @throws IOException if the file cannot be read
   * @throws WorkbookException if the workbook is not understood or holds more than one respondent
   */
  public static Response readResponse(Path file, Questionnaire questionnaire) throws IOException {
    return one(readResponses(file, questionnaire), file.toString(), file);
  }

  /**
   * Reads the one response of a filled workbook for one respondent from a stream, which is read to its
   * end (or only until it is larger than 16 MiB, when it is refused) and not closed.
   *
   * @param in  the workbook's bytes
   * @param fileName  the name messages give the workbook, such as {@code ana.xlsx}
   * @param questionnaire  the questionnaire the workbook was written from
   * @return the response, validated against the questionnaire, not null
   * @throws IOException if the stream cannot be read
   * @throws WorkbookException if the workbook is not understood or holds more than one respondent
   */
  public static Response readResponse(InputStream in, String fileName, Questionnaire questionnaire)
      throws IOException {
    return one(readResponses(in, fileName, questionnaire), fileName, null);
  }

  // -----------------------------------------------------------------------

  /**
   * Writes an action plan as a workbook of one sheet, {@code Action plan}: the columns of {@link
   * ActionPlan#HEADER} (phase, action, practice or fact, grade now, target, owner, reason, citation,
   * assignee, due date, status) in a frozen header row with a filter, one row per {@link
   * ActionPlan#items() item} from its {@link ActionPlan.Item#cells() cells}, the same rows as any other
   * format, and the team's columns empty: assignee, due date (formatted as a date) and status (a
   * drop-down of {@link ActionPlan#STATUSES}).
   *
   * <pre>{@code
   * ActionPlan plan = ActionPlan.of(SocialBusiness.assess(SocialBusiness.listeningPilot()));
   * SocialBusinessExcel.writeActionPlan(plan, Path.of("plan.xlsx"));
   * }</pre>
   *
   * @param plan  the plan
   * @return the workbook, as the bytes of an {@code .xlsx} file, not null
   */
  public static byte[] actionPlan(ActionPlan plan) {
    return ActionPlanWriter.write(requireNonNull(plan, "plan"));
  }

  /**
   * Writes an action plan as a workbook ({@link #actionPlan(ActionPlan)}) to a file, replacing it if it
   * exists.
   *
   * @param plan  the plan
   * @param file  the file to write, such as {@code plan.xlsx}
   * @throws IOException if the file cannot be written
   */
  public static void writeActionPlan(ActionPlan plan, Path file) throws IOException {
    byte[] bytes = actionPlan(plan);
    Files.write(requireNonNull(file, "file"), bytes);
  }

  // -----------------------------------------------------------------------

  private static ImmutableList<Response> read(
      Questionnaire questionnaire, byte[] bytes, String name, @Nullable Path path)
      throws WorkbookException {
    try {
      return ImmutableList.copyOf(new ResponseReader(questionnaire).read(bytes));
    } catch (ResponseReader.Failure f) {
      throw failure(f, name, path);
    }
  }

  private static WorkbookException failure(
      ResponseReader.Failure f, String name, @Nullable Path path) {
    return new WorkbookException(name, path, f.sheet, f.cell, f.problem, f.getCause(), f.blank);
  }

  private static Response one(List<Response> all, String name, @Nullable Path path)
      throws WorkbookException {
    if (all.size() != 1) {
      throw new WorkbookException(
          name,
          path,
          null,
          null,
          "holds "
              + all.size()
              + " respondents; read a workbook with one sheet per respondent with readResponses",
          null,
          false);
    }
    return all.get(0);
  }
}
