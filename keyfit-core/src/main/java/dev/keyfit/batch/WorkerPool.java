package dev.keyfit.batch;

import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.extract.Failure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Per-file work in child JVMs ({@code keyfit batch --isolate}; reliability notes §7 mode 2): a file
 * that hangs in any stage is killed with its worker ({@link Process#destroyForcibly}), one that
 * runs out of memory or crashes takes only its worker down, and the next file gets a fresh worker.
 * Each worker is started with this JVM's java binary and class path, its {@link Launch} (the main
 * class over {@link WorkerProtocol}: {@link ExtractionWorker} for extraction only, or a tool's
 * whole-pipeline worker) with {@code -Xmx} of the launch's heap and {@code
 * -XX:+ExitOnOutOfMemoryError}, and is recycled after {@code filesPerWorker} files to bound leaks.
 * Thread-safe: each call borrows an idle worker (or starts one), so there are at most as many
 * workers as concurrent callers.
 */
public final class WorkerPool implements AutoCloseable {

  /**
   * How long a worker JVM may take to start and load what it needs (parsers; for a whole-pipeline
   * worker the dictionary and NLP models too, on a loaded machine).
   */
  public static final Duration STARTUP = Duration.ofSeconds(120);

  /** The exit status of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int OOM_EXIT = 3;

  /**
   * How to start a worker.
   *
   * @param mainClass a main class that serves {@link WorkerProtocol}
   * @param args its arguments
   * @param maxHeapMb the worker's heap limit ({@code -Xmx}), in MiB: the per-file memory budget
   */
  public record Launch(String mainClass, List<String> args, int maxHeapMb) {
    /** The default worker heap, in MiB. */
    public static final int DEFAULT_HEAP_MB = 512;

    public Launch {
      Objects.requireNonNull(mainClass, "mainClass");
      args = List.copyOf(args);
      if (maxHeapMb < 64) {
        throw new IllegalArgumentException("a worker needs at least 64 MiB of heap");
      }
    }

    /** Extraction only, in {@link ExtractionWorker}. */
    public static Launch extraction() {
      return new Launch(ExtractionWorker.class.getName(), List.of(), DEFAULT_HEAP_MB);
    }
  }

  private final Duration timeout;
  private final int filesPerWorker;
  private final Launch launch;
  private final BlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
  private final List<Worker> all = new ArrayList<>();
  private int started;

  /**
   * Open pools, closed by {@link #closeAll} from the command line's shutdown hook (registered by
   * {@code Main}, never from a static initializer, which can run during shutdown), so that Ctrl-C
   * never leaves a worker JVM behind; a worker also exits by itself when its parent dies.
   */
  private static final java.util.Set<WorkerPool> OPEN =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Kills the workers of every open pool (for a shutdown hook). */
  public static void closeAll() {
    OPEN.forEach(WorkerPool::close);
  }

  private boolean closed;

  /**
   * @param timeout the time limit per file, after which the worker is killed
   * @param filesPerWorker files after which a worker is replaced by a fresh one
   */
  public WorkerPool(Duration timeout, int filesPerWorker) {
    this(timeout, filesPerWorker, Launch.extraction());
  }

  /**
   * @param timeout the time limit per file, after which the worker is killed
   * @param filesPerWorker files after which a worker is replaced by a fresh one
   * @param launch how workers are started
   */
  public WorkerPool(Duration timeout, int filesPerWorker, Launch launch) {
    this.launch = Objects.requireNonNull(launch, "launch");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (filesPerWorker < 1) {
      throw new IllegalArgumentException("filesPerWorker must be positive");
    }
    this.filesPerWorker = filesPerWorker;
    OPEN.add(this);
  }

  /**
   * Extracts a file in a worker.
   *
   * @throws ExtractionException as in-process extraction, plus TIMEOUT (worker killed),
   *     OUT_OF_MEMORY (worker exited on OOM) and CORRUPT (worker crashed)
   */
  public ExtractedDocument extract(Path file, ExtractionLimits limits) throws ExtractionException {
    WorkerProtocol.Response response = call(file, limits);
    if (response.document() == null) {
      throw new ExtractionException(Failure.CORRUPT, "the worker gave no document");
    }
    return response.document();
  }

  /**
   * Runs a file's whole pipeline in a worker started with a whole-pipeline {@link Launch}: every
   * stage from extraction to the rendered reports is inside the worker, and so inside the time
   * limit the worker is killed at.
   *
   * @throws ExtractionException as {@link #extract}
   */
  public WorkerProtocol.Analysis analyze(Path file, ExtractionLimits limits)
      throws ExtractionException {
    WorkerProtocol.Response response = call(file, limits);
    if (response.analysis() == null) {
      throw new ExtractionException(Failure.CORRUPT, "the worker gave no analysis");
    }
    return response.analysis();
  }

  private WorkerProtocol.Response call(Path file, ExtractionLimits limits)
      throws ExtractionException {
    Worker worker = borrow();
    boolean healthy = false;
    try {
      WorkerProtocol.Response response = worker.call(WorkerProtocol.Request.of(file, limits));
      healthy = true;
      if (response.failure() != null) {
        throw new ExtractionException(Failure.valueOf(response.failure()), response.message());
      }
      return response;
    } finally {
      giveBack(worker, healthy);
    }
  }

