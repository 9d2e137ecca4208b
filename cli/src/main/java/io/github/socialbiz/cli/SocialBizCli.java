package io.github.socialbiz.cli;

import com.openhtmltopdf.util.XRLog;
import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.assessment.ModelVersion;
import io.github.socialbiz.excel.WorkbookException;
import io.github.socialbiz.jackson.SocialBusinessJsonException;
import io.github.socialbiz.responses.Reading;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The consultant's command line, {@code socialbiz}: engagement folders, questionnaires, assessments and
 * reports. Reports and other files go to files; standard output carries only what a command was asked
 * to print (a list, an explanation, a comparison, {@code --print}); a short summary, progress and
 * messages go to standard error.
 *
 * <p>Exit codes: 0 done; 1 the assessment has a finding at or above {@code --fail-on}; 2 bad input (an
 * unknown option or sample, a file that cannot be read as what it should be, dates that cannot be
 * right), and nothing was written; 3 a file could not be read or written for another reason (a full
 * disk, a missing permission).
 */
@Command(
    name = "socialbiz",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    versionProvider = SocialBizCli.Version.class,
    description = {
      "Assesses organizations' social business maturity and writes the reports.",
      "",
      "A typical engagement:",
      "  socialbiz init acme            an engagement folder, acme/",
      "  socialbiz questionnaire acme   the questionnaire to send, in acme/questionnaire/",
      "  (put the filled questionnaires in acme/answers/)",
      "  socialbiz assess acme          reports in acme/reports/, the assessment in acme/history/",
      ""
    },
    subcommands = {
      InitCommand.class,
      QuestionnaireCommand.class,
      AssessCommand.class,
      CompareCommand.class,
      BenchmarkCommand.class,
      SamplesCommand.class,
      ExplainCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the assessment has a finding at or above --fail-on",
      "2:bad input: an unknown option, sample or rule, a file that is not what it should be, or"
          + " dates that cannot be right; nothing was written",
      "3:a file could not be read or written (permissions, a full disk)"
    })
public final class SocialBizCli implements Runnable {

  /** Exit code of a finding at or above {@code --fail-on}. */
  static final int POLICY_FAILED = 1;

  /** Exit code of bad input. */
  static final int BAD_INPUT = 2;

  /** Exit code of a file that could not be read or written. */
  static final int IO_FAILED = 3;

  @Spec CommandSpec spec = CommandSpec.create();

  /** Where messages, progress and the summary go. */
  PrintStream err = System.err;

  /** Where what was asked to be printed goes. */
  PrintStream out = System.out;

  /** Today, for the checks of dates; the system clock's unless a test says otherwise. */
  LocalDate today = LocalDate.now(ZoneId.systemDefault());

  private SocialBizCli() {}

  /** A stand-in for a subcommand's parent field until picocli injects the real one. */
  static SocialBizCli placeholder() {
    return new SocialBizCli();
  }

  @Override
  public void run() {
    spec.commandLine().usage(err);
    throw new BadInput("name a command, such as: socialbiz assess --sample globex");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args  the command and its options; {@code --help} lists them
   */
  public static void main(String[] args) {
    // POI (the workbooks) logs through the Log4j API: its simple logger, unless told otherwise,
    // keeps
    // the output free of the notice that no logging provider is installed
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    // the PDF renderer (openhtmltopdf) logs its progress through java.util.logging; a command line
    // prints its own progress
    XRLog.setLoggingEnabled(false);
    System.exit(run(args, System.out, System.err, LocalDate.now(ZoneId.systemDefault())));
  }

  /**
   * Runs the command line.
   *
   * @param args  the command and its options
   * @param out  standard output: what a command was asked to print
   * @param err  standard error: messages, progress and summaries
   * @param today  the day the checks of dates take as today
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err, LocalDate today) {
    SocialBizCli top = new SocialBizCli();
    top.out = out;
    top.err = err;
    top.today = today;
    CommandLine cl = commandLine(top);
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    return cl.execute(args);
  }

  static CommandLine commandLine(SocialBizCli top) {
    CommandLine cl = new CommandLine(top);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(LocalDate.class, SocialBizCli::date);
    cl.setParameterExceptionHandler(SocialBizCli::usageError);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> failure(e, top.err, commandLine));
    return cl;
  }

  /** A date typed on the command line, under the reading rule of every format. */
  private static LocalDate date(String text) {
    try {
      return Reading.date(text);
    } catch (SocialBusinessException e) {
      throw new CommandLine.TypeConversionException(String.valueOf(e.getMessage()));
    }
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("error: " + e.getMessage());
    if (e instanceof UnmatchedArgumentException u) {
      // the nearest option or command to each argument not understood
      List<String> names = new ArrayList<>(cl.getCommandSpec().optionsMap().keySet());
      names.addAll(cl.getSubcommands().keySet());
      for (String typed : u.getUnmatched()) {
        Optional<String> nearest = Suggest.nearest(typed, names);
        if (nearest.isPresent()) {
          err.println("Did you mean '" + nearest.get() + "'?");
          break;
        }
      }
    }
    err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return BAD_INPUT;
  }

  private static int failure(Exception e, PrintStream err, CommandLine cl) {
    if (e instanceof BadInput || e instanceof SocialBusinessException) {
      err.println("error: " + e.getMessage());
      return BAD_INPUT;
    }
    if (e instanceof SocialBusinessJsonException j) {
      err.println("error: " + j.file().map(f -> f + ": ").orElse("") + j.getOriginalMessage());
      return BAD_INPUT;
    }
    if (e instanceof WorkbookException w) {
      err.println("error: " + w.getMessage());
      return BAD_INPUT;
    }
    if (e instanceof NoSuchFileException n) {
      err.println("error: no such file or folder: " + n.getFile());
      return BAD_INPUT;
    }
    if (e instanceof FileSystemException f) {
      String reason =
          f instanceof AccessDeniedException
              ? "permission denied"
              : f instanceof FileAlreadyExistsException
                  ? "a file is in the way"
                  : String.valueOf(f.getReason());
      err.println("error: cannot read or write " + f.getFile() + ": " + reason);
      return IO_FAILED;
    }
    if (e instanceof IOException) {
      err.println("error: " + e);
      return IO_FAILED;
    }
    if (e instanceof CommandLine.ParameterException p) {
      return usageError(p, new String[0]);
    }
    // not the user's input and not the file system: a fault of socialbiz, told without a stack
    // trace
    err.println(
        "error: socialbiz failed unexpectedly ("
            + e
            + "); please report it with the command you ran");
    return IO_FAILED;
  }

  /** The version: the jar's, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SocialBizCli.class.getPackage().getImplementationVersion();
      return new String[] {
        "socialbiz " + (v == null ? "(development build)" : v),
        "model version " + ModelVersion.CURRENT
      };
    }
  }
}
