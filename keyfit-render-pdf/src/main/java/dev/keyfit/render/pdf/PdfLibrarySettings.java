package dev.keyfit.render.pdf;

import com.openhtmltopdf.util.XRLog;
import dev.keyfit.LibrarySettings;

/**
 * The PDF renderer's JVM-wide library setting, applied by {@code Keyfit.hardenLibraries()}:
 * openhtmltopdf's logging off (it logs through java.util.logging to the console by default).
 */
public final class PdfLibrarySettings implements LibrarySettings.Provider {
  @Override
  public void apply() {
    XRLog.setLoggingEnabled(false);
  }
}
