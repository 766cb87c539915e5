package dev.keyfit.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds arbitrary bytes to {@link DocExtractor}: it must return a document or fail in a way the
 * per-file guard turns into a status.
 *
 * <p>Accepted: {@link ExtractionException}; any {@link RuntimeException} (POI's unchecked
 * exceptions on malformed input, which the composite guard on the extraction entry point maps to
 * CORRUPT); any {@link LinkageError} (a missing optional codec, mapped to UNSUPPORTED by that
 * guard). Anything else (StackOverflowError, OutOfMemoryError, a hang caught by the timeout, a
 * Jazzer sanitizer finding) is a finding.
 *
 * <p>Under plain {@code mvn test} this replays the seeds in {@code DocExtractorFuzzTestInputs/}
 * (regression mode). To fuzz (the pom fixes surefire's argLine, so system properties go through
 * {@code JAVA_TOOL_OPTIONS}; the timeout mode must be off or {@code @Timeout} ends the run):
 * {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=60s
 * JAVA_TOOL_OPTIONS=-Djunit.jupiter.execution.timeout.mode=disabled mvn test -Dtest=DocExtractorFuzzTest}.
 */
class DocExtractorFuzzTest {

  private static final ExtractionLimits LIMITS = new ExtractionLimits(4L << 20, 30, 200_000);
  private final DocExtractor extractor = new DocExtractor();

  @FuzzTest(maxDuration = "60s")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void extractReturnsADocumentOrAGuardedFailure(byte[] input) throws IOException {
    Path file = Files.createTempFile("keyfit-fuzz", ".bin");
    try {
      Files.write(file, input);
      extractor.extract(file, LIMITS);
    } catch (ExtractionException | RuntimeException | LinkageError expected) {
      // see the class comment: each of these becomes a per-file status
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
