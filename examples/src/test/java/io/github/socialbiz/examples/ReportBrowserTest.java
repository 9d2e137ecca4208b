package io.github.socialbiz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.socialbiz.SocialBusiness;
import io.github.socialbiz.jackson.SocialBusinessJson;
import io.github.socialbiz.pdf.SocialBusinessPdf;
import io.github.socialbiz.practice.Practice;
import io.github.socialbiz.profile.Basis;
import io.github.socialbiz.profile.Evidence;
import io.github.socialbiz.profile.Organization;
import io.github.socialbiz.profile.SampleOrganizations;
import io.github.socialbiz.questionnaire.Questionnaire;
import io.github.socialbiz.report.ReportContext;
import io.github.socialbiz.report.ReportStyle;
import io.github.socialbiz.report.Reports;
import io.github.socialbiz.responses.Answer;
import io.github.socialbiz.responses.Merge;
import io.github.socialbiz.responses.Respondent;
import io.github.socialbiz.responses.Response;
import io.github.socialbiz.responses.Responses;
import io.github.socialbiz.testing.ExternalProgram;
import io.github.socialbiz.testing.ReportFixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The HTML report in a real browser: Debian's Chromium, driven through its ChromeDriver by Selenium, for
 * every sample with a previous assessment and the respondents' disagreements ({@link ReportFixtures}).
 * Each report is loaded from a file; the checks are that the browser logs no error, that every chart is
 * drawn with a size, that the page never scrolls sideways at 1280 or 390 pixels wide, and that printing to
 * PDF on A4 and on Letter puts the executive summary on page one and each later section at the top of a
 * page of its own (the PDF read back with PDFBox).
 *
 * <p>Without {@code chromium} or {@code chromedriver} on the {@code PATH} the tests are skipped with one
 * line saying how to install them; under {@code CI=true} they fail instead. Selenium is pointed at both
 * programs, so Selenium Manager never downloads a browser or driver, and Chromium starts with a fresh
 * profile and the flags that keep it off the network.
 *
 * <p>Screenshots of the reports, 1280 pixels wide, are kept in {@code docs/images}; rewrite them with
 * {@code ./mvnw -B -ntp -pl core,jackson,examples verify -Dtest=ReportBrowserTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsocialbiz.updateScreenshots=true}.
 */
final class ReportBrowserTest {

  static final Path IMAGES = Path.of("..", "docs", "images");

  /** The screenshot of the "Among your peers" section, kept beside the samples' screenshots. */
  static final String PEERS_SCREENSHOT = "report-peers-html.png";

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** Page sizes in centimetres, height then width, as Selenium's {@link PageSize} takes them. */
  private static final Map<String, PageSize> PAPER =
      Map.of("A4", new PageSize(29.7, 21.0), "Letter", new PageSize(27.94, 21.59));

  @TempDir static Path dir;

  private static ChromeDriver driver;

  static Stream<Organization> samples() {
    return SampleOrganizations.all().stream();
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    Path chromium =
        ExternalProgram.require("chromium", "Browser tests", "chromium chromium-driver");
    Path chromedriver =
        ExternalProgram.require("chromedriver", "Browser tests", "chromium chromium-driver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  // -----------------------------------------------------------------------
  /** The check of the console can fail: an error a page logs is read back. */
  @Test
  void consoleLog_readsBackAnErrorThePageLogs() throws IOException {
    Path page = dir.resolve("error.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html><body><script>console.error('broken on purpose')</script></body></html>",
        StandardCharsets.UTF_8);
    driver.get(page.toUri().toString());
    List<String> errors = errors();
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).contains("broken on purpose"), errors.get(0));
  }

  /** Texts a stranger may write into an organization, a response or a branding style. */
  private static final String SCRIPT = "<script>document.title='pwned'</script>";

  private static final String IMG = "<img src=x onerror=\"document.title='pwned'\">";
  private static final String LINK = "javascript:document.title='pwned'";
  private static final String CSS =
      "</style><style>body{background:url(http://127.0.0.1:9/x.png)}</style>";
  private static final String SVG =
      "<svg onload=\"document.title='pwned'\"><image href=\"http://127.0.0.1:9/y.png\"/></svg>";
  private static final String BIDI = "\u202Egnp.exe\u202C";

