package dev.keyfit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyfit.report.JsonReport;
import dev.keyfit.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The JSON report trees of a batch whose ranking is JSON, spooled to one temporary file as each
 * resume finishes and read back one at a time in rank order, so that a batch keeps only the ranking
 * fields of each file in memory, whatever the folder's size. Each tree is stored deflated (about a
 * tenth of its text); the file is deleted on {@link #close}.
 */
final class RankingSpool implements AutoCloseable {

  private final Path file;
  private final FileChannel channel;
  private final Map<String, long[]> entries = new ConcurrentHashMap<>();
  private volatile IOException failure;

  private RankingSpool(Path file) throws IOException {
    this.file = file;
    this.channel =
        FileChannel.open(
            file,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE,
            StandardOpenOption.DELETE_ON_CLOSE);
    try {
      Files.deleteIfExists(file); // on Unix the open channel keeps it, and nothing is left behind
    } catch (IOException e) {
      // Windows keeps an open file; DELETE_ON_CLOSE removes it at close
    }
  }

  /** A spool in the system's temporary folder. */
  static RankingSpool create() {
    try {
      return new RankingSpool(Files.createTempFile("keyfit-ranking-", ".spool"));
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.OUTPUT,
          "cannot create a temporary file for the JSON ranking (" + e.getMessage() + ")",
          e);
    }
  }

  /**
   * Spools a resume's report tree, with {@code source.path} set; thread-safe. A failure to write is
   * kept and reported when the ranking reads the tree back (the ranking then cannot be written).
   */
  void put(String source, Report report) {
    put(source, JsonReport.tree(report));
  }

  /**
   * Spools a resume's report tree given as compact JSON (from a worker JVM), with {@code
   * source.path} set; thread-safe.
   */
  void put(String source, byte[] compactTree) {
    try {
      put(source, JsonReport.read(compactTree));
    } catch (IOException e) {
      failure = e;
    }
  }

  private void put(String source, ObjectNode tree) {
    try {
      ((ObjectNode) tree.get("source")).put("path", source);
      byte[] packed = deflate(JsonReport.compact(tree));
      long at;
      synchronized (this) {
        at = channel.size();
        ByteBuffer buffer = ByteBuffer.wrap(packed);
        while (buffer.hasRemaining()) {
          channel.write(buffer, at + buffer.position());
        }
      }
      entries.put(source, new long[] {at, packed.length});
    } catch (IOException e) {
      failure = e;
    }
  }

  /** The tree spooled for a resume. */
  ObjectNode tree(String source) throws IOException {
    if (failure != null) {
      throw new IOException("the spooled reports could not be written: " + failure.getMessage());
    }
    long[] at = entries.get(source);
    if (at == null) {
      throw new IOException("no report was spooled for " + source);
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) at[1]);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, at[0] + buffer.position()) < 0) {
        throw new IOException("the spool of reports ended early");
      }
    }
    return JsonReport.read(inflate(buffer.array()));
  }

  private static byte[] deflate(byte[] bytes) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(bytes);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
      byte[] chunk = new byte[16 * 1024];
      while (!deflater.finished()) {
        out.write(chunk, 0, deflater.deflate(chunk));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static byte[] inflate(byte[] bytes) throws IOException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 8);
      byte[] chunk = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(chunk);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IOException("a spooled report is damaged");
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IOException("a spooled report is damaged", e);
    } finally {
      inflater.end();
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file; the system cleans its temporary folder
    }
  }
}
