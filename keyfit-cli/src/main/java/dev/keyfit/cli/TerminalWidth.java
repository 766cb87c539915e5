package dev.keyfit.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The width of the terminal the report is printed to: {@code COLUMNS} when set, else what {@code
 * stty size} reports for the controlling terminal, else {@link #DEFAULT} (also when output is not a
 * terminal). Never fails: a width that cannot be found is the default.
 */
public final class TerminalWidth {

  /** The width when it cannot be found. */
  public static final int DEFAULT = 80;

  private TerminalWidth() {}

  /** The terminal's width in columns, or {@link #DEFAULT}. */
  public static int detect() {
    if (System.console() == null) {
      return DEFAULT;
    }
    Integer columns = parse(System.getenv("COLUMNS"));
    if (columns != null) {
      return columns;
    }
    File tty = new File("/dev/tty");
    if (!tty.canRead()) {
      return DEFAULT;
    }
    try {
      Process p =
          new ProcessBuilder("stty", "size")
              .redirectInput(tty)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(500, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return DEFAULT;
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
      String[] parts = out.split("\\s+");
      Integer w = parts.length == 2 ? parse(parts[1]) : null;
      return w == null ? DEFAULT : w;
    } catch (java.io.IOException e) {
      return DEFAULT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DEFAULT;
    }
  }

  /** A width from text, or null when it is not a plausible width. */
  static Integer parse(String s) {
    if (s == null || !s.strip().matches("\\d{1,4}")) {
      return null;
    }
    int w = Integer.parseInt(s.strip());
    return w >= 20 ? w : null;
  }
}
