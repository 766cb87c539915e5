package dev.keyfit.server;

import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * Opens a URL in the default browser, best effort: the desktop's own opener ({@code xdg-open},
 * {@code open}, or Windows' URL handler) when there is one, else {@code java.awt.Desktop} when the
 * JVM is not headless. Never throws: when nothing opens, the printed URL is the way in.
 */
public final class Browser {

  private Browser() {}

  /** True when a browser was asked to open the URL. */
  public static boolean open(String url) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command =
        os.contains("win")
            ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
            : os.contains("mac")
                ? List.of("open", url)
                : onPath("xdg-open") ? List.of("xdg-open", url) : null;
    try {
      if (command != null) {
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        return true;
      }
      if (!java.awt.GraphicsEnvironment.isHeadless()
          && java.awt.Desktop.isDesktopSupported()
          && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
        java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
        return true;
      }
    } catch (java.io.IOException | RuntimeException e) {
      // no browser: the URL is printed
    }
    return false;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null
        || (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null)) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (new File(dir, program).canExecute()) {
        return true;
      }
    }
    return false;
  }
}
