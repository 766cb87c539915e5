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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The child-JVM side of {@code keyfit batch --isolate}: reads one {@link Request} per line on
 * stdin, extracts the file with the standard extractors, and writes one {@link Response} per line
 * on stdout. Stdout carries the protocol only (anything a library prints goes to stderr, which the
 * parent discards). The parent kills this process when a file takes too long, and it exits by
 * itself on an {@link OutOfMemoryError} ({@code -XX:+ExitOnOutOfMemoryError}).
 *
 * <p>Test hook: with {@code -Dkeyfit.worker.test=true} (set by tests only, passed on by the parent)
 * a file whose name contains {@code spin-forever} spins ignoring interrupts, {@code crash-now}
 * halts the JVM with status 7 and {@code oom-now} fills the heap, so tests can exercise the
 * parent's timeout, crash and out-of-memory handling with a real child.
 */
public final class ExtractionWorker {

  /**
   * A file to extract, with the limits; the path is its {@code file:} URI, which carries the name's
   * bytes percent-encoded, so names that are not valid in any charset or locale survive.
   */
  record Request(String path, long maxFileBytes, int maxPages, int maxChars) {}

  /** The document, or the failure's name and message. */
  record Response(ExtractedDocument document, String failure, String message) {}

  static final ObjectMapper JSON = new ObjectMapper();

  /** The first line a worker writes, once it has loaded the parsers. */
  static final Response READY = new Response(null, null, "ready");

  /** Loads the parser libraries up front, so that JVM start-up is not charged to the first file. */
  private static void preload() {
    for (String name :
        List.of(
            "org.apache.pdfbox.Loader",
            "org.apache.pdfbox.text.PDFTextStripper",
            "org.apache.poi.openxml4j.opc.OPCPackage",
            "org.apache.poi.xwpf.usermodel.XWPFDocument",
            "org.apache.poi.hwpf.HWPFDocument")) {
      try {
        Class.forName(name, true, ExtractionWorker.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        // not fatal: the first file of that format pays for it
      }
    }
  }

  private ExtractionWorker() {}

  public static void main(String[] args) throws IOException {
    System.setProperty("log4j2.statusLoggerLevel", "OFF");
    System.setProperty("java.awt.headless", "true");
    if (System.getProperty("pdfbox.fontcache")
        == null) { // never the user's home (the parent passes its folder)
      System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
    }
    dev.keyfit.LibrarySettings.apply(); // this JVM is keyfit's own: it owns the library settings
    PrintStream protocol =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    boolean test = Boolean.getBoolean("keyfit.worker.test");
    BlockingQueue<String> requests = readRequests();
    watchParent();
    Extractors extractors = Extractors.standard();
    preload();
    protocol.println(
        JSON.writeValueAsString(READY)); // the parent's per-file clock starts after this
    while (true) {
      String line;
      try {
        line = requests.take();
      } catch (InterruptedException e) {
        return;
      }
      protocol.println(JSON.writeValueAsString(answer(line, extractors, test)));
    }
  }

  /** The answer to one request line; anything thrown, {@link Error}s included, becomes a status. */
  private static Response answer(String line, Extractors extractors, boolean test) {
    try {
      Request request = JSON.readValue(line, Request.class);
      Path file = Path.of(URI.create(request.path()));
      if (test) {
        misbehave(file.getFileName().toString());
      }
      ExtractedDocument doc =
          extractors.extract(
              file,
              new ExtractionLimits(request.maxFileBytes(), request.maxPages(), request.maxChars()));
      return new Response(doc, null, null);
    } catch (Throwable t) { // NOPMD: the worker answers every request with a status
      ExtractionException e =
          Extractors.classify(
              t instanceof IOException io
                  ? new ExtractionException(
                      Failure.IO_ERROR,
                      "cannot read the file (" + io.getClass().getSimpleName() + ")")
                  : t);
      return new Response(null, e.failure().name(), e.getMessage());
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
    java.util.Optional<ProcessHandle> parent = ProcessHandle.current().parent();
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

  @SuppressWarnings("InfiniteLoopStatement")
  private static void misbehave(String name) {
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
}
