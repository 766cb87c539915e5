package dev.keyfit.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Full-page screenshots of the app, named {@code page-width.png}, into {@code
 * keyfit-server/target/screenshots/}; {@link #publish} copies them to the README's {@code
 * keyfit-server/screenshots/} when run with {@code -Dkeyfit.updateScreenshots=true}.
 */
final class Screenshots {

  static final Path OUT = Path.of("keyfit-server/target/screenshots");
  static final Path README = Path.of("keyfit-server/screenshots");

  void take(ChromeDriver chrome, String page) throws IOException {
    Files.createDirectories(OUT);
    long width = (Long) chrome.executeScript("return window.innerWidth");
    Object shot =
        chrome.executeCdpCommand(
            "Page.captureScreenshot",
            java.util.Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                java.util.Map.of(
                    "x",
                    0,
                    "y",
                    0,
                    "width",
                    width,
                    "height",
                    Math.min(
                        2600,
                        (Long)
                            chrome.executeScript("return document.documentElement.scrollHeight")),
                    "scale",
                    1)));
    byte[] png =
        java.util.Base64.getDecoder().decode((String) ((java.util.Map<?, ?>) shot).get("data"));
    Files.write(OUT.resolve(page + "-" + width + ".png"), png);
  }

  void publish() throws IOException {
    if (!Boolean.getBoolean("keyfit.updateScreenshots")) {
      return;
    }
    Files.createDirectories(README);
    try (var shots = Files.list(OUT)) {
      for (Path p : (Iterable<Path>) shots::iterator) {
        Files.copy(p, README.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