  /**
   * Hostile texts in the organization's name, an evidence note, respondents' names, roles and notes and
   * the branding style: in Chromium nothing runs (the title stays, no script or event attribute is in the
   * page), nothing is fetched (no resource entry, no console error, which a refused fetch would log), the
   * page carries the Content-Security-Policy, and every text is shown as written; the PDF shows them too.
   */
  @Test
  void hostileTexts_runNothing_fetchNothing_andAreShownAsWritten() throws IOException {
    Organization globex = SampleOrganizations.multinational();
    // the sample with a payload after every text of its file (names, units, roster, roles, charter,
    // crisis team, handles, notes), the same text always the same way so that references still hold
    Map<String, String> hostileTexts = new HashMap<>();
    JsonNode json =
        hostile(
            SocialBusinessJson.newMapper().readTree(SocialBusinessJson.write(globex)),
            hostileTexts);
    Organization fromFile = SocialBusinessJson.readOrganization(json.toString());
    Organization hostile =
        fromFile.withEvidence(
            fromFile.evidence().stream()
                .map(
                    e ->
                        e.practice() == Practice.LISTENING
                            ? Evidence.of(
                                e.practice(), e.adoption(), IMG + " " + LINK, Basis.INTERVIEW)
                            : e)
                .toList(),
            fromFile.outOfScope());
    LocalDate day = LocalDate.of(2026, 6, 12);
    List<Response> responses =
        List.of(
            Response.of(
                Respondent.of(SVG, BIDI),
                day,
                List.of(Answer.of("q.listening", "most", CSS, Basis.SELF_REPORTED))),
            Response.of(
                Respondent.of("Li " + IMG, "liaison"),
                day,
                List.of(Answer.of("q.listening", "none", LINK, Basis.SELF_REPORTED))));
    Merge merge = Responses.merge(Questionnaire.standard(), responses, hostile);
    ReportContext context =
        ReportContext.of(SocialBusiness.assess(merge.organization(), SampleOrganizations.AS_OF))
            .withDisagreements(merge.disagreements())
            .withStyle(
                ReportStyle.neutral().withFirm(IMG).withAuthor(SCRIPT).withConfidentiality(CSS));
    Path file = dir.resolve("hostile.html");
    Files.writeString(file, Reports.html(context), StandardCharsets.UTF_8);
    driver.get(file.toUri().toString());

    assertEquals(
        "Social business assessment: Globex Industries " + SCRIPT,
        driver.getTitle(),
        "nothing ran");
    assertTrue(hostileTexts.size() > 100, "texts made hostile: " + hostileTexts.size());
    assertEquals(List.of(), errors(), "nothing refused, so nothing was tried");
    assertEquals(0L, script("return performance.getEntriesByType('resource').length"));
    assertEquals(
        0L,
        script(
            "return document.querySelectorAll('script, [onerror], [onload], a[href^=javascript],"
                + " image, iframe, form').length"));
    assertEquals(
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri"
            + " 'none'",
        script(
            "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')"
                + ".getAttribute('content')"));
    String text = (String) script("return document.body.innerText");
    for (String written : List.of(SCRIPT, IMG, LINK, CSS, SVG, BIDI)) {
      assertTrue(text.contains(written), () -> written + " is not shown as written");
    }

    try (PDDocument pdf = Loader.loadPDF(SocialBusinessPdf.report(context))) {
      String printed = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      for (String written : List.of(SCRIPT, IMG, LINK)) {
        assertTrue(printed.contains(written), () -> written + " is not printed as written");
      }
    }
  }

