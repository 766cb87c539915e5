package dev.keyfit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFixtures;
import dev.keyfit.testing.DebianPackages;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML report in headless Chromium (the Debian package; installed with apt-get when
 * missing and we are root, else the test is skipped with the reason), takes a screenshot and checks
 * the rendered page: title, scores, SVG charts, the core factor and the points per category. The
 * screenshot and the page are kept in {@code target/browser/} for a human to look at.
 */
class HtmlReportBrowserTest {

  static final Path OUT = Path.of("target/browser");
  static Path chromium;

  @BeforeAll
  static void findChromium() throws Exception {
    chromium =
        DebianPackages.find("chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")
            .orElse(null);
    Assumptions.assumeTrue(
        chromium != null,
        "headless Chromium is not available (install the Debian package 'chromium'); browser test skipped");
    Files.createDirectories(OUT);
  }

  @Test
  void reportRendersTitleScoresAndCharts() throws Exception {
    Path html = OUT.resolve("report.html");
    Files.write(
        html,
        HtmlRenderer.html(ReportFixtures.withJobMatch(), false, Renderer.RenderOptions.PLAIN)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    Path shot = OUT.resolve("report.png");
    Files.deleteIfExists(shot);
    run(List.of("--screenshot=" + shot.toAbsolutePath(), "--window-size=1280,2000", uri(html)), 90);
    assertTrue(Files.size(shot) > 20_000, "a non-trivial screenshot");
    BufferedImage image = ImageIO.read(shot.toFile());
    assertEquals(1280, image.getWidth());
    assertTrue(distinctColours(image) > 20, "the page drew more than a blank canvas");

    String dom = run(List.of("--dump-dom", uri(html)), 90);
    assertTrue(dom.contains("<title>keyfit gap report — casey-lee.txt</title>"), "title");
    assertTrue(dom.contains("Technical Project Manager score: 42 out of 100"), "TPM gauge");
    assertTrue(dom.contains("Project Manager score: 14 out of 100"), "PM gauge");
    assertTrue(dom.contains("Job posting match rate: 45 out of 100"), "posting gauge");
    assertTrue(
        dom.split("<svg", -1).length - 1 >= 3 + 6 + 3, "gauges, category bars and posting bars");
    assertTrue(dom.contains("Kubernetes"), "posting table and missing terms");
    assertTrue(
        dom.contains("Scaled × 0.5: core 30% covered, 60% needed"),
        "the PM core factor under its score");
    assertTrue(
        dom.contains("Listed only") && dom.contains("not in dictionary"),
        "posting credits and unknown terms");
    assertEquals(
        6 + 4,
        dom.split("<details", -1).length - 1,
        "one collapsible points table per category and role, and four collapsed detail sections");
    assertTrue(
        dom.indexOf("Do these first") < dom.indexOf("id=\"scores-h\""), "the decision leads");
    assertTrue(!dom.contains("<script"), "no script");
  }

  /**
   * At 1280 and 390 px, the real sample's report has no sideways scroll and no table header
   * overlapping its neighbour. A test copy of the page (the CSP meta removed, a measuring script
   * added: the shipped report has no script) writes what it measured into the DOM.
   */
  @Test
  void reportFitsPhoneAndDesktopWithoutOverlapOrSidewaysScroll() throws Exception {
    Report report =
        dev.keyfit.testing.TestKeyfit.standard()
            .analyze(
                Path.of("samples/tpm-resume.pdf"),
                dev.keyfit.AnalysisOptions.defaults()
                    .withJobPosting(Path.of("samples/tpm-posting.txt")));
    String page =
        new String(
            HtmlRenderer.html(report, false, Renderer.RenderOptions.PLAIN)
                .getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8);
    for (int width : new int[] {1280, 390}) {
      Path shot = OUT.resolve("sample-" + width + ".png");
      Path html = OUT.resolve("sample-" + width + ".html");
      Files.writeString(html, page);
      Files.deleteIfExists(shot);
      run(
          List.of(
              "--screenshot=" + shot.toAbsolutePath(),
              "--window-size=" + width + ",2400",
              uri(html)),
          90);
      assertEquals(width, ImageIO.read(shot.toFile()).getWidth());

      String measured =
          page.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
              .replace("</body>", "<script>//<![CDATA[\n" + MEASURE + "\n//]]></script></body>");
      Path probe = OUT.resolve("probe-" + width + ".html");
      Files.writeString(probe, measured);
      String dom = run(List.of("--window-size=" + width + ",2400", "--dump-dom", uri(probe)), 90);
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(
                  "data-scroll=\"(\\d+)\" data-viewport=\"(\\d+)\" data-overlaps=\"([^\"]*)\"")
              .matcher(dom);
      assertTrue(m.find(), () -> "the probe ran at " + width);
      int scroll = Integer.parseInt(m.group(1));
      int viewport =
          Integer.parseInt(m.group(2)); // headless --dump-dom may widen a narrow window a little
      assertTrue(viewport <= Math.max(width, 500), "a phone-sized viewport: " + viewport);
      assertTrue(
          scroll <= viewport,
          "no sideways scroll at " + viewport + " px: content is " + scroll + " px wide");
      assertEquals("", m.group(3), "table headers overlapping at " + viewport + " px");
    }
  }

  /**
   * Measures the page's scroll width and any pair of visible header cells in a row that overlap.
   */
  static final String MEASURE =
      """
      var over = [];
      document.querySelectorAll('thead tr').forEach(function (tr) {
        var cells = Array.prototype.filter.call(tr.children, function (c) { return c.offsetWidth > 0; });
        for (var i = 1; i < cells.length; i++) {
          var a = cells[i - 1].getBoundingClientRect(), b = cells[i].getBoundingClientRect();
          var sa = cells[i - 1].scrollWidth, wa = cells[i - 1].clientWidth;
          if (a.right > b.left + 1 || sa > wa + 1) { over.push(cells[i - 1].textContent.trim()); }
        }
      });
      var el = document.createElement('p');
      el.id = 'probe';
      el.setAttribute('data-scroll', String(document.documentElement.scrollWidth));
      el.setAttribute('data-viewport', String(window.innerWidth));
      el.setAttribute('data-overlaps', over.join('|'));
      document.body.appendChild(el);""";

  private static String uri(Path html) {
    return html.toAbsolutePath().toUri().toString();
  }

  private static String run(List<String> args, int seconds) throws Exception {
    Path profile = Files.createTempDirectory("keyfit-chromium");
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
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
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within " + seconds + " s");
    }
    String text = Files.readString(stdout, StandardCharsets.UTF_8);
    Files.deleteIfExists(stdout);
    return text;
  }

  private static int distinctColours(BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
