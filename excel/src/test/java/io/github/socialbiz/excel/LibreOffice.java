package io.github.socialbiz.excel;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.socialbiz.testing.ExternalProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice Calc run headless from the tests, with its own fresh user profile in a temporary folder
 * (so that first runs and concurrent runs work) and a time limit on every run.
 *
 * <p>Filling a workbook uses a LibreOffice Basic macro installed in that profile's own Standard library:
 * it opens the workbook hidden, types each given value into its cell as a user would ({@code
 * setFormula}, so "2026-03-01" becomes a date), and saves it as an Excel 2007-365 workbook. Basic needs
 * nothing beyond libreoffice-calc-nogui (Python-UNO would need python3-uno), and a macro in the user's
 * own library runs without a security prompt.
 */
final class LibreOffice {

  private static final Duration LIMIT = Duration.ofSeconds(120);

  /** The macro: arguments are the workbook, a file of edits (sheet TAB cell TAB value) and the output. */
  private static final String MACRO =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
      <script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" \
      script:language="StarBasic">
      Sub Fill(inPath As String, editsPath As String, outPath As String)
        Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
        loadArgs(0).Name = &quot;Hidden&quot;
        loadArgs(0).Value = True
        doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), &quot;_blank&quot;, 0, loadArgs())
        f = FreeFile()
        Open editsPath For Input As #f
        Do While Not EOF(f)
          Line Input #f, edit
          If Len(edit) &gt; 0 Then
            parts = Split(edit, Chr(9))
            doc.Sheets.getByName(parts(0)).getCellRangeByName(parts(1)).setFormula(parts(2))
          End If
        Loop
        Close #f
        Dim saveArgs(0) As New com.sun.star.beans.PropertyValue
        saveArgs(0).Name = &quot;FilterName&quot;
        saveArgs(0).Value = &quot;Calc MS Excel 2007 XML&quot;
        doc.storeToURL(ConvertToURL(outPath), saveArgs())
        doc.close(True)
        StarDesktop.terminate()
      End Sub
      </script:module>
      """;

  /** One value typed into one cell. */
  record Edit(String sheet, String cell, String value) {}

  private final Path soffice;
  private final Path dir;
  private final Path profile;
  private boolean macroInstalled;
  private int runs;

  private LibreOffice(Path soffice, Path dir) {
    this.soffice = soffice;
    this.dir = dir;
    this.profile = dir.resolve("profile");
  }

  /** Finds soffice (or skips outside CI, fails under CI) and works in a fresh folder. */
  static LibreOffice in(Path dir) {
    return new LibreOffice(
        ExternalProgram.require("soffice", "LibreOffice tests", "libreoffice-calc-nogui"), dir);
  }

  /**
   * Converts every sheet of a workbook to CSV (UTF-8, comma, double quotes), with the filter option
   * that LibreOffice 7.2 and later read as "all sheets"; returns each sheet's CSV text by sheet name.
   */
  Map<String, String> csvOfEverySheet(Path workbook) throws IOException, InterruptedException {
    Path out = Files.createDirectories(dir.resolve("csv-" + (++runs)));
    run(
        List.of(
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            out.toString(),
            workbook.toString()));
    String base = workbook.getFileName().toString().replaceFirst("\\.xlsx$", "");
    Map<String, String> sheets = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        sheets.put(
            name.substring(base.length() + 1, name.length() - ".csv".length()),
            Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return sheets;
  }

  /**
   * Opens a CSV file as a spreadsheet program does on a double click (comma separated, UTF-8, formulas
   * evaluated as LibreOffice's import does by default) and saves it as a workbook; returns the workbook.
   */
  Path workbookOfCsv(Path csv) throws IOException, InterruptedException {
    Path out = Files.createDirectories(dir.resolve("xlsx-" + (++runs)));
    run(List.of("--convert-to", "xlsx", "--outdir", out.toString(), csv.toString()));
    return out.resolve(csv.getFileName().toString().replaceFirst("\\.csv$", ".xlsx"));
  }

  /** Prints a workbook as LibreOffice would (its PDF export, every sheet); returns the PDF file. */
  Path pdf(Path workbook) throws IOException, InterruptedException {
    Path out = Files.createDirectories(dir.resolve("pdf-" + (++runs)));
    run(List.of("--convert-to", "pdf", "--outdir", out.toString(), workbook.toString()));
    Path pdf = out.resolve(workbook.getFileName().toString().replaceFirst("\\.xlsx$", "") + ".pdf");
    if (!Files.isRegularFile(pdf)) {
      fail("LibreOffice did not print " + workbook + "; see " + dir.resolve("soffice.log"));
    }
    return pdf;
  }

  /** Opens a workbook in LibreOffice, types the edits into it and saves it as .xlsx. */
  void fill(Path workbook, List<Edit> edits, Path out) throws IOException, InterruptedException {
    installMacro();
    Path editsFile = dir.resolve("edits-" + (++runs) + ".txt");
    StringBuilder sb = new StringBuilder();
    for (Edit e : edits) {
      sb.append(e.sheet())
          .append('\t')
          .append(e.cell())
          .append('\t')
          .append(e.value())
          .append('\n');
    }
    Files.writeString(editsFile, sb, StandardCharsets.UTF_8);
    run(
        List.of(
            "macro:///Standard.Module1.Fill(\""
                + workbook
                + "\",\""
                + editsFile
                + "\",\""
                + out
                + "\")"));
    if (!Files.isRegularFile(out)) {
      fail("LibreOffice did not save " + out + "; see " + dir.resolve("soffice.log"));
    }
  }

  private void installMacro() throws IOException, InterruptedException {
    if (macroInstalled) {
      return;
    }
    run(List.of("--terminate_after_init")); // creates the profile with its Standard library
    Path module = profile.resolve("user/basic/Standard/Module1.xba");
    if (!Files.isRegularFile(module)) {
      fail("LibreOffice created no Standard Basic library at " + module);
    }
    Files.writeString(module, MACRO, StandardCharsets.UTF_8);
    macroInstalled = true;
  }

  private void run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(soffice.toString());
    command.add("-env:UserInstallation=" + profile.toUri());
    command.add("--headless");
    command.add("--norestore");
    command.add("--nologo");
    command.addAll(args);
    Path log = dir.resolve("soffice.log");
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!p.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      fail("LibreOffice took longer than " + LIMIT + ": " + command + "\n" + Files.readString(log));
    }
    if (p.exitValue() != 0) {
      fail(
          "LibreOffice exited with "
              + p.exitValue()
              + ": "
              + command
              + "\n"
              + Files.readString(log));
    }
  }

  /** Parses CSV as LibreOffice writes it: commas, double quotes doubled inside quoted fields. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
