package dev.keyfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.DocxExtractor;
import dev.keyfit.extract.DocxFixtures;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.extract.Failure;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibrarySettingsTest {

  @TempDir Path dir;

  @Test
  void hardeningSetsPoisEntryLimitBeforeTheFirstDocxIsOpenedAndIsIdempotent() throws Exception {
    Keyfit.hardenLibraries();
    Keyfit.hardenLibraries();
    assertTrue(LibrarySettings.applied());
    Path docx = DocxFixtures.write(DocxFixtures.features(), dir.resolve("features.docx"));
    new DocxExtractor().extract(DocumentSource.of(docx), ExtractionLimits.DEFAULT);
    assertEquals(DocxExtractor.MAX_ENTRY_SIZE, ZipSecureFile.getMaxEntrySize());
  }

  @Test
  void aDocxDeclaringAnOversizedEntryIsRefusedBeforePoiOpensIt() throws Exception {
    byte[] template = DocxFixtures.bytes(DocxFixtures.features());
    Path file = DocxFixtures.zipBomb(template, 200L << 20, dir.resolve("bomb.docx"));
    for (DocumentSource source :
        new DocumentSource[] {
          DocumentSource.of(file), DocumentSource.of("bomb.docx", Files.readAllBytes(file))
        }) {
      ExtractionException e =
          assertThrows(
              ExtractionException.class,
              () -> new DocxExtractor().extract(source, ExtractionLimits.DEFAULT));
      assertEquals(Failure.TOO_LARGE, e.failure());
      assertTrue(e.getMessage().contains("word/document.xml declares"), e.getMessage());
    }
  }
}