  /**
   * A document with each of its texts (not enum names or dates) followed by one of the payloads, the same
   * text always with the same payload.
   */
  private static JsonNode hostile(JsonNode node, Map<String, String> texts) {
    List<String> payloads = List.of(SCRIPT, IMG, LINK, CSS, SVG, BIDI);
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        o.set(name, hostile(o.get(name), texts));
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, hostile(a.get(i), texts));
      }
    } else if (node.isTextual() && !node.asText().matches("[A-Z_]+|\\d{4}-\\d{2}-\\d{2}")) {
      return TextNode.valueOf(
          texts.computeIfAbsent(
              node.asText(), t -> t + " " + payloads.get(texts.size() % payloads.size())));
    }
    return node;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void report_loadsWithoutConsoleErrors(Organization o) throws IOException {
    open(o, 1280);
    assertEquals(
        "Social business assessment: " + o.name(), driver.getTitle(), "the page did not load");
    assertEquals(List.of(), errors());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void charts_eachHaveABoxWithAnArea(Organization o) throws IOException {
    for (int width : new int[] {1280, 390}) {
      open(o, width);
      List<?> boxes =
          (List<?>)
              script(
                  "return Array.from(document.querySelectorAll('svg')).map(function (s) {"
                      + " var r = s.getBoundingClientRect();"
                      + " return s.getAttribute('aria-label') + ' ' + (r.width > 0 && r.height > 0)"
                      + " + ' ' + (r.right <= document.documentElement.clientWidth); })");
      assertEquals(
          List.of(
              "The six stages true true",
              "Radar of dimension scores true true",
              "Roadmap phases true true"),
          boxes,
          "at " + width + " px");
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void layout_neverScrollsSideways_at1280And390(Organization o) throws IOException {
    for (int width : new int[] {1280, 390}) {
      open(o, width);
      List<?> sizes =
          (List<?>)
              script(
                  "var e = document.documentElement;"
                      + " return [window.innerWidth, e.clientWidth, e.scrollWidth];");
      int window = ((Number) sizes.get(0)).intValue();
      int client = ((Number) sizes.get(1)).intValue();
      int scroll = ((Number) sizes.get(2)).intValue();
      // the window is the width asked; the page inside it (less a vertical scroll bar) holds
      // everything
      assertEquals(
          width,
          window,
          "the layout viewport is not the width asked (a phone widens it for content wider than the screen)");
      assertTrue(client > width - 20, () -> "at " + width + " px the page is " + client + " wide");
      assertTrue(
          scroll <= client,
          () -> "at " + width + " px the content is " + scroll + " px wide in " + client + " px");
    }
  }

  /**
   * Printed on A4 and on Letter: page one holds the header and the whole executive summary (through its
   * last line) and nothing else, the next section's heading opens page two, the sections then follow one
   * another, every heading is printed, and every page but the last is at least a third full (measured by
   * how far down its text reaches; pictures are not text, so the measure errs on the strict side).
   */
  @ParameterizedTest
  @MethodSource("samples")
  void print_summaryAlone_thenPagesAtLeastAThirdFull_onA4AndLetter(Organization o)
      throws IOException {
    open(o, 1280);
    List<String> sections = headings("body > section > h2");
    List<String> subsections = headings("section section > h3");
    String lastOfSummary =
        (String)
            script(
                "var s = document.getElementById('summary');"
                    + " var last = s.lastElementChild.querySelectorAll('li, tr');"
                    + " return last[last.length - 1].textContent;");
    assertEquals("Executive summary", sections.get(0));
    for (Map.Entry<String, PageSize> paper : PAPER.entrySet()) {
      PrintOptions options = new PrintOptions();
      options.setPageSize(paper.getValue());
      byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
      List<String> pages = pdfPages(pdf);
      String where = o.name() + " on " + paper.getKey() + " (" + pages.size() + " pages)";
      String first = flat(pages.get(0));
      assertTrue(first.startsWith("Social business assessment: " + o.name()), where + ": " + first);
      assertTrue(first.contains("Executive summary"), where);
      assertTrue(first.contains(flat(lastOfSummary)), where + ": summary cut: " + lastOfSummary);
      assertTrue(
          flat(pages.get(1)).startsWith(flat(sections.get(1))),
          where + ": page two starts with " + flat(pages.get(1)));
      String all = String.join(" ", pages.stream().map(p -> flat(p)).toList());
      for (String title : sections) {
        assertTrue(all.contains(flat(title)), where + ": " + title + " not printed");
      }
      for (String title : subsections) {
        assertTrue(all.contains(flat(title)), where + ": " + title + " not printed");
      }
      List<Float> fill = fill(pdf);
      for (int p = 1; p < fill.size() - 1; p++) {
        assertTrue(fill.get(p) >= 1 / 3f, where + ": page " + (p + 1) + " " + fill);
      }
    }
  }

  /**
   * How far down each page of a printed PDF its text reaches, from 0 to 1, between the style sheet's
   * 15 mm margins.
   */
  private static List<Float> fill(byte[] pdf) throws IOException {
    List<Float> fill = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        float height = doc.getPage(page - 1).getMediaBox().getHeight();
        float margin = 15 * 72f / 25.4f;
        float[] lowest = {margin};
        PDFTextStripper s =
            new PDFTextStripper() {
              @Override
              protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition t : positions) {
                  lowest[0] = Math.max(lowest[0], t.getYDirAdj());
                }
              }
            };
        s.setStartPage(page);
        s.setEndPage(page);
        s.writeText(doc, new StringWriter());
        fill.add((lowest[0] - margin) / (height - 2 * margin));
      }
    }
    return fill;
  }

  /**
   * Keeps a screenshot of each report, 1280 pixels wide, when asked; {@code ReportScreenshotsTest} checks
   * the files kept, without a browser.
   */
  @ParameterizedTest
  @MethodSource("samples")
  void screenshot_at1280(Organization o) throws IOException {
    open(o, 1280);
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    assertEquals(1280, width(png));
    if (Boolean.getBoolean("socialbiz.updateScreenshots")) {
      Files.write(IMAGES.resolve(screenshotName(o)), png);
    }
  }

  /**
   * The "Among your peers" section of Bluefin Foods among eight peers ({@link
   * ReportFixtures#bluefinAmongPeers}): loaded without an error, its percentile chart drawn with a size
   * and within the page at 1280 and 390 pixels; its screenshot, the section alone in a window 1280 pixels
   * wide, is the README's picture of the section in the browser.
   */
  @Test
  void peerSection_drawnWithItsChart_andKeptAsAScreenshot() throws IOException {
    ReportContext context =
        ReportContext.of(ReportFixtures.assess(SampleOrganizations.presenceWithoutResponse()))
            .withPeers(ReportFixtures.bluefinAmongPeers());
    Path file = dir.resolve("bluefin-foods-among-peers.html");
    Files.writeString(file, Reports.html(context), StandardCharsets.UTF_8);
    for (int width : new int[] {390, 1280}) {
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", width < 500));
      driver.get(file.toUri().toString());
      assertEquals(List.of(), errors());
      assertEquals(
          List.of("Among your peers true true"),
          script(
              "return Array.from(document.querySelectorAll('#peers h2')).map(function (h) {"
                  + " var s = h.parentElement.querySelector('svg').getBoundingClientRect();"
                  + " return h.textContent + ' ' + (s.width > 0 && s.height > 0)"
                  + " + ' ' + (s.right <= document.documentElement.clientWidth); })"),
          "at " + width + " px");
    }
    // a viewport as tall as the page, so that the screenshot of the section is not cut at the
    // window
    long height = (Long) script("return document.documentElement.scrollHeight");
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", height, "deviceScaleFactor", 1, "mobile", false));
    WebElement section = driver.findElement(By.id("peers"));
    byte[] png = section.getScreenshotAs(OutputType.BYTES);
    assertTrue(width(png) > 600, "the section is " + width(png) + " px wide");
    if (Boolean.getBoolean("socialbiz.updateScreenshots")) {
      Files.write(IMAGES.resolve(PEERS_SCREENSHOT), png);
    }
  }

  // -----------------------------------------------------------------------
  static String screenshotName(Organization o) {
    return "report-" + slug(o) + ".png";
  }

  private static String slug(Organization o) {
    return o.name().toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  /** Writes the sample's report with its context to a file and opens it in a viewport of that width. */
  private static void open(Organization o, int width) throws IOException {
    ReportContext context = ReportFixtures.context(o);
    Path file = dir.resolve(slug(o) + ".html");
    Files.writeString(file, Reports.html(context), StandardCharsets.UTF_8);
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", width < 500));
    driver.get(file.toUri().toString());
  }

  /** Runs a script in the page and gets its result, which must not be null. */
  private static Object script(String js, Object... args) {
    return Objects.requireNonNull(driver.executeScript(js, args), js);
  }

  /** The browser's log entries of level SEVERE (console errors, failed loads) since the last call. */
  private static List<String> errors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(e.getMessage());
      }
    }
    return errors;
  }

  private static List<String> headings(String selector) {
    List<?> texts =
        (List<?>)
            script(
                "return Array.from(document.querySelectorAll(arguments[0]))"
                    + ".map(function (h) { return h.textContent; })",
                selector);
    return texts.stream().map(String::valueOf).collect(Collectors.toList());
  }

  /** The text of each page of a PDF given in base64, read with PDFBox in reading order. */
  private static List<String> pdfPages(byte[] bytes) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(pdf));
      }
    }
    return pages;
  }

  /** Text with every run of white space as one space, trimmed: the PDF breaks lines where it likes. */
  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The width in the IHDR chunk of a PNG image, after checking the PNG signature. */
  static int width(byte[] png) {
    for (int i = 0; i < PNG.length; i++) {
      assertEquals(PNG[i], png[i], "not a PNG image");
    }
    return ((png[16] & 0xff) << 24)
        | ((png[17] & 0xff) << 16)
        | ((png[18] & 0xff) << 8)
        | (png[19] & 0xff);
  }
}
