package io.github.socialbiz.responses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialbiz.SocialBusinessException;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.questionnaire.Question;
import io.github.socialbiz.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingTest {

  private static final Questionnaire STANDARD = Questionnaire.standard();
  private static final Question LISTENING = STANDARD.question("q.listening").orElseThrow();
  private static final Question SPONSOR =
      STANDARD.question("q.fact.executive-sponsor-named").orElseThrow();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "half | half",
        "HALF | half",
        "  About half\u00a0 | half",
        "about-half | half",
        "Most or all | most",
        "all | most",
        "A few | some",
        "some | some",
        "None | none",
        "Don't know | dont-know",
        "DON\u2019T KNOW | dont-know",
        "dont_know | dont-know",
        "Not assessed | dont-know",
        "N/A | not-applicable",
        "not applicable | not-applicable",
      })
  void option_ofAGradedQuestion_inTheSpellingsPeopleType(String typed, String id) {
    assertEquals(id, Reading.option(LISTENING, typed).id());
  }

  @Test
  void option_byItsFullText_andAFactsWords() {
    assertEquals(
        "half", Reading.option(LISTENING, LISTENING.option("half").orElseThrow().text()).id());
    assertEquals("yes", Reading.option(SPONSOR, "Yes").id());
    assertEquals("no", Reading.option(SPONSOR, "no").id());
    assertEquals("dont-know", Reading.option(SPONSOR, "Don't know").id());
  }

  @Test
  void option_notAnOption_listsTheIds() {
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> Reading.option(LISTENING, " sometimes "));
    assertEquals(
        "'sometimes' is not an answer to q.listening; allowed: none, some, half, most, dont-know,"
            + " not-applicable, or an option's text or grade in words, such as 'None'",
        e.getMessage());
    e = assertThrows(SocialBusinessException.class, () -> Reading.option(SPONSOR, "half"));
    assertEquals(
        "'half' is not an answer to q.fact.executive-sponsor-named; allowed: yes, no, dont-know, or"
            + " an option's text or grade in words, such as 'Holds'",
        e.getMessage());
    // an empty answer is no option: the readers treat it as unanswered before they ask
    assertThrows(SocialBusinessException.class, () -> Reading.option(LISTENING, "  "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Interview, INTERVIEW",
    "interview, INTERVIEW",
    "ARTIFACT_CHECKED, ARTIFACT_CHECKED",
    "artifact checked, ARTIFACT_CHECKED",
    "Self-reported, SELF_REPORTED",
    "self reported, SELF_REPORTED"
  })
  void basis_byNameOrConstant_inAnyCase(String typed, Basis basis) {
    assertEquals(basis, Reading.basis(typed));
  }

  @Test
  void basis_unknown_listsTheBases() {
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> Reading.basis("hearsay"));
    assertEquals(
        "'hearsay' is not a basis; allowed: SELF_REPORTED, INTERVIEW, ARTIFACT_CHECKED, or their"
            + " names Self-reported, Interview, Artifact checked",
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-06-30",
    "' 2026-06-30 '",
    "2026-06-30 00:00:00",
    "2026-06-30T00:00",
    "2026-06-30T00:00:00.000"
  })
  void date_isoOrASpreadsheetsMidnight(String typed) {
    assertEquals(LocalDate.of(2026, 6, 30), Reading.date(typed));
  }

  @ParameterizedTest(name = "[{index}] '{0}'")
  @CsvSource({
    "30/06/2026",
    "06/30/2026",
    "2026-06-30 14:00:00",
    "2026-02-30",
    "June 30, 2026",
    "''"
  })
  void date_anythingElse_isRefused(String typed) {
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> Reading.date(typed));
    assertEquals("'" + typed + "' is not an ISO-8601 date such as 2026-06-30", e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void text_withAByteOrderMark_inEveryUnicodeEncoding(String encoding) {
    String text = "name,answer\nJos\u00e9,half\n";
    byte[] bytes = ("\uFEFF" + text).getBytes(Charset.forName(encoding));
    assertEquals(text, Reading.text(bytes));
  }

  @Test
  void text_utf8AndUtf16WithoutAMark() {
    String text = "{\"name\":\"Caf\u00e9\"}";
    assertEquals(text, Reading.text(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(text, Reading.text(text.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(text, Reading.text(text.getBytes(StandardCharsets.UTF_16BE)));
    assertEquals("", Reading.text(new byte[0]));
  }

  @Test
  void text_edges_aMarkAlone_twoBytesOfUtf16_aBadLastByte_aTruncatedUtf16() {
    assertEquals("", Reading.text(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    assertEquals("", Reading.text(new byte[] {(byte) 0xFF, (byte) 0xFE}));
    assertEquals("", Reading.text(new byte[] {(byte) 0xFE, (byte) 0xFF}));
    assertEquals("A", Reading.text(new byte[] {'A', 0}));
    assertEquals("A", Reading.text(new byte[] {0, 'A'}));
    assertEquals("A\u0000\u0000", Reading.text(new byte[] {'A', 0, 0}), "odd: UTF-8 with NULs");
    Reading.EncodingException last =
        assertThrows(
            Reading.EncodingException.class,
            () -> Reading.text(new byte[] {'a', '\n', 'b', (byte) 0xE9}));
    assertEquals(2, last.line());
    assertTrue(
        String.valueOf(last.getMessage()).startsWith("not UTF-8 text: line 2 has the byte 0xE9,"),
        last::getMessage);
    Reading.EncodingException truncated =
        assertThrows(
            Reading.EncodingException.class,
            () -> Reading.text(new byte[] {(byte) 0xFF, (byte) 0xFE, 'A', 0, 'B'}));
    assertEquals(
        "not UTF-16LE text, though its byte-order mark says so: line 1 has the byte 0x42; save it as"
            + " UTF-8",
        truncated.getMessage());
  }

  @Test
  void text_latin1_isRefusedWithTheLineAndTheAdvice() {
    byte[] bytes = "name\nAna\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Reading.EncodingException e =
        assertThrows(Reading.EncodingException.class, () -> Reading.text(bytes));
    assertEquals(3, e.line());
    assertEquals(
        "not UTF-8 text: line 3 has the byte 0xE9, which UTF-8 does not allow there (the file looks"
            + " saved as Latin-1 or Windows-1252); save it as UTF-8, such as \"CSV UTF-8\" in Excel"
            + " or the encoding UTF-8 in your editor's Save As",
        e.getMessage());
  }

  @Test
  void text_ofAFile_tooLarge_isRefusedBeforeReading(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.csv");
    try (var channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      channel.position(Reading.MAX_FILE_BYTES);
      channel.write(ByteBuffer.wrap(new byte[] {'x'}));
    }
    SocialBusinessException e =
        assertThrows(SocialBusinessException.class, () -> Reading.text(file));
    assertEquals(
        "a file of 67108865 bytes; at most 67108864 bytes (64 MiB) are read, which is far more than"
            + " any answers or organization need",
        e.getMessage());
    Path small = dir.resolve("small.json");
    Files.write(small, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'});
    assertArrayEquals("{}".toCharArray(), Reading.text(small).toCharArray());
  }

  @Test
  void withoutByteOrderMark_dropsOnlyALeadingMark() {
    assertEquals("{}", Reading.withoutByteOrderMark("\uFEFF{}"));
    assertEquals("{\uFEFF}", Reading.withoutByteOrderMark("{\uFEFF}"));
  }
}
