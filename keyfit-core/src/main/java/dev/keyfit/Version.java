package dev.keyfit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool version, written into {@code version.properties} by the build. */
public final class Version {

  private static final String VERSION = load();

  private Version() {}

  /** The version, e.g. "0.1.0". */
  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
