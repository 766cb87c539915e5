package dev.keyfit.server;

import dev.keyfit.testing.DebianPackages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven by Selenium through Debian's {@code chromium} and {@code
 * chromium-driver}: found where installed, else installed once with apt-get (root, as CI runs),
 * else the test is skipped with a message. The browser gets no component updates, sync or other
 * background traffic of its own, downloads into a given folder, and records its network log.
 */
final class Browser {

  private Browser() {}

  /** Selenium's own log lines (a CDP version note) stay off the test output. */
  private static final java.util.logging.Logger SELENIUM =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  static ChromeDriver start(Path downloads, int width, int height) {
    SELENIUM.setLevel(Level.OFF);
    Path chromium =
        DebianPackages.find("chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")
            .orElse(null);
    Assumptions.assumeTrue(
        chromium != null,
        "headless Chromium is not available (install the Debian package 'chromium'); browser test skipped");
    Path driver = DebianPackages.find("chromium-driver", "/usr/bin/chromedriver").orElse(null);
    Assumptions.assumeTrue(
        driver != null,
        "chromedriver is not available (install the Debian package 'chromium-driver'); browser test skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        // no smooth scrolling under the driver's clicks (the page honours reduced motion)
        "--force-prefers-reduced-motion",
        "--window-size=" + width + "," + height);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory", downloads.toAbsolutePath().toString(),
            "download.prompt_for_download", false,
            "safebrowsing.enabled", false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .build();
    try {
      ChromeDriver chrome = new ChromeDriver(service, options);
      chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      return chrome;
    } catch (RuntimeException e) {
      Assumptions.abort(
          "Chromium could not be started through chromedriver ("
              + e.getClass().getSimpleName()
              + "); browser test skipped");
      throw e;
    }
  }
}
