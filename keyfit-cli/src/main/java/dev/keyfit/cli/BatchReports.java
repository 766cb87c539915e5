package dev.keyfit.cli;

import dev.keyfit.batch.FileOutcome;
import dev.keyfit.batch.ReportNames;
import dev.keyfit.cli.io.OutputFiles;
import dev.keyfit.render.Renderer;
import dev.keyfit.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes the per-resume reports of a batch as each file finishes, from the lane threads: one file
 * per resume and format, named by {@link ReportNames}, written atomically by {@link OutputFiles}. A
 * write that fails is one stderr line; the batch goes on and exits 4.
 */
final class BatchReports {

  private final Path dir;
  private final List<Renderer> renderers;
  private final PrintWriter err;
  private final AtomicBoolean failed = new AtomicBoolean();
  private final java.util.concurrent.atomic.AtomicInteger written =
      new java.util.concurrent.atomic.AtomicInteger();
  private final Map<Path, List<byte[]>> rendered = new ConcurrentHashMap<>();

  private final Map<Path, String> names;

  /**
   * @param dir the reports folder, or null to write none
   * @param files the batch's files (relative paths), named together so that no two names collide
   */
  BatchReports(Path dir, List<Path> files, List<Renderer> renderers, PrintWriter err) {
    this.dir = dir;
    this.names = ReportNames.unique(files);
    this.renderers = List.copyOf(renderers);
    this.err = err;
  }

  /**
   * Renders the reports of a file in memory, inside the per-file guard (a rendering that takes too
   * long is the file's TIMEOUT, not a stalled batch); {@link #write} then only copies bytes.
   *
   * @param file the file as the batch runner gave it (the batch folder resolved with the relative
   *     path)
   */
  void render(Path file, Report report) throws IOException {
    if (dir == null) {
      return;
    }
    List<byte[]> out = new ArrayList<>(renderers.size());
    for (Renderer renderer : renderers) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      renderer.render(report, Renderer.RenderOptions.PLAIN, buffer);
      out.add(buffer.toByteArray());
    }
    rendered.put(file.toAbsolutePath().normalize(), out);
  }

  /**
   * Writes the reports of an analyzed file, rendered by {@link #render} when it was; thread-safe.
   */
  void write(Path root, FileOutcome.Analyzed analyzed) {
    if (dir == null) {
      return;
    }
    List<byte[]> ready =
        rendered.remove(root.resolve(analyzed.relative()).toAbsolutePath().normalize());
    for (int i = 0; i < renderers.size(); i++) {
      Renderer renderer = renderers.get(i);
      byte[] bytes = ready == null ? null : ready.get(i);
      String name = names.get(analyzed.relative());
      String extension = renderer.format().extension();
      Path target =
          name == null
              ? ReportNames.target(dir, analyzed.relative(), extension)
              : ReportNames.inFolder(dir, name + "." + extension);
      try {
        OutputFiles.write(
            target,
            List.of(),
            out -> {
              if (bytes != null) {
                out.write(bytes);
              } else {
                renderer.render(analyzed.report(), Renderer.RenderOptions.PLAIN, out);
              }
            });
        written.incrementAndGet();
      } catch (IOException | RuntimeException e) {
        failed.set(true);
        synchronized (err) {
          err.println(
              "keyfit: cannot write "
                  + Terminal.safe(target.toString())
                  + ": "
                  + Terminal.safe(e.getMessage()));
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
