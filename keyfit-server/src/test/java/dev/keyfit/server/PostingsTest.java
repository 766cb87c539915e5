package dev.keyfit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Failure;
import dev.keyfit.posting.JobPosting;
import dev.keyfit.testing.TestKeyfit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A posting is read once per name and content, whichever scan or batch sends it. */
class PostingsTest {

  static byte[] bytes;
  static JobPosting sample;

  private final Postings postings = new Postings();
  private final AtomicInteger reads = new AtomicInteger();

  @BeforeAll
  static void read() throws Exception {
    bytes = Files.readAllBytes(Path.of("samples/tpm-posting.txt"));
    sample =
        TestKeyfit.standard()
            .readPosting(DocumentSource.of("tpm-posting.txt", bytes), AnalysisOptions.defaults());
  }

  private JobPosting get(String name, byte[] content) throws Exception {
    return postings.get(
        DocumentSource.of(name, content),
        () -> {
          reads.incrementAndGet();
          return sample;
        });
  }

  @Test
  void theSamePostingSentAgainIsNotReadAgain() throws Exception {
    assertSame(sample, get("tpm-posting.txt", bytes));
    assertSame(sample, get("tpm-posting.txt", bytes.clone()));
    assertEquals(1, reads.get());
  }

  @Test
  void anEditedPostingOrAnotherNameIsReadAfresh() throws Exception {
    get("tpm-posting.txt", bytes);
    get(
        "tpm-posting.txt",
        (new String(bytes, StandardCharsets.UTF_8) + "\nKubernetes\n")
            .getBytes(StandardCharsets.UTF_8));
    get("other.txt", bytes);
    assertEquals(3, reads.get());
  }

  @Test
  void aFailedReadIsNotKept() {
    DocumentSource posting = DocumentSource.of("bad.txt", bytes);
    for (int i = 0; i < 2; i++) {
      assertThrows(
          ExtractionException.class,
          () ->
              postings.get(
                  posting,
                  () -> {
                    reads.incrementAndGet();
                    throw new ExtractionException(Failure.TIMEOUT, "gave up");
                  }));
    }
    assertEquals(2, reads.get(), "the failure is the caller's each time, not kept");
  }
}
