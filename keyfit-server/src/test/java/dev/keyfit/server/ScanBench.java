package dev.keyfit.server;

import dev.keyfit.AnalysisOptions;
import dev.keyfit.Keyfit;
import dev.keyfit.extract.DocumentSource;
import dev.keyfit.extract.ExtractedDocument;
import dev.keyfit.extract.ExtractionLimits;
import dev.keyfit.extract.Extractors;
import dev.keyfit.posting.JobPosting;
import dev.keyfit.report.Report;
import dev.keyfit.report.ReportFormat;
import dev.keyfit.testing.TestKeyfit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A web scan's own work on one thread, warm, in thread CPU (BENCHMARKS.md, 2026-12-02 web pass):
 * each file extracted, analyzed against a posting read once (as the server's posting cache holds
 * it), and its report rendered as HTML (the report view) and JSON. No server, no JIT or collector
 * threads in the figures. Prints per round the CPU of each stage summed over the files, then the
 * median (min–max) over the measured rounds, and a digest of every report's JSON and HTML bytes, so
 * that two builds can be shown to give the same reports. Run from the repository root:
 *
 * <pre>
 * java -cp CLASSPATH dev.keyfit.server.ScanBench POSTING WARMUP ROUNDS FILE...
 * </pre>
 */
public final class ScanBench {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ScanBench() {}

  public static void main(String[] args) throws Exception {
    Path postingFile = Path.of(args[0]);
    int warmup = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<Path> files = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    Keyfit keyfit = TestKeyfit.standard();
    Extractors extractors = Extractors.standard();
    AnalysisOptions options = AnalysisOptions.defaults();
    JobPosting posting = keyfit.readPosting(postingFile, options);
    AnalysisOptions withPosting = options.withPosting(posting);
    String[] stages = {"extract", "analyze", "render html", "render json", "total"};
    double[][] ms = new double[stages.length][rounds];
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (int r = 0; r < warmup + rounds; r++) {
      long[] t = new long[stages.length];
      boolean last = r == warmup + rounds - 1;
      for (Path f : files) {
        long c0 = cpu();
        ExtractedDocument doc = extractors.extract(DocumentSource.of(f), ExtractionLimits.DEFAULT);
        long c1 = cpu();
        Report report = keyfit.analyze(doc, withPosting);
        long c2 = cpu();
        byte[] html = Downloads.render(report, ReportFormat.HTML);
        long c3 = cpu();
        byte[] json = Downloads.render(report, ReportFormat.JSON);
        long c4 = cpu();
        t[0] += c1 - c0;
        t[1] += c2 - c1;
        t[2] += c3 - c2;
        t[3] += c4 - c3;
        t[4] += c4 - c0;
        if (last) {
          digest.update(json);
          digest.update(html);
        }
      }
      if (r >= warmup) {
        for (int s = 0; s < stages.length; s++) {
          ms[s][r - warmup] = t[s] / 1e6;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d files, %d rounds after %d warm-up, thread CPU a round:%n",
        files.size(),
        rounds,
        warmup);
    for (int s = 0; s < stages.length; s++) {
      System.out.printf(Locale.ROOT, "  %-12s %s%n", stages[s], stats(ms[s]));
    }
    System.out.println("reports sha-256 " + HexFormat.of().formatHex(digest.digest()));
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static String stats(double[] ms) {
    return WebBench.stats(ms, 2);
  }
}
