package dev.keyfit.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyfit.Fixtures;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.testing.TestKeyfit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PipelinePoolTest {

  private static final SectionDetector SECTIONS =
      new SectionDetector(TestKeyfit.dictionary().lists().sectionHeadings());

  private static PipelinePool pool(int size, AtomicInteger built) {
    return new PipelinePool(
        () -> {
          built.incrementAndGet();
          return NlpModels.shared().newPipeline(SECTIONS);
        },
        size);
  }

  @Test
  void manyShortLivedThreadsShareAFewPipelines() throws Exception {
    AtomicInteger built = new AtomicInteger();
    PipelinePool pool = pool(2, built);
    ExtractedDocument doc = Fixtures.text("EXPERIENCE", "• Led 4 teams through a Jira migration");
    List<Thread> threads = new ArrayList<>();
    List<AnnotatedResume> results = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 40; i++) {
      Thread t = new Thread(() -> results.add(pool.with(p -> p.annotate(doc))));
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(40, results.size());
    assertTrue(built.get() <= 2, built.get() + " pipelines built for a pool of 2");
    assertEquals(built.get(), pool.created());
  }

  @Test
  void whichPipelineAnnotatesADocumentDoesNotChangeItsAnnotation() throws Exception {
    PipelinePool pool = pool(3, new AtomicInteger());
    ExtractedDocument doc =
        Fixtures.text(
            "SUMMARY", "Technical program manager", "EXPERIENCE", "• Ran SAFe PI planning for 9");
    AnnotatedResume alone = NlpModels.shared().newPipeline(SECTIONS).annotate(doc);
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      List<Future<AnnotatedResume>> futures = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        futures.add(threads.submit(() -> pool.with(p -> p.annotate(doc))));
      }
      for (Future<AnnotatedResume> f : futures) {
        assertEquals(alone.tokens(), f.get().tokens());
        assertEquals(alone.lines(), f.get().lines());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aThreadWaitingForABusyPoolStopsWhenInterrupted() throws Exception {
    PipelinePool pool = pool(1, new AtomicInteger());
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                pool.with(
                    p -> {
                      holding.countDown();
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return p;
                    }));
    holder.start();
    assertTrue(holding.await(30, TimeUnit.SECONDS));
    ExecutorService waiter = Executors.newSingleThreadExecutor();
    try {
      Future<Object> waiting = waiter.submit(() -> pool.with(p -> p));
      Thread.sleep(100);
      waiting.cancel(true);
      assertThrows(CancellationException.class, waiting::get);
      release.countDown();
      holder.join();
      assertEquals(1, pool.created(), "the pool stays bounded");
      assertTrue(pool.with(p -> p) != null, "the pipeline went back to the pool");
    } finally {
      waiter.shutdownNow();
    }
  }

  @Test
  void aPoolNeedsAtLeastOnePipeline() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PipelinePool(() -> NlpModels.shared().newPipeline(SECTIONS), 0));
  }
}
