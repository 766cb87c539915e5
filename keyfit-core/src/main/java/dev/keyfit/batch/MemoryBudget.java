package dev.keyfit.batch;

import dev.keyfit.extract.ExtractionException;
import dev.keyfit.extract.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The batch's per-file memory budget, shared by the lanes of one JVM: before a file's expensive
 * stages a lane reserves what they are estimated to need (before parsing, from the file's size and,
 * for a DOCX, the uncompressed size of its XML parts, which POI holds as a DOM; before annotation,
 * from the extracted text's length), so that one huge file cannot take the heap from the files
 * beside it. A file whose estimate is over the per-file share (three quarters of the budget, the
 * rest kept for ordinary files) is refused as TOO_LARGE unparsed; otherwise the lane waits until
 * the others have released enough. Estimates are deliberately high (measured factors below);
 * thread-safe.
 */
public final class MemoryBudget {

  /** Heap bytes a DOCX needs per byte of uncompressed XML (XMLBeans' DOM; measured over 14). */
  static final int XML_FACTOR = 16;

  /** Heap bytes a PDF, DOC or text file needs per byte of the file, while it is parsed. */
  static final int FILE_FACTOR = 6;

  /** Heap bytes annotation, matching and reports need per character of text (measured ~ 60). */
  static final int CHAR_FACTOR = 100;

  /** What the JVM keeps for the dictionary, NLP models and the rest of keyfit, in bytes. */
  static final long BASELINE = 96L << 20;

  private static final int MIB = 1 << 20;

  private final Semaphore mib;
  private final int totalMib;
  private final int perFileMib;

  /** A budget of what this JVM's heap leaves after the baseline. */
  public static MemoryBudget ofHeap() {
    return new MemoryBudget(Runtime.getRuntime().maxMemory() - BASELINE);
  }

  /** A budget of {@code bytes} in total, for tests. */
  public MemoryBudget(long bytes) {
    this.totalMib = (int) Math.max(16, Math.min(Integer.MAX_VALUE, bytes / MIB));
    this.perFileMib = totalMib * 3 / 4;
    this.mib = new Semaphore(totalMib, true);
  }

  /** A reservation, released by {@link #close}. */
  public final class Reservation implements AutoCloseable {
    private int held;

    private Reservation(int held) {
      this.held = held;
    }

    /** MiB held now. */
    public int held() {
      return held;
    }

    @Override
    public void close() {
      mib.release(held);
      held = 0;
    }
  }

  /**
   * Reserves what parsing the file needs, waiting while other files hold the budget.
   *
   * @throws ExtractionException TOO_LARGE when the estimate is over the per-file share, TIMEOUT
   *     when the thread is interrupted while it waits
   */
  public Reservation beforeParsing(Path file) throws ExtractionException {
    return reserve(parsingEstimate(file), "reading it");
  }

  /**
   * Reserves what analyzing {@code chars} characters of extracted text needs (annotation, matching,
   * scoring and the rendered reports), waiting while other files hold the budget.
   *
   * @throws ExtractionException as {@link #beforeParsing}
   */
  public Reservation beforeAnalysis(int chars) throws ExtractionException {
    return reserve((long) chars * CHAR_FACTOR, "analyzing its " + chars + " characters of text");
  }

  /** Bytes of heap parsing the file is estimated to need. */
  static long parsingEstimate(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      return 0; // the parse will say what is wrong
    }
    if (isZip(file)) {
      long xml = 0;
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
          ZipEntry entry = e.nextElement();
          if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
            xml += Math.max(0, entry.getSize());
          }
        }
        return Math.max(size * FILE_FACTOR, xml * XML_FACTOR);
      } catch (IOException | RuntimeException e) {
        // a damaged archive: the parser refuses it with a reason
      }
    }
    return size * FILE_FACTOR;
  }

  private static boolean isZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(2);
      return head.length == 2 && head[0] == 'P' && head[1] == 'K';
    } catch (IOException e) {
      return false;
    }
  }

  private Reservation reserve(long bytes, String what) throws ExtractionException {
    int need = (int) Math.min(Integer.MAX_VALUE, Math.max(1, (bytes + MIB - 1) / MIB));
    if (need > perFileMib) {
      throw new ExtractionException(
          Failure.TOO_LARGE,
          what
              + " needs about "
              + need
              + " MiB of memory, more than one file may take in this process; not analyzed (a"
              + " larger -Xmx, or --isolate with a larger --worker-memory, lets it through)");
    }
    try {
      mib.acquire(need);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException(Failure.TIMEOUT, "stopped while waiting for memory");
    }
    return new Reservation(need);
  }

  /** MiB free now (for tests). */
  int freeMib() {
    return mib.availablePermits();
  }

  /** The per-file share in MiB. */
  public int perFileMib() {
    return perFileMib;
  }
}
