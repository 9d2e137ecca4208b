package io.github.socialbiz.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.questionnaire.Questionnaire;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the committed corpus of hostile workbooks ends in one {@link WorkbookException} that
 * names the file and the reason, read from a path and from a stream alike.
 */
class HostileWorkbooksTest {

  private static final Questionnaire STANDARD = Questionnaire.standard();

  @BeforeAll
  static void regenerateOnRequest() throws IOException {
    if (Boolean.getBoolean("socialbiz.updateCorpus")) {
      HostileWorkbooks.write();
    }
  }

  private static String problem(String file) throws IOException {
    Path path = HostileWorkbooks.DIR.resolve(file);
    WorkbookException e =
        assertThrows(
            WorkbookException.class, () -> SocialBusinessExcel.readResponses(path, STANDARD));
    assertEquals(path, e.file().orElseThrow());
    String m = String.valueOf(e.getMessage());
    assertTrue(m.startsWith(path + ": ") || m.startsWith(path + ", sheet"), m);
    try (InputStream in = Files.newInputStream(path)) {
      WorkbookException s =
          assertThrows(
              WorkbookException.class, () -> SocialBusinessExcel.readResponses(in, file, STANDARD));
      assertEquals(e.problem(), s.problem(), "the same reason from a stream");
    }
    return (e.sheet().map(x -> "sheet " + x + ", ").orElse("")
            + e.cell().map(x -> "cell " + x + ": ").orElse(""))
        + e.problem();
  }

  @Test
  void theCorpus_isComplete() throws IOException {
    Set<String> committed;
    try (Stream<Path> files = Files.list(HostileWorkbooks.DIR)) {
      committed =
          files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(new TreeSet<>(HostileWorkbooks.all().keySet()), committed);
  }

  @Test
  void zipBombs_areRefusedByWhatTheyUnpackTo() throws IOException {
    assertEquals(
        "unpacks to more than 16 MiB (at part xl/sharedStrings2.xml); a questionnaire workbook"
            + " unpacks to less than 1 MiB, so this is a zip bomb or not a questionnaire",
        problem("zip-bomb.xlsx"));
    assertEquals(
        "unpacks to more than 16 MiB (at part xl/sharedStrings.xml); a questionnaire workbook"
            + " unpacks to less than 1 MiB, so this is a zip bomb or not a questionnaire",
        problem("huge-shared-strings.xlsx"));
  }

  @Test
  void macrosAndLinks_areRefused() throws IOException {
    assertEquals(
        "holds macros (a macro-enabled workbook, perhaps an .xlsm renamed); socialbiz reads only"
            + " plain workbooks: save it as an Excel workbook (.xlsx) without macros",
        problem("macros.xlsm.xlsx"));
    assertEquals(
        "links to other workbooks (external references); save a copy without links (in Excel:"
            + " Data, Edit Links, Break Link) and read that",
        problem("external-link.xlsx"));
  }

  @Test
  void binaryFiles_sayWhatTheyAre() throws IOException {
    assertEquals(
        "is encrypted (protected with a password): open it, remove the password and save it as an"
            + " Excel workbook (.xlsx)",
        problem("encrypted.xlsx"));
    assertEquals(
        "is an old Excel 97-2003 workbook (.xls) or another binary file, not an .xlsx: open it and"
            + " save it as an Excel workbook (.xlsx)",
        problem("old-binary.xls"));
    assertEquals(
        "is not an Excel workbook (.xlsx): its first bytes are not those of a zip package (save it"
            + " from the spreadsheet program as an Excel workbook)",
        problem("random-bytes.xlsx"));
    assertEquals(
        "is an empty zip package, not an Excel workbook (.xlsx)", problem("empty-zip.xlsx"));
  }

  @Test
  void anEntityBomb_isNotExpanded() throws IOException {
    assertEquals("not an Excel workbook (.xlsx) that can be read", problem("entity-bomb.xlsx"));
  }

  @Test
  void aSheetOfAMillionRows_isRefusedBeforeItIsRead() throws IOException {
    assertEquals(
        "sheet Instructions, has 1048576 rows; a questionnaire sheet has at most 10000",
        problem("million-rows.xlsx"));
  }

  @Test
  void aFormula_isRefusedAtItsCell() throws IOException {
    assertEquals(
        "sheet Engagement, cell C4: holds a formula (=WEBSERVICE(\"http://example.com/\")&\"Most or"
            + " all\"); type the value itself: socialbiz reads what a respondent typed and computes"
            + " no formula",
        problem("formula-answer.xlsx"));
  }

  @Test
  void aFileLargerThanTheLimit_isRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.xlsx");
    try (var f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength((16L << 20) + 1);
    }
    WorkbookException e =
        assertThrows(
            WorkbookException.class, () -> SocialBusinessExcel.readResponses(big, STANDARD));
    assertEquals(
        big
            + ": is 16,777,217 bytes; a questionnaire workbook is at most 16 MiB (this one is not a"
            + " filled questionnaire, or holds far more than one)",
        e.getMessage());
    WorkbookException s =
        assertThrows(
            WorkbookException.class,
            () ->
                SocialBusinessExcel.readResponses(
                    new ByteArrayInputStream(new byte[(16 << 20) + 1]), "big.xlsx", STANDARD));
    assertEquals(
        "big.xlsx: is larger than 16 MiB, the most a questionnaire workbook is (this one is not a"
            + " filled questionnaire)",
        s.getMessage());
  }

  @Test
  void theBaseOfTheCorpus_isReadable() throws IOException {
    assertFalse(
        SocialBusinessExcel.readResponses(
                new ByteArrayInputStream(HostileWorkbooks.filled()), "ana.xlsx", STANDARD)
            .isEmpty());
    Map<String, byte[]> all = HostileWorkbooks.all();
    for (Map.Entry<String, byte[]> f : all.entrySet()) {
      assertTrue(f.getValue().length < 200_000, f.getKey() + " is small on disk");
    }
  }
}
