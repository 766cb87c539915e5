package dev.keyfit.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.extract.Extractors;
import dev.keyfit.extract.Failure;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The child-JVM side of {@code keyfit batch --isolate}, shared by every worker main: it reads one
 * {@link Request} per line on stdin, hands it to the worker's {@link Handler} and writes one {@link
 * Response} per line on stdout. Stdout carries the protocol only (anything a library prints goes to
 * stderr, which the parent discards); anything the handler throws, {@link Error}s included, becomes
 * a status. The worker exits as soon as its stdin closes or its parent dies, whatever it is doing,
 * and on an {@link OutOfMemoryError} ({@code -XX:+ExitOnOutOfMemoryError}).
 *
 * <p>Test hook: with {@code -Dkeyfit.worker.test=true} (set by tests only, passed on by the parent)
 * a file whose name contains {@code spin-forever} spins ignoring interrupts, {@code crash-now}
 * halts the JVM with status 7 and {@code oom-now} fills the heap, so tests can exercise the
 * parent's timeout, crash and out-of-memory handling with a real child.
 */
public final class WorkerProtocol {

  /**
   * A file to analyze, with the limits; the path is its {@code file:} URI, which carries the name's
   * bytes percent-encoded, so names that are not valid in any charset or locale survive.
   */
  public record Request(String path, long maxFileBytes, int maxPages, int maxChars) {
    static Request of(Path file, ExtractionLimits limits) {
      return new Request(
          file.toAbsolutePath().toUri().toString(),
          limits.maxFileBytes(),
          limits.maxPages(),
          limits.maxChars());
    }

    /** The file. */
    public Path file() {
      return Path.of(URI.create(path));
    }

    /** The extraction limits. */
    public ExtractionLimits limits() {
      return new ExtractionLimits(maxFileBytes, maxPages, maxChars);
    }
  }

  /**
   * A file analyzed in the worker, the whole per-file pipeline: its ranking fields, its rendered
   * reports and, when the ranking holds every report, its JSON report tree.
   *
   * @param row the ranking row, unranked and without the report ({@link Ranking#summary})
   * @param reports the rendered reports, in the order of the formats the worker was started with
   * @param tree the report's JSON tree (compact UTF-8), or null when the ranking does not need it
   */
  public record Analysis(Ranking.Row row, List<byte[]> reports, byte[] tree) {
    public Analysis {
      reports = List.copyOf(reports);
    }
  }

  /** The document (extraction only), the analysis (whole pipeline), or a failure and message. */
  public record Response(
      ExtractedDocument document, Analysis analysis, String failure, String message) {
    static Response failed(ExtractionException e) {
      return new Response(null, null, e.failure().name(), e.getMessage());
    }
  }

  /** Answers one request in the worker. */
  @FunctionalInterface
  public interface Handler {
    Response answer(Request request) throws Exception; // NOPMD: any failure becomes a status
  }

  static final ObjectMapper JSON = new ObjectMapper();

  /** The first line a worker writes, once it has loaded what it needs. */
  static final Response READY = new Response(null, null, null, "ready");

  private WorkerProtocol() {}

  /**
   * Serves requests until stdin closes: call from a worker's {@code main} after it has set the
   * JVM's properties. {@code setup} builds the handler (loading parsers, dictionaries, models)
   * before the ready line, so that start-up is not charged to the first file's time limit.
   */
  public static void serve(java.util.concurrent.Callable<Handler> setup) throws Exception {
    PrintStream protocol =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    boolean test = Boolean.getBoolean("keyfit.worker.test");
    BlockingQueue<String> requests = readRequests();
    watchParent();
    Handler handler = setup.call();
    protocol.println(JSON.writeValueAsString(READY)); // the parent's per-file clock starts here
    while (true) {
      String line;
      try {
        line = requests.take();
      } catch (InterruptedException e) {
        return;
      }
      protocol.println(JSON.writeValueAsString(answer(line, handler, test)));
    }
  }

  /** The answer to one request line; anything thrown, {@link Error}s included, becomes a status. */
  private static Response answer(String line, Handler handler, boolean test) {
    try {
      Request request = JSON.readValue(line, Request.class);
      if (test) {
        misbehave(request.file().getFileName().toString(), "");
      }
      return handler.answer(request);
    } catch (ExtractionException e) {
      return Response.failed(e);
    } catch (Throwable t) { // NOPMD: the worker answers every request with a status
      return Response.failed(
          Extractors.classify(
              t instanceof IOException io
                  ? new ExtractionException(
                      Failure.IO_ERROR,
                      "cannot read the file (" + io.getClass().getSimpleName() + ")")
                  : t));
    }
  }

  /**
   * The test hook at a stage of the worker's pipeline: with {@code keyfit.worker.test}, a file
   * whose name contains {@code spin-forever}, {@code crash-now} or {@code oom-now} followed by the
   * stage ({@code ""} before extraction; {@code -after-extraction} once the text is in hand)
   * misbehaves there.
   */
  public static void testHook(Path file, String stage) {
    if (Boolean.getBoolean("keyfit.worker.test")) {
      misbehave(String.valueOf(file.getFileName()), stage);
    }
  }

  @SuppressWarnings("InfiniteLoopStatement")
  private static void misbehave(String name, String stage) {
    if (!stage.isEmpty() && !name.contains(stage)) {
      return;
    }
    if (stage.isEmpty() && name.contains("-after-")) {
      return; // that file misbehaves at a later stage
    }
    if (name.contains("spin-forever")) {
      while (true) {
        Thread.onSpinWait();
      }
    }
    if (name.contains("crash-now")) {
      Runtime.getRuntime().halt(7);
    }
    if (name.contains("oom-now")) {
      List<long[]> hog = new ArrayList<>();
      while (true) {
        hog.add(new long[8 << 20]);
      }
    }
  }

  /**
   * Reads the requests in a thread of their own, so that the worker exits as soon as its stdin
   * closes (the parent ended or gave up on it), even in the middle of a parse.
   */
  private static BlockingQueue<String> readRequests() {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  queue.add(line);
                }
              } catch (IOException e) {
                // the pipe broke: same as closed
              }
              Runtime.getRuntime().halt(0);
            },
            "keyfit-worker-stdin");
    reader.setDaemon(true);
    reader.start();
    return queue;
  }

  /**
   * Exits when the parent process is gone, whatever the worker is doing (a kill -9 closes no pipe
   * early).
   */
  private static void watchParent() {
    Optional<ProcessHandle> parent = ProcessHandle.current().parent();
    if (parent.isEmpty()) {
      return;
    }
    Thread watcher =
        new Thread(
            () -> {
              while (parent.get().isAlive()) {
                try {
                  Thread.sleep(500);
                } catch (InterruptedException e) {
                  return;
                }
              }
              Runtime.getRuntime().halt(0);
            },
            "keyfit-worker-parent");
    watcher.setDaemon(true);
    watcher.start();
  }
}
