package io.github.socialbiz.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;

/**
 * What a workbook from a stranger is checked for before POI parses it, so that a hostile file ends in
 * one clear refusal instead of exhausting memory or time: its size, its kind (an {@code .xlsx} zip
 * package, not an encrypted or old binary file, not anything else), and its parts, unpacked once with a
 * cap (a zip bomb, a shared string table of gigabytes), without macros or links to other files. After
 * POI has opened it, {@link ResponseReader} holds it to {@link #MAX_SHEETS} sheets of {@link #MAX_ROWS}
 * rows and refuses a formula where it reads an answer. The limits are far above what a questionnaire
 * workbook holds (under 1 MiB unpacked for thirty respondents).
 */
final class Screen {

  /** The largest file read: 16 MiB. */
  static final long MAX_FILE_BYTES = 16L << 20;

  /** The most its parts may unpack to, together: 16 MiB (about 300 MiB of heap once POI has parsed it). */
  static final long MAX_UNPACKED_BYTES = 16L << 20;

  /** The most parts (zip entries) a workbook may have. */
  static final int MAX_PARTS = 2_000;

  /** The most sheets a workbook may have. */
  static final int MAX_SHEETS = 250;

  /** The most rows one sheet may have. */
  static final int MAX_ROWS = 10_000;

  private Screen() {}

  /** Refuses a file larger than {@link #MAX_FILE_BYTES}, before it is read. */
  static void size(long bytes) {
    if (bytes > MAX_FILE_BYTES) {
      throw refused(
          "is "
              + String.format(Locale.ROOT, "%,d", bytes)
              + " bytes; a questionnaire workbook is at most "
              + mib(MAX_FILE_BYTES)
              + " (this one is not a filled questionnaire, or holds far more than one)",
          null);
    }
  }

  /** Reads a stream to its end, refusing it as soon as it is larger than {@link #MAX_FILE_BYTES}. */
  static byte[] read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw refused(
          "is larger than "
              + mib(MAX_FILE_BYTES)
              + ", the most a questionnaire workbook is (this one is not a filled questionnaire)",
          null);
    }
    return bytes;
  }

  /** Checks a file's kind and parts before POI opens it. */
  static void check(byte[] bytes) {
    size(bytes.length);
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(bytes);
    } catch (RuntimeException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.UNKNOWN && startsWith(bytes, 'P', 'K', 5, 6)) {
      throw refused("is an empty zip package, not an Excel workbook (.xlsx)", null);
    }
    switch (magic) {
      case OOXML -> parts(bytes);
      case OLE2 -> throw refused(binary(bytes), null);
      default ->
          throw refused(
              "is not an Excel workbook (.xlsx): its first bytes are not those of a zip package"
                  + " (save it from the spreadsheet program as an Excel workbook)",
              null);
    }
  }

  private static String binary(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntry("EncryptionInfo")) {
        return "is encrypted (protected with a password): open it, remove the password and save it"
            + " as an Excel workbook (.xlsx)";
      }
    } catch (IOException | RuntimeException e) {
      // a damaged binary file: said the same way as an old one
    }
    return "is an old Excel 97-2003 workbook (.xls) or another binary file, not an .xlsx: open it"
        + " and save it as an Excel workbook (.xlsx)";
  }

  /** Unpacks every part once, counting what it unpacks to, and looks at the parts' names. */
  private static void parts(byte[] bytes) {
    long unpacked = 0;
    int parts = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++parts > MAX_PARTS) {
          throw refused(
              "has more than " + MAX_PARTS + " parts; a questionnaire workbook has a few dozen",
              null);
        }
        String name = e.getName().toLowerCase(Locale.ROOT);
        if (name.endsWith("vbaproject.bin")) {
          throw refused(
              "holds macros (a macro-enabled workbook, perhaps an .xlsm renamed); socialbiz reads"
                  + " only plain workbooks: save it as an Excel workbook (.xlsx) without macros",
              null);
        }
        if (name.startsWith("xl/externallinks/")) {
          throw refused(
              "links to other workbooks (external references); save a copy without links (in"
                  + " Excel: Data, Edit Links, Break Link) and read that",
              null);
        }
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          unpacked += n;
          if (unpacked > MAX_UNPACKED_BYTES) {
            throw refused(
                "unpacks to more than "
                    + mib(MAX_UNPACKED_BYTES)
                    + " (at part "
                    + e.getName()
                    + "); a questionnaire workbook unpacks to less than 1 MiB, so this is a zip"
                    + " bomb or not a questionnaire",
                null);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw refused("is a damaged zip package: " + e.getMessage(), e);
    }
    if (parts == 0) {
      throw refused("is an empty zip package, not an Excel workbook (.xlsx)", null);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A limit in MiB, such as {@code 16 MiB}; the limits are whole MiB. */
  static String mib(long bytes) {
    return (bytes >> 20) + " MiB";
  }

  static ResponseReader.Failure refused(String problem, @Nullable Throwable cause) {
    return new ResponseReader.Failure(null, null, problem, cause, false);
  }
}
