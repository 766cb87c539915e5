package dev.keyfit.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.report.Report;
import dev.keyfit.testing.HostileFiles;
import dev.keyfit.testing.TestKeyfit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * keyfit serve in a real browser, as a user would use it: open the private link, scan the sample
 * resume with its posting and read the match rate, download the PDF, see what an ATS reads, upload
 * a hostile file and read its error, rank a batch of the samples, sort it, open a report, compare
 * two candidates. Every request the page made went to the server's own origin; no page scrolls
 * sideways at 390 px. Screenshots of each page at 1280 and 390 px (and one in the dark scheme) go
 * to {@code keyfit-server/target/screenshots/}, and with {@code -Dkeyfit.updateScreenshots=true} to
 * the README's {@code keyfit-server/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeBrowserTest {

  static final Path SAMPLES = Path.of("samples");
  static TestServer server;
  static ChromeDriver chrome;
  static WebDriverWait wait;
  @TempDir static Path downloads;
  static final Screenshots shots = new Screenshots();

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer();
    chrome = Browser.start(downloads, 1280, 1000);
    wait = new WebDriverWait(chrome, Duration.ofSeconds(120));
    chrome.get(server.server.url());
  }

  @AfterAll
  static void stop() {
    if (chrome != null) {
      chrome.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void thePrivateLinkOpensTheScanPageWithoutItsTokenInTheAddress() {
    assertEquals(server.base + "/", chrome.getCurrentUrl());
    assertEquals("Scan a resume", chrome.findElement(By.id("scan-h")).getText());
  }

  @Test
  @Order(2)
  void scanningTheSampleWithItsPostingShowsTheLibrarysMatchRate() throws Exception {
    Report expected =
        TestKeyfit.standard()
            .analyze(
                SAMPLES.resolve("tpm-resume.pdf"),
                AnalysisOptions.defaults().withJobPosting(SAMPLES.resolve("tpm-posting.txt")));
    int rate = expected.assessment().jobMatch().matchRate();
    chrome.findElement(By.id("posting")).sendKeys(abs("tpm-posting.txt"));
    chrome.findElement(By.id("resume")).sendKeys(abs("tpm-resume.pdf"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scan-result")));
    assertEquals("Match rate with tpm-posting.txt", text("score-label"));
    assertEquals(rate + "%", text("score-value"));
    assertEquals("First scan of this file in this session.", text("score-change"));
    // the gap report itself, in its frame: the same HTML as keyfit scan -o gap.html
    chrome.switchTo().frame(chrome.findElement(By.id("report-frame")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "tpm-resume.pdf"));
    assertTrue(chrome.findElement(By.tagName("body")).getText().contains("Do these first"));
    chrome.switchTo().defaultContent();
    shots.take(chrome, "scan");
  }

  @Test
  @Order(3)
  void theReportDownloadsAsAPdf() throws Exception {
    chrome.findElement(By.id("dl-pdf")).click();
    Path pdf = downloads.resolve("tpm-resume-gap.pdf");
    wait.until(d -> Files.exists(pdf) && sizeOf(pdf) > 1000);
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
    assertArrayEquals("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), head);
  }

  @Test
  @Order(4)
  void reScanningTheSameFileShowsTheScoreChange() throws Exception {
    chrome.findElement(By.id("rescan")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("score-change"), "since the last scan"));
    assertTrue(
        text("score-change").startsWith("No change since the last scan of tpm-resume.pdf"),
        text("score-change"));
    phone("scan");
  }

  @Test
  @Order(5)
  void whatAnAtsSeesShowsTheTextSectionsContactsAndMarkedTerms() throws Exception {
    chrome.findElement(By.cssSelector("a[data-tab=ats]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ats-lines li")));
    String sections = text("ats-sections");
    assertTrue(sections.contains("Experience") && sections.contains("Skills"), sections);
    assertTrue(text("ats-contact").contains("An email address is present."));
    assertTrue(text("ats-layout").contains("in columns"), "the sample's two columns are flagged");
    List<WebElement> exact = chrome.findElements(By.cssSelector("#ats-lines mark.k-exact"));
    List<WebElement> variant = chrome.findElements(By.cssSelector("#ats-lines mark.k-variant"));
    assertTrue(
        exact.size() > 5 && !variant.isEmpty(),
        exact.size() + " exact, " + variant.size() + " variant");
    assertTrue(exact.get(0).getAttribute("title").startsWith("exact: "));
    shots.take(chrome, "ats");
    phone("ats");
    dark("ats");
  }

  @Test
  @Order(6)
  void aHostileFileGetsItsClearOneLineError(@TempDir Path dir) throws Exception {
    chrome.findElement(By.cssSelector("a[data-tab=scan]")).click();
    Path secret = dir.resolve("locked-resume.pdf");
    Files.write(secret, HostileFiles.pdf(HostileFiles.RESUME, "secret", "owner"));
    chrome.findElement(By.id("resume")).sendKeys(secret.toAbsolutePath().toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scan-error")));
    String error = text("scan-error");
    assertTrue(error.startsWith("locked-resume.pdf: ENCRYPTED: "), error);
    assertTrue(error.endsWith("; save an unprotected copy and scan that"), error);
    assertTrue(!error.contains("Exception") && !error.contains("\n"), error);
  }

  @Test
  @Order(7)
  void aBatchOfTheSamplesIsRankedSortedAndEachReportOpens() throws Exception {
    chrome.findElement(By.cssSelector("a[data-tab=batch]")).click();
    List<String> files =
        List.of(
            "tpm-resume.pdf",
            "pm-resume.docx",
            "pm-resume.doc",
            "nurse-resume.docx",
            "thin-tpm-resume.txt");
    chrome
        .findElement(By.id("batch-files"))
        .sendKeys(String.join("\n", files.stream().map(ServeBrowserTest::abs).toList()));
    chrome.findElement(By.id("batch-posting")).sendKeys(abs("tpm-posting.txt"));
    chrome.findElement(By.id("batch-button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-result")));
    assertEquals(files.size(), rows().size());
    List<Integer> byRank = column(3);
    List<Integer> descending = new ArrayList<>(byRank);
    descending.sort(java.util.Comparator.reverseOrder());
    assertEquals(descending, byRank, "ranked by match rate, highest first");
    assertEquals("1", rows().get(0).findElements(By.tagName("td")).get(1).getText());
    shots.take(chrome, "batch");

    header("Score").click(); // first click: highest first again; second: lowest first
    header("Score").click();
    List<Integer> ascending = new ArrayList<>(byRank);
    ascending.sort(null);
    assertEquals(ascending, column(3), "sorted by score, lowest first");
    assertEquals(
        "ascending", header("Score").findElement(By.xpath("..")).getAttribute("aria-sort"));
    header("File").sendKeys(org.openqa.selenium.Keys.ENTER); // the headings sort from the keyboard
    List<String> names =
        rows().stream().map(r -> r.findElements(By.tagName("td")).get(2).getText()).toList();
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    assertEquals(sorted, names);

    chrome.findElement(By.id("batch-filter")).sendKeys("pm-resume.doc");
    assertEquals(2, rows().size(), "the filter keeps the two pm-resume files");
    chrome.findElement(By.id("batch-filter")).clear();
    chrome.findElement(By.id("batch-filter")).sendKeys(" ");
    chrome.findElement(By.id("batch-filter")).sendKeys(org.openqa.selenium.Keys.BACK_SPACE);

    WebElement first = rows().get(0).findElement(By.cssSelector("button.file"));
    String name = first.getText();
    first.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("row-report")));
    chrome.switchTo().frame(chrome.findElement(By.id("row-frame")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
    chrome.switchTo().defaultContent();

    for (int i = 0; i < 2; i++) {
      WebElement pick = rows().get(i).findElement(By.cssSelector("input[type=checkbox]"));
      pick.click();
      wait.until(ExpectedConditions.elementSelectionStateToBe(pick, true));
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.id("compare-button"))).click();
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.visibilityOfElementLocated(By.id("compare")),
            ExpectedConditions.visibilityOfElementLocated(By.id("batch-error"))));
    assertTrue(
        chrome.findElement(By.id("compare")).isDisplayed(),
        "the comparison failed: " + text("batch-error"));
    String compare = text("compare-table");
    assertTrue(compare.contains(name) && compare.contains("Missing required"), compare);
    shots.take(chrome, "compare");
  }

  @Test
  @Order(8)
  void everyRequestThePageMadeWentToTheLocalServer() {
    List<String> foreign = new ArrayList<>();
    for (LogEntry e : chrome.manage().logs().get(LogType.PERFORMANCE)) {
      String m = e.getMessage();
      if (m.contains("\"Network.requestWillBeSent\"")) {
        java.util.regex.Matcher u =
            java.util.regex.Pattern.compile("\"url\":\"([^\"]*)\"").matcher(m);
        while (u.find()) {
          String url = u.group(1);
          if (!url.startsWith(server.base + "/")
              && !url.startsWith("data:")
              && !url.startsWith("blob:")
              && !url.startsWith("about:")) {
            foreign.add(url);
          }
        }
      }
    }
    assertEquals(List.of(), foreign, "requests the page sent elsewhere");
  }

  @Test
  @Order(9)
  void theBatchPageFitsAPhoneWithoutSidewaysScroll() throws Exception {
    phone("batch");
    shots.publish();
  }

  /** At 390 px the page has no sideways scroll; a screenshot; back to 1280 px. */
  private static void phone(String page) throws Exception {
    chrome.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
    Thread.sleep(300);
    Number scroll =
        (Number)
            chrome.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertTrue(scroll.intValue() <= 0, page + " scrolls sideways by " + scroll + " px at 390 px");
    shots.take(chrome, page);
    chrome.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    Thread.sleep(300);
  }

  /** The page in the dark colour scheme (prefers-color-scheme: dark), then light again. */
  private static void dark(String page) throws Exception {
    chrome.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        java.util.Map.of(
            "features",
            List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
    Thread.sleep(300);
    String background =
        (String) chrome.executeScript("return getComputedStyle(document.body).backgroundColor");
    assertEquals("rgb(13, 17, 23)", background, "the dark background");
    shots.take(chrome, page + "-dark");
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
  }

  private static List<WebElement> rows() {
    return chrome.findElements(By.cssSelector("#ranking tbody tr"));
  }

  private static WebElement header(String title) {
    return chrome.findElement(
        By.xpath(
            "//table[@id='ranking']//th/button[normalize-space(.)='"
                + title
                + "' or (normalize-space(.)='Match %' and '"
                + title
                + "'='Score')]"));
  }

  private static List<Integer> column(int index) {
    return rows().stream()
        .map(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(index).getText()))
        .toList();
  }

  private static String text(String id) {
    return chrome.findElement(By.id(id)).getText();
  }

  private static String abs(String sample) {
    return SAMPLES.resolve(sample).toAbsolutePath().toString();
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
