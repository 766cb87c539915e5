package dev.keyfit.cli;

import dev.keyfit.testing.HostileFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;

/**
 * Ctrl-C (or SIGTERM) at a random moment of a real {@code keyfit batch} over a generated folder,
 * checked: exit 128 + the signal, no stack trace, a parseable ranking with one row per file (OK or
 * NOT_PROCESSED), the reports of every OK row complete and no others, and no temporary file in the
 * output folders or the process's temporary folder. {@link BatchRandomSignalTest} runs a few rounds
 * in CI; {@link #main} runs many ({@code src/test/bench/signal-rounds.sh}).
 *
 * <p>The child is started through {@code env --default-signal}: a process started from a
 * non-interactive shell in the background inherits SIGINT ignored, and the JVM keeps it so.
 */
final class SignalRounds {

  /** What one round saw; {@code problems} is empty when every check held. */
  record Round(
      String signal, long delayMs, int exit, int ok, int notProcessed, List<String> problems) {
    @Override
    public String toString() {
      return String.format(
          "SIG%s after %d ms: exit %d, %d OK, %d NOT_PROCESSED%s",
          signal,
          delayMs,
          exit,
          ok,
          notProcessed,
          problems.isEmpty() ? "" : ", PROBLEMS " + problems);
    }
  }

  private SignalRounds() {}

  /** Writes {@code n} small distinct text resumes into {@code dir}. */
  static Path generate(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < n; i++) {
      Files.writeString(
          dir.resolve(String.format("resume-%03d.txt", i)),
          HostileFiles.RESUME.replace("Jane Doe", "Applicant " + i)
              + "\nManaged "
              + (i % 40 + 2)
              + " projects with Jira and Confluence.\n");
    }
    return dir;
  }

  /**
   * One round: starts {@code keyfit batch in}, waits until the batch is running (its first report
   * exists), then {@code delayMs} more, sends the signal and checks what the process left.
   */
  static Round run(Path work, Path in, int files, String signal, long delayMs) throws Exception {
    Files.createDirectories(work);
    Path csv = work.resolve("ranking.csv");
    Path reports = work.resolve("reports");
    Path tmp = Files.createDirectories(work.resolve("tmp"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            "env",
            "--default-signal=INT,TERM",
            java,
            "-XX:TieredStopAtLevel=1",
            "-Xshare:auto",
            "-Djava.io.tmpdir=" + tmp,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "batch",
            in.toString(),
            "--jobs",
            "2",
            "-o",
            csv.toString(),
            "--reports",
            reports.toString(),
            "--report-format",
            "json,md",
            "-q");
    Process child =
        new ProcessBuilder(command)
            .redirectOutput(work.resolve("stdout").toFile())
            .redirectError(work.resolve("stderr").toFile())
            .start();
    List<String> problems = new ArrayList<>();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (child.isAlive() && System.nanoTime() < deadline && !hasAFile(reports)) {
        Thread.sleep(20);
      }
      Thread.sleep(delayMs);
      if (!child.isAlive()) {
        problems.add("the batch ended before the signal; use a shorter delay");
      }
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start();
      kill.waitFor();
      if (!child.waitFor(60, TimeUnit.SECONDS)) {
        problems.add("still running 60 s after the signal");
      }
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    int exit = child.exitValue();
    int expected = "INT".equals(signal) ? 130 : 143;
    if (exit != expected) {
      problems.add("exit " + exit + ", not " + expected);
    }
    String stderr = Files.readString(work.resolve("stderr"), StandardCharsets.UTF_8);
    if (stderr.contains("Exception") || stderr.contains("\tat ") || stderr.contains("Error:")) {
      problems.add("stderr: " + stderr.strip());
    }
    int ok = 0;
    int notProcessed = 0;
    Map<String, CSVRecord> rows = Map.of();
    try {
      rows = BatchCli.rows(csv);
    } catch (IOException | RuntimeException e) {
      problems.add("no parseable ranking: " + e);
    }
    if (rows.size() != files) {
      problems.add(rows.size() + " ranking rows for " + files + " files");
    }
    List<String> reportNames = new ArrayList<>();
    if (Files.isDirectory(reports)) {
      try (Stream<Path> list = Files.list(reports)) {
        list.forEach(p -> reportNames.add(p.getFileName().toString()));
      }
    }
    for (CSVRecord row : rows.values()) {
      String file = row.get("file");
      long written = reportNames.stream().filter(n -> n.startsWith(file + "-")).count();
      switch (row.get("status")) {
        case "OK" -> {
          ok++;
          if (written != 2) {
            problems.add(file + " is OK with " + written + " reports");
          }
        }
        case "NOT_PROCESSED" -> {
          notProcessed++;
          if (written != 0) {
            problems.add(file + " is NOT_PROCESSED but has " + written + " reports");
          }
        }
        default -> problems.add(file + ": " + row.get("status") + ": " + row.get("reason"));
      }
    }
    for (String name : reportNames) {
      Path report = reports.resolve(name);
      if (name.endsWith(".tmp") || Files.size(report) == 0) {
        problems.add("partial report " + name);
      } else if (name.endsWith(".json")) {
        try {
          dev.keyfit.report.JsonReport.read(Files.readAllBytes(report));
        } catch (IOException e) {
          problems.add("unreadable report " + name);
        }
      }
    }
    try (Stream<Path> all = Files.walk(work)) {
      all.filter(p -> !Files.isDirectory(p))
          .filter(p -> p.getFileName().toString().endsWith(".tmp") || p.startsWith(tmp))
          .filter(p -> !p.toString().contains("keyfit-fontcache-"))
          .forEach(p -> problems.add("temporary file left: " + work.relativize(p)));
    }
    return new Round(signal, delayMs, exit, ok, notProcessed, problems);
  }

  private static boolean hasAFile(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.findAny().isPresent();
    }
  }

  /**
   * {@code SignalRounds ROUNDS [FILES [MAX_DELAY_MS [SEED]]]}: that many rounds, alternating SIGINT
   * and SIGTERM, each after a random delay up to MAX_DELAY_MS once the batch is running; prints one
   * line per round and a summary, exit 1 when any round had a problem.
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    long maxDelay = args.length > 2 ? Long.parseLong(args[2]) : 8000;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : System.nanoTime();
    Random random = new Random(seed);
    Path base = Files.createTempDirectory("keyfit-signal-rounds-");
    Path in = generate(base.resolve("in"), files);
    int failed = 0;
    int[] exits = new int[2];
    System.out.println("seed " + seed + ", " + files + " files, delays up to " + maxDelay + " ms");
    for (int r = 0; r < rounds; r++) {
      String signal = r % 2 == 0 ? "INT" : "TERM";
      Round round = run(base.resolve("round-" + r), in, files, signal, random.nextLong(maxDelay));
      System.out.println("round " + (r + 1) + ": " + round);
      if (!round.problems().isEmpty()) {
        failed++;
      } else {
        exits[r % 2]++;
      }
    }
    System.out.println(
        rounds
            + " rounds: "
            + (rounds - failed)
            + " clean ("
            + exits[0]
            + " SIGINT exit 130, "
            + exits[1]
            + " SIGTERM exit 143), "
            + failed
            + " with problems; folders in "
            + base);
    System.exit(failed == 0 ? 0 : 1);
  }
}
