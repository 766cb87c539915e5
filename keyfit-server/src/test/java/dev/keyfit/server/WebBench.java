package dev.keyfit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import dev.keyfit.testing.TestKeyfit;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The web app's benchmark (BENCHMARKS.md, "Web app"): starts the real server in this process, warms
 * it up, then times N scans of a two-page PDF with a posting (each followed by its report view, as
 * the page loads it) and N/4 (at least 3) uploads of a 50-file batch, as the page sends them
 * (cookie, CSRF header, multipart). Prints the median and range of each. Run from the repository
 * root, which holds {@code samples/} and reaches {@code ../shared/corpus/}:
 *
 * <pre>
 * java -cp CLASSPATH dev.keyfit.server.WebBench [ROUNDS] [WARMUP]
 * </pre>
 *
 * <p>A scan's time is the server's own {@code millis} for it (the page is told it: extraction,
 * posting and analysis) next to the request's round trip from an in-process client over loopback
 * (upload parsing and the answer included); a batch's is the server's own {@code millis} for the
 * job (upload stored to ranking done) next to the client's time from the POST to the first poll
 * that sees it done (polled every {@value #POLL_MS} ms). Beside each, the process's CPU per
 * request, and that CPU by thread group ({@link ThreadCpu}: the analysis threads, the JIT compiler,
 * the collector, Jetty, this client), since the machine may be shared.
 */
public final class WebBench {

  /** Two pages (a real resume of the corpus), scanned against the TPM posting. */
  static final Path TWO_PAGES =
      Path.of("../shared/corpus/real/resumes/lc-it-pmo-manager-31111279.pdf");

  static final Path POSTING = Path.of("samples/tpm-posting.txt");
  static final int BATCH_FILES = 50;

  /**
   * How often a batch is polled: finer than the page's 300 ms, coarse enough that the polls do not
   * take a visible share of the two cores from the batch they time.
   */
  static final int POLL_MS = 20;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private WebBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    List<Path> batch = batchFiles();
    try (TestServer s = new TestServer(ServerSettings.defaults(TestKeyfit::standard))) {
      TestServer.Multipart batchForm = batchForm(batch);
      for (int i = 0; i < warmup; i++) {
        scan(s);
        if (i % 3 == 0) {
          batch(s, batchForm);
        }
      }
      double[] scanMs = new double[rounds];
      double[] scanServer = new double[rounds];
      double[] scanCpu = new double[rounds];
      double[] viewMs = new double[rounds];
      ThreadCpu.Snapshot scansFrom = ThreadCpu.take(OS.getProcessCpuTime());
      for (int i = 0; i < rounds; i++) {
        long cpu = OS.getProcessCpuTime();
        long t = System.nanoTime();
        JsonNode summary = scan(s);
        scanMs[i] = (System.nanoTime() - t) / 1e6;
        scanCpu[i] = (OS.getProcessCpuTime() - cpu) / 1e6;
        scanServer[i] = summary.get("millis").asDouble();
        long v = System.nanoTime();
        view(s, summary.get("id").asText());
        viewMs[i] = (System.nanoTime() - v) / 1e6;
      }
      Map<String, Double> scanThreads =
          ThreadCpu.between(scansFrom, ThreadCpu.take(OS.getProcessCpuTime()), rounds);
      int batchRounds = Math.max(3, rounds / 4);
      double[] batchServer = new double[batchRounds];
      double[] batchClient = new double[batchRounds];
      double[] batchCpu = new double[batchRounds];
      ThreadCpu.Snapshot batchesFrom = ThreadCpu.take(OS.getProcessCpuTime());
      for (int i = 0; i < batchRounds; i++) {
        long cpu = OS.getProcessCpuTime();
        long t = System.nanoTime();
        batchServer[i] = batch(s, batchForm);
        batchClient[i] = (System.nanoTime() - t) / 1e6;
        batchCpu[i] = (OS.getProcessCpuTime() - cpu) / 1e6;
      }
      Map<String, Double> batchThreads =
          ThreadCpu.between(batchesFrom, ThreadCpu.take(OS.getProcessCpuTime()), batchRounds);
      System.out.printf(
          Locale.ROOT,
          "scan %s with %s, %d rounds after %d warm-up: server %s, round trip %s,"
              + " process CPU %s%n",
          TWO_PAGES.getFileName(),
          POSTING.getFileName(),
          rounds,
          warmup,
          stats(scanServer),
          stats(scanMs),
          stats(scanCpu));
      System.out.printf(
          Locale.ROOT,
          "report view after each scan (the page's frame, HTML): round trip %s%n",
          stats(viewMs));
      System.out.printf(
          Locale.ROOT,
          "batch of %d files with %s, %d rounds: server %s, client %s, process CPU %s%n",
          batch.size(),
          POSTING.getFileName(),
          batchRounds,
          stats(batchServer),
          stats(batchClient),
          stats(batchCpu));
      System.out.println("process CPU per scan by thread group: " + groups(scanThreads));
      System.out.println("process CPU per batch by thread group: " + groups(batchThreads));
    }
    System.exit(0); // the batch lanes' threads are not daemons
  }

  private static TestServer.Multipart scanForm() throws Exception {
    return new TestServer.Multipart().file("resume", TWO_PAGES).file("posting", POSTING);
  }

  /** Posts a scan and returns what the page is told (its id, the server's own {@code millis}). */
  private static JsonNode scan(TestServer s) throws Exception {
    HttpResponse<String> r = s.postAsPage("/api/scans", scanForm());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("scan answered " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** Loads a scan's report as the page's frame does after each scan. */
  private static void view(TestServer s, String id) throws Exception {
    HttpResponse<String> r = s.authed("/api/scans/" + id + "/report");
    if (r.statusCode() != 200) {
      throw new IllegalStateException("report answered " + r.statusCode());
    }
  }

  /** Posts the batch, waits for it to finish and returns the server's own time for it (ms). */
  private static double batch(TestServer s, TestServer.Multipart form) throws Exception {
    HttpResponse<String> started = s.postAsPage("/api/batches", form);
    if (started.statusCode() != 200) {
      throw new IllegalStateException(
          "batch answered " + started.statusCode() + ": " + started.body());
    }
    String id = JSON.readTree(started.body()).get("id").asText();
    for (int i = 0; i < 60_000; i++) {
      JsonNode status = JSON.readTree(s.authed("/api/batches/" + id).body());
      String state = status.get("state").asText();
      if (state.equals("done")) {
        if (status.get("rows").size() != BATCH_FILES) {
          throw new IllegalStateException("batch ranked " + status.get("rows").size() + " files");
        }
        for (int j = 0; j < 1000 && status.get("millis").asLong() == 0; j++) {
          Thread.sleep(1); // the job's time is set just after its ranking
          status = JSON.readTree(s.authed("/api/batches/" + id).body());
        }
        return status.get("millis").asDouble();
      }
      if (!state.equals("running")) {
        throw new IllegalStateException("batch " + state + ": " + status);
      }
      Thread.sleep(POLL_MS);
    }
    throw new IllegalStateException("batch did not finish in 5 minutes");
  }

  /**
   * 50 distinct resumes: the real corpus's 39 and its 5 LaTeX PDFs, then labelled text resumes; all
   * formats keyfit reads (PDF, DOCX, DOC, TXT, Markdown).
   */
  static List<Path> batchFiles() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String dir :
        List.of(
            "../shared/corpus/real/resumes",
            "../shared/corpus/resumes-pdf",
            "keyfit-core/src/test/resources/labelled")) {
      try (Stream<Path> list = Files.list(Path.of(dir))) {
        list.filter(p -> !p.toString().endsWith(".yaml"))
            .sorted()
            .forEach(
                p -> {
                  if (files.size() < BATCH_FILES) {
                    files.add(p);
                  }
                });
      }
    }
    if (files.size() != BATCH_FILES) {
      throw new IllegalStateException("found " + files.size() + " resumes, not " + BATCH_FILES);
    }
    return files;
  }

  private static TestServer.Multipart batchForm(List<Path> files) throws Exception {
    TestServer.Multipart form = new TestServer.Multipart();
    for (Path f : files) {
      form.file("files", f);
    }
    return form.file("posting", POSTING);
  }

  private static String groups(Map<String, Double> ms) {
    StringBuilder b = new StringBuilder();
    ms.forEach(
        (group, v) ->
            b.append(b.length() == 0 ? "" : ", ")
                .append(group)
                .append(String.format(Locale.ROOT, " %.1f ms", v)));
    return b.toString();
  }

  private static String stats(double[] ms) {
    return stats(ms, 1);
  }

  /** "median ms (min–max)" with the given decimals; shared with {@link ScanBench}. */
  static String stats(double[] ms, int decimals) {
    double[] s = ms.clone();
    Arrays.sort(s);
    double median =
        s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    String f = "%." + decimals + "f";
    return String.format(
        Locale.ROOT, f + " ms (" + f + "–" + f + ")", median, s[0], s[s.length - 1]);
  }
}
