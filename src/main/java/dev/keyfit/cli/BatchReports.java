package dev.keyfit.cli;

import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.ReportNames;
import dev.keyfit.report.OutputFiles;
import dev.keyfit.report.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes the per-resume reports of a batch as each file finishes, from the lane threads: one file
 * per resume and format, named by {@link ReportNames}, written atomically by {@link OutputFiles}.
 * A write that fails is one stderr line; the batch goes on and exits 4.
 */
final class BatchReports {

  private final Path dir;
  private final List<Renderer> renderers;
  private final PrintWriter err;
  private final AtomicBoolean failed = new AtomicBoolean();
  private final java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();

  /** @param dir the reports folder, or null to write none */
  BatchReports(Path dir, List<Renderer> renderers, PrintWriter err) {
    this.dir = dir;
    this.renderers = List.copyOf(renderers);
    this.err = err;
  }

  /** Writes the reports of an analyzed file; thread-safe. */
  void write(FileOutcome.Analyzed analyzed) {
    if (dir == null) {
      return;
    }
    for (Renderer renderer : renderers) {
      Path target = ReportNames.target(dir, analyzed.relative(), renderer.format().extension());
      try {
        OutputFiles.write(target, List.of(),
            out -> renderer.render(analyzed.report(), Renderer.RenderOptions.PLAIN, out));
        written.incrementAndGet();
      } catch (IOException | RuntimeException e) {
        failed.set(true);
        synchronized (err) {
          err.println("keyfit: cannot write " + Terminal.safe(target.toString()) + ": " + Terminal.safe(e.getMessage()));
          err.flush();
        }
      }
    }
  }

  /** How many report files were written. */
  int written() {
    return written.get();
  }

  /** Whether a report could not be written. */
  boolean failed() {
    return failed.get();
  }
}
