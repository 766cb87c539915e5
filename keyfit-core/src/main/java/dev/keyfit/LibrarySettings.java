package dev.keyfit;

import dev.keyfit.extract.DocxExtractor;
import java.util.ServiceLoader;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * keyfit's JVM-wide settings of the libraries it uses, applied by one explicit call of the process
 * owner ({@link Keyfit#hardenLibraries()}): the CLI's main, a web app's or a Spark job's start. No
 * class sets them as a side effect of being loaded, so a program that embeds keyfit decides.
 *
 * <ul>
 *   <li>Apache POI: the largest uncompressed OOXML zip entry, {@value DocxExtractor#MAX_ENTRY_SIZE}
 *       bytes (POI's own default is 4 GiB), for every OOXML file the JVM opens (set just before
 *       keyfit opens the first: {@link #beforeOoxml()}).
 *   <li>Whatever the modules on the class path add as a {@link Provider} (keyfit-render-pdf turns
 *       openhtmltopdf's JVM-wide logging off).
 * </ul>
 *
 * <p>Without the call keyfit is still safe: {@link DocxExtractor} refuses a DOCX whose entries
 * declare more than the same limit before POI opens it, POI's inflate-ratio check is on by default,
 * and every file is read under its own size, page, text and time limits.
 */
public final class LibrarySettings {

  /** A module's JVM-wide library settings, found with {@link ServiceLoader}. */
  public interface Provider {
    /** Applies the settings; called once per JVM. */
    void apply();
  }

  private static volatile boolean applied;
  private static boolean poiLimitSet;

  private LibrarySettings() {}

  /** Applies every setting once; later calls do nothing. Thread-safe. */
  public static synchronized void apply() {
    if (applied) {
      return;
    }
    ServiceLoader.load(Provider.class, LibrarySettings.class.getClassLoader())
        .forEach(Provider::apply);
    applied = true;
  }

  /**
   * Sets POI's OOXML entry limit JVM-wide if {@link #apply()} has run, once; {@link DocxExtractor}
   * calls it before POI opens a package. Setting it there rather than in {@code apply()} keeps
   * POI's zip classes and the logging they start (log4j-api, ~100 classes) out of every process
   * that never opens an OOXML file, a scan of a PDF for one; no OOXML file is opened before it.
   */
  public static void beforeOoxml() {
    if (!applied) {
      return;
    }
    synchronized (LibrarySettings.class) {
      if (!poiLimitSet) {
        ZipSecureFile.setMaxEntrySize(DocxExtractor.MAX_ENTRY_SIZE);
        poiLimitSet = true;
      }
    }
  }

  /** Whether {@link #apply()} has run in this JVM. */
  public static synchronized boolean applied() {
    return applied;
  }
}
