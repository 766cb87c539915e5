package dev.keyfit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every committed seed gives the outcome {@link FuzzSeeds} lists for it (its text, OK, or the named
 * failure), and every seed file is listed there.
 */
class FuzzSeedsTest {

  @Test
  void everySeedGivesItsExpectedOutcome() throws IOException {
    Map<String, String> actual = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(FuzzSeeds.ROOT)) {
      for (Path seed :
          walk.filter(Files::isRegularFile)
              .filter(
                  p ->
                      p.getParent().getParent().getFileName().toString().endsWith("FuzzTestInputs"))
              .toList()) {
        String key = FuzzSeeds.key(seed);
        actual.put(key, outcome(seed));
      }
    }
    assertEquals(FuzzSeeds.EXPECTED, actual);
  }

  private static String outcome(Path seed) {
    try {
      ExtractedDocument doc = Extractors.standard().extract(seed, PdfExtractorFuzzTest.LIMITS);
      assertFalse(doc.text().isBlank());
      return "OK";
    } catch (ExtractionException e) {
      return e.failure().name();
    }
  }
}
