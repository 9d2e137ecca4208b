package io.github.socialbiz.excel;

import io.github.socialbiz.questionnaire.Questionnaire;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes the corpus of hostile workbooks under {@code src/test/resources/hostile}: each a filled
 * questionnaire (or a plain file) changed in one hostile way, small on disk. Run with {@code
 * -Dsocialbiz.updateCorpus=true} to write the files again; {@code HostileWorkbooksTest} reads the
 * committed ones.
 */
final class HostileWorkbooks {

  static final Path DIR = Path.of("src/test/resources/hostile");

  private HostileWorkbooks() {}

  /** A questionnaire filled in by one respondent, the base of most hostile files. */
  static byte[] filled() {
    Filled f = Filled.of(SocialBusinessExcel.questionnaire(Questionnaire.standard()));
    f.respondent("Ana Ruiz", "Strategist", null, LocalDate.of(2026, 3, 1));
    f.answer("q.listening", "Most or all");
    return f.bytes();
  }

  /** Every hostile file, by name. */
  static Map<String, byte[]> all() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    byte[] filled = filled();
    files.put("zip-bomb.xlsx", withPart(filled, "xl/sharedStrings2.xml", 20L << 20));
    files.put("huge-shared-strings.xlsx", replacingPart(filled, "xl/sharedStrings.xml", 18L << 20));
    files.put("macros.xlsm.xlsx", withPart(filled, "xl/vbaProject.bin", 1_024));
    files.put("external-link.xlsx", withPart(filled, "xl/externalLinks/externalLink1.xml", 200));
    files.put("encrypted.xlsx", encrypted(filled));
    files.put("old-binary.xls", oldBinary());
    files.put("entity-bomb.xlsx", entityBomb(filled));
    files.put("million-rows.xlsx", millionRows(filled));
    files.put("formula-answer.xlsx", formulaAnswer());
    files.put("random-bytes.xlsx", randomBytes());
    files.put("empty-zip.xlsx", emptyZip());
    return files;
  }

  static void write() throws IOException {
    Files.createDirectories(DIR);
    for (Map.Entry<String, byte[]> f : all().entrySet()) {
      Files.write(DIR.resolve(f.getKey()), f.getValue());
    }
  }

  // -----------------------------------------------------------------------
  /** The workbook with one more part of {@code size} bytes of spaces, which deflate to almost nothing. */
  private static byte[] withPart(byte[] xlsx, String name, long size) {
    return rezip(xlsx, name, size, false);
  }

  private static byte[] replacingPart(byte[] xlsx, String name, long size) {
    return rezip(xlsx, name, size, true);
  }

  private static byte[] rezip(byte[] xlsx, String part, long size, boolean replace) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (replace && e.getName().equals(part)) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(zip);
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry(part));
      byte[] spaces = new byte[1 << 16];
      Arrays.fill(spaces, (byte) ' ');
      for (long written = 0; written < size; written += spaces.length) {
        zip.write(spaces, 0, (int) Math.min(spaces.length, size - written));
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] replacePartText(byte[] xlsx, String part, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(part)) {
          zip.write(text.getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] encrypted(byte[] xlsx) {
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(xlsx);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] oldBinary() {
    try (HSSFWorkbook wb = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("Respondent").createRow(0).createCell(0).setCellValue("Name");
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first sheet's XML replaced by a billion-laughs document type. */
  private static byte[] entityBomb(byte[] xlsx) {
    StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    doc.append(" <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      doc.append(" <!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        doc.append("&lol").append(i - 1).append(';');
      }
      doc.append("\">\n");
    }
    doc.append(
            "]>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        .append("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>")
        .append("</row></sheetData></worksheet>");
    return replacePartText(xlsx, "xl/worksheets/sheet1.xml", doc.toString());
  }

  /** One cell in the last row a sheet can have. */
  private static byte[] millionRows(byte[] xlsx) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.getSheetAt(0).createRow(1_048_575).createCell(0).setCellValue("the end");
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The answer to listening is a formula whose cached result is a valid answer. */
  private static byte[] formulaAnswer() {
    Filled f = Filled.of(SocialBusinessExcel.questionnaire(Questionnaire.standard()));
    f.respondent("Ana Ruiz", "Strategist", null, LocalDate.of(2026, 3, 1));
    f.answer("q.listening", "Most or all");
    String sheet = f.sheetOf("q.listening");
    int row = f.rowOf("q.listening");
    var cell = f.wb.getSheet(sheet).getRow(row).getCell(Layout.ANSWER_COLUMN);
    cell.setCellFormula("WEBSERVICE(\"http://example.com/\")&\"Most or all\"");
    return f.bytes();
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[4_096];
    new Random(26).nextBytes(bytes);
    return bytes;
  }

  private static byte[] emptyZip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setComment("nothing inside");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
