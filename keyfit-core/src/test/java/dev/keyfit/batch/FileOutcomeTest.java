package dev.keyfit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Failure;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileOutcomeTest {

  private static final Path FILE = Path.of("cv.pdf");

  @Test
  void everyFailureIsAStatusOfTheSameName() {
    for (Failure f : Failure.values()) {
      FileOutcome.Status status = FileOutcome.Status.of(f);
      assertEquals(f.name(), status.name());
      assertEquals(f, status.failure().orElseThrow());
      assertEquals(f.remedy(), status.remedy());
    }
    assertEquals(
        List.of("NOT_PROCESSED", "INTERNAL"),
        Arrays.stream(FileOutcome.Status.values())
            .filter(s -> s.failure().isEmpty())
            .map(Enum::name)
            .toList());
  }

  @Test
  void theMachineryIsNotTheFilesFault() {
    assertTrue(FileOutcome.Status.CORRUPT.isInputFailure());
    assertTrue(FileOutcome.Status.TIMEOUT.isInputFailure());
    assertFalse(FileOutcome.Status.OUT_OF_MEMORY.isInputFailure());
    assertFalse(FileOutcome.Status.INTERNAL.isInputFailure());
    assertFalse(FileOutcome.Status.NOT_PROCESSED.isInputFailure());
  }

  @Test
  void statusesWrittenAsTextStillMakeRows() {
    FileOutcome.Failed f = new FileOutcome.Failed(FILE, "CORRUPT", "damaged");
    assertEquals(FileOutcome.Status.CORRUPT, f.status());
    assertEquals("CORRUPT", String.valueOf(f.status()));
    assertEquals(ExtractionException.Subject.RESUME, f.subject());
    assertThrows(IllegalArgumentException.class, () -> new FileOutcome.Failed(FILE, "OOPS", "x"));
  }

  @Test
  void aPostingsFailureKeepsItsSubject() {
    ExtractionException posting =
        ExtractionException.ofPosting(
            "job.pdf", new ExtractionException(Failure.ENCRYPTED, "locked"));
    FileOutcome.Failed f = FileOutcome.Failed.of(FILE, posting);
    assertEquals(FileOutcome.Status.ENCRYPTED, f.status());
    assertEquals(ExtractionException.Subject.POSTING, f.subject());
    assertEquals("job posting job.pdf: locked", f.reason());
  }

  @Test
  void aFailureOfTheMachineryIsInternal() {
    FileOutcome.Failed f =
        BatchRunner.classify(FILE, new InfrastructureException("the worker JVM did not start"));
    assertEquals(FileOutcome.Status.INTERNAL, f.status());
    assertEquals("the worker JVM did not start", f.reason());
  }

  @Test
  void aFailureWithoutDetailSaysItsStatusReason() {
    assertEquals(
        FileOutcome.Status.NOT_PROCESSED.reason(),
        FileOutcome.Failed.of(FILE, FileOutcome.Status.NOT_PROCESSED, null).reason());
  }
}
