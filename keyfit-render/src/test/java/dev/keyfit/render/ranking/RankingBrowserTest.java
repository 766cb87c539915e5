package dev.keyfit.render.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.testing.DebianPackages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML ranking in headless Chromium (skipped when it is not installed; HtmlReportBrowserTest
 * installs it): under its own CSP the sorting script runs (the hash matches), a click on a header
 * sorts, and at 1280 and 390 px there is no sideways scroll. Screenshots stay in {@code
 * target/browser/} for a human to look at. The probe script is allowed by adding its own hash to
 * the page's CSP, so the page's policy is otherwise the shipped one.
 */
class RankingBrowserTest {

  static final Path OUT = Path.of("target/browser");
  static Path chromium;

  @BeforeAll
  static void findChromium() throws Exception {
    chromium =
        DebianPackages.find("chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")
            .orElse(null);
    Assumptions.assumeTrue(
        chromium != null,
        "headless Chromium is not available (install the Debian package 'chromium'); skipped");
    Files.createDirectories(OUT);
  }

  /** Clicks the score header twice and the file header once, recording the order of files. */
  static final String PROBE =
      """
      var t = document.getElementById('ranking');
      function files() { return Array.prototype.map.call(t.tBodies[0].rows, function (r) { return r.cells[1].getAttribute('data-value'); }).join('|'); }
      var heads = t.tHead.rows[0].cells, b = heads[2].querySelector('button');
      var out = document.createElement('p');
      out.id = 'probe';
      out.setAttribute('data-ready', t.getAttribute('data-sortable') || 'no');
      out.setAttribute('data-initial', files());
      if (b) { b.click(); out.setAttribute('data-first', files() + '/' + heads[2].getAttribute('aria-sort'));
               b.click(); out.setAttribute('data-second', files() + '/' + heads[2].getAttribute('aria-sort')); }
      var fb = heads[1].querySelector('button');
      if (fb) { fb.click(); fb.click(); out.setAttribute('data-byname', files()); }
      out.setAttribute('data-scroll', String(document.documentElement.scrollWidth));
      out.setAttribute('data-viewport', String(window.innerWidth));
      document.body.appendChild(out);""";

  @Test
  void headerClicksSortUnderTheShippedPolicyAndThePageFitsPhoneAndDesktop() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new HtmlRankingWriter()
        .write(HtmlRankingWriterTest.ranking(), HtmlRankingWriterTest.WITH_REPORTS, bytes);
    String page = bytes.toString(StandardCharsets.UTF_8);
    for (int width : new int[] {1280, 390}) {
      Path html = OUT.resolve("ranking-" + width + ".html");
      Path shot = OUT.resolve("ranking-" + width + ".png");
      Files.writeString(html, page);
      Files.deleteIfExists(shot);
      run(
          List.of(
              "--screenshot=" + shot.toAbsolutePath(),
              "--window-size=" + width + ",1200",
              uri(html)));
      assertEquals(width, ImageIO.read(shot.toFile()).getWidth());

      String hash = "sha256-" + HtmlRankingWriter.sha256Base64(PROBE);
      String probe =
          page.replace("script-src '", "script-src '" + hash + "' '")
              .replace("</body>", "<script>" + PROBE + "</script></body>");
      Path probeFile = OUT.resolve("ranking-probe-" + width + ".html");
      Files.writeString(probeFile, probe);
      String dom = run(List.of("--window-size=" + width + ",1200", "--dump-dom", uri(probeFile)));
      Matcher m = Pattern.compile("<p id=\"probe\"([^>]*)>").matcher(dom);
      assertTrue(m.find(), "the probe ran at " + width);
      String a = m.group(1);
      assertTrue(a.contains("data-ready=\"ready\""), "the page's own script ran under its CSP");
      assertTrue(a.contains("data-initial=\"a/cv.pdf|b/copy of cv.pdf|broken.docx\""), a);
      // equal scores keep the ranking order; the failed row stays last in both directions
      assertTrue(a.contains("data-first=\"a/cv.pdf|b/copy of cv.pdf|broken.docx/descending\""), a);
      assertTrue(a.contains("data-second=\"a/cv.pdf|b/copy of cv.pdf|broken.docx/ascending\""), a);
      assertTrue(
          a.contains("data-byname=\"broken.docx|b/copy of cv.pdf|a/cv.pdf\""),
          "two clicks on File: names in reverse order; " + a);
      int scroll = attr(a, "data-scroll");
      int viewport = attr(a, "data-viewport");
      assertTrue(scroll <= viewport, "no sideways scroll at " + viewport + ": " + scroll);
    }
  }

  private static int attr(String attrs, String name) {
    Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(attrs);
    assertTrue(m.find(), name);
    return Integer.parseInt(m.group(1));
  }

  private static String uri(Path html) {
    return html.toAbsolutePath().toUri().toString();
  }

  private static String run(List<String> args) throws Exception {
    Path profile = Files.createTempDirectory("keyfit-chromium");
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
    command.addAll(args);
    Path stdout = Files.createTempFile("keyfit-chromium", ".out");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s");
    }
    String text = Files.readString(stdout, StandardCharsets.UTF_8);
    Files.deleteIfExists(stdout);
    return text;
  }
}
