package dev.keyfit.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Failure;
import dev.keyfit.testing.HostileFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBudgetTest {

  @TempDir Path dir;

  @Test
  void aDocxIsEstimatedByItsUncompressedXmlNotItsSize() throws Exception {
    Path bomb = Files.write(dir.resolve("bomb.docx"), HostileFiles.zipBomb());
    long onDisk = Files.size(bomb);
    assertTrue(
        MemoryBudget.parsingEstimate(bomb) > 100 * onDisk,
        "a zip bomb's estimate is its inflated XML: " + MemoryBudget.parsingEstimate(bomb));
  }

  @Test
  void aFileOverThePerFileShareIsTooLargeBeforeParsing() throws Exception {
    Path bomb = Files.write(dir.resolve("bomb.docx"), HostileFiles.zipBomb());
    MemoryBudget budget = new MemoryBudget(64L << 20);
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> budget.beforeParsing(bomb));
    assertEquals(Failure.TOO_LARGE, e.failure());
    assertTrue(e.getMessage().startsWith("reading it needs about "), e.getMessage());
    assertEquals(64, budget.freeMib(), "nothing stays reserved");
  }

  @Test
  void aLongTextIsRefusedBeforeAnalysisWhenItsShareIsTooSmall() {
    MemoryBudget budget = new MemoryBudget(64L << 20);
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> budget.beforeAnalysis(1_000_000));
    assertEquals(Failure.TOO_LARGE, e.failure());
    assertTrue(e.getMessage().contains("1000000 characters"), e.getMessage());
  }

  @Test
  void aFileWaitsWhileAnotherHoldsTheBudgetAndGoesOnWhenItIsReleased() throws Exception {
    MemoryBudget budget = new MemoryBudget(100L << 20);
    MemoryBudget.Reservation big = budget.beforeAnalysis(700_000); // 67 MiB of 100
    CompletableFuture<MemoryBudget.Reservation> next =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return budget.beforeAnalysis(500_000); // 48 MiB: must wait
              } catch (ExtractionException x) {
                throw new IllegalStateException(x);
              }
            });
    Thread.sleep(300);
    assertFalse(next.isDone(), "the second file waits for memory");
    big.close();
    try (MemoryBudget.Reservation r = next.get(10, TimeUnit.SECONDS)) {
      assertEquals(48, r.held());
    }
    assertEquals(100, budget.freeMib());
  }
}
