package dev.keyfit.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds arbitrary bytes, named .docx, through the extraction entry point the CLI and batch use
 * ({@link Extractors}, which routes by content to {@link DocxExtractor} when the bytes look like
 * one): it must return a document or throw {@link ExtractionException} with a reason. Anything
 * else, or a hang caught by the timeout, is a finding.
 *
 * <p>Under plain {@code mvn test} this replays the seeds in {@code DocxExtractorFuzzTestInputs/}
 * (regression mode). To fuzz (the pom fixes surefire's argLine, so system properties go through
 * {@code JAVA_TOOL_OPTIONS}; the timeout mode must be off or {@code @Timeout} ends the run): {@code
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=60s
 * JAVA_TOOL_OPTIONS=-Djunit.jupiter.execution.timeout.mode=disabled mvn test
 * -Dtest=DocxExtractorFuzzTest}.
 */
class DocxExtractorFuzzTest {

  @FuzzTest(maxDuration = "60s")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void extractReturnsADocumentOrAGuardedFailure(byte[] input) throws IOException {
    // through the composite guard, as the CLI and batch call it: a document or a named reason
    PdfExtractorFuzzTest.check(input, ".docx");
  }
}
