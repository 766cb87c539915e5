package dev.keyfit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.util.XRLog;
import dev.keyfit.Keyfit;
import dev.keyfit.LibrarySettings;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class PdfLibrarySettingsTest {

  @Test
  void hardeningTurnsOpenhtmltopdfLoggingOffThroughTheServiceLoader() {
    assertTrue(
        ServiceLoader.load(LibrarySettings.Provider.class).stream()
            .anyMatch(p -> p.type() == PdfLibrarySettings.class));
    Keyfit.hardenLibraries();
    assertFalse(XRLog.isLoggingEnabled());
  }
}
