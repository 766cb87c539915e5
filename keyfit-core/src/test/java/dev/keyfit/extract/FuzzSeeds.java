package dev.keyfit.extract;

import dev.keyfit.batch.FileGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What each committed fuzz seed must give, its text (OK) or the named failure: one list for {@link
 * FuzzSeedsTest} and for the fuzz targets themselves, which check every input against it, so that a
 * seed that stops extracting fails the fuzz target too (a named failure is otherwise a pass). A new
 * seed must be listed here.
 */
final class FuzzSeeds {

  static final Path ROOT = Path.of("keyfit-core/src/test/resources/dev/keyfit/extract");

  static final Map<String, String> EXPECTED =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("DocExtractorFuzzTestInputs/resume.doc", "OK"),
              Map.entry("DocxExtractorFuzzTestInputs/features.docx", "OK"),
              Map.entry("DocxExtractorFuzzTestInputs/textbox.docx", "OK"),
              Map.entry("PdfExtractorFuzzTestInputs/image-only.pdf", "NEEDS_OCR"),
              Map.entry("PdfExtractorFuzzTestInputs/owner-password.pdf", "OK"),
              Map.entry("PdfExtractorFuzzTestInputs/simple.pdf", "OK"),
              Map.entry("PdfExtractorFuzzTestInputs/two-column.pdf", "OK"),
              Map.entry("PdfExtractorFuzzTestInputs/user-password.pdf", "ENCRYPTED"),
              Map.entry("PlainTextExtractorFuzzTestInputs/utf16le-bom.txt", "OK"),
              Map.entry("PlainTextExtractorFuzzTestInputs/utf8.txt", "OK"),
              Map.entry("PlainTextExtractorFuzzTestInputs/windows-1252.txt", "OK")));

  /** The expected outcome by the seed's SHA-256, built once from the committed files. */
  private static final Map<String, String> BY_HASH = byHash();

  private FuzzSeeds() {}

  /** The outcome a committed seed with these exact bytes must give; empty for any other input. */
  static Optional<String> expectedFor(byte[] data) {
    return Optional.ofNullable(BY_HASH.get(FileGuard.sha256(data)));
  }

  /** "Target/name" of a seed file under {@link #ROOT}. */
  static String key(Path seed) {
    return seed.getParent().getParent().getFileName() + "/" + seed.getFileName();
  }

  private static Map<String, String> byHash() {
    Map<String, String> byHash = new HashMap<>();
    for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
      String[] parts = e.getKey().split("/", 2);
      Path dir = ROOT.resolve(parts[0]);
      try (var methods = Files.list(dir)) {
        for (Path method : methods.toList()) {
          Path seed = method.resolve(parts[1]);
          if (Files.isRegularFile(seed)) {
            byHash.put(FileGuard.sha256(Files.readAllBytes(seed)), e.getValue());
          }
        }
      } catch (IOException x) {
        throw new UncheckedIOException("cannot read the fuzz seeds in " + dir, x);
      }
    }
    if (byHash.size() != EXPECTED.size()) {
      throw new IllegalStateException(
          "found " + byHash.size() + " of the " + EXPECTED.size() + " listed fuzz seeds");
    }
    return byHash;
  }
}
