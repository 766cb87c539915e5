package dev.keyfit.nlp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A bounded pool of {@link TextPipeline}s shared by every thread: at most {@code size} pipelines
 * (four OpenNLP taggers each) ever exist, built on first need and reused by whichever thread comes
 * next. A web server with one thread per request or a Spark executor with short-lived task threads
 * thus builds a handful of pipelines, not one per thread; a caller that finds every pipeline busy
 * waits for one (interruptibly: a time limit that interrupts the caller still stops it).
 *
 * <p>A pipeline keeps no state from one document to the next, so which pipeline annotates a
 * document never changes its annotation. Thread-safe.
 */
public final class PipelinePool {

  /** The default size: enough for every core to annotate at once, and a few threads waiting. */
  public static int defaultSize() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  private final Supplier<TextPipeline> factory;
  private final int size;
  private final Deque<TextPipeline> idle = new ArrayDeque<>();
  private int created;

  /**
   * @param factory builds a pipeline (called at most {@code size} times)
   * @param size the most pipelines that exist at once, at least 1
   */
  public PipelinePool(Supplier<TextPipeline> factory, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a pipeline pool needs at least one pipeline: " + size);
    }
    this.factory = Objects.requireNonNull(factory, "factory");
    this.size = size;
  }

  /** The most pipelines that exist at once. */
  public int size() {
    return size;
  }

  /** The pipelines built so far (at most {@link #size()}). */
  public synchronized int created() {
    return created;
  }

  /**
   * Runs {@code work} with a pipeline of its own, and gives the pipeline back after it, whatever
   * {@code work} throws.
   *
   * @throws CancellationException when the calling thread is interrupted while it waits for a
   *     pipeline (its interrupt status is kept), as the pipeline itself does when interrupted
   */
  public <T> T with(Function<TextPipeline, T> work) {
    TextPipeline pipeline = borrow();
    try {
      return work.apply(pipeline);
    } finally {
      giveBack(pipeline);
    }
  }

  private TextPipeline borrow() {
    synchronized (this) {
      while (idle.isEmpty() && created >= size) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CancellationException("stopped while waiting for an NLP pipeline");
        }
      }
      if (!idle.isEmpty()) {
        return idle.pop();
      }
      created++; // reserved; built outside the lock (building takes a few milliseconds)
    }
    try {
      return factory.get();
    } catch (RuntimeException | Error e) {
      synchronized (this) {
        created--;
        notifyAll();
      }
      throw e;
    }
  }

  private synchronized void giveBack(TextPipeline pipeline) {
    idle.push(pipeline);
    notifyAll();
  }
}