  /**
   * An idle worker, or a fresh one (started outside the lock, so lanes start theirs in parallel).
   */
  private Worker borrow() throws ExtractionException {
    synchronized (this) {
      Worker w = idle.poll();
      if (w != null) {
        return w;
      }
      if (closed) {
        throw new InfrastructureException("the batch is shutting down");
      }
      started++;
    }
    Worker w;
    try {
      w = new Worker(launch(launch));
    } catch (IOException e) {
      throw new InfrastructureException("cannot start a worker JVM: " + e.getMessage(), e);
    }
    synchronized (this) {
      all.add(w); // from here close() kills it, even while it starts
    }
    w.awaitReady();
    return w;
  }

  private synchronized void giveBack(Worker w, boolean healthy) {
    if (healthy && !closed && w.files < filesPerWorker && w.process.isAlive()) {
      idle.add(w);
    } else {
      w.kill();
      all.remove(w);
    }
  }

  /** Starts a child JVM running {@link ExtractionWorker}, with this JVM's binary and class path. */
  static Process launch() throws IOException {
    return launch(Launch.extraction());
  }

  /** Starts a child JVM as {@code launch} says, with this JVM's binary and class path. */
  static Process launch(Launch launch) throws IOException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx" + launch.maxHeapMb() + "m",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true",
                "-Xshare:auto"));
    if (System.getProperty("pdfbox.fontcache") != null) {
      command.add("-Dpdfbox.fontcache=" + System.getProperty("pdfbox.fontcache"));
    }
    if (Boolean.getBoolean("keyfit.worker.test")) {
      command.add("-Dkeyfit.worker.test=true");
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), launch.mainClass()));
    command.addAll(launch.args());
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Workers started so far (for tests). */
  synchronized int started() {
    return started;
  }

  /** Workers alive now (for tests). */
  synchronized int alive() {
    return (int) all.stream().filter(w -> w.process.isAlive()).count();
  }

  /** Kills every worker. */
  @Override
  public synchronized void close() {
    OPEN.remove(this);
    closed = true;
    all.forEach(Worker::kill);
    all.clear();
    idle.clear();
  }

  /** One child JVM and the thread that reads its answers. */
  private final class Worker {
    final Process process;
    final Writer requests;
    final BlockingQueue<Optional<String>> answers = new LinkedBlockingQueue<>();
    int files;

    private Worker(Process process) {
      this.process = process;
      this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      Thread reader = new Thread(this::readAnswers, "keyfit-worker-reader-" + process.pid());
      reader.setDaemon(true);
      reader.start();
    }

    private void readAnswers() {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.startsWith(
              "{")) { // the JVM itself prints to stdout ("Terminating due to ...OutOfMemoryError")
            answers.add(Optional.of(line));
          }
        }
      } catch (IOException e) {
        // the worker died; the empty answer below says so
      }
      answers.add(Optional.empty());
    }

    /** Waits for the worker's ready line; start-up is not charged to a file's time limit. */
    void awaitReady() throws ExtractionException {
      Optional<String> ready;
      try {
        ready = answers.poll(STARTUP.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        ready = null;
      }
      if (ready == null || ready.isEmpty() || !ready.get().contains("\"ready\"")) {
        kill();
        synchronized (WorkerPool.this) {
          all.remove(this);
        }
        throw new InfrastructureException(
            "the worker JVM did not start (check that java runs here)");
      }
    }

    WorkerProtocol.Response call(WorkerProtocol.Request request) throws ExtractionException {
      files++;
      Optional<String> answer;
      try {
        requests.write(WorkerProtocol.JSON.writeValueAsString(request) + "\n");
        requests.flush();
        answer = answers.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (IOException e) {
        answer = Optional.empty(); // broken pipe: the worker is gone
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
        throw new ExtractionException(Failure.TIMEOUT, "interrupted; the worker was stopped");
      }
      if (answer == null) {
        kill();
        throw new ExtractionException(
            Failure.TIMEOUT,
            "gave up after " + timeout.toSeconds() + " s; the worker process was killed");
      }
      if (answer.isEmpty()) {
        int status = exitStatus();
        if (status == OOM_EXIT) {
          throw new ExtractionException(
              Failure.OUT_OF_MEMORY, "the worker process ran out of memory on this file");
        }
        throw new ExtractionException(
            Failure.CORRUPT, "the parser crashed its worker process (exit status " + status + ")");
      }
      try {
        return WorkerProtocol.JSON.readValue(answer.get(), WorkerProtocol.Response.class);
      } catch (IOException e) {
        throw new ExtractionException(Failure.CORRUPT, "the worker gave an unreadable answer", e);
      }
    }

    private int exitStatus() {
      try {
        if (process.waitFor(5, TimeUnit.SECONDS)) {
          return process.exitValue();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      kill();
      return -1;
    }

    void kill() {
      process.destroyForcibly();
    }
  }
}
