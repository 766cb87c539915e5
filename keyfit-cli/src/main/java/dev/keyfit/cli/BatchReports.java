package dev.keyfit.cli;

import dev.keyfit.batch.ReportNames;
import dev.keyfit.cli.io.OutputFiles;
import dev.keyfit.render.Renderer;
import dev.keyfit.render.ranking.RankingWriter;
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

  /** The report files written, by the resume's relative path, in the renderers' order. */
  private final Map<Path, List<Path>> files = new ConcurrentHashMap<>();

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
    keep(file, out);
  }

  /**
   * Keeps a file's reports rendered elsewhere (in a worker JVM), in the renderers' order, for
   * {@link #write}.
   */
  void keep(Path file, List<byte[]> reports) {
    if (dir == null) {
      return;
    }
    if (reports.size() != renderers.size()) {
      throw new IllegalStateException("the worker rendered " + reports.size() + " reports");
    }
    rendered.put(file.toAbsolutePath().normalize(), List.copyOf(reports));
  }

  /**
   * Writes the reports of an analyzed file, rendered by {@link #render} or kept by {@link #keep}
   * when they were, else rendered from its report now; thread-safe.
   *
   * @param relative the file's path relative to {@code root}
   * @param report its report, or null when its reports were rendered in a worker
   */
  void write(Path root, Path relative, Report report) {
    if (dir == null) {
      return;
    }
    List<byte[]> ready = rendered.remove(root.resolve(relative).toAbsolutePath().normalize());
    if (ready == null && report == null) {
      failed.set(true);
      synchronized (err) {
        err.println("keyfit: " + Terminal.safe(relative.toString()) + ": its reports were lost");
        err.flush();
      }
      return;
    }
    for (int i = 0; i < renderers.size(); i++) {
      Renderer renderer = renderers.get(i);
      byte[] bytes = ready == null ? null : ready.get(i);
      String name = names.get(relative);
      String extension = renderer.format().extension();
      Path target =
          name == null
              ? ReportNames.target(dir, relative, extension)
              : ReportNames.inFolder(dir, name + "." + extension);
      try {
        OutputFiles.write(
            target,
            List.of(),
            out -> {
              if (bytes != null) {
                out.write(bytes);
              } else {
                renderer.render(report, Renderer.RenderOptions.PLAIN, out);
              }
            });
        written.incrementAndGet();
        files
            .computeIfAbsent(relative, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
            .add(target);
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

  /**
   * Links from the ranking file to each resume's reports, HTML first, relative to the ranking's
   * folder and percent-encoded; none when no report was written or the ranking has no file.
   *
   * @param ranking the ranking file, or null when the ranking is printed
   */
  Map<String, List<RankingWriter.Link>> links(Path ranking) {
    if (ranking == null || files.isEmpty()) {
      return Map.of();
    }
    Path from = ranking.toAbsolutePath().normalize().getParent();
    try {
      from = from.toRealPath();
    } catch (IOException e) {
      // the folder exists (the ranking is written there); a link then follows the given path
    }
    Map<String, List<RankingWriter.Link>> links = new java.util.TreeMap<>();
    for (Map.Entry<Path, List<Path>> e : files.entrySet()) {
      List<RankingWriter.Link> row = new ArrayList<>();
      for (Path target : e.getValue()) {
        String name = target.getFileName().toString();
        String format = name.substring(name.lastIndexOf('.') + 1);
        row.add(new RankingWriter.Link(format, href(from.relativize(target))));
      }
      row.sort(java.util.Comparator.comparing(l -> "html".equals(l.format()) ? 0 : 1));
      links.put(dev.keyfit.batch.FolderWalker.display(e.getKey()), row);
    }
    return links;
  }

  /** A relative path as a URL path: {@code /}-separated, each segment percent-encoded. */
  static String href(Path relative) {
    List<String> segments = new ArrayList<>();
    for (Path p : relative) {
      segments.add(
          java.net.URLEncoder.encode(p.toString(), java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20"));
    }
    return String.join("/", segments);
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
